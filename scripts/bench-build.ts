/**
 * `npm run bench:build`: the whole site build at archive scale, against a bare Astro build of
 * the same files. For each size of `--sizes=50,500,5000` (default 50,500) it generates an
 * archive (`generate-archive.ts`: stories of 2–10 articles in one flat folder) into a temp dir
 * and runs, each as a child process of `astro build` with this process's node binary:
 *
 * - Parallax, cold: `PARALLAX_ARTICLES=<archive>/articles`, an empty `PARALLAX_STORIES`, a fresh
 *   `PARALLAX_CACHE_DIR` (every story aligned) and `PARALLAX_OUT_DIR`;
 * - Parallax, warm: again with the same cache dir, into a fresh out dir;
 * - with `--one-story`: cold, the same articles filed as one story folder (`stories/big/` holds
 *   all but one, the flat folder keeps one), the worst case for the per-story pages;
 * - bare Astro: a minimal project made in a temp dir (an index of the ids and a page per
 *   article with its paragraphs, front matter stripped; `node_modules` linked to this
 *   project's), the floor any static build of these files pays;
 * - bare Astro with as many pages as the warm Parallax build made (the article page repeated at
 *   other addresses): Astro's own cost for that many pages, the floor of any build publishing
 *   Parallax's pages whatever they hold.
 *
 * Each build is measured by `/usr/bin/time` (wall, user + system CPU of the build and its child
 * processes, peak RSS) and its output: HTML pages, bytes, the largest page. CPU time is the
 * steadier number on a busy shared machine. It prints the build log's timing lines (articles
 * parsed, stories aligned, Astro's stages) and a Markdown table. `--keep` keeps the temp dirs
 * (archives, logs, dist) and prints where they are; `--cpu-prof` also profiles the cold build
 * (node's `--cpu-prof`) and prints where its CPU went. No assertions.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArchive, readTemplates } from './generate-archive.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const TIME = '/usr/bin/time';

interface Build {
  name: string;
  wallS: number;
  /** User + system CPU seconds, null when /usr/bin/time is missing. */
  cpuS: number | null;
  peakRssMiB: number | null;
  pages: number;
  distBytes: number;
  largestPage: { path: string; bytes: number };
  /** The build log's lines that say how long its stages took. */
  stages: string[];
  /** Astro's render time of each page (`├─ /path (+12ms)`), summed by kind of page. */
  renders: Map<string, { pages: number; ms: number }>;
  log: string;
}

interface BuildSpec {
  name: string;
  cwd: string;
  env: Record<string, string>;
  outDir: string;
  logFile: string;
  /** Extra node options, before the astro script (`--cpu-prof`). */
  nodeArgs?: string[];
}

// A line of the build log worth printing: how far parsing got, the stories' alignment, and
// Astro's own stage timings.
const STAGE_LINE =
  /parsed \d+\/\d+ articles|\d+ articles, \d+ blocks|stor(y|ies): \d+ aligned|Completed in|built in|Synced content|Collecting build info|generating static routes|Building static entrypoints|Rearranged|Server built/;

const hasTime = existsSync(TIME);

/** Runs one build and measures it; throws with the log's end when the build fails. */
function build(spec: BuildSpec): Build {
  const timeFile = `${spec.logFile}.time`;
  const node = [...(spec.nodeArgs ?? []), ASTRO, 'build'];
  const [command, args] = hasTime
    ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...node]]
    : [process.execPath, node];
  const log = openSync(spec.logFile, 'w');
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd: spec.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...spec.env },
    stdio: ['ignore', log, log],
  });
  const measuredWall = (performance.now() - start) / 1000;
  closeSync(log);
  const output = readFileSync(spec.logFile, 'utf8');
  if (result.status !== 0) {
    throw new Error(
      `${spec.name}: the build failed (status ${result.status}); log ${spec.logFile}:\n` +
        output.split('\n').slice(-40).join('\n'),
    );
  }
  let wallS = measuredWall;
  let cpuS: number | null = null;
  let peakRssMiB: number | null = null;
  if (hasTime) {
    // The last line: `time -o` writes a "Command exited…" line before it only on failure.
    const [e, u, s, m] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ');
    wallS = Number(e);
    cpuS = Number(u) + Number(s);
    peakRssMiB = Number(m) / 1024;
  }
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  return {
    name: spec.name,
    wallS,
    cpuS,
    peakRssMiB,
    ...distStats(spec.outDir),
    stages: lines.filter((line) => STAGE_LINE.test(line)),
    renders: renderTimes(lines),
    log: spec.logFile,
  };
}

/**
 * Sums the render times Astro logs for each page by the kind of page: its first path segment,
 * and for a story's lists the list (`stories/<story>/claims/` counts as `stories/…/claims`).
 */
function renderTimes(lines: readonly string[]): Map<string, { pages: number; ms: number }> {
  const sums = new Map<string, { pages: number; ms: number }>();
  for (const line of lines) {
    const match = /[├└]─ \/(\S*) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (!match) continue;
    const [, path = '', value = '0', unit] = match;
    const parts = path.split('/');
    const kind =
      parts[0] === 'stories' && parts.length > 3 ? `stories/…/${parts[2]}` : parts[0] || path;
    const sum = sums.get(kind) ?? { pages: 0, ms: 0 };
    sum.pages++;
    sum.ms += Number(value) * (unit === 's' ? 1000 : 1);
    sums.set(kind, sum);
  }
  return sums;
}

/** HTML pages, total bytes and the largest HTML page of a built site. */
function distStats(outDir: string): Pick<Build, 'pages' | 'distBytes' | 'largestPage'> {
  let pages = 0;
  let distBytes = 0;
  let largestPage = { path: '', bytes: 0 };
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    distBytes += bytes;
    if (!entry.name.endsWith('.html')) continue;
    pages++;
    if (bytes > largestPage.bytes) largestPage = { path: relative(outDir, path), bytes };
  }
  return { pages, distBytes, largestPage };
}

/** Writes the archive's article files into `dir`. */
function writeArticles(dir: string, articles: readonly { id: string; source: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) writeFileSync(join(dir, `${a.id}.txt`), a.source);
}

/**
 * A minimal Astro project that publishes the files of `articlesDir`: an index of the ids and a
 * page per article with its paragraphs, the same trailing slashes and directory format as
 * Parallax. Its `node_modules` is a link to this project's.
 */
function bareProject(dir: string, articlesDir: string, extraPages = 0): void {
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-build", "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.BARE_OUT_DIR,
  cacheDir: process.env.BARE_CACHE_DIR,
});
`,
  );
  const read = `import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = ${JSON.stringify(articlesDir)};
const ids = () =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();`;
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    `---
${read}
const all = ids();
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Articles</title></head>
  <body>
    <h1>{all.length} articles</h1>
    <ul>{all.map((id) => <li><a href={\`/articles/\${id}/\`}>{id}</a></li>)}</ul>
  </body>
</html>
`,
  );
  // An article's page: getStaticPaths runs apart from the page's other code, so it reads the
  // folder itself. `paths` is its body, given `dir` and the folder's `.txt` files, sorted.
  const articlePage = (paths: string) => `---
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  const dir = ${JSON.stringify(articlesDir)};
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  ${paths}
}

const text = readFileSync(Astro.props.path, 'utf8').replace(/^---\\r?\\n[\\s\\S]*?\\r?\\n---\\r?\\n/, '');
const [title = Astro.props.path, ...paragraphs] = text.split(/\\r?\\n/).filter((line) => line.trim() !== '');
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <article>
      <h1>{title}</h1>
      {paragraphs.map((p) => <p>{p}</p>)}
    </article>
  </body>
</html>
`;
  writeFileSync(
    join(dir, 'src/pages/articles/[id].astro'),
    articlePage(
      'return files.map((f) => ({ params: { id: f.slice(0, -4) }, props: { path: join(dir, f) } }));',
    ),
  );
  if (extraPages > 0) {
    // The same page at other addresses: Astro's own cost per page, for as many pages as
    // Parallax makes.
    mkdirSync(join(dir, 'src/pages/more'), { recursive: true });
    writeFileSync(
      join(dir, 'src/pages/more/[n].astro'),
      articlePage(
        `return Array.from({ length: ${extraPages} }, (_, n) => ({ params: { n: String(n) }, props: { path: join(dir, files[n % files.length]) } }));`,
      ),
    );
  }
}

// Functions of the build whose time the profile summary adds up: the loader's parsing, the
// stories' grouping and alignment, and Astro's rendering of pages and hashing for the CSP.
const STAGES = [
  'loadArticles',
  'computeStories',
  'groupStories',
  'runStories',
  'alignStory',
  'groupQuotes',
  'findDisagreements',
  'buildStory',
  'compareView',
  'renderPage',
  'generateCspDigest',
  'writeFile',
  'mkdir',
];

/** Self CPU time of a `--cpu-prof` profile by function and by file group, top entries. */
function profileSummary(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const byFunction = new Map<string, number>();
  const byGroup = new Map<string, number>();
  const byStage = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number };
        children?: number[];
      }[];
      samples: number[];
      timeDeltas: number[];
    };
    const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, k) => {
      const us = profile.timeDeltas[k] ?? 0;
      const frame = nodes.get(id)!;
      // Time under each stage function, counted once per sample however deep it recurses.
      const under = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = nodes.get(at)!.functionName;
        if (STAGES.includes(name)) under.add(name);
      }
      for (const name of under) byStage.set(name, (byStage.get(name) ?? 0) + us);
      const url = frame.url.replace(/^file:\/\//, '');
      const where = url.startsWith(ROOT) ? url.slice(ROOT.length) : url;
      // Idle and the program/GC pseudo-frames have no url.
      if (frame.functionName === '(idle)') return;
      total += us;
      const name = `${frame.functionName || '(anonymous)'} ${where ? `${where}:${frame.lineNumber + 1}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
      const group = !where
        ? frame.functionName
        : where.includes('node_modules/')
          ? `node_modules/${where.split('node_modules/').at(-1)!.split('/')[0]}`
          : where.startsWith('node:')
            ? 'node internals'
            : (/\/src\/lib\/[^/]+/.exec(`/${where}`)?.[0].slice(1) ??
              (where.includes('.prerender/')
                ? // The bundled site: a chunk is named after its first module (`story_…` holds
                  // src/story.ts and the src/lib it imports).
                  `bundled ${where
                    .split('/')
                    .at(-1)!
                    .replace(/[_.][\w-]+\.mjs$/, '')}`
                : where.split('/').slice(0, 2).join('/')));
      byGroup.set(group, (byGroup.get(group) ?? 0) + us);
    });
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => `  ${(us / 1e6).toFixed(1).padStart(6)} s  ${name}`);
  return [
    // Samples are wall-clock intervals: on a busy machine they add up to more than the CPU time.
    `profiled (samples not idle): ${(total / 1e6).toFixed(1)} s in ${files.length} profile(s)`,
    'by group (self time):',
    ...top(byGroup, 15),
    'by function (self time):',
    ...top(byFunction, 20),
    'stages (time under each function; async work that resumes later is missed):',
    ...top(byStage, STAGES.length),
  ];
}

const seconds = (s: number | null) => (s === null ? '–' : `${s.toFixed(1)} s`);
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? '–' : `${(a / b).toFixed(1)}×`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = (option('sizes') ?? '50,500').split(',').map(Number);
  const oneStory = args.includes('--one-story');
  const keep = args.includes('--keep');
  const cpuProf = args.includes('--cpu-prof');
  if (!hasTime) console.warn(`${TIME} not found: wall time only, no CPU or peak RSS`);

  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-build-'));
  const rows: string[][] = [
    [
      'build',
      'articles',
      'wall',
      'CPU',
      'wall / CPU vs bare',
      'peak RSS',
      'pages',
      'dist bytes',
      'largest page (bytes)',
    ],
  ];
  try {
    const templates = readTemplates();
    for (const size of sizes) {
      const base = join(work, String(size));
      const articles = generateArchive(templates, size);
      const stories = new Set(articles.map((a) => a.story)).size;
      writeArticles(join(base, 'archive/articles'), articles);
      mkdirSync(join(base, 'archive/stories'));
      console.log(`\n## ${size} articles (${stories} generated stories), in ${base}`);

      const parallax = (name: string, tag: string, dirs: Record<string, string>, extra = {}) =>
        build({
          name,
          cwd: ROOT,
          env: {
            PARALLAX_ARTICLES: dirs.articles!,
            PARALLAX_STORIES: dirs.stories!,
            PARALLAX_CACHE_DIR: dirs.cache!,
            PARALLAX_OUT_DIR: join(base, `dist-${tag}`),
          },
          outDir: join(base, `dist-${tag}`),
          logFile: join(base, `${tag}.log`),
          ...extra,
        });
      const flat = {
        articles: join(base, 'archive/articles'),
        stories: join(base, 'archive/stories'),
        cache: join(base, 'cache'),
      };
      const profDir = join(base, 'cpu-prof');
      const builds: Build[] = [
        parallax(
          `Parallax, ${stories} stories, cold`,
          'cold',
          flat,
          cpuProf ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] } : {},
        ),
        parallax(`Parallax, ${stories} stories, warm`, 'warm', flat),
      ];
      if (oneStory) {
        // All but the first article in one story folder; the flat folder keeps the first.
        const [first, ...rest] = articles;
        writeArticles(join(base, 'one/articles'), [first!]);
        writeArticles(join(base, 'one/stories/big'), rest);
        builds.push(
          parallax('Parallax, one story, cold', 'one-story', {
            articles: join(base, 'one/articles'),
            stories: join(base, 'one/stories'),
            cache: join(base, 'cache-one-story'),
          }),
        );
      }
      const bareDir = join(base, 'bare');
      bareProject(bareDir, flat.articles);
      const bare = build({
        name: 'bare Astro, same files',
        cwd: bareDir,
        env: { BARE_OUT_DIR: join(base, 'dist-bare'), BARE_CACHE_DIR: join(base, 'cache-bare') },
        outDir: join(base, 'dist-bare'),
        logFile: join(base, 'bare.log'),
      });
      builds.push(bare);
      // Astro alone, writing as many pages as the warm build did: the floor of any build that
      // publishes Parallax's pages, whatever their content costs.
      const warm = builds.find((b) => b.name.endsWith('warm'))!;
      const floorDir = join(base, 'bare-pages');
      bareProject(floorDir, flat.articles, warm.pages - bare.pages);
      builds.push(
        build({
          name: `bare Astro, ${warm.pages.toLocaleString('en')} pages like Parallax's`,
          cwd: floorDir,
          env: {
            BARE_OUT_DIR: join(base, 'dist-bare-pages'),
            BARE_CACHE_DIR: join(base, 'cache-bare-pages'),
          },
          outDir: join(base, 'dist-bare-pages'),
          logFile: join(base, 'bare-pages.log'),
        }),
      );

      for (const b of builds) {
        console.log(
          `\n${b.name}: ${seconds(b.wallS)} wall, ${seconds(b.cpuS)} CPU` +
            (b === bare
              ? ''
              : ` (${ratio(b.wallS, bare.wallS)} / ${ratio(b.cpuS, bare.cpuS)} bare)`) +
            (keep ? `; log ${b.log}` : ''),
        );
        for (const line of b.stages) console.log(`  ${line.trim()}`);
        const renders = [...b.renders].sort((x, y) => y[1].ms - x[1].ms);
        const rendered = renders.reduce((sum, [, r]) => sum + r.ms, 0);
        console.log(
          `  page render times logged by Astro, Σ ${(rendered / 1000).toFixed(1)} s: ` +
            renders
              .map(([kind, r]) => `${kind} ${(r.ms / 1000).toFixed(1)} s (${r.pages})`)
              .join(', '),
        );
        rows.push([
          b.name,
          String(size),
          seconds(b.wallS),
          seconds(b.cpuS),
          b === bare ? '1×' : `${ratio(b.wallS, bare.wallS)} / ${ratio(b.cpuS, bare.cpuS)}`,
          b.peakRssMiB === null ? '–' : `${Math.round(b.peakRssMiB)} MiB`,
          b.pages.toLocaleString('en'),
          b.distBytes.toLocaleString('en'),
          `${b.largestPage.bytes.toLocaleString('en')} (${b.largestPage.path})`,
        ]);
      }
      if (cpuProf) console.log(`\n${profileSummary(profDir).join('\n')}`);
    }
    console.log(
      `\nCPU is user + system time of the build and its child processes; peak RSS the largest ` +
        `process's.\n\n${table(rows)}`,
    );
  } finally {
    if (keep) console.log(`\nkept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main();
