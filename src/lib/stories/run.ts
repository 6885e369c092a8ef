/**
 * The pipeline per story: alignment and quote groups computed for each story's articles alone, so
 * a claim or a quote group never joins passages of different stories, and each story's results
 * cached by its content digest.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { alignStory, type ReviewDecision, type ReviewDecisions } from '../align/index.ts';
import { LARGE_STORY_SENTENCES, runStage } from '../corpus/index.ts';
import { findDisagreements } from '../disagreements/index.ts';
import { compareIds, type Article } from '../model/index.ts';
import { groupQuotes } from '../quotes/index.ts';
import { directoryCache, type StoryResult } from './cache.ts';
import { codeFingerprint, storyDigest } from './digest.ts';

/** A story to run: its id and its articles' ids (a `StoryGroup` of the grouping fits). */
export interface StoryMembers {
  id: string;
  articles: readonly string[];
}

/** One story's results. */
export interface StoryRun extends StoryResult {
  id: string;
  /** The story's articles, in id order. */
  articles: Article[];
  /** The content digest its results are cached by. */
  digest: string;
  /** Whether the results came from the cache. */
  cached: boolean;
  /** Time spent computing (0 when cached), in milliseconds. */
  ms: number;
}

/** Where to cache, and with which code version. */
export interface RunOptions {
  /** Directory of cached results; null or absent: no cache. */
  cacheDir?: string | null;
  /**
   * The pipeline's code version, part of every digest (default: a fingerprint of `src/lib/`,
   * when this module runs from the source tree). A build that bundles the code must pass one.
   */
  version?: string;
  /** Cache entries unused this long are deleted after the run (default 30 days). */
  maxAgeDays?: number;
  /**
   * The editor's decisions for the whole site (`content/review.yaml`): each story is given the
   * pairs of its own articles, and a pair across stories joins nothing (default none).
   */
  review?: ReviewDecisions;
  /** Where a large story's stages say when they start and end (see `runStage`; default none). */
  log?: (message: string) => void;
  /** Called after each story, in order (a build log, a progress bar). */
  onStory?: (run: StoryRun) => void;
}

/** Counters of a run: stories computed and stories taken from the cache. */
export interface RunStats {
  stories: number;
  aligned: number;
  cached: number;
  /** Time spent computing, summed over the stories, in milliseconds. */
  ms: number;
  /** Threads the stories were computed on (1: this one). */
  threads: number;
}

/** A story planned for a run: its members, review pairs, digest and cached results if any. */
interface Planned {
  id: string;
  members: Article[];
  review: ReviewDecisions | undefined;
  digest: string;
  hit: StoryResult | undefined;
}

/** What one story's pipeline needs: sent to a worker as it is (structured clone). */
export interface StoryJob {
  id: string;
  members: Article[];
  review?: ReviewDecisions | undefined;
}

const DAY_MS = 86_400_000;

/**
 * Runs the per-story pipeline (`groupQuotes`, `alignStory` with the quotes' speakers and the
 * story's review pairs, `findDisagreements`) on every story.
 *
 * @param articles every article of the stories, by id (or a list)
 * @returns one run per story, in the order given
 * @throws Error when a story names an article not given, or when a cache is asked for without a
 *   code version and none can be derived
 */
export function runStories(
  stories: readonly StoryMembers[],
  articles: ReadonlyMap<string, Article> | readonly Article[],
  options: RunOptions = {},
): { runs: StoryRun[]; stats: RunStats } {
  const { plans, finish } = planStories(stories, articles, options);
  const log = options.log ?? (() => {});
  return finish(computeHere(plans, log));
}

/** Options of `runStoriesInParallel`: those of `runStories`, and the workers. */
export interface ParallelRunOptions extends RunOptions {
  /** How many stories to compute at once, each in a worker thread (default: the cores). */
  workers?: number;
  /**
   * The worker module (`story-worker.ts` of this folder; the default when this module runs
   * from the source tree). A build that bundles the code must pass the source file's path.
   */
  workerFile?: string | URL;
  /**
   * Fewer sentences to compute than this, and the stories run on this thread (default 3,000,
   * about 150 articles): a worker first loads the pipeline and its word lists, which costs more
   * than it saves on a small site.
   */
  minSentences?: number;
}

/**
 * `runStories` with the stories that are not cached computed side by side in worker threads,
 * largest first: the same runs, in the same order, sooner on a machine of several cores. With
 * one worker, fewer than two stories to compute or few sentences, it runs on this thread.
 */
export async function runStoriesInParallel(
  stories: readonly StoryMembers[],
  articles: ReadonlyMap<string, Article> | readonly Article[],
  options: ParallelRunOptions = {},
): Promise<{ runs: StoryRun[]; stats: RunStats }> {
  const { plans, finish } = planStories(stories, articles, options);
  const log = options.log ?? (() => {});
  const todo = plans.flatMap((plan, k) => (plan.hit ? [] : [k]));
  const size = (k: number) =>
    plans[k]!.members.reduce((sum, article) => sum + article.sentences.length, 0);
  const sentences = todo.reduce((sum, k) => sum + size(k), 0);
  const workers = Math.min(options.workers ?? availableParallelism(), todo.length);
  if (workers < 2 || sentences < (options.minSentences ?? 3000)) {
    return finish(computeHere(plans, log));
  }
  // Largest first, so that no worker is left with a large story once the others are done.
  const queue = todo.sort((x, y) => size(y) - size(x) || x - y);
  const computed: Array<{ result: StoryResult; ms: number } | null> = plans.map(() => null);
  const file = options.workerFile ?? new URL('./story-worker.ts', import.meta.url);
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const worker = new Worker(file);
      try {
        for (let k = queue.shift(); k !== undefined; k = queue.shift()) {
          computed[k] = await inWorker(worker, plans[k]!, log);
        }
      } catch (error) {
        // The run fails: the other workers take no further story.
        queue.length = 0;
        throw error;
      } finally {
        await worker.terminate();
      }
    }),
  );
  return finish(computed, workers);
}

/**
 * One story's results: quotes, alignment (given the quotes' speakers and the story's review
 * pairs) and disagreements. Pure; what a worker runs.
 */
export function computeStory(job: StoryJob, log: (message: string) => void): StoryResult {
  const { id, members, review } = job;
  const sentences = members.reduce((sum, article) => sum + article.sentences.length, 0);
  const large = sentences >= LARGE_STORY_SENTENCES;
  const quoteGroups = runStage(log, large, `${id}: finding and grouping quotes`, () =>
    groupQuotes(members),
  );
  // Speakers let alignment read a quotation's "we" as the one who says it.
  const quotes = quoteGroups.flatMap((group) => group.variants);
  const alignment = runStage(log, large, `${id}: aligning ${sentences} sentences`, () =>
    alignStory(members, review ? { review, quotes } : { quotes }),
  );
  return {
    alignment,
    quoteGroups,
    disagreements: findDisagreements({ articles: members, alignment, quoteGroups }),
  };
}

/** Computes on this thread, in order, the stories not cached, each with its time; null for the rest. */
function computeHere(
  plans: readonly Planned[],
  log: (message: string) => void,
): Array<{ result: StoryResult; ms: number } | null> {
  return plans.map((plan) => {
    if (plan.hit) return null;
    const start = performance.now();
    const result = computeStory(plan, log);
    return { result, ms: performance.now() - start };
  });
}

/** Sends one story to `worker` and waits for its results, passing its log lines on. */
function inWorker(
  worker: Worker,
  plan: Planned,
  log: (message: string) => void,
): Promise<{ result: StoryResult; ms: number }> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'log') return log(message.message);
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (message.type === 'error') reject(new Error(message.message));
      else resolve({ result: message.result, ms: message.ms });
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    const job: StoryJob = { id: plan.id, members: plan.members, review: plan.review };
    worker.postMessage(job);
  });
}

/** What a story worker answers (`story-worker.ts`). */
export type WorkerMessage =
  | { type: 'log'; message: string }
  | { type: 'done'; result: StoryResult; ms: number }
  | { type: 'error'; message: string };

/**
 * Reads each story's members, digest and cached results, and returns them with the step that
 * turns the computed results (null where cached) into runs: cache writes, counters, `onStory`.
 */
function planStories(
  stories: readonly StoryMembers[],
  articles: ReadonlyMap<string, Article> | readonly Article[],
  options: RunOptions,
): {
  plans: Planned[];
  finish: (
    computed: ReadonlyArray<{ result: StoryResult; ms: number } | null>,
    threads?: number,
  ) => {
    runs: StoryRun[];
    stats: RunStats;
  };
} {
  const byId = Array.isArray(articles)
    ? new Map(articles.map((article) => [article.id, article]))
    : (articles as ReadonlyMap<string, Article>);
  const cache = options.cacheDir ? directoryCache(options.cacheDir) : null;
  const version = options.version ?? (cache ? sourceVersion() : '');
  const plans = stories.map((story): Planned => {
    const members = [...story.articles].sort(compareIds).map((id) => {
      const article = byId.get(id);
      if (!article) throw new Error(`runStories: story ${story.id} names unknown article ${id}`);
      return article;
    });
    const ids = new Set(members.map((article) => article.id));
    const review = options.review ? reviewOf(options.review, ids) : undefined;
    // The editor's decisions change the results, so they are part of what the cache is keyed by.
    const digest = storyDigest(members, review ? `${version}\n${JSON.stringify(review)}` : version);
    return { id: story.id, members, review, digest, hit: cache?.get(digest) };
  });
  const finish = (
    computed: ReadonlyArray<{ result: StoryResult; ms: number } | null>,
    threads = 1,
  ) => {
    const stats: RunStats = { stories: 0, aligned: 0, cached: 0, ms: 0, threads };
    const runs = plans.map((plan, k): StoryRun => {
      const { id, members, digest, hit } = plan;
      stats.stories++;
      let run: StoryRun;
      if (hit) {
        stats.cached++;
        run = { id, articles: members, digest, cached: true, ms: 0, ...hit };
      } else {
        const { result, ms } = computed[k]!;
        cache?.set(digest, result);
        stats.aligned++;
        stats.ms += ms;
        run = { id, articles: members, digest, cached: false, ms, ...result };
      }
      options.onStory?.(run);
      return run;
    });
    cache?.prune((options.maxAgeDays ?? 30) * DAY_MS);
    return { runs, stats };
  };
  return { plans, finish };
}

/** A review pair whose two sentences are in different stories: it decides nothing. */
export interface StrayReviewPair extends ReviewDecision {
  /** Its line in the review file, when known. */
  line?: number;
  storyA: string;
  storyB: string;
}

/**
 * The pairs of `review` that join sentences of two different stories, in the file's order:
 * `runStories` gives each story only its own pairs, so these are ignored, and the build should
 * say so.
 */
export function reviewAcrossStories(
  review: {
    same: ReadonlyArray<ReviewDecision & { line?: number }>;
    different: ReadonlyArray<ReviewDecision & { line?: number }>;
  },
  stories: readonly StoryMembers[],
): StrayReviewPair[] {
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  return [...review.same, ...review.different]
    .flatMap((pair) => {
      const storyA = storyOf.get(articleOf(pair.a));
      const storyB = storyOf.get(articleOf(pair.b));
      return storyA !== undefined && storyB !== undefined && storyA !== storyB
        ? [{ ...pair, storyA, storyB }]
        : [];
    })
    .sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
}

/** The article of a review file's sentence reference (`article-id#s-3` → `article-id`). */
const articleOf = (ref: string): string => ref.slice(0, ref.lastIndexOf('#'));

/** The decisions of `review` on sentences of the given articles only; undefined when none. */
function reviewOf(review: ReviewDecisions, ids: ReadonlySet<string>): ReviewDecisions | undefined {
  const inStory = (pair: ReviewDecision) =>
    ids.has(articleOf(pair.a)) && ids.has(articleOf(pair.b));
  const own = {
    same: review.same.filter(inStory).map(({ a, b }) => ({ a, b })),
    different: review.different.filter(inStory).map(({ a, b }) => ({ a, b })),
  };
  return own.same.length + own.different.length > 0 ? own : undefined;
}

let cachedVersion: string | undefined;

/** A fingerprint of `src/lib/`, when this module runs from the source tree. */
function sourceVersion(): string {
  const lib = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(`${lib}/align/index.ts`)) {
    throw new Error('runStories: pass options.version (the pipeline code is bundled)');
  }
  cachedVersion ??= codeFingerprint([lib], lib);
  return cachedVersion;
}
