/**
 * The grouping of the input into stories, cached like the stories' results: on a rebuild with
 * the same articles, story folders and story files, the articles' features are not read again
 * (about a second at 500 articles, ten at 5,000).
 */
import { createHash } from 'node:crypto';
import {
  groupStories,
  type GroupingInput,
  type GroupingOptions,
  type StoryGrouping,
} from '../corpus/index.ts';
import { entryStore } from './cache.ts';
import { articleDigest, stableJson } from './digest.ts';

/**
 * The digest of a grouping: the pipeline's version, the options, the story folders and story
 * files as read, and every article's id and content digest. Any change to what `groupStories`
 * reads changes it; the order articles were read in does not.
 */
export function groupingDigest(
  input: GroupingInput,
  options: GroupingOptions,
  version: string,
): string {
  const articles = input.articles
    .map((article) => `${article.id}\t${articleDigest(article)}`)
    .sort();
  const hash = createHash('sha256');
  hash.update(`${version}\n${stableJson(options)}\n`);
  hash.update(`${stableJson(input.folders ?? [])}\n${stableJson(input.flat ?? null)}\n`);
  return hash.update(articles.join('\n')).digest('hex');
}

/** A grouping, and whether it came from the cache. */
export interface CachedGrouping {
  grouping: StoryGrouping;
  cached: boolean;
}

/**
 * `groupStories(input, options)`, from the cache in `dir` when the same input was grouped by the
 * same code before, else computed and stored. A grouping that throws (a story file naming an
 * unknown article) is never stored: the error is raised again on every build until fixed.
 *
 * @param version the pipeline's code version (see `codeFingerprint`)
 */
export function cachedGroupStories(
  input: GroupingInput,
  options: GroupingOptions,
  cache: { dir: string; version: string },
): CachedGrouping {
  const store = entryStore<StoryGrouping>(cache.dir, 'grouping');
  const digest = groupingDigest(input, options, cache.version);
  const hit = store.get(digest);
  if (hit) return { grouping: hit, cached: true };
  const grouping = groupStories(input, options);
  store.set(digest, grouping);
  return { grouping, cached: false };
}
