/**
 * Reading one number where a text states it: digits in any usual grouping ("1,000", "1.5",
 * "1,5", "1.000.000"), with a scale ("1.5m", "610 mln", "1,5 Mio", "3bn"), words ("twelve",
 * "two hundred and fifty", "twenty-five", "a dozen"), orders of magnitude ("dozens", "tens of
 * thousands"), fractions ("a fifth", "two-thirds", "one in five") and ordinals ("47th",
 * "second").
 */
import {
  DENOMINATORS,
  ORDINAL_WORDS,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  SMALL_NUMBERS,
  TENS,
  VAGUE_SCALES,
} from './lexicon.ts';
import { isDash, type Lex } from './scan.ts';

/** A number as read: its value, where it is, and how precisely it is stated. */
export interface NumberCore {
  value: number;
  /** Indexes of the first and last token (inclusive). */
  first: number;
  last: number;
  /**
   * The place value of the last stated digit, in the value's scale: 1 for "12", 100 for
   * "2,300", 100000 for "1.5m". Rounding tolerance is a fraction of it.
   */
  place: number;
  form: 'digits' | 'words' | 'vague' | 'fraction' | 'ordinal';
  /** For `vague`: the interval the words imply. */
  low?: number;
  high?: number;
  /** A scale word or letter multiplied the digits ("1.5m", "610 mln"). */
  scaled: boolean;
  /** The digits as written had no separators (a possible year: "2026"). */
  plain: boolean;
}

/** Whether a `m` written against digits means million here (else it is metres). */
export interface ReadContext {
  money: boolean;
}

const MAX_DIGITS = 15;
// A plural noun after "2m" makes it two million ("2m people"); a singular one, metres ("a 3m
// wall").
const PLURAL_NOUN = /^(?:\p{Ll}+s|people|children|men|women|police|staff|personnel|cattle)$/u;

/**
 * The value of a run of digits with separators, or null when the grouping is not a number
 * (a phone number, "1.2.3"). Commas before three digits group thousands ("1,000"); a comma
 * before one or two digits is a decimal comma ("1,5"); dots grouping threes twice or more are
 * thousands ("1.000.000").
 */
export function parseDigits(raw: string): { value: number; place: number } | null {
  if (raw.replace(/\D/g, '').length > MAX_DIGITS) return null;
  let normal: string | null = null;
  if (/^\d+$/.test(raw)) normal = raw;
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) normal = raw.replace(/,/g, '');
  else if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(raw))
    normal = raw.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(raw)) normal = raw.replace(',', '.');
  else if (/^\d+\.\d+$/.test(raw)) normal = raw;
  if (normal === null) return null;
  const value = Number(normal);
  if (!Number.isFinite(value)) return null;
  const decimals = normal.includes('.') ? normal.length - normal.indexOf('.') - 1 : 0;
  return { value, place: decimals > 0 ? 10 ** -decimals : placeOf(value) };
}

/** The place value of the last non-zero digit of an integer (1 for 12, 100 for 2,300). */
export function placeOf(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let place = 1;
  let rest = Math.abs(value);
  while (rest % 10 === 0 && place < 1e15) {
    rest /= 10;
    place *= 10;
  }
  return place;
}

const word = (lexes: readonly Lex[], i: number): string | null => {
  const lex = lexes[i];
  return lex && lex.kind === 'word' ? lex.lower : null;
};

/** Reads the number starting at token `i`, or returns null when none starts there. */
export function readNumber(
  lexes: readonly Lex[],
  i: number,
  context: ReadContext,
): NumberCore | null {
  const lex = lexes[i];
  if (!lex) return null;
  if (lex.kind === 'num') return readRatio(lexes, i) ?? readDigits(lexes, i, context);
  if (lex.kind !== 'word') return null;
  return (
    readRatio(lexes, i) ?? readFraction(lexes, i) ?? readVague(lexes, i) ?? readWords(lexes, i)
  );
}

function readDigits(lexes: readonly Lex[], i: number, context: ReadContext): NumberCore | null {
  const lex = lexes[i]!;
  const parsed = parseDigits(lex.text);
  if (!parsed) return null;
  let { value, place } = parsed;
  let last = i;
  let scaled = false;
  const next = lexes[i + 1];
  // An ordinal suffix against the digits: "47th", "1st".
  if (next && !next.spaced && next.kind === 'word' && /^(?:st|nd|rd|th)$/.test(next.lower)) {
    if (!Number.isInteger(value)) return null;
    return { value, first: i, last: i + 1, place: 1, form: 'ordinal', scaled, plain: false };
  }
  // "one and a half million": a half before the scale.
  if (word(lexes, i + 1) === 'and' && word(lexes, i + 2) === 'a' && word(lexes, i + 3) === 'half') {
    value += 0.5;
    place = 0.5;
    last = i + 3;
  }
  const after = lexes[last + 1];
  if (after && after.kind === 'word') {
    const suffix = !after.spaced ? SCALE_SUFFIXES.get(after.lower) : undefined;
    const scaleWord = SCALE_WORDS.get(after.lower);
    // "m" against digits is million for money, decimals ("1.5m") or a plural noun after it
    // ("2m people"); otherwise metres ("a 3m wall").
    const million =
      after.lower !== 'm' ||
      context.money ||
      !Number.isInteger(value) ||
      PLURAL_NOUN.test(lexes[last + 2]?.text ?? '');
    const bOk = after.lower !== 'b' || context.money;
    if (suffix !== undefined && million && bOk) {
      value *= suffix;
      place *= suffix;
      last += 1;
      scaled = true;
    } else if (after.spaced && scaleWord !== undefined && after.lower !== 'millions') {
      value *= scaleWord;
      place *= scaleWord;
      last += 1;
      scaled = true;
    }
  }
  return {
    value,
    first: i,
    last,
    place,
    form: 'digits',
    scaled,
    plain: /^\d+$/.test(lex.text) && !scaled && last === i,
  };
}

/** "one in five", "1 in 5", "one in every five", "one out of every ten": a share, in percent. */
function readRatio(lexes: readonly Lex[], i: number): NumberCore | null {
  const top = smallValue(lexes, i);
  if (top === null) return null;
  let j = i + 1;
  if (word(lexes, j) === 'out' && word(lexes, j + 1) === 'of') j += 2;
  else if (word(lexes, j) === 'in') j += 1;
  else return null;
  if (word(lexes, j) === 'every') j += 1;
  const bottom = smallValue(lexes, j);
  if (bottom === null || bottom <= top || bottom > 1000) return null;
  const value = (100 * top) / bottom;
  return { value, first: i, last: j, place: 1, form: 'fraction', scaled: false, plain: false };
}

/** A small whole number in words or digits (for ratios and fractions). */
function smallValue(lexes: readonly Lex[], i: number): number | null {
  const lex = lexes[i];
  if (!lex) return null;
  if (lex.kind === 'num') return /^\d{1,4}$/.test(lex.text) ? Number(lex.text) : null;
  if (lex.kind !== 'word') return null;
  return SMALL_NUMBERS.get(lex.lower) ?? TENS.get(lex.lower) ?? null;
}

/**
 * "a fifth", "one third", "two-thirds", "three quarters", "half of": a share, in percent. A
 * lone "a third" or "half" is only a fraction before "of" (or "majority"): "a third world
 * war" is an ordinal, "the second half" neither.
 */
function readFraction(lexes: readonly Lex[], i: number): NumberCore | null {
  const first = word(lexes, i);
  if (first === null) return null;
  let numerator: number | null = null;
  let j = i;
  if (first === 'half') {
    if (!/^(?:of|the|its|their|his|her|our|a)$/.test(word(lexes, i + 1) ?? '')) return null;
    if (word(lexes, i + 1) === 'a' && word(lexes, i + 2) === 'dozen') {
      return {
        value: 6,
        first: i,
        last: i + 2,
        place: 1,
        form: 'words',
        scaled: false,
        plain: false,
      };
    }
    return {
      value: 50,
      first: i,
      last: i,
      place: 1,
      form: 'fraction',
      scaled: false,
      plain: false,
    };
  }
  if (first === 'a' || first === 'an' || first === 'one') numerator = 1;
  else numerator = SMALL_NUMBERS.get(first) ?? null;
  if (numerator === null || numerator === 0) return null;
  j = i + 1;
  if (isDash(lexes[j]) && !lexes[j]!.spaced && !lexes[j + 1]?.spaced) j += 1;
  const denominatorWord = word(lexes, j);
  const denominator = denominatorWord === null ? undefined : DENOMINATORS.get(denominatorWord);
  if (denominator === undefined || numerator >= denominator) return null;
  const after = word(lexes, j + 1);
  const plural = denominatorWord!.endsWith('s') && numerator > 1;
  if (!plural && after !== 'of' && after !== 'majority') return null;
  const value = (100 * numerator) / denominator;
  return { value, first: i, last: j, place: 1, form: 'fraction', scaled: false, plain: false };
}

/** "dozens", "hundreds of thousands", "tens of thousands", "several hundred", "a few thousand". */
function readVague(lexes: readonly Lex[], i: number): NumberCore | null {
  const first = word(lexes, i);
  if (first === null) return null;
  if (first === 'tens' && word(lexes, i + 1) === 'of') {
    const scale = word(lexes, i + 2);
    const base = scale === 'thousands' ? 1e4 : scale === 'millions' ? 1e7 : null;
    if (base === null) return null;
    return vague(i, i + 2, base, base * 10 - 1);
  }
  if (first === 'several' || (first === 'a' && word(lexes, i + 1) === 'few')) {
    const j = first === 'a' ? i + 2 : i + 1;
    const scale = SCALE_WORDS.get(word(lexes, j) ?? '');
    if (scale === undefined || scale < 100) return null;
    return vague(i, j, 2 * scale, 9 * scale);
  }
  const range = VAGUE_SCALES.get(first);
  if (range === undefined) return null;
  // "hundreds of thousands": the order of magnitude of the second word, many times over.
  const inner = word(lexes, i + 2);
  if (word(lexes, i + 1) === 'of' && inner !== null) {
    const innerScale = SCALE_WORDS.get(inner.replace(/s$/, ''));
    if (innerScale !== undefined && innerScale >= 1000 && inner.endsWith('s')) {
      return vague(i, i + 2, range[0] * innerScale, (range[1] + 1) * innerScale - 1);
    }
  }
  return vague(i, i, range[0], range[1]);
}

function vague(first: number, last: number, low: number, high: number): NumberCore {
  const value = Math.round((low + high) / 2);
  return { value, first, last, place: 1, form: 'vague', low, high, scaled: false, plain: false };
}

/**
 * Cardinal and ordinal words: "twelve", "twenty-five", "two hundred and fifty", "a dozen",
 * "two dozen", "a thousand", "twenty-first". A lone "one" is left alone: it is mostly a
 * pronoun ("one of the").
 */
function readWords(lexes: readonly Lex[], i: number): NumberCore | null {
  let j = i;
  let total = 0;
  let current = 0;
  let words = 0;
  const first = word(lexes, i);
  if (first === null) return null;
  if (first === 'a' || first === 'an') {
    const next = word(lexes, i + 1) ?? '';
    if (next !== 'dozen' && !(SCALE_WORDS.has(next) && !next.endsWith('s'))) return null;
    current = 1;
    j = i + 1;
  }
  let ordinal = false;
  let last = -1;
  for (; j < lexes.length; j++) {
    const w = word(lexes, j);
    if (w === null) break;
    const small = SMALL_NUMBERS.get(w);
    const tens = TENS.get(w);
    const ordinalValue = ORDINAL_WORDS.get(w);
    if (small !== undefined) {
      current += small;
    } else if (tens !== undefined) {
      current += tens;
      // "twenty-five", "twenty-first".
      if (isDash(lexes[j + 1]) && !lexes[j + 1]!.spaced) {
        const unit = word(lexes, j + 2);
        const unitValue = unit === null ? undefined : SMALL_NUMBERS.get(unit);
        const unitOrdinal = unit === null ? undefined : ORDINAL_WORDS.get(unit);
        if (unitValue !== undefined && unitValue > 0 && unitValue < 10) {
          current += unitValue;
          j += 2;
        } else if (unitOrdinal !== undefined && unitOrdinal < 10) {
          current += unitOrdinal;
          j += 2;
          ordinal = true;
          words++;
          last = j;
          break;
        }
      }
    } else if (ordinalValue !== undefined && words === 0 && current === 0) {
      ordinal = true;
      current = ordinalValue;
      words++;
      last = j;
      break;
    } else if (w === 'hundred' && (words > 0 || current > 0)) {
      current = Math.max(current, 1) * 100;
    } else if (w === 'dozen' && (words > 0 || current > 0)) {
      current = Math.max(current, 1) * 12;
    } else if (
      (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') &&
      (words > 0 || current > 0)
    ) {
      total += Math.max(current, 1) * SCALE_WORDS.get(w)!;
      current = 0;
    } else if (w === 'and' && words > 0) {
      const next = word(lexes, j + 1) ?? '';
      if (!SMALL_NUMBERS.has(next) && !TENS.has(next)) break;
      continue;
    } else {
      break;
    }
    words++;
    last = j;
  }
  if (words === 0 || last < 0) return null;
  const value = total + current;
  if (!ordinal && words === 1 && first === 'one') return null;
  return {
    value,
    first: i,
    last,
    place: placeOf(value),
    form: ordinal ? 'ordinal' : 'words',
    scaled: false,
    plain: false,
  };
}
