// Transitional: the stage's modules replaced this file; its importers move to index.ts next.
export * from './index.ts';
export { groupQuotes as buildQuoteGroups } from './group.ts';
