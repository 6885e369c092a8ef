/**
 * `npm run bench`: named benchmarks, each printing its own table. Pass names to run a subset
 * (`npm run bench -- alignment`); `--sizes=5,500` overrides the alignment corpus sizes.
 *
 * alignment: indexed candidate generation vs the all-pairs baseline on the same generated
 * corpus in the same run. All-pairs is measured in full where it is affordable and otherwise
 * estimated from a timed random sample of pairs (the output says which).
 *
 * long-article: the pipeline's stages on one article of 0.5, 1 and 1.9 MB beside the seeds,
 * to see that each grows linearly with the article.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../src/lib/parse/article.ts';
import {
  alignStory,
  buildModel,
  compareFeatures,
  featurize,
  type Features,
} from '../src/lib/align/index.ts';
import { synsetsOf } from '../src/lib/text/synonyms.ts';
import { tokenize } from '../src/lib/text/tokens.ts';
import type { Article } from '../src/lib/model/types.ts';
import { generateCorpus, readSeeds } from './generate-corpus.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import { buildSearchIndex, buildSearchRecords } from '../src/lib/search/records.ts';
import { buildClaimsExport } from '../src/lib/publish/export.ts';
import { bigArticleText } from '../tests/helpers/big-article.ts';

/** One benchmark: a name and a function that prints its results. */
export interface Benchmark {
  name: string;
  description: string;
  run(args: BenchArgs): void | Promise<void>;
}

export interface BenchArgs {
  sizes: number[];
}

// Above this many unit pairs the baseline is estimated from a sample rather than run.
const FULL_BASELINE_LIMIT = 3_000_000;
const SAMPLE_PAIRS = 300_000;

function corpus(size: number): Article[] {
  const seeds = readSeeds('content/articles');
  const sources: { id: string; file: string; source: string }[] =
    size <= seeds.length
      ? seeds.slice(0, size).map((s) => ({ ...s, file: `content/articles/${s.id}.txt` }))
      : generateCorpus(seeds, size);
  return sources.map((s) => parseArticle(s));
}

/** Times scoring a random sample of unit pairs and extrapolates to all pairs. */
function estimateAllPairs(articles: Article[], units: number): { ms: number; pairs: number } {
  const texts = articles.flatMap((a) =>
    a.sentences.filter((s) => s.kind !== 'title' && s.kind !== 'heading').map((s) => s.text),
  );
  const tokens = texts.map((t) => tokenize(t));
  const model = buildModel(tokens);
  const features: Features[] = tokens.map((t) => featurize(t, model));
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % features.length;
  };
  let sink = 0;
  const t0 = performance.now();
  for (let k = 0; k < SAMPLE_PAIRS; k++) {
    sink += compareFeatures(features[next()] as Features, features[next()] as Features).score;
  }
  const perPair = (performance.now() - t0) / SAMPLE_PAIRS;
  if (sink < 0) console.log(sink);
  const pairs = (units * (units - 1)) / 2;
  return { ms: perPair * pairs, pairs };
}

const alignment: Benchmark = {
  name: 'alignment',
  description: 'alignStory: inverted-index candidates vs all pairs, same corpus, same run',
  run({ sizes }) {
    console.log(
      'articles   sentences     units    cand.pairs        all.pairs    indexed ms    all-pairs ms  speed-up  pairs ratio',
    );
    // Warm up (WordNet's index, per-word lookups, the JIT) so neither side pays for it alone.
    synsetsOf('warm');
    alignStory(corpus(5));
    for (const size of sizes) {
      const articles = corpus(size);
      const t0 = performance.now();
      const indexed = alignStory(articles);
      const indexedMs = performance.now() - t0;
      const { units, sentences, candidatePairs } = indexed.stats;
      const allPairsCount = (units * (units - 1)) / 2;
      let baselineMs: number;
      let how: string;
      if (allPairsCount <= FULL_BASELINE_LIMIT) {
        const t1 = performance.now();
        alignStory(articles, { candidates: 'all-pairs' });
        baselineMs = performance.now() - t1;
        how = 'measured';
      } else {
        baselineMs = estimateAllPairs(articles, units).ms;
        how = `estimated (${SAMPLE_PAIRS.toLocaleString('en')}-pair sample)`;
      }
      console.log(
        [
          String(size).padStart(8),
          String(sentences).padStart(12),
          String(units).padStart(10),
          String(candidatePairs).padStart(14),
          String(Math.round(allPairsCount)).padStart(17),
          indexedMs.toFixed(0).padStart(14),
          baselineMs.toFixed(0).padStart(16),
          `${(baselineMs / indexedMs).toFixed(1)}x`.padStart(10),
          `${(allPairsCount / Math.max(1, candidatePairs)).toFixed(1)}x`.padStart(12),
          ` all-pairs ${how}; ${indexed.claims.length} claims`,
        ].join(''),
      );
    }
  },
};

const search: Benchmark = {
  name: 'search',
  description:
    'per-query search latency (median, p95) on the built index and on 20,000 generated sentences',
  // bench-search.ts is a script of its own (its own flags); run it as one.
  run() {
    const result = spawnSync(process.execPath, ['scripts/bench-search.ts'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`bench-search exited with ${result.status}`);
  },
};

const longArticle: Benchmark = {
  name: 'long-article',
  description:
    'one long article (seed paragraphs repeated, numbers changed) beside the seeds: CPU time of each stage, candidate pairs, memory',
  run() {
    const seeds = readSeeds('content/articles').map((s) => ({
      ...s,
      file: `content/articles/${s.id}.txt`,
    }));
    // Warm up (WordNet, the JIT) on the seeds alone.
    alignStory(seeds.map((s) => parseArticle(s)));
    console.log(
      '     bytes   sentences   cand.pairs   parse ms   quotes ms    align ms   search ms   export ms   heap MB    rss MB',
    );
    for (const bytes of [475_000, 950_000, 1_900_000]) {
      const cpu = <T>(run: () => T): [T, number] => {
        const start = process.cpuUsage();
        const result = run();
        const used = process.cpuUsage(start);
        return [result, (used.user + used.system) / 1000];
      };
      const [big, parseMs] = cpu(() =>
        parseArticle({ id: 'long', file: 'long.txt', source: bigArticleText(bytes) }),
      );
      const articles = [...seeds.map((s) => parseArticle(s)), big];
      const [groups, quotesMs] = cpu(() => groupQuotes(articles));
      const [aligned, alignMs] = cpu(() => alignStory(articles));
      const [, searchMs] = cpu(() =>
        buildSearchIndex(
          buildSearchRecords(
            articles,
            groups.flatMap((g) => g.variants),
          ),
        ),
      );
      const [, exportMs] = cpu(() => JSON.stringify(buildClaimsExport(articles, aligned, groups)));
      const memory = process.memoryUsage();
      console.log(
        [
          String(bytes).padStart(10),
          String(big.sentences.length).padStart(12),
          String(aligned.stats.candidatePairs).padStart(13),
          ...[parseMs, quotesMs, alignMs, searchMs, exportMs].map((ms) =>
            ms.toFixed(0).padStart(11),
          ),
          (memory.heapUsed / 1e6).toFixed(0).padStart(10),
          (memory.rss / 1e6).toFixed(0).padStart(10),
        ].join(''),
      );
    }
    console.log('CPU time (user + system), so other load on the machine does not count.');
  },
};

/** Every benchmark, in run order. Add new ones here. */
export const benchmarks: Benchmark[] = [alignment, search, longArticle];

const args = process.argv.slice(2);
const sizesArg = args.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [5, 500, 5000];
const names = args.filter((a) => !a.startsWith('--'));
for (const b of benchmarks) {
  if (names.length && !names.includes(b.name)) continue;
  console.log(`\n## ${b.name}: ${b.description}`);
  await b.run({ sizes });
}
