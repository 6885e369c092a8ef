/**
 * The search index, built at build time: one record per sentence and heading of every article
 * (quotes found through the sentences they stand in, with their speakers), and the fuse.js index
 * over them (`Fuse.createIndex`), serialised as JSON for
 * `/search-index.json`.
 */
import Fuse from 'fuse.js';
import { displayText } from '../text/index.ts';
import type { Quote } from '../quotes/index.ts';
import {
  SEARCH_INDEX_VERSION,
  SEARCH_KEYS,
  numberToken,
  numbersIn,
  type SearchIndexFile,
  type SearchRecord,
} from './options.ts';
import type { Article } from '../model/index.ts';
import { sourceLabel } from '../publish/labels.ts';
import type { Story } from '../publish/story.ts';

export interface SearchRecordOptions {
  /** The label pages show for an article's source (default: outlet, else "Source N"). */
  label?: (article: Article, articles: Article[]) => string;
  /** The id of the story the articles belong to, set on every record (default none). */
  story?: string;
}

/**
 * Builds the search records of a story: one per sentence of every article, each passage once.
 * Headlines and headings are kind `heading`; a body sentence that a speech quotation covers (in
 * whole or in part, alone or with its neighbours) is kind `quote` and carries the quotation's
 * speaker, so that searching a quote's words or its speaker finds the sentence, and the speaker
 * and kind filters keep working; other sentences are kind `sentence`. Scare quotes ("peace
 * formula") quote no one and leave a sentence a `sentence`. A record's numbers, in digits or
 * words, are listed as tokens too (`numbers`), so that a query finds them however written.
 *
 * @param articles the story's articles, in the order pages list them
 * @param quotes every article's quotes (any order)
 * @returns records in article order, then reading order
 */
export function buildSearchRecords(
  articles: Article[],
  quotes: Quote[],
  options: SearchRecordOptions = {},
): SearchRecord[] {
  const label = options.label ?? sourceLabel;
  // `${article}#${sentence}` → the speech quotes covering that sentence, in reading order.
  const speech = new Map<string, Quote[]>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    if (quote.kind !== 'speech') continue;
    for (const sentence of quote.sentences) {
      const key = `${quote.article}#${sentence}`;
      speech.set(key, [...(speech.get(key) ?? []), quote]);
    }
  }
  const records: SearchRecord[] = [];
  for (const article of articles) {
    const source = label(article, articles);
    for (const sentence of article.sentences) {
      const text = displayText(sentence.text);
      if (!text) continue;
      const id = `${article.id}#${sentence.id}`;
      const quoted = speech.get(id) ?? [];
      const heading = sentence.kind === 'title' || sentence.kind === 'heading';
      const numbers = [...new Set(numbersIn(text).map(({ value }) => numberToken(value)))];
      records.push({
        id,
        article: article.id,
        source,
        anchor: sentence.id,
        kind: heading ? 'heading' : quoted.length > 0 ? 'quote' : 'sentence',
        text,
        speakers: [
          ...new Set(quoted.map((quote) => quote.speaker).filter((name) => name !== null)),
        ],
        // Only where there are numbers: most sentences have none, and the index stays small.
        ...(numbers.length > 0 && { numbers: numbers.join(' ') }),
        ...(options.story !== undefined && { story: options.story }),
      });
    }
  }
  return records;
}

/**
 * The search records of one story of the site, as its shard and the story directory hold them:
 * every article's sentences, the speakers of its quote groups, sources labelled as pages label
 * them.
 *
 * @param id the story's id, set on every record (none on a single-story site's index)
 */
export function storySearchRecords(story: Story, id?: string): SearchRecord[] {
  return buildSearchRecords(
    story.articles,
    story.quoteGroups.flatMap((group) => group.variants),
    { label: sourceLabel, ...(id !== undefined && { story: id }) },
  );
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
