/**
 * Search latency benchmark: per-query time (median, p95) of the site's fuse.js search, on the
 * built index of the seed story (`dist/search-index.json`, or built from `content/articles`
 * when there is no build) and on a generated index of 20,000 sentences made by perturbing the
 * seed sentences. Budgets (DESIGN.md): under 10 ms on the seeds, under 50 ms on 20,000.
 *
 * Usage: node scripts/bench-search.ts [--sentences 20000] [--runs 5] [--prefilter-above 3000]
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import { buildSearchIndex, buildSearchRecords } from '../src/lib/search/records.ts';
import { PREFILTER_ABOVE, createSearcher } from '../src/lib/search/engine.ts';
import type { SearchIndexFile, SearchRecord } from '../src/lib/search/options.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const SENTENCES = option('sentences', 20_000);
const RUNS = option('runs', 5);
const PREFILTER = option('prefilter-above', PREFILTER_ABOVE);

const QUERIES = [
  'putin',
  'third world war',
  'realities on the ground',
  'President Putin wants to meet',
  'restore direct contacts with Russia',
  'nuclear arms control',
  'Kellogg special envoy',
  'Zelenskyy',
  'Puttin',
  'peace formla',
  'securty council meting',
  'xylophone quartz',
];

function seedIndex(): { file: SearchIndexFile; from: string } {
  const built = resolve(ROOT, 'dist/search-index.json');
  if (existsSync(built)) {
    return { file: JSON.parse(readFileSync(built, 'utf8')) as SearchIndexFile, from: built };
  }
  const articles = readArticleDir(resolve(ROOT, 'content/articles'), { root: ROOT });
  const quotes = groupQuotes(articles).flatMap((group) => group.variants);
  return {
    file: buildSearchIndex(buildSearchRecords(articles, quotes)),
    from: 'content/articles (no build)',
  };
}

/** A deterministic PRNG (mulberry32), so every run benchmarks the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Makes `count` records from the seeds: each a seed passage with a fifth of its words swapped for
 * other seed words and one in ten respelled (a letter changed), so the vocabulary grows with the
 * corpus as a real one does.
 */
function generate(seeds: SearchRecord[], count: number): SearchRecord[] {
  const next = random(42);
  const vocabulary = [...new Set(seeds.flatMap((record) => record.text.split(/\s+/)))];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const respell = (word: string): string => {
    const at = Math.floor(next() * word.length);
    return word.slice(0, at) + letters[Math.floor(next() * 26)] + word.slice(at + 1);
  };
  const records: SearchRecord[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const words = seed.text.split(/\s+/).map((word) => {
      const roll = next();
      if (roll < 0.2) return vocabulary[Math.floor(next() * vocabulary.length)]!;
      if (roll < 0.3) return respell(word);
      return word;
    });
    const article = `gen-${String(Math.floor(i / 40)).padStart(4, '0')}`;
    records.push({
      ...seed,
      id: `${article}#s-${i % 40}`,
      article,
      source: `Outlet ${Math.floor(i / 40) % 97}`,
      anchor: `s-${i % 40}`,
      text: words.join(' '),
    });
  }
  return records;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Timing {
  median: number;
  p95: number;
  cpuMedian: number;
  cpuP95: number;
}

/**
 * Times every query `RUNS` times: wall-clock, and the process's CPU time (user + system), which
 * other processes on a busy machine do not inflate.
 */
function bench(label: string, file: SearchIndexFile): Timing {
  const parsed = JSON.parse(JSON.stringify(file)) as SearchIndexFile;
  const loadStart = performance.now();
  const searcher = createSearcher(Fuse, parsed, { prefilterAbove: PREFILTER });
  const run = (query: string) => searcher.search(query).hits;
  run('warm up'); // builds the lazy parts of the searcher, as the first query in a page does
  const loadMs = performance.now() - loadStart;
  for (const query of QUERIES) run(query); // warm up the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  console.log(
    `\n${label}: ${parsed.records.length} records, searcher ready in ${loadMs.toFixed(1)} ms`,
  );
  console.log(
    '  query                                   hits   median ms   p95 ms   CPU median ms',
  );
  for (const query of QUERIES) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let hits = 0;
    for (let r = 0; r < RUNS; r++) {
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      hits = run(query).length;
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStart);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    wall.push(...times);
    cpu.push(...cpuTimes);
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    console.log(
      `  ${query.padEnd(38)} ${String(hits).padStart(5)} ${percentile(times, 50).toFixed(2).padStart(11)} ${percentile(times, 95).toFixed(2).padStart(8)} ${percentile(cpuTimes, 50).toFixed(2).padStart(15)}`,
    );
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const result = {
    median: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuMedian: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
  };
  console.log(
    `  all queries: median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms (CPU time: median ${result.cpuMedian.toFixed(2)} ms, p95 ${result.cpuP95.toFixed(2)} ms)`,
  );
  return result;
}

const { file, from } = seedIndex();
console.log(
  `Search benchmark (fuse.js ${Fuse.version}), ${RUNS} runs per query; seeds from ${from}`,
);
const seeds = bench('Seed story', file);
const generated = bench(
  `Generated (${SENTENCES} sentences)`,
  buildSearchIndex(generate(file.records, SENTENCES)),
);
const verdict = (t: Timing, budget: number) =>
  `median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (CPU p95 ${t.cpuP95.toFixed(2)} ms) against < ${budget} ms: ${t.p95 < budget ? 'met' : t.cpuP95 < budget ? 'met in CPU time only' : 'NOT met'}`;
const load = loadavg()[0]!;
console.log(`\nBudgets (per query, p95):`);
console.log(`  seeds: ${verdict(seeds, 10)}`);
console.log(`  ${SENTENCES} sentences: ${verdict(generated, 50)}`);
console.log(
  `  load average ${load.toFixed(1)} on ${availableParallelism()} cores${load > availableParallelism() ? ': the machine is busy, wall-clock times are inflated' : ''}`,
);
