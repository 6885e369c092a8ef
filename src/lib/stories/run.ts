/**
 * The pipeline per story: alignment and quote groups computed for each story's articles alone, so
 * a claim or a quote group never joins passages of different stories, and each story's results
 * cached by its content digest.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { alignStory } from '../align/index.ts';
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
 * Runs the per-story pipeline (`alignStory`, `groupQuotes`) on every story.
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
    const digest = storyDigest(members, version);
    stats.stories++;
    const hit = cache?.get(digest);
    let run: StoryRun;
    if (hit) {
      stats.cached++;
      run = { id: story.id, articles: members, digest, cached: true, ms: 0, ...hit };
    } else {
      const start = performance.now();
      const result: StoryResult = {
        alignment: alignStory(members),
        quoteGroups: groupQuotes(members),
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
