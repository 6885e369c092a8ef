/**
 * What an article reports, as features for grouping articles into stories: the people, places
 * and organisations it names, the specific numbers it gives, and its content words and word
 * pairs. Two articles of one story share many rare features; two unrelated articles share few,
 * and mostly common ones.
 */
import type { Article } from '../model/index.ts';
import { tokenize, type Token } from '../text/index.ts';

/** What a feature is: a name, a number, a content word or a pair of adjacent content words. */
export type FeatureKind = 'name' | 'number' | 'word' | 'pair';

/**
 * The features met so far, each with an id: articles hold ids, not strings, so an archive of
 * thousands of articles keeps one copy of each feature.
 */
export interface FeatureDictionary {
  ids: Map<string, number>;
  /** Feature keys by id. Keys start with the kind's prefix. */
  keys: string[];
  /** How the first article that has the feature writes it ("Lisburn", "€610m"), by id. */
  surface: string[];
}

/** The features of one article. */
export interface ArticleFeatures {
  id: string;
  /** Feature ids, ascending. */
  features: Int32Array;
  /** How often the article has each feature, in the order of `features`. */
  counts: Int32Array;
  /** Day number (days since 1970-01-01) of `meta.published`, or null when no date is given. */
  day: number | null;
}

/** An empty feature dictionary. */
export function featureDictionary(): FeatureDictionary {
  return { ids: new Map(), keys: [], surface: [] };
}

/** How much a feature of each kind weighs: names and specific numbers tell events apart best. */
export const FEATURE_WEIGHT: Readonly<Record<FeatureKind, number>> = {
  name: 2,
  number: 1.5,
  pair: 1,
  word: 1,
};

const PREFIX: Record<FeatureKind, string> = { name: 'n:', number: '#:', word: 'w:', pair: 'p:' };
/** How the key of a name begins: `n:lisburn`. */
export const NAME_PREFIX = PREFIX.name;
/** How the key of a content word begins: `w:tram`. */
export const WORD_PREFIX = PREFIX.word;

/** The kind of a feature key. */
export function featureKind(key: string): FeatureKind {
  switch (key.slice(0, 2)) {
    case PREFIX.name:
      return 'name';
    case PREFIX.number:
      return 'number';
    case PREFIX.pair:
      return 'pair';
    default:
      return 'word';
  }
}

// Amounts written with a scale letter ("€610m", "$1.2bn") are words to the tokenizer.
const SCALED = /^(\d+(?:\.\d+)?)(k|m|bn)$/;
const SCALE = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['bn', 1e9],
]);

/**
 * The value of a number worth matching between articles, or null. Small counts, ordinals, ages,
 * days and years recur in unrelated stories ("the 34th minute", "aged 34", "in 2026"); a value of
 * at least 100 with two significant digits ("41,000", "€610m", "1,200 jobs") rarely does.
 */
export function specificNumber(token: Token): number | null {
  let value = token.number;
  if (value === null) {
    const scaled = SCALED.exec(token.norm);
    if (scaled) value = Number(scaled[1]) * (SCALE.get(scaled[2]!) ?? 1);
  }
  if (value === null || value < 100) return null;
  if (Number.isInteger(value) && value >= 1900 && value <= 2100) return null;
  const digits = String(value)
    .replace('.', '')
    .replace(/^0+|0+$/g, '');
  return digits.length >= 2 ? value : null;
}

const CURRENCY = /[€$£¥]$/;
// Capitalised, but no name: "on Tuesday", "in March" tell one story from another no better than
// any common word does.
const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'june july august september october november december'
  ).split(' '),
);

/**
 * Reads the features of an article: every sentence (headline and headings included: they say
 * most about what the article reports) tokenized as the alignment tokenizes it.
 *
 * @param dictionary where feature ids come from; new features are added to it
 */
export function articleFeatures(article: Article, dictionary: FeatureDictionary): ArticleFeatures {
  const counts = new Map<number, number>();
  const add = (key: string, shown: string) => {
    let id = dictionary.ids.get(key);
    if (id === undefined) {
      id = dictionary.keys.length;
      dictionary.ids.set(key, id);
      dictionary.keys.push(key);
      dictionary.surface.push(shown);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  const sentences = article.sentences.map((sentence) => ({
    text: sentence.text,
    tokens: tokenize(sentence.text),
  }));
  // A capitalised word that opens a sentence is a name when the article names it elsewhere.
  const names = new Set<string>();
  for (const { tokens } of sentences) {
    for (const t of tokens) if (t.entity && !CALENDAR.has(t.norm)) names.add(t.stem);
  }
  for (const { text, tokens } of sentences) {
    let previous: Token | null = null;
    for (const token of tokens) {
      if (token.stop || token.stem.length === 0) {
        previous = null;
        continue;
      }
      const value = specificNumber(token);
      if (value !== null) {
        const sign = CURRENCY.exec(text.slice(Math.max(0, token.start - 1), token.start));
        add(`${PREFIX.number}${value}`, `${sign?.[0] ?? ''}${token.raw}`);
      } else if (
        (token.entity || (token.initialCap && names.has(token.stem))) &&
        !CALENDAR.has(token.norm)
      ) {
        add(`${PREFIX.name}${token.stem}`, token.raw);
      } else if (token.number === null && token.stem.length >= 3) {
        add(`${PREFIX.word}${token.stem}`, token.raw.toLowerCase());
      }
      if (previous && token.number === null && previous.number === null) {
        add(`${PREFIX.pair}${previous.stem} ${token.stem}`, `${previous.raw} ${token.raw}`);
      }
      previous = token;
    }
  }
  const features = new Int32Array(counts.size);
  let k = 0;
  for (const id of counts.keys()) features[k++] = id;
  features.sort();
  const times = new Int32Array(features.length);
  for (let i = 0; i < features.length; i++) times[i] = counts.get(features[i]!)!;
  return {
    id: article.id,
    features,
    counts: times,
    day: dayNumber(article.meta.published),
  };
}

/** Days since 1970-01-01 of an ISO date or timestamp (its calendar date), or null. */
export function dayNumber(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published.slice(0, 10));
  return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
}
