/**
 * Step 4 of the pipeline (and the quote half of step 5): find the direct quotations of an
 * article, attribute each to its speaker, tell speech from scare quotes and terms, and group the
 * variants of one quotation across outlets. This module is the stage's public face: code outside
 * `src/lib/quotes/` imports from here.
 *
 * Everything works on the article's blocks, so every offset indexes the article's source text:
 * `source.slice(quote.start, quote.end) === quote.text`. When the attribution is uncertain the
 * speaker is `null` (unknown); nothing is guessed.
 */
export { extractQuotes } from './extract.ts';
export {
  exportQuoteGroups,
  groupQuotes,
  type Paraphrase,
  type QuoteGroup,
  type QuoteGroupExport,
} from './group.ts';
export type { Quote } from './types.ts';
