/**
 * Search latency benchmark: per-query time (median, p95) of the site's fuse.js search, on the
 * built index of the seed story (`dist/search-index.json`, or built from `content/articles`
 * when there is no build) and on a generated index of 20,000 sentences made by perturbing the
 * seed sentences. Budgets (DESIGN.md): under 10 ms on the seeds, under 50 ms on 20,000.
 *
 * Then a generated archive (`--archive 500` articles, `generate-archive.ts`; 0 skips it), grouped
 * into stories and indexed story by story as the site does: the search p50/p95 of each kind of
 * query in every story's shard (issue 14: within 10 ms per story), and the search over all
 * stories: the bytes of the story directory and of the shards the first round loads, against
 * the whole index, and the time to pick the stories and search their shards.
 *
 * Usage: node scripts/bench-search.ts [--sentences 20000] [--runs 5] [--prefilter-above 3000]
 *        [--archive 500]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import { buildSearchIndex, buildSearchRecords } from '../src/lib/search/records.ts';
import { PREFILTER_ABOVE, createSearcher } from '../src/lib/search/engine.ts';
import {
  SHARDS_PER_ROUND,
  numbersIn,
  type SearchIndexFile,
  type SearchRecord,
} from '../src/lib/search/options.ts';
import {
  buildSearchDirectory,
  createStoryPicker,
  type SearchDirectory,
} from '../src/lib/search/directory.ts';
import { groupStories } from '../src/lib/corpus/index.ts';
import { parseArticle } from '../src/lib/parse/index.ts';
import { sourceLabel } from '../src/lib/publish/labels.ts';
import { generateArchive, readTemplates } from './generate-archive.ts';
import { mulberry32 } from './generate-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const SENTENCES = option('sentences', 20_000);
const RUNS = option('runs', 5);
const PREFILTER = option('prefilter-above', PREFILTER_ABOVE);
const ARCHIVE = option('archive', 500);

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

/**
 * Makes `count` records from the seeds: each a seed passage with a fifth of its words swapped for
 * other seed words and one in ten respelled (a letter changed), so the vocabulary grows with the
 * corpus as a real one does.
 */
function generate(seeds: SearchRecord[], count: number): SearchRecord[] {
  const next = mulberry32(42);
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

// ---------------------------------------------------------------------------------------------
// A generated archive, searched story by story and over all stories.

/** The archive's stories as the site indexes them: grouped, quotes per story, records, shards. */
function archiveShards(count: number): Array<{
  id: string;
  title: string;
  records: SearchRecord[];
  file: SearchIndexFile;
  bytes: number;
  gzip: number;
}> {
  const articles = generateArchive(readTemplates(), count).map((a) =>
    parseArticle({ id: a.id, file: `archive/${a.id}.txt`, source: a.source }),
  );
  const byId = new Map(articles.map((article) => [article.id, article]));
  return groupStories({ articles }).stories.map((group) => {
    const own = group.articles.map((id) => byId.get(id)!);
    const quotes = groupQuotes(own).flatMap((quoteGroup) => quoteGroup.variants);
    const records = buildSearchRecords(own, quotes, { label: sourceLabel, story: group.id });
    const file = buildSearchIndex(records);
    const json = JSON.stringify(file);
    return {
      id: group.id,
      title: group.title ?? own[0]?.meta.title ?? group.id,
      records,
      file,
      bytes: Buffer.byteLength(json),
      gzip: gzipSync(json).length,
    };
  });
}

/**
 * Queries a reader of one story would type, taken from its own passages: a word of its headline
 * (a name, mostly), that word misspelt, three words of a sentence, a number with the word after
 * it, a word of every story, and words of none.
 */
function storyQueries(records: SearchRecord[]): Record<string, string> {
  const headline = records.find((record) => record.kind === 'heading') ?? records[0]!;
  const word =
    headline.text.match(/\p{L}{5,}/gu)?.sort((a, b) => b.length - a.length)[0] ?? 'council';
  const at = Math.floor(word.length / 2);
  const typo = word.slice(0, at) + (word[at] === 'e' ? 'a' : 'e') + word.slice(at + 1);
  const longest = records.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const words = longest.text.split(/\s+/);
  const mid = Math.max(0, Math.floor(words.length / 2) - 1);
  const phrase = words.slice(mid, mid + 3).join(' ');
  let number = '';
  for (const record of records) {
    const found = numbersIn(record.text)[0];
    if (found) {
      const after = record.text.slice(found.end).match(/^\s+(\p{L}+)/u)?.[1] ?? '';
      number = `${found.value} ${after}`.trim();
      break;
    }
  }
  return {
    word,
    typo,
    phrase,
    ...(number && { number }),
    common: 'said',
    none: 'xylophone quartz',
  };
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function benchArchive(count: number): void {
  const started = performance.now();
  const shards = archiveShards(count);
  const records = shards.reduce((sum, shard) => sum + shard.records.length, 0);
  console.log(
    `\nArchive of ${count} generated articles: ${shards.length} stories, ${records} passages ` +
      `(grouped, quoted and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  // Per story: every kind of query, RUNS times, in its own shard.
  const samples = new Map<string, number[]>();
  const cpuSamples: number[] = [];
  const worst = new Map<string, { p95: number; story: string }>();
  let worstLoad = { ms: 0, story: '' };
  for (const shard of shards) {
    const parsed = JSON.parse(JSON.stringify(shard.file)) as SearchIndexFile;
    const loadStart = performance.now();
    const searcher = createSearcher(Fuse, parsed, { prefilterAbove: PREFILTER });
    searcher.search('warm up');
    const loadMs = performance.now() - loadStart;
    if (loadMs > worstLoad.ms) worstLoad = { ms: loadMs, story: shard.id };
    const queries = storyQueries(shard.records);
    for (const query of Object.values(queries)) searcher.search(query);
    for (const [kind, query] of Object.entries(queries)) {
      const times: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const cpuStart = cpuMs();
        const t = performance.now();
        searcher.search(query);
        times.push(performance.now() - t);
        cpuSamples.push(cpuMs() - cpuStart);
      }
      samples.set(kind, [...(samples.get(kind) ?? []), ...times]);
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      if (p95 > (worst.get(kind)?.p95 ?? -1)) worst.set(kind, { p95, story: shard.id });
    }
  }
  const largest = shards.reduce((a, b) => (b.records.length > a.records.length ? b : a));
  console.log(
    `  per story shard (${RUNS} runs of each query in each of the ${shards.length} shards; ` +
      `shards of ${Math.min(...shards.map((s) => s.records.length))}–${largest.records.length} passages, ` +
      `at most ${largest.bytes} B, ${largest.gzip} B gzip; slowest searcher ready in ${worstLoad.ms.toFixed(1)} ms)`,
  );
  console.log(
    '  query kind      example (largest story)          p50 ms   p95 ms   worst story p95 ms',
  );
  const examples = storyQueries(largest.records);
  const all: number[] = [];
  for (const [kind, times] of samples) {
    all.push(...times);
    times.sort((a, b) => a - b);
    console.log(
      `  ${kind.padEnd(15)} ${(examples[kind] ?? '').slice(0, 30).padEnd(32)} ${percentile(times, 50).toFixed(2).padStart(6)} ${percentile(times, 95).toFixed(2).padStart(8)} ${worst.get(kind)!.p95.toFixed(2).padStart(20)}`,
    );
  }
  all.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  const p95 = percentile(all, 95);
  console.log(
    `  every query in every shard: p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms ` +
      `(CPU p95 ${percentile(cpuSamples, 95).toFixed(2)} ms) against < 10 ms per story: ` +
      `${p95 < 10 ? 'met' : percentile(cpuSamples, 95) < 10 ? 'met in CPU time only' : 'NOT met'}`,
  );

  // All stories: the directory first, then the shards of the stories it picks, a round at a time.
  const whole = JSON.stringify(buildSearchIndex(shards.flatMap((shard) => shard.records)));
  const directory = JSON.stringify(
    buildSearchDirectory(
      shards.map((shard) => ({ id: shard.id, title: shard.title, records: shard.records })),
    ),
  );
  const t0 = performance.now();
  const pick = createStoryPicker(JSON.parse(directory) as SearchDirectory);
  pick('warm up');
  const pickerMs = performance.now() - t0;
  const size = (bytes: number) =>
    bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
  console.log(
    `\n  search over all stories: the whole index would be ${size(Buffer.byteLength(whole))} ` +
      `(${size(gzipSync(whole).length)} gzip); the story directory is ` +
      `${size(Buffer.byteLength(directory))} (${size(gzipSync(directory).length)} gzip), ` +
      `ready in ${pickerMs.toFixed(1)} ms`,
  );
  const byId = new Map(shards.map((shard) => [shard.id, shard]));
  const searchers = new Map(
    shards.map((shard) => [
      shard.id,
      createSearcher(Fuse, JSON.parse(JSON.stringify(shard.file)) as SearchIndexFile),
    ]),
  );
  const some = shards[Math.floor(shards.length / 3)]!;
  const own = storyQueries(some.records);
  const typical = [
    own.word!,
    own.typo!,
    own.phrase!,
    ...(own.number ? [own.number] : []),
    'fire',
    'minister said',
    'police',
    'xylophone quartz',
  ];
  console.log(
    `  query                      can match (closely)  first round   downloaded (gzip)   pick ms   search ms   results`,
  );
  for (const query of typical) {
    const times: number[] = [];
    let picked = pick(query);
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      picked = pick(query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // The first round, as the page loads it: the likeliest stories, only the close ones if any.
    const round = picked.stories.slice(
      0,
      Math.min(SHARDS_PER_ROUND, picked.close || picked.stories.length),
    );
    const gzip = round.reduce((sum, story) => sum + byId.get(story.id)!.gzip, 0);
    const bytes = round.reduce((sum, story) => sum + byId.get(story.id)!.bytes, 0);
    // The round's shards searched one after another, as the page does when they have arrived.
    const searchTimes: number[] = [];
    let results = 0;
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      results = 0;
      for (const story of round) results += searchers.get(story.id)!.search(query).total;
      searchTimes.push(performance.now() - t);
    }
    searchTimes.sort((a, b) => a - b);
    console.log(
      `  ${query.slice(0, 26).padEnd(26)} ${`${picked.stories.length} (${picked.close})`.padStart(19)} ${String(round.length).padStart(12)}   ${`${size(bytes + Buffer.byteLength(directory))} (${size(gzip + gzipSync(directory).length)})`.padStart(19)} ${percentile(times, 50).toFixed(2).padStart(9)} ${percentile(searchTimes, 50).toFixed(2).padStart(11)} ${String(results).padStart(9)}`,
    );
  }
  console.log(
    `  (downloaded: the directory and the first round's shards: the stories holding every word ` +
      `closely, at most ${SHARDS_PER_ROUND}; results: in those shards; ` +
      `pick and search times are medians of ${RUNS} runs, network not included)`,
  );
}

if (ARCHIVE > 0) benchArchive(ARCHIVE);
