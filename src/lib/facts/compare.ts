/**
 * `compareFacts`: whether two facts state the same thing (agree), state different values of the
 * same thing (conflict), or cannot be compared (unrelated: different kinds, dimensions,
 * currencies, counted things, or dates too coarse to tell). Equivalent wordings agree: "about a
 * fifth" and "20%", "3 km" and "3,000 metres", "nearly 1,000" and "980", "Thursday" and a date
 * that is a Thursday.
 */
import { synsetsOf } from '../text/index.ts';
import { addDays, validDay, weekdayOf } from './dates.ts';
import type { Counted, DateFact, Fact, FactRelation, QuantityFact, TimeFact } from './types.ts';

// Values further apart than this factor are taken to be about different things.
const ORDER_OF_MAGNITUDE = 10;

const nounSenses = new Map<string, ReadonlySet<number>>();

function sensesOf(word: string): ReadonlySet<number> {
  let senses = nounSenses.get(word);
  if (!senses) {
    // Noun senses only: synset ids end in 0 for nouns.
    senses = new Set(synsetsOf(word).filter((id) => id % 4 === 0));
    nounSenses.set(word, senses);
  }
  return senses;
}

/** Whether two counted nouns name the same thing: the same key, or WordNet noun synonyms. */
export function sameCounted(a: Counted, b: Counted): boolean {
  if (a.key === b.key) return true;
  const senses = sensesOf(a.word);
  for (const id of sensesOf(b.word)) if (senses.has(id)) return true;
  return false;
}

/**
 * Compares two facts. Symmetric, never throws, constant time (after WordNet is loaded).
 * Reporting dates ("said on Sunday") are unrelated to everything: outlets report on
 * different days.
 */
export function compareFacts(a: Fact, b: Fact): FactRelation {
  if (a.kind === 'quantity' && b.kind === 'quantity') return compareQuantities(a, b);
  if (a.kind === 'ordinal' && b.kind === 'ordinal') {
    if (!a.counted || !b.counted || !sameCounted(a.counted, b.counted)) return 'unrelated';
    return a.value === b.value ? 'agree' : 'conflict';
  }
  if (a.kind === 'tally' && b.kind === 'tally') {
    if (a.of !== b.of) return 'unrelated';
    const same =
      (a.for === b.for && a.against === b.against) || (a.for === b.against && a.against === b.for);
    return same ? 'agree' : 'conflict';
  }
  if (a.kind === 'date' && b.kind === 'date') return compareDates(a, b);
  if (a.kind === 'time' && b.kind === 'time') return compareTimes(a, b);
  return 'unrelated';
}

function compareQuantities(a: QuantityFact, b: QuantityFact): FactRelation {
  if (a.dimension !== b.dimension) return 'unrelated';
  if (a.dimension === 'money' && a.unit !== b.unit) return 'unrelated';
  if (a.dimension === 'degrees' || a.dimension === 'points') {
    if (a.unit !== b.unit) return 'unrelated';
  }
  if (a.dimension === 'count') {
    // A bare number is only comparable with another count of the same thing.
    if (!a.counted || !b.counted || !sameCounted(a.counted, b.counted)) return 'unrelated';
  } else if (a.counted && b.counted && !sameCounted(a.counted, b.counted)) {
    return 'unrelated';
  }
  if (overlaps(a.low, a.high, b.low, b.high)) return 'agree';
  // Values an order of magnitude apart ("32 years" / "2 minutes", "4" / "400 people") are
  // about different things far more often than a misreport of one thing.
  const [small, large] = a.value <= b.value ? [a.value, b.value] : [b.value, a.value];
  const ratioApplies = a.dimension !== 'temperature' && a.dimension !== 'points' && small > 0;
  if (ratioApplies && large / small > ORDER_OF_MAGNITUDE) return 'unrelated';
  return 'conflict';
}

function overlaps(lowA: number, highA: number, lowB: number, highB: number): boolean {
  // A hair of tolerance for unit conversions in floating point.
  const epsilon = 1e-9 * Math.max(1, Math.abs(lowA), Math.abs(lowB));
  return lowA <= highB + epsilon && lowB <= highA + epsilon;
}

function compareTimes(a: TimeFact, b: TimeFact): FactRelation {
  if (a.reporting || b.reporting) return 'unrelated';
  // Times of day wrap at midnight: "shortly before midnight" meets "00:10".
  for (const shift of [-1440, 0, 1440]) {
    if (overlaps(a.low, a.high, b.low + shift, b.high + shift)) return 'agree';
  }
  return 'conflict';
}

const hasDay = (d: DateFact) => d.month !== null && d.day !== null;

function compareDates(a: DateFact, b: DateFact): FactRelation {
  if (a.reporting || b.reporting) return 'unrelated';
  if (hasDay(a) && hasDay(b)) {
    const explicitYears = a.year !== null && b.year !== null && !a.yearInferred && !b.yearInferred;
    if (explicitYears && a.year !== b.year) return 'conflict';
    if (a.month === b.month && a.day === b.day) return 'agree';
    const year = a.year ?? b.year ?? 2001;
    const gap = dayNumber(year, b.month!, b.day!) - dayNumber(year, a.month!, a.day!);
    return straddlesMidnight(a, b, gap) ? 'unrelated' : 'conflict';
  }
  if (hasDay(a) !== hasDay(b) && (a.weekday === null || b.weekday === null)) {
    // A weekday against a date: resolve the weekday near its publication day.
    const [weekdayOnly, full] = hasDay(a) ? [b, a] : [a, b];
    if (weekdayOnly.weekday !== null && weekdayOnly.month === null && weekdayOnly.year === null) {
      return weekdayAgainstDate(weekdayOnly, full);
    }
  }
  if (a.weekday !== null && b.weekday !== null && (!hasDay(a) || !hasDay(b))) {
    if (a.weekday === b.weekday) return 'agree';
    const gap = (((b.weekday - a.weekday) % 7) + 7) % 7;
    return straddlesMidnight(a, b, gap === 6 ? -1 : gap) ? 'unrelated' : 'conflict';
  }
  if (a.month !== null && b.month !== null && (a.day === null || b.day === null)) {
    const sameYear = a.year === null || b.year === null || a.year === b.year;
    return sameYear && a.month === b.month ? 'agree' : 'unrelated';
  }
  if (a.year !== null && b.year !== null && a.month === null && b.month === null) {
    if (a.yearInferred || b.yearInferred) return 'unrelated';
    return a.year === b.year ? 'agree' : 'conflict';
  }
  if (a.year !== null && b.year !== null && !a.yearInferred && !b.yearInferred) {
    return a.year === b.year ? 'agree' : 'unrelated';
  }
  return 'unrelated';
}

/**
 * A weekday ("on Monday") against a date ("March 9"). With the date's year known the weekday
 * of the date decides; otherwise the weekday is resolved to the days it can name within a
 * week of its publication, which can agree with the date but never contradict it.
 */
function weekdayAgainstDate(weekday: DateFact, date: DateFact): FactRelation {
  const w = weekday.weekday!;
  if (date.year !== null && validDay(date.year, date.month!, date.day!)) {
    return weekdayOf(date.year, date.month!, date.day!) === w ? 'agree' : 'conflict';
  }
  const near = weekday.published;
  if (!near) return 'unrelated';
  for (let offset = -6; offset <= 6; offset++) {
    const day = addDays(near, offset);
    if (day.month === date.month && day.day === date.day) {
      return weekdayOf(day.year, day.month, day.day) === w ? 'agree' : 'unrelated';
    }
  }
  return 'unrelated';
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86400000);
}

/** Two neighbouring days of which the earlier is late or the later early: maybe one night. */
function straddlesMidnight(a: DateFact, b: DateFact, gap: number): boolean {
  if (gap === 1) return a.part === 'late' || b.part === 'early';
  if (gap === -1) return b.part === 'late' || a.part === 'early';
  return false;
}
