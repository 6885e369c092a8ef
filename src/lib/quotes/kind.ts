/**
 * What kind of quote a quotation is: speech or a term, and whether it is a fragment of a
 * sentence of reporting.
 */
import { displayText } from '../text/index.ts';
import { leadingVerbAt } from './attribution.ts';
import type { QuoteKind } from './types.ts';

/** At most this many words, unattributed and not a sentence, make a term ("peace formula"). */
const MAX_TERM_WORDS = 4;

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
 * "to" and does not end a sentence; speech otherwise.
 */
export function quoteKind(quote: {
  attributed: boolean;
  parts: number;
  /** The quoted words of its first part. */
  inner: string;
  /** The narrative of its sentence up to the opening mark. */
  before: string;
}): QuoteKind {
  const term =
    !quote.attributed &&
    quote.parts === 1 &&
    countWords(displayText(quote.inner)) <= MAX_TERM_WORDS &&
    !/\bto\s*$/.test(quote.before) &&
    !/[.!?]$/.test(quote.inner.trim());
  return term ? 'term' : 'speech';
}

// Not the text stage's countWords, which reads "1,000" as one word: the term limit was set
// with commas splitting words.
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
