/**
 * Which indexed words a query word matches, shared by the engine's word filter (records of one
 * index) and the story directory (stories of a whole site), so that a story the directory rules
 * out holds no record the engine would have found. Imports only the search options: the browser
 * loads it with the engine.
 *
 * A query word matches an indexed word when it is the word, when it stands inside it (query words
 * of 3 letters or more: "putin" in "putins"), or when it is within `typosAllowed` edits of it.
 */
import { SEARCH_KEYS, type SearchRecord } from './options.ts';

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const splitWords = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a text, and its hyphenated or apostrophed compounds joined ("reestablishing"). */
export function indexedWords(text: string): string[] {
  const words = splitWords(text);
  for (const compound of fold(text).match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)+/gu) ?? []) {
    words.push(compound.replace(/[-'’]/g, ''));
  }
  return words;
}

/** Every word a record is found by: its text's, its speakers' and its number tokens. */
export function recordWords(record: SearchRecord): Set<string> {
  const seen = new Set<string>();
  for (const key of SEARCH_KEYS) {
    const value = record[key.name as 'text' | 'speakers' | 'numbers'] ?? '';
    for (const word of indexedWords(typeof value === 'string' ? value : value.join(' '))) {
      seen.add(word);
    }
  }
  return seen;
}

/**
 * The terms of a prepared query (`prepareQuery`), folded as indexed words are.
 *
 * @returns one term per query word that has letters or digits
 */
export function queryTerms(prepared: string): string[] {
  return prepared
    .split(' ')
    .map((word) => splitWords(word).join(''))
    .filter((term) => term.length > 0);
}

/**
 * Typos a query word may carry and still match: none up to 3 letters, 1 at 4, else 2; none in a
 * number (`n15n` is not 16).
 */
export function typosAllowed(word: string): number {
  if (/^n\d+n$/.test(word)) return 0;
  return word.length <= 3 ? 0 : word.length === 4 ? 1 : 2;
}

/**
 * Finds the words of a vocabulary a query term matches.
 *
 * @param visit called once per matching word: first the word itself (`exact`), then the words
 *   that contain the term (`edits` 0), then the words within its typos (`edits` 1 or 2)
 */
export type WordMatcher = (
  term: string,
  visit: (word: string, exact: boolean, edits: number) => void,
) => void;

/** A matcher over a fixed vocabulary (each word once). */
export function wordMatcher(vocabulary: Iterable<string>): WordMatcher {
  const known = new Set<string>();
  // Words by length: a typo match only needs the lengths within two of the query word's.
  const byLength: string[][] = [];
  for (const word of vocabulary) {
    known.add(word);
    (byLength[word.length] ??= []).push(word);
  }
  return (term, visit) => {
    if (known.has(term)) visit(term, true, 0);
    if (term.length >= 3) {
      for (let length = term.length + 1; length < byLength.length; length++) {
        for (const word of byLength[length] ?? []) if (word.includes(term)) visit(word, false, 0);
      }
    }
    const allowed = typosAllowed(term);
    for (let length = term.length - allowed; length <= term.length + allowed; length++) {
      for (const word of byLength[length] ?? []) {
        if (
          word !== term &&
          !(length > term.length && term.length >= 3 && word.includes(term)) &&
          withinDistance(term, word, allowed)
        )
          visit(word, false, allowed > 1 && !withinDistance(term, word, 1) ? 2 : 1);
      }
    }
  };
}

/** Levenshtein distance of `a` and `b` is at most `max` (a banded computation, early exit). */
export function withinDistance(a: string, b: string, max: number): boolean {
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    if (from > 1) current[from - 1] = max + 1;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        previous[j - 1]! + cost,
        (j - 1 >= from - 1 ? current[j - 1]! : max + 1) + 1,
        (j <= Math.min(b.length, i - 1 + max) ? previous[j]! : max + 1) + 1,
      );
      current[j] = value;
      if (value < best) best = value;
    }
    if (to < b.length) current[to + 1] = max + 1;
    if (best > max) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= max;
}
