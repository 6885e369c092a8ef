/**
 * Word-level differences between two wordings of the same passage (quote variants, aligned
 * claims). Pure and Astro-free; rendered by `src/components/WordDiff.astro`.
 */
import { diffArrays } from 'diff';

/** One run of a word diff: kept in both wordings, only in `b` (`added`) or only in `a` (`removed`). */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface WordDiffOptions {
  /** Treat letter case as equal (default false). */
  ignoreCase?: boolean;
  /**
   * Longest edit script (in tokens) worth computing (default 400). Past it the wordings are too
   * different for a word diff to help, and Myers' algorithm grows quadratically, so the result is
   * the whole of `a` removed and the whole of `b` added.
   */
  maxEditLength?: number;
}

// Typographic variants that are the same word for a reader: curly vs straight quotes and
// apostrophes, dash variants. Compared on a key only; the values shown keep the original text.
const EQUIVALENT = /[‘’‛′]|[“”„″]|[‐‑‒–—―]/g;
const HAS_EQUIVALENT = /[‘’‛′“”„″‐‑‒–—―]/;
const canonicalChar = (char: string): string =>
  /[‘’‛′]/.test(char) ? "'" : /[“”„″]/.test(char) ? '"' : '-';

/**
 * Diffs two texts word by word (punctuation marks are tokens of their own; whitespace is not
 * compared). Curly and straight quotes, dash variants, and initialisms with or without dots
 * ("U.S.", "US") compare equal.
 *
 * @returns the runs in reading order, adjacent runs of one kind merged: the values of the runs
 *   that are not `added` join into `a` exactly (leading whitespace aside), those that are not
 *   `removed` into `b`, except that kept runs show `b`'s spelling of equivalent marks. Never
 *   throws; any input, however long or hostile, is only ever treated as text.
 */
export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): DiffPart[] {
  if (a === b) return a === '' ? [] : [{ value: a }];
  if (a === '') return [{ value: b, added: true }];
  if (b === '') return [{ value: a, removed: true }];
  const left = tokenize(a);
  const right = tokenize(b);
  const ignoreCase = options.ignoreCase ?? false;
  // Diffed on canonical keys computed once per token: a comparator would canonicalise both
  // tokens at each of the diff's many comparisons.
  const changes = diffArrays(
    left.map((token) => canonical(token, ignoreCase)),
    right.map((token) => canonical(token, ignoreCase)),
    { maxEditLength: options.maxEditLength ?? 400 },
  );
  if (!changes) {
    return [
      { value: a, removed: true },
      { value: b, added: true },
    ];
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.value.length;
    // Kept runs show `b`'s spelling, as removed runs show `a`'s and added runs `b`'s.
    const part: DiffPart = {
      value: (change.removed ? left.slice(i, i + count) : right.slice(j, j + count)).join(''),
    };
    if (change.added) part.added = true;
    if (change.removed) part.removed = true;
    if (!change.added) i += count;
    if (!change.removed) j += count;
    parts.push(part);
  }
  return parts;
}

// A word (letters/digits with inner apostrophes, hyphens, dots: "he’s", "re-establish", "U.S")
// or one punctuation mark, each carrying the whitespace that follows it so runs join back into
// the original text.
const TOKEN = /\s+|(?:[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}])\s*/gu;

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

// Initialisms with and without dots ("U.S." and "US") are the same word.
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;

function canonical(token: string, ignoreCase: boolean): string {
  // Tokens carry only trailing whitespace (a whitespace-only token can only lead the text).
  let key = token.trimEnd();
  // Cheap checks first: most tokens are plain words, and the regular expressions cost more.
  if (key.length >= 4 && key.endsWith('.') && INITIALISM.test(key)) key = key.replace(/\./g, '');
  if (HAS_EQUIVALENT.test(key)) key = key.replace(EQUIVALENT, canonicalChar);
  return ignoreCase ? key.toLowerCase() : key;
}

/**
 * Share of `a`'s and `b`'s words that the diff keeps, from 0 (nothing shared) to 1 (same
 * wording): a quick measure of how close two wordings are.
 */
export function diffSimilarity(parts: DiffPart[]): number {
  let kept = 0;
  let changed = 0;
  for (const part of parts) {
    const words = part.value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (part.added || part.removed) changed += words;
    else kept += 2 * words;
  }
  return kept + changed === 0 ? 1 : kept / (kept + changed);
}
