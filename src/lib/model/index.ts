/** The article model every stage shares: its schema and types, ids, and the error catalogue. */
export * from './types.ts';
export { ArticleError, ArticleWarning, CorpusError, reasons, warnings } from './errors.ts';
export { compareIds, hash, uniquifyIds } from './ids.ts';
