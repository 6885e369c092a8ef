/**
 * The pipeline per story: alignment and quote groups computed for each story's articles alone, so
 * a claim or a quote group never joins passages of different stories, and each story's results
 * cached by its content digest.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
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
  const byId = Array.isArray(articles)
    ? new Map(articles.map((article) => [article.id, article]))
    : (articles as ReadonlyMap<string, Article>);
  const cache = options.cacheDir ? directoryCache(options.cacheDir) : null;
  const version = options.version ?? (cache ? sourceVersion() : '');
  const stats: RunStats = { stories: 0, aligned: 0, cached: 0, ms: 0 };
  const runs = stories.map((story): StoryRun => {
    const members = [...story.articles].sort(compareIds).map((id) => {
      const article = byId.get(id);
      if (!article) throw new Error(`runStories: story ${story.id} names unknown article ${id}`);
      return article;
    });
    const ids = new Set(members.map((article) => article.id));
    const review = options.review ? reviewOf(options.review, ids) : undefined;
    // The editor's decisions change the results, so they are part of what the cache is keyed by.
    const digest = storyDigest(members, review ? `${version}\n${JSON.stringify(review)}` : version);
    stats.stories++;
    const hit = cache?.get(digest);
    let run: StoryRun;
    if (hit) {
      stats.cached++;
      run = { id: story.id, articles: members, digest, cached: true, ms: 0, ...hit };
    } else {
      const start = performance.now();
      const sentences = members.reduce((sum, article) => sum + article.sentences.length, 0);
      const log = options.log ?? (() => {});
      const large = sentences >= LARGE_STORY_SENTENCES;
      const quoteGroups = runStage(log, large, `${story.id}: finding and grouping quotes`, () =>
        groupQuotes(members),
      );
      // Speakers let alignment read a quotation's "we" as the one who says it.
      const quotes = quoteGroups.flatMap((group) => group.variants);
      const alignment = runStage(log, large, `${story.id}: aligning ${sentences} sentences`, () =>
        alignStory(members, review ? { review, quotes } : { quotes }),
      );
      const result: StoryResult = {
        alignment,
        quoteGroups,
        disagreements: findDisagreements({ articles: members, alignment, quoteGroups }),
      };
      const ms = performance.now() - start;
      cache?.set(digest, result);
      stats.aligned++;
      stats.ms += ms;
      run = { id: story.id, articles: members, digest, cached: false, ms, ...result };
    }
    options.onStory?.(run);
    return run;
  });
  cache?.prune((options.maxAgeDays ?? 30) * DAY_MS);
  return { runs, stats };
}

/** The decisions of `review` on sentences of the given articles only; undefined when none. */
function reviewOf(review: ReviewDecisions, ids: ReadonlySet<string>): ReviewDecisions | undefined {
  const inStory = (pair: ReviewDecision) =>
    ids.has(pair.a.slice(0, pair.a.lastIndexOf('#'))) &&
    ids.has(pair.b.slice(0, pair.b.lastIndexOf('#')));
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
