/**
 * The search index, built at build time: one record per sentence, heading and quote of every
 * article, and the fuse.js index over them (`Fuse.createIndex`), serialised as JSON for
 * `/search-index.json`.
 */
import Fuse from 'fuse.js';
import { displayText } from './decode.ts';
import type { Quote } from './quotes.ts';
import {
  SEARCH_INDEX_VERSION,
  SEARCH_KEYS,
  type SearchIndexFile,
  type SearchRecord,
} from './search-options.ts';
import type { Article } from './types.ts';
import { sourceLabel } from './labels.ts';

export interface SearchRecordOptions {
  /** The label pages show for an article's source (default: outlet, else "Source N"). */
  label?: (article: Article, articles: Article[]) => string;
}

/**
 * Builds the search records of a story: every sentence (kind `sentence`), headline and heading
 * (kind `heading`) and quote (kind `quote`, with its speaker) of every article.
 *
 * @param articles the story's articles, in the order pages list them
 * @param quotes every article's quotes (any order)
 * @returns records in article order, then reading order; quotes after their article's sentences
 */
export function buildSearchRecords(
  articles: Article[],
  quotes: Quote[],
  options: SearchRecordOptions = {},
): SearchRecord[] {
  const label = options.label ?? sourceLabel;
  const records: SearchRecord[] = [];
  for (const article of articles) {
    const source = label(article, articles);
    for (const sentence of article.sentences) {
      const text = displayText(sentence.text);
      if (!text) continue;
      records.push({
        id: `${article.id}#${sentence.id}`,
        article: article.id,
        source,
        anchor: sentence.id,
        kind: sentence.kind === 'title' || sentence.kind === 'heading' ? 'heading' : 'sentence',
        text,
        speaker: '',
      });
    }
    for (const quote of quotes) {
      if (quote.article !== article.id || !quote.quotation) continue;
      records.push({
        id: quote.id,
        article: article.id,
        source,
        anchor: quote.anchor,
        kind: 'quote',
        text: quote.quotation,
        speaker: quote.speaker ?? '',
      });
    }
  }
  return records;
}

/**
 * Serialises records with their fuse.js index, ready for `JSON.stringify`.
 *
 * @returns the content of `/search-index.json`; `Fuse.parseIndex(file.index)` restores the index
 */
export function buildSearchIndex(records: SearchRecord[]): SearchIndexFile {
  const index = Fuse.createIndex(SEARCH_KEYS, records).toJSON();
  return { version: SEARCH_INDEX_VERSION, records, index };
}
