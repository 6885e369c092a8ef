/**
 * Quantities a passage states, typed so that two passages can agree on a fact written
 * differently ("€610m" / "610 million euros", "14km" / "Fourteen kilometres", "about a fifth" /
 * "about 20%") and conflict only on values of the same kind (12 injured / 15 injured).
 *
 * This is the minimal, token-level stand-in for normalised facts: `FactSource` is the plug-in
 * point, and a fuller fact extractor (dates, negation, units) replaces `tokenQuantities` by
 * implementing it (see `features.ts`).
 */
import type { Token } from '../text/index.ts';

/** What a number measures. `count` numbers are keyed by the word they count. */
export type QuantityKind = 'money' | 'length' | 'ratio' | 'year' | 'ordinal' | 'score' | 'count';

/** One typed value a passage states. */
export interface Quantity {
  kind: QuantityKind;
  /** Canonical value: money in its currency unit, lengths in metres, ratios in [0, 1]. */
  value: number;
  /** Currency for money, the counted word's stem for counts, '' otherwise. */
  unit: string;
  /** Written as an approximation ("about", "nearly", "a fifth"): agrees within a tolerance. */
  approximate: boolean;
  /** The words that state it, as written (for showing the evidence). */
  text: string;
}

/** How two passages' facts compare. */
export interface FactComparison {
  /** Facts both state (the first passage's wording of each). */
  agree: string[];
  /** Whether a fact of one kind is stated with different values and never the same. */
  conflict: boolean;
}

/**
 * A source of facts about a passage, compared pairwise. `tokenQuantities` is the built-in one;
 * a normalised-facts stage plugs in here with the same two functions.
 */
export interface FactSource<F> {
  extract(tokens: readonly Token[], text: string, offset: number): F;
  compare(a: F, b: F): FactComparison;
}

// Maps, not object literals: a word such as "constructor" must find nothing.
const CURRENCY_SYMBOL = new Map([
  ['€', 'eur'],
  ['$', 'usd'],
  ['£', 'gbp'],
]);
const CURRENCY_WORD = new Map([
  ['euro', 'eur'],
  ['dollar', 'usd'],
  ['pound', 'gbp'],
  ['usd', 'usd'],
  ['gbp', 'gbp'],
]);
const LENGTH_UNIT = new Map([
  ['km', 1000],
  ['metr', 1],
  ['mile', 1609],
]);
const APPROXIMATE = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'some',
  'over',
  'more',
  'than',
  'under',
  'just',
  'close',
  'estimated',
  'up',
]);
const SCORE_JOIN = /^\s*(?:[-\u2013]|to|votes? to|goals? to)\s*$/i;
const FRACTION = new Map([
  [2, 1 / 2],
  [3, 1 / 3],
  [4, 1 / 4],
  [5, 1 / 5],
  [10, 1 / 10],
]);
// Relative tolerance of an approximate value: "nearly 1,000" meets 980, "a fifth" meets 20%.
const TOLERANCE = 0.05;

/**
 * The quantities stated by a passage's tokens: `text` is the passage, which token offsets index
 * once `offset` is subtracted.
 * Deterministic; never throws.
 */
export function tokenQuantities(tokens: readonly Token[], text: string, offset = 0): Quantity[] {
  const out: Quantity[] = [];
  const words = tokens.map((t) => t.norm);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.number === null) continue;
    const before = words[k - 1] ?? '';
    const approximate = APPROXIMATE.has(before) || APPROXIMATE.has(words[k - 2] ?? '');
    const next = tokens[k + 1];
    const nextStem = next?.stem ?? '';
    const at = t.start - offset;
    const written = (end: Token | undefined) => text.slice(at, (end ?? t).end - offset);
    const symbol = text.slice(Math.max(0, at - 1), at);
    // A score or vote: "9-4", "nine votes to four", "2-1".
    const second = tokens.slice(k + 1, k + 4).find((x) => x.number !== null);
    if (second && SCORE_JOIN.test(text.slice(t.end - offset, second.start - offset))) {
      const value = t.number * 1000 + (second.number as number);
      out.push({ kind: 'score', value, unit: '', approximate: false, text: written(second) });
      k = tokens.indexOf(second);
      continue;
    }
    // Ordinals first: "a fifth" is a ratio, "47th"/"second" an ordinal.
    if (
      /^(?:a|one)$/.test(before) &&
      FRACTION.has(t.number) &&
      /(?:th|third|half|quarter)s?$/i.test(t.raw)
    ) {
      out.push({
        kind: 'ratio',
        value: FRACTION.get(t.number) as number,
        unit: '',
        approximate: true,
        text: written(t),
      });
      continue;
    }
    if (/(?:st|nd|rd|th)$/i.test(t.raw)) {
      out.push({
        kind: 'ordinal',
        value: t.number,
        unit: '',
        approximate: false,
        text: written(t),
      });
      continue;
    }
    const currency = CURRENCY_SYMBOL.get(symbol) ?? CURRENCY_WORD.get(nextStem);
    if (currency) {
      out.push({
        kind: 'money',
        value: t.number,
        unit: currency,
        approximate,
        text: written(currency === CURRENCY_WORD.get(nextStem) ? next : t),
      });
      continue;
    }
    if (LENGTH_UNIT.has(nextStem)) {
      const value = t.number * (LENGTH_UNIT.get(nextStem) as number);
      out.push({ kind: 'length', value, unit: '', approximate, text: written(next) });
      continue;
    }
    if (nextStem === 'percent') {
      out.push({
        kind: 'ratio',
        value: t.number / 100,
        unit: '',
        approximate,
        text: written(next),
      });
      continue;
    }
    if (
      Number.isInteger(t.number) &&
      t.number >= 1900 &&
      t.number <= 2100 &&
      /^\d{4}$/.test(t.raw)
    ) {
      out.push({ kind: 'year', value: t.number, unit: '', approximate: false, text: written(t) });
      continue;
    }
    // The counted word: the next content word that is not a number.
    const counted = tokens.slice(k + 1, k + 4).find((x) => !x.stop && x.number === null);
    out.push({
      kind: 'count',
      value: t.number,
      unit: counted?.stem ?? '',
      approximate,
      text: written(t),
    });
  }
  return out;
}

/** Whether two values of one kind are the same fact, allowing for approximations. */
function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.value === b.value) return true;
  if (!a.approximate && !b.approximate) return false;
  return Math.abs(a.value - b.value) <= TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * Whether two quantities state one fact: the same kind and value, or a bare count meeting the
 * same value written with its kind. Small bare counts ("two", "four") say little on their own:
 * they agree only when they count the same word.
 */
function agrees(a: Quantity, b: Quantity): boolean {
  if (!sameValue(a, b)) return false;
  if (a.kind === 'count' && b.kind === 'count')
    return a.value >= 10 || (a.unit !== '' && a.unit === b.unit);
  if (a.kind === 'count' || b.kind === 'count') return a.value >= 10 && a.value === b.value;
  return a.kind === b.kind && a.unit === b.unit;
}

// Kinds whose values two passages about one event cannot both state differently and agree.
const CONFLICTING: ReadonlySet<QuantityKind> = new Set([
  'money',
  'length',
  'ratio',
  'year',
  'score',
]);

/**
 * Compares the quantities of two passages: the facts both state, and whether some kind is
 * stated by both with no value in common (a count conflicts only when it counts the same word).
 */
export function compareQuantities(a: readonly Quantity[], b: readonly Quantity[]): FactComparison {
  const agree: string[] = [];
  for (const qa of a) {
    if (b.some((qb) => agrees(qa, qb)) && !agree.includes(qa.text)) agree.push(qa.text);
  }
  let conflict = false;
  for (const qa of a) {
    const rivals = b.filter(
      (qb) =>
        qb.kind === qa.kind &&
        (CONFLICTING.has(qa.kind) ? qb.unit === qa.unit : qa.unit !== '' && qb.unit === qa.unit),
    );
    if (rivals.length > 0 && !rivals.some((qb) => sameValue(qa, qb))) {
      // Another value of that kind on a's side may still agree ("610m ($662m)").
      const peers = a.filter((x) => x.kind === qa.kind && x.unit === qa.unit);
      if (!peers.some((x) => rivals.some((qb) => sameValue(x, qb)))) conflict = true;
    }
  }
  return { agree, conflict };
}

/** The built-in fact source: typed quantities from tokens. */
export const quantityFacts: FactSource<Quantity[]> = {
  extract: tokenQuantities,
  compare: compareQuantities,
};

/** What one passage's facts are, under the fact source in use. */
export type PassageFacts = Quantity[];

/**
 * The fact source alignment uses: `featurize` extracts with it, `evidenceVector` compares with
 * it. A normalised-facts stage plugs in by replacing this constant (and `PassageFacts`).
 */
export const FACTS: FactSource<PassageFacts> = quantityFacts;
