/**
 * The pipeline per story, the public face of `src/lib/stories/`: given the stories of the input
 * (see `groupStories` in corpus/), align and group quotes story by story, so that nothing joins
 * passages of different stories, with each story's results cached by its content digest.
 */
export { directoryCache, type StoryCache, type StoryResult } from './cache.ts';
export { articleDigest, codeFingerprint, storyDigest } from './digest.ts';
export { cachedGroupStories, groupingDigest, type CachedGrouping } from './grouping-cache.ts';
export { uniqueQuoteIds } from './ids.ts';
export {
  reviewAcrossStories,
  runStories,
  runStoriesInParallel,
  type ParallelRunOptions,
  type RunOptions,
  type RunStats,
  type StoryMembers,
  type StoryRun,
  type StrayReviewPair,
} from './run.ts';
