/**
 * Step 7, search: the records and index built at build time, the query rules, and the engine
 * the browser runs; on a site of several stories, the story directory that picks which stories'
 * shards a search over all of them loads. (The browser script imports `engine.ts`,
 * `directory.ts` and `options.ts` directly so that its bundle holds nothing of the build-time
 * record builder.)
 */
export {
  buildSearchIndex,
  buildSearchRecords,
  storySearchRecords,
  type SearchRecordOptions,
} from './records.ts';
export { createSearcher, type SearchHit, type SearchOutcome, type Searcher } from './engine.ts';
export {
  buildSearchDirectory,
  createStoryPicker,
  type DirectoryInput,
  type DirectoryStory,
  type SearchDirectory,
  type StoryFilters,
  type StoryPick,
  type StoryPicker,
} from './directory.ts';
export {
  FILTER_PARAMS,
  RESULT_LIMIT,
  SEARCH_DIRECTORY_PATH,
  SEARCH_DIRECTORY_VERSION,
  SEARCH_INDEX_PATH,
  SEARCH_INDEX_VERSION,
  SHARDS_PER_ROUND,
  prepareQuery,
  type FilterParam,
  type SearchIndexFile,
  type SearchKind,
  type SearchRecord,
} from './options.ts';
