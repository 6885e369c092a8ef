/**
 * Step 7, search: the records and index built at build time, the query rules, and the engine
 * the browser runs. (The browser script imports `engine.ts` and `options.ts` directly so that
 * its bundle holds nothing of the build-time record builder.)
 */
export { buildSearchIndex, buildSearchRecords, type SearchRecordOptions } from './records.ts';
export { createSearcher, type SearchHit, type SearchOutcome, type Searcher } from './engine.ts';
export {
  FILTER_PARAMS,
  RESULT_LIMIT,
  SEARCH_INDEX_PATH,
  SEARCH_INDEX_VERSION,
  prepareQuery,
  type FilterParam,
  type SearchIndexFile,
  type SearchKind,
  type SearchRecord,
} from './options.ts';
