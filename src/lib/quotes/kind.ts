/**
 * What kind of quote a quotation is: speech or a term, and whether it is a fragment of a
 * sentence of reporting.
 */
import { displayText } from '../text/index.ts';
import { leadingVerbAt } from './attribution.ts';
import {
  TERM_CUES_AFTER,
  TERM_CUES_BEFORE,
  TITLE_CUES,
  TITLE_SMALL_WORDS,
  alternation,
} from './lexicon.ts';
import type { QuoteKind } from './types.ts';

/** At most this many words, unattributed and not a sentence, make a term ("peace formula"). */
const MAX_TERM_WORDS = 4;
/** At most this many words make the title of a programme, book or film. */
const MAX_TITLE_WORDS = 8;
const TERM_CUE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${alternation(TERM_CUES_BEFORE)})\s*$`,
  'iu',
);
const TERM_CUE_AFTER = new RegExp(
  String.raw`^[\s,;:()–—-]*(?:${alternation(TERM_CUES_AFTER)})\b`,
  'iu',
);
const TITLE_CUE = new RegExp(String.raw`(?<![\p{L}-])(?:${alternation(TITLE_CUES)})\s*$`, 'iu');

/**
 * True when a quote is a fragment inside a sentence of reporting ("must recognise the “realities
 * on the ground”"): narrative stands before it, and either it opens in lowercase, or no speech
 * verb leads into it and it does not open with a capital.
 *
 * @param before the narrative of its sentence up to the opening mark
 * @param inner the quoted words of its first part
 */
export function isPartial(before: string, inner: string): boolean {
  if (!/\S/.test(before)) return false;
  const words = inner.trim();
  return (leadingVerbAt(before) < 0 && !/^\p{Lu}/u.test(words)) || /^\p{Ll}/u.test(words);
}

/**
 * Term when a quote has no attribution, one part, at most `MAX_TERM_WORDS` words, does not follow
 * "to" and does not end a sentence, or when it is a title (`isTitle`) or a word talked about
 * (`isNamedTerm`); speech otherwise.
 */
export function quoteKind(quote: {
  attributed: boolean;
  parts: number;
  /** The quoted words of its first part. */
  inner: string;
  /** The narrative of its sentence up to the opening mark. */
  before: string;
  /** The narrative of its sentence after the closing mark. */
  after: string;
}): QuoteKind {
  const term =
    !quote.attributed &&
    quote.parts === 1 &&
    countWords(displayText(quote.inner)) <= MAX_TERM_WORDS &&
    !/\bto\s*$/.test(quote.before) &&
    !/[.!?]$/.test(quote.inner.trim());
  const named = quote.parts === 1 && (isTitle(quote) || isNamedTerm(quote));
  return term || named ? 'term' : 'speech';
}

/**
 * True when a quote is a word or phrase talked about rather than said: a cue before it ("a
 * so-called ‘right-sizing’", "known as") or a gloss after it ("a “weather bomb”, a term for…").
 */
export function isNamedTerm(quote: { before: string; after: string }): boolean {
  return TERM_CUE_BEFORE.test(quote.before) || TERM_CUE_AFTER.test(quote.after);
}

/**
 * True when a quote is the title of a programme, book or film ("Meet the Press", “Trading Day
 * Live”), not speech: its words are title-cased (`MAX_TITLE_WORDS` at most), and either a title
 * cue stands right before the opening mark ("told", "appeared on", "wrote in", "the book") or,
 * with two capitalised words or more, nothing attributes it.
 */
export function isTitle(quote: { attributed: boolean; inner: string; before: string }): boolean {
  const words = displayText(quote.inner)
    .trim()
    .replace(/[.,!?]+$/u, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
  const titleCased =
    /^[\p{Lu}\p{N}]/u.test(words[0]!) &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || TITLE_SMALL_WORDS.has(word));
  if (!titleCased) return false;
  return TITLE_CUE.test(quote.before) || (!quote.attributed && capitalised.length >= 2);
}

// Not the text stage's countWords, which reads "1,000" as one word: the term limit was set
// with commas splitting words.
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
