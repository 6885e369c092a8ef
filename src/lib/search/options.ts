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
  /**
   * The numbers the text holds, in digits or in words, as `numberToken`s separated by spaces
   * ("fifteen dead, 4 hurt" → `n15n n4n`); absent when it holds none. Queries are normalised
   * alike, so "15 dead" finds "fifteen dead" and "fifteen" finds "15".
   */
  numbers?: string;
  /** The id of the story the article belongs to (the search page's story filter). */
  story?: string;
}

/** The JSON served at `/search-index.json`. */
export interface SearchIndexFile {
  /** Bumped when the shape or the options change, so a stale cached file is not misread. */
  version: number;
  records: SearchRecord[];
  /** `Fuse.createIndex(SEARCH_KEYS, records).toJSON()`. */
  index: { keys: ReadonlyArray<unknown>; records: unknown[] };
}

export const SEARCH_INDEX_VERSION = 4;

/** Path of the index on the site. */
export const SEARCH_INDEX_PATH = '/search-index.json';

/**
 * Path of one story's shard of the index, on a site of several stories: the same file format
 * with that story's records only, so a search within a story loads only its passages.
 */
export function searchShardPath(story: string): string {
  return `/search-index/${encodeURIComponent(story)}.json`;
}

/**
 * Path of the story directory (`directory.ts`) on a site of several stories: what a search over
 * all stories loads first. Not under `/search-index/`, whose file names are story ids (any name
 * there could be a story's).
 */
export const SEARCH_DIRECTORY_PATH = '/search-stories.json';

/** Bumped when the directory's shape changes, so a stale cached file is not misread. */
export const SEARCH_DIRECTORY_VERSION = 1;

/**
 * Searched fields: the passage above all (its words, and its numbers however written), then who
 * said it. Sources are chosen with the source filter instead: matching outlet names in every
 * query would cost time and add noise.
 */
export const SEARCH_KEYS = [
  { name: 'text', weight: 3 },
  { name: 'numbers', weight: 3 },
  { name: 'speakers', weight: 1 },
];

/** The fields a query word is looked for in: words in text and speakers, numbers in numbers. */
const WORD_KEYS = ['text', 'speakers'];

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

/**
 * A search over all stories of a site (no story chosen) loads the shards of the stories that can
 * match, best first: this many per round (the reader asks for the next round), this many
 * downloads at once.
 */
export const SHARDS_PER_ROUND = 6;
export const SHARDS_AT_ONCE = 3;

/** Most results shown for one query. */
export const RESULT_LIMIT = 50;

const FILLER = new Set(
  'a an the of to in on at by for and or but is are was were be it its as that this with'.split(
    ' ',
  ),
);

const UNITS: Record<string, number> = Object.fromEntries(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
    'fifteen sixteen seventeen eighteen nineteen'
  )
    .split(' ')
    .map((word, value) => [word, value]),
);
const TENS: Record<string, number> = Object.fromEntries(
  'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((word, i) => [word, 20 + 10 * i]),
);
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const own = (table: Record<string, number>, word: string): number | undefined =>
  Object.hasOwn(table, word) ? table[word] : undefined;

/** A number written in a text, in digits or in words. */
export interface NumberMention {
  /** Where it stands: `[start, end)` in UTF-16 code units. */
  start: number;
  end: number;
  /** Its value in digits, without separators: "1000", "25". */
  value: string;
}

/**
 * The numbers a text writes, in digits ("15", "1,000", "15 million") or in words ("fifteen",
 * "twenty-five", "two hundred and five", "three million"). A number word hyphenated to another
 * word ("one-on-one") is a word, not a number; ordinals ("third") are words too.
 */
export function numbersIn(text: string): NumberMention[] {
  // Integers (with thousands separators) and letter words, with what joins each to the next.
  const tokens = [...text.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)|\d+|\p{L}+/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const gap = (i: number) => text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? text.length);
  const hyphenated = (i: number) =>
    (i > 0 && gap(i - 1) === '-') || (i + 1 < tokens.length && gap(i) === '-');
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/^\d/.test(token.word)) {
      let value = token.word.replace(/,/g, '').replace(/^0+(?=\d)/, '');
      let end = token.end;
      const scale = tokens[i + 1] && /^\s+$/.test(gap(i)) ? own(SCALES, tokens[i + 1]!.word) : 0;
      if (scale) {
        value = value === '0' ? '0' : value + String(scale).slice(1);
        end = tokens[++i]!.end;
      }
      out.push({ start: token.start, end, value });
      continue;
    }
    const first = own(UNITS, token.word) ?? own(TENS, token.word);
    if (first === undefined || (hyphenated(i) && !tensAndUnit(i))) continue;
    // A phrase of number words: "two hundred and five", "twenty-five thousand".
    let total = 0;
    let current = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      const word = tokens[j]!.word;
      const joined = j === i || /^(?:\s+|-)$/.test(gap(j - 1));
      const unit = own(UNITS, word) ?? own(TENS, word);
      if (!joined) break;
      if (unit !== undefined && (j === i || current % 10 === 0 || current >= 100)) {
        if (j > i && current % 100 !== 0 && unit >= 10) break;
        current += unit;
      } else if (word === 'hundred' && current > 0 && current < 100) current *= 100;
      else if (own(SCALES, word)) {
        total += Math.max(current, 1) * own(SCALES, word)!;
        current = 0;
      } else if (word === 'and' && current >= 100 && own(UNITS, tokens[j + 1]?.word ?? '')) {
        continue;
      } else break;
    }
    out.push({ start: token.start, end: tokens[j - 1]!.end, value: String(total + current) });
    i = j - 1;
  }
  return out;

  /** Token `i` and the next form "twenty-five". */
  function tensAndUnit(i: number): boolean {
    const next = tokens[i + 1];
    return (
      own(TENS, tokens[i]!.word) !== undefined &&
      gap(i) === '-' &&
      next !== undefined &&
      (own(UNITS, next.word) ?? 0) >= 1 &&
      (own(UNITS, next.word) ?? 0) <= 9
    );
  }
}

/**
 * A number as the index and queries write it: its digits between two `n`s (`n15n`), a word no
 * other number's token contains, so that "15" does not match 150 or 2015.
 */
export function numberToken(value: string): string {
  return `n${value}n`;
}

const NUMBER_TOKEN = /^n\d+n$/;

/**
 * Turns what a reader typed into a fuse.js extended-search query: words only (the extended
 * syntax's operator characters are dropped, so input is never read as a command), each number
 * as its `numberToken` whether written in digits or words, filler words left out when other
 * words remain, at most 12 words.
 *
 * @returns the query, or '' when nothing searchable is left
 */
export function prepareQuery(input: string): string {
  const text = input.normalize('NFC');
  let numbered = '';
  let at = 0;
  for (const number of numbersIn(text)) {
    numbered += `${text.slice(at, number.start)} ${numberToken(number.value)} `;
    at = number.end;
  }
  const words = (numbered + text.slice(at))
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
    $and: words.map((word) =>
      // A number is looked for among the numbers only, as a whole token ('…: exact inclusion).
      NUMBER_TOKEN.test(word)
        ? { $or: [{ numbers: `'${word}` }] }
        : { $or: WORD_KEYS.map((key) => ({ [key]: word })) },
    ),
  };
}

/** The filters a search page URL can carry besides `q`. */
export const FILTER_PARAMS = ['story', 'source', 'speaker', 'kind'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
