/**
 * `npm run bench:archive`: many stories in one site, at archive scale. For generated archives of
 * 50, 500 and 5,000 articles (`--sizes=…` overrides; `--replace-rate=0.25` makes the stories of
 * one template more alike; see `generate-archive.ts`) it reports:
 *
 * - grouping: time to group the flat folder into stories (features, inverted index, average
 *   linkage), its candidate pairs, and its pairwise precision/recall against the generator's
 *   labels;
 * - the all-pairs grouping baseline on the same archive, same run: measured where affordable,
 *   estimated above `--full-baseline` articles from a timed random sample of pairs;
 * - alignment: `alignStory` + `groupQuotes` story by story (`runStories`), summed, and a rebuild
 *   after one article is added to one story, through the story cache;
 * - peak memory: the process's peak resident set (`process.resourceUsage().maxRSS`) after
 *   grouping and after alignment, each size in a fresh process started with `--expose-gc`.
 *
 * Times are CPU seconds of the process (user + system), so that a busy shared machine does not
 * inflate them; wall time is longer when other processes compete. No assertions: it prints a
 * table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupStories } from '../src/lib/corpus/index.ts';
import { articleFeatures, featureDictionary } from '../src/lib/corpus/story-features.ts';
import {
  allPairLinks,
  featureVectors,
  indexedLinks,
  pairScore,
  type FeatureVectors,
} from '../src/lib/corpus/story-links.ts';
import type { Article } from '../src/lib/model/index.ts';
import { parseArticle } from '../src/lib/parse/index.ts';
import { runStories } from '../src/lib/stories/index.ts';
import { generateArchive, readTemplates, sameStoryScores } from './generate-archive.ts';

const SAMPLE_PAIRS = 300_000;

interface ChildResult {
  articles: number;
  stories: number;
  found: number;
  singletons: number;
  precision: number;
  recall: number;
  parseMs: number;
  groupMs: number;
  pairMs: number;
  candidatePairs: number;
  allPairs: number;
  rssGroupMb: number;
  alignMs: number;
  aligned: number;
  slowestStoryMs: number;
  rssAlignMb: number;
  rebuildMs: number;
  rebuildAligned: number;
}

interface BaselineResult {
  ms: number;
  pairMs: number;
  how: 'measured' | 'estimated';
  sameGrouping: boolean | null;
}

// CPU time (user + system) of this process, in milliseconds: on a shared, busy machine wall
// time measures the neighbours too.
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// Share of each story's wording replaced (`--replace-rate=`): lower makes stories made from one
// template more alike, a harder grouping.
let replaceRate = 0.5;

function archive(size: number): { articles: Article[]; labels: Map<string, string> } {
  const generated = generateArchive(readTemplates(), size, { replaceRate });
  return {
    articles: generated.map((a) =>
      parseArticle({ id: a.id, file: `archive/${a.id}.txt`, source: a.source }),
    ),
    labels: new Map(generated.map((a) => [a.id, a.story])),
  };
}

/** The archive's feature vectors, as the grouping computes them. */
function vectorsOf(articles: readonly Article[]): FeatureVectors {
  const dictionary = featureDictionary();
  return featureVectors(
    articles.map((article) => articleFeatures(article, dictionary)),
    dictionary,
  );
}

/** Runs everything once on a small archive: WordNet's index, the tokenizer's and the JIT's start. */
function warmUp(): void {
  const { articles } = archive(12);
  runStories(groupStories({ articles }).stories, articles);
}

/** The indexed grouping, the alignment story by story, and a rebuild through the cache. */
function measureIndexed(size: number): ChildResult {
  warmUp();
  let t = now();
  const { articles, labels } = archive(size);
  const parseMs = now() - t;
  gc();
  t = now();
  const grouping = groupStories({ articles });
  const groupMs = now() - t;
  const rssGroupMb = peakMb();
  // The pair stage alone (where the index and all pairs differ), on the same vectors.
  const vectors = vectorsOf(articles);
  t = now();
  indexedLinks(vectors);
  const pairMs = now() - t;
  const scores = sameStoryScores(
    grouping.stories.map((story) => story.articles),
    labels,
  );
  gc();
  const cacheDir = mkdtempSync(join(tmpdir(), 'parallax-bench-cache-'));
  try {
    t = now();
    let slowest = 0;
    let last = t;
    const first = runStories(grouping.stories, articles, {
      cacheDir,
      version: 'bench',
      onStory: () => {
        const at = now();
        slowest = Math.max(slowest, at - last);
        last = at;
      },
    });
    const alignMs = now() - t;
    const rssAlignMb = peakMb();
    // The common rebuild: one more article for a story (a copy of one of its own, new id), which
    // joins it and makes it the only story to re-align.
    const story = grouping.stories.find((s) => s.articles.length > 1) ?? grouping.stories[0]!;
    const source = articles.find((a) => a.id === story.articles[0])!;
    const added = { ...source, id: 'zz-new-article' };
    const withNew = [...articles, added];
    t = now();
    const regrouped = groupStories({ articles: withNew });
    const again = runStories(regrouped.stories, withNew, { cacheDir, version: 'bench' });
    const rebuildMs = now() - t;
    return {
      articles: articles.length,
      stories: new Set(labels.values()).size,
      found: grouping.stories.length,
      singletons: grouping.stories.filter((s) => s.articles.length === 1).length,
      precision: scores.precision,
      recall: scores.recall,
      parseMs,
      groupMs,
      pairMs,
      candidatePairs: grouping.stats.candidatePairs,
      allPairs: (articles.length * (articles.length - 1)) / 2,
      rssGroupMb,
      alignMs,
      aligned: first.stats.aligned,
      slowestStoryMs: slowest,
      rssAlignMb,
      rebuildMs,
      rebuildAligned: again.stats.aligned,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** The all-pairs baseline: measured, or features + a timed sample of pair scores, extrapolated. */
function measureBaseline(size: number, full: boolean): BaselineResult {
  warmUp();
  const { articles } = archive(size);
  gc();
  if (full) {
    let t = now();
    const all = groupStories({ articles }, { candidates: 'all-pairs' });
    const ms = now() - t;
    const vectors = vectorsOf(articles);
    t = now();
    allPairLinks(vectors);
    const pairMs = now() - t;
    const indexed = groupStories({ articles });
    const same =
      JSON.stringify(all.stories.map((s) => s.articles)) ===
      JSON.stringify(indexed.stories.map((s) => s.articles));
    return { ms, pairMs, how: 'measured', sameGrouping: same };
  }
  const t = now();
  const vectors = vectorsOf(articles);
  const featuresMs = now() - t;
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % articles.length;
  };
  let sink = 0;
  const t1 = now();
  for (let k = 0; k < SAMPLE_PAIRS; k++) sink += pairScore(vectors, next(), next());
  const perPair = (now() - t1) / SAMPLE_PAIRS;
  if (sink < 0) console.log(sink);
  const pairMs = perPair * ((articles.length * (articles.length - 1)) / 2);
  return { ms: featuresMs + pairMs, pairMs, how: 'estimated', sameGrouping: null };
}

function child(args: string[]): unknown {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=6144', new URL(import.meta.url).pathname, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (result.status !== 0)
    throw new Error(`bench child ${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const size = Number(option('size'));
  replaceRate = Number(option('replace-rate') ?? replaceRate);
  if (args.includes('--child')) {
    const mode = option('mode');
    const result =
      mode === 'indexed' ? measureIndexed(size) : measureBaseline(size, mode === 'all-pairs-full');
    console.log(JSON.stringify(result));
    return;
  }
  const sizes = (option('sizes') ?? '50,500,5000').split(',').map(Number);
  const fullBaseline = Number(option('full-baseline') ?? 500);
  console.log(
    '## archive: stories grouped from one flat folder, then aligned story by story\n' +
      `(CPU seconds; each size in a fresh process; generated archives with ${replaceRate} of each ` +
      "story's wording replaced, see generate-archive.ts)\n",
  );
  const rows: string[][] = [
    [
      'articles',
      'stories true/found',
      'same-story P / R',
      'candidate pairs',
      'all pairs',
      'grouping',
      'all-pairs grouping',
      'pair stage: index / all pairs',
      'alignment Σ per story (stories)',
      'slowest story',
      'peak RSS MB grouping / +alignment',
      'rebuild +1 article',
      'parse',
    ],
  ];
  const perArticle: string[] = [];
  for (const n of sizes) {
    const rate = `--replace-rate=${replaceRate}`;
    const r = child(['--child', `--size=${n}`, '--mode=indexed', rate]) as ChildResult;
    const full = n <= fullBaseline;
    const b = child([
      '--child',
      `--size=${n}`,
      `--mode=${full ? 'all-pairs-full' : 'all-pairs-sample'}`,
      rate,
    ]) as BaselineResult;
    rows.push([
      String(r.articles),
      `${r.stories} / ${r.found}`,
      `${r.precision.toFixed(3)} / ${r.recall.toFixed(3)}`,
      r.candidatePairs.toLocaleString('en'),
      r.allPairs.toLocaleString('en'),
      seconds(r.groupMs),
      `${seconds(b.ms)} ${b.how === 'measured' ? (b.sameGrouping ? '(same stories)' : '(DIFFERENT)') : '(est.)'}`,
      `${seconds(r.pairMs)} / ${seconds(b.pairMs)}${b.how === 'measured' ? '' : ' (est.)'}`,
      `${seconds(r.alignMs)} (${r.aligned})`,
      seconds(r.slowestStoryMs),
      `${r.rssGroupMb} / ${r.rssAlignMb}`,
      `${seconds(r.rebuildMs)} (${r.rebuildAligned} re-aligned)`,
      seconds(r.parseMs),
    ]);
    perArticle.push(
      `${n} articles: grouping ${(r.groupMs / n).toFixed(2)} ms/article, ` +
        `alignment ${(r.alignMs / n).toFixed(1)} ms/article, ` +
        `${(r.candidatePairs / n).toFixed(1)} candidate pairs/article ` +
        `(all pairs: ${((n - 1) / 2).toFixed(1)}/article)`,
    );
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows.slice(1)) console.log(line(row));
  console.log(`\n${perArticle.join('\n')}`);
}

main();
