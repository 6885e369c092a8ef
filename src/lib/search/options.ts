/**
 * What the search index holds and how fuse.js searches it: shared by the build
 * (`search-index.ts`, the `/search-index.json` endpoint, the benchmark) and the browser
 * (`src/scripts/search.ts`), so both index and query with the same keys and options.
 * Imports nothing, so the browser bundle stays small.
 */

/**
 * What a search record is: a sentence of a body that quotes someone's words (`quote`), any other
 * sentence of a body (`sentence`), or a headline or heading.
 */
export type SearchKind = 'sentence' | 'heading' | 'quote';

/**
 * One searchable passage: one sentence, each listed once (a quotation is found through the
 * sentences it stands in, never twice). Texts are display text: invisible characters removed,
 * never HTML.
 */
export interface SearchRecord {
  /** Unique: `<article>#<anchor>`. */
  id: string;
  article: string;
  /** The source's label as pages show it (outlet, or a neutral "Source N"). */
  source: string;
  /** The sentence the record links to: `s-N`. */
  anchor: string;
  kind: SearchKind;
  text: string;
  /**
   * Who speaks in the quotations the sentence holds (fullest names, in order, each once); empty
   * when it quotes no one or the speaker is unknown.
   */
  speakers: string[];
}

/** The JSON served at `/search-index.json`. */
export interface SearchIndexFile {
  /** Bumped when the shape or the options change, so a stale cached file is not misread. */
  version: number;
  records: SearchRecord[];
  /** `Fuse.createIndex(SEARCH_KEYS, records).toJSON()`. */
  index: { keys: ReadonlyArray<unknown>; records: unknown[] };
}

export const SEARCH_INDEX_VERSION = 2;

/** Path of the index on the site. */
export const SEARCH_INDEX_PATH = '/search-index.json';

/**
 * Searched fields: the passage above all, then who said it. Sources are chosen with the source
 * filter instead: matching outlet names in every query would cost time and add noise.
 */
export const SEARCH_KEYS = [
  { name: 'text', weight: 3 },
  { name: 'speakers', weight: 1 },
];

/**
 * fuse.js options for sentence search. Extended search makes each query word a fuzzy term that
 * must match (AND), anywhere in the passage (`ignoreLocation`); a threshold of 0.35 forgives a
 * typo or two per word ("Puttin", "formla") without matching noise; the field-length norm is
 * halved so long sentences are not buried under short headings.
 */
export const FUSE_OPTIONS = {
  keys: SEARCH_KEYS,
  useExtendedSearch: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.35,
  fieldNormWeight: 0.5,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
} as const;

/** Most results shown for one query. */
export const RESULT_LIMIT = 50;

const FILLER = new Set(
  'a an the of to in on at by for and or but is are was were be it its as that this with'.split(
    ' ',
  ),
);

/**
 * Turns what a reader typed into a fuse.js extended-search query: words only (the extended
 * syntax's operator characters are dropped, so input is never read as a command), filler words
 * left out when other words remain, at most 12 words.
 *
 * @returns the query, or '' when nothing searchable is left
 */
export function prepareQuery(input: string): string {
  const words = input
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, '').replace(/'/g, ''))
    .filter((word) => word.length > 0);
  const content = words.filter((word) => word.length > 1 && !FILLER.has(word.toLowerCase()));
  return (content.length ? content : words).slice(0, 12).join(' ');
}

/** A fuse.js logical query (the shape `Fuse#search` accepts besides a string). */
export type FuseQuery = { $and: Array<{ $or: Array<Record<string, string>> }> };

/**
 * Turns a prepared query into a fuse.js logical query: every word must match (fuzzily) in some
 * field, not necessarily the same one ("Putin restore contacts" finds Putin's quote by its
 * speaker and its words).
 *
 * @returns null when the query has no words
 */
export function toFuseQuery(prepared: string): FuseQuery | null {
  const words = prepared.split(' ').filter(Boolean);
  if (!words.length) return null;
  return {
    $and: words.map((word) => ({ $or: SEARCH_KEYS.map((key) => ({ [key.name]: word })) })),
  };
}

/** The filters a search page URL can carry besides `q`. */
export const FILTER_PARAMS = ['source', 'speaker', 'kind'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
