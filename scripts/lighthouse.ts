/**
 * Lighthouse mobile performance of a built site (not run by the tests): serves the folder as a
 * static host would (`startSite`, sirv) and runs Lighthouse's default mobile audit (simulated
 * slow 4G and a 4× slower CPU) in Debian's Chromium, headless, on `/`, a story's overview, an
 * article, `/search/` and a search over all stories (`/search/?q=…`).
 *
 * Usage: node scripts/lighthouse.ts [DIST] [--query WORDS] [--runs 1]
 *   (DIST defaults to dist/; CHROME_PATH or /usr/bin/chromium)
 *
 * Lighthouse is not a dependency of the project (it brings some 400 packages to every install for
 * a script no test runs): install it for the run with `npm install --no-save lighthouse@13`.
 * Served as sirv serves it, without compression: the byte weights are uncompressed.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startSite } from '../tests/e2e/server.ts';

/** What this script uses of Lighthouse's and chrome-launcher's APIs. */
interface Lighthouse {
  default(
    url: string,
    flags: Record<string, unknown>,
  ): Promise<
    | {
        lhr: {
          categories: Record<string, { score: number | null } | undefined>;
          audits: Record<string, { numericValue?: number } | undefined>;
        };
      }
    | undefined
  >;
}
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{
    port: number;
    kill(): void;
  }>;
}

// Specifiers in variables: the type check does not need the packages installed.
const [LIGHTHOUSE, LAUNCHER] = ['lighthouse', 'chrome-launcher'];
let lighthouse: Lighthouse['default'];
let chromeLauncher: ChromeLauncher;
try {
  lighthouse = ((await import(LIGHTHOUSE)) as Lighthouse).default;
  chromeLauncher = (await import(LAUNCHER)) as ChromeLauncher;
} catch {
  console.error('Lighthouse is not installed: npm install --no-save lighthouse@13');
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const positional = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dist = resolve(positional[0] ?? 'dist');
const runs = Number(option('runs') ?? 1);
const query = option('query') ?? 'fire';

const first = (dir: string) =>
  readdirSync(join(dist, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];
const story = first('stories');
const article = first('articles');
const paths = [
  '/',
  ...(story ? [`/stories/${story}/`] : []),
  ...(article ? [`/articles/${article}/`] : []),
  '/search/',
  `/search/?q=${encodeURIComponent(query)}`,
];

const site = await startSite(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  console.log(
    `Lighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}mobile performance, ${dist}`,
  );
  console.log(
    'page                                          score   FCP ms   LCP ms   TBT ms    CLS   bytes',
  );
  for (const path of paths) {
    const rows: Array<{
      score: number;
      fcp: number;
      lcp: number;
      tbt: number;
      cls: number;
      bytes: number;
    }> = [];
    for (let r = 0; r < runs; r++) {
      const result = await lighthouse(`${site.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result!.lhr;

      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      rows.push({
        score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        bytes: value('total-byte-weight'),
      });
    }
    rows.sort((a, b) => a.score - b.score);
    const row = rows[Math.floor(rows.length / 2)]!;
    console.log(
      `${path.padEnd(45)} ${String(row.score).padStart(5)} ${row.fcp.toFixed(0).padStart(8)} ${row.lcp.toFixed(0).padStart(8)} ${row.tbt.toFixed(0).padStart(8)} ${row.cls.toFixed(3).padStart(6)} ${String(row.bytes).padStart(7)}`,
    );
  }
} finally {
  chrome.kill();
  await site.close();
}
