/**
 * Dates and times of day: "March 9", "9 March 2026", "Oct. 4", "Sunday 4 October", "2026-03-09",
 * "in March", "on Monday", "yesterday", "this morning", "2 a.m.", "14:30", "midnight". Relative
 * days need the publication date; without one they state nothing comparable and are skipped.
 */
import { DAY_PARTS, MONTHS, RELATIVE_DAYS, REPORTING_WORDS, WEEKDAYS } from './lexicon.ts';
import { isDash, type Lex } from './scan.ts';
import type { Approximation, CalendarDay, DateFact, TimeFact } from './types.ts';

type Day = CalendarDay;

/** A date or time found at a token, with the tokens it spans. */
export interface Found<F> {
  fact: Omit<F, 'start' | 'end' | 'text'>;
  first: number;
  last: number;
}

type DateFields = Omit<DateFact, 'start' | 'end' | 'text'>;

/** The day of an ISO date or timestamp (`YYYY-MM-DD…`), or null. */
export function parsePublished(published: string | null | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return validDay(day.year, day.month, day.day) ? day : null;
}

/** Whether year-month-day names a real day. */
export function validDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The day `offset` days after `day`. */
export function addDays(day: Day, offset: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const word = (lexes: readonly Lex[], i: number): string | null => {
  const lex = lexes[i];
  return lex && lex.kind === 'word' ? lex.lower : null;
};

const capitalised = (lex: Lex | undefined): boolean => !!lex && /^\p{Lu}/u.test(lex.text);

/** A day-of-month number ("9", "9th", "21st"): its value and last token, or null. */
function dayNumber(lexes: readonly Lex[], i: number): { day: number; last: number } | null {
  const lex = lexes[i];
  if (!lex || lex.kind !== 'num' || !/^\d{1,2}$/.test(lex.text)) return null;
  const day = Number(lex.text);
  if (day < 1 || day > 31) return null;
  const next = lexes[i + 1];
  if (next && !next.spaced && next.kind === 'word' && /^(?:st|nd|rd|th)$/.test(next.lower)) {
    return { day, last: i + 1 };
  }
  // "9.5" or "9,000" are not days; neither is "9-4".
  if (next && !next.spaced && (next.kind === 'num' || isDash(next))) return null;
  return { day, last: i };
}

/** A four-digit year after a date ("March 9, 2026", "9 March 2026"). */
function yearAt(lexes: readonly Lex[], i: number): { year: number; last: number } | null {
  let j = i;
  if (lexes[j]?.text === ',') j++;
  const lex = lexes[j];
  if (!lex || lex.kind !== 'num' || !/^\d{4}$/.test(lex.text)) return null;
  const year = Number(lex.text);
  return year >= 1000 && year <= 2200 ? { year, last: j } : null;
}

/** A month name at `i`: full names capitalised (May and March are also words), or a short form. */
function monthAt(
  lexes: readonly Lex[],
  i: number,
): { month: number; last: number; short: boolean } | null {
  const lex = lexes[i];
  if (!lex || lex.kind !== 'word' || !capitalised(lex)) return null;
  const month = MONTHS.get(lex.lower);
  if (month === undefined) return null;
  const short =
    lex.lower.length <= 4 && lex.lower !== 'june' && lex.lower !== 'july' && lex.lower !== 'may';
  // "Oct." keeps its dot.
  const last = short && lexes[i + 1]?.text === '.' && !lexes[i + 1]!.spaced ? i + 1 : i;
  return { month, last, short };
}

const MONTH_ONLY_BEFORE = new Set([
  'in',
  'by',
  'since',
  'until',
  'till',
  'from',
  'early',
  'late',
  'mid',
  'during',
  'of',
  'before',
  'after',
  'through',
  'throughout',
  'between',
  'last',
  'next',
  'this',
  'end',
]);

/**
 * Reads a date starting at token `i`: a weekday (with a date after it, if any), a month with a
 * day and year, a day before a month, an ISO date, or a relative day resolved against
 * `published`. Returns null when no date starts here.
 */
export function readDate(
  lexes: readonly Lex[],
  i: number,
  published: Day | null,
): Found<DateFact> | null {
  const lex = lexes[i];
  if (!lex) return null;
  if (lex.kind === 'num') return readIsoDate(lexes, i) ?? readDayMonth(lexes, i, published);
  if (lex.kind !== 'word') return null;
  const weekday = capitalised(lex) ? WEEKDAYS.get(lex.lower) : undefined;
  if (weekday !== undefined) {
    // "Sunday 4 October", "Monday, March 9": the date after the weekday.
    let j = i + 1;
    if (lexes[j]?.text === ',') j++;
    const after = readMonthDay(lexes, j, published) ?? readDayMonth(lexes, j, published);
    if (after && after.first === j) {
      return { ...after, fact: { ...after.fact, weekday }, first: i };
    }
    return { fact: dateFields({ weekday }), first: i, last: i };
  }
  const relative = RELATIVE_DAYS.get(lex.lower);
  if (relative !== undefined) {
    if (!published) return null;
    return { fact: resolved(addDays(published, relative)), first: i, last: i };
  }
  // "this morning", "this evening", "last night".
  const next = word(lexes, i + 1);
  if (lex.lower === 'this' && (next === 'morning' || next === 'afternoon' || next === 'evening')) {
    return published ? { fact: resolved(published), first: i, last: i + 1 } : null;
  }
  if (lex.lower === 'last' && next === 'night') {
    return published
      ? { fact: { ...resolved(addDays(published, -1)), part: 'late' }, first: i, last: i + 1 }
      : null;
  }
  return readMonthDay(lexes, i, published);
}

/** "March 9", "March 9th, 2026", "Oct. 4", "March 2026", "in March". */
function readMonthDay(
  lexes: readonly Lex[],
  i: number,
  published: Day | null,
): Found<DateFact> | null {
  const month = monthAt(lexes, i);
  if (!month) return null;
  const day = dayNumber(lexes, month.last + 1);
  if (day) {
    const year = yearAt(lexes, day.last + 1);
    return dated(year?.year ?? null, month.month, day.day, i, year?.last ?? day.last, published);
  }
  const year = yearAt(lexes, month.last + 1);
  if (year && lexes[month.last + 1]?.text !== ',') {
    return { fact: dateFields({ year: year.year, month: month.month }), first: i, last: year.last };
  }
  if (month.short || !MONTH_ONLY_BEFORE.has(word(lexes, i - 1) ?? '')) return null;
  const inferred = published ? published.year : null;
  return {
    fact: dateFields({ year: inferred, month: month.month, yearInferred: inferred !== null }),
    first: i,
    last: month.last,
  };
}

/** "9 March", "9th of March 2026", "4 October". */
function readDayMonth(
  lexes: readonly Lex[],
  i: number,
  published: Day | null,
): Found<DateFact> | null {
  const day = dayNumber(lexes, i);
  if (!day) return null;
  let j = day.last + 1;
  if (word(lexes, j) === 'of') j++;
  const month = monthAt(lexes, j);
  if (!month) return null;
  const year = yearAt(lexes, month.last + 1);
  return dated(year?.year ?? null, month.month, day.day, i, year?.last ?? month.last, published);
}

/** "2026-03-09". */
function readIsoDate(lexes: readonly Lex[], i: number): Found<DateFact> | null {
  const [y, d1, m, d2, d] = [lexes[i], lexes[i + 1], lexes[i + 2], lexes[i + 3], lexes[i + 4]];
  if (
    !y ||
    !m ||
    !d ||
    !/^\d{4}$/.test(y.text) ||
    !/^\d{2}$/.test(m.text) ||
    !/^\d{2}$/.test(d.text)
  )
    return null;
  if (!isDash(d1) || !isDash(d2) || d1!.spaced || m.spaced || d2!.spaced || d.spaced) return null;
  const [year, month, day] = [Number(y.text), Number(m.text), Number(d.text)];
  if (!validDay(year, month, day)) return null;
  return { fact: resolved({ year, month, day }), first: i, last: i + 4 };
}

function dated(
  year: number | null,
  month: number,
  day: number,
  first: number,
  last: number,
  published: Day | null,
): Found<DateFact> | null {
  let inferred = false;
  if (year === null && published) {
    // A date without a year is the one nearest the publication: "December 30" in an article
    // of 3 January is last year's.
    year = published.year;
    if (month - published.month > 6) year -= 1;
    else if (published.month - month > 6) year += 1;
    inferred = true;
  }
  if (!validDay(year ?? 2024, month, day)) return null;
  const weekday = year === null ? null : weekdayOf(year, month, day);
  return { fact: dateFields({ year, month, day, weekday, yearInferred: inferred }), first, last };
}

function resolved(day: Day): DateFields {
  return dateFields({
    year: day.year,
    month: day.month,
    day: day.day,
    weekday: weekdayOf(day.year, day.month, day.day),
  });
}

/** A date fact with every field unknown but those given. */
export function dateFields(partial: Partial<DateFields>): DateFields {
  return {
    kind: 'date',
    year: null,
    month: null,
    day: null,
    weekday: null,
    yearInferred: false,
    part: null,
    reporting: false,
    published: null,
    ...partial,
  };
}

/** The part of the day named within two words of a date ("late on Saturday", "Tuesday night"). */
export function dayPartAround(
  lexes: readonly Lex[],
  first: number,
  last: number,
): 'early' | 'late' | null {
  let part: 'early' | 'late' | null = null;
  for (let j = Math.max(0, first - 3); j <= Math.min(lexes.length - 1, last + 2); j++) {
    if (j >= first && j <= last) continue;
    const w = word(lexes, j);
    if (w === null) continue;
    const found = DAY_PARTS.get(w);
    if (found) part = found;
  }
  return part;
}

// Words between a reporting verb and its date: "said in a statement on Sunday", "told
// reporters late on Monday".
const BETWEEN_REPORT_AND_DATE = new Set([
  'on',
  'in',
  'at',
  'a',
  'an',
  'the',
  'late',
  'early',
  'statement',
  'statements',
  'briefing',
  'interview',
  'news',
  'press',
  'conference',
  'reporters',
  'journalists',
  'lawmakers',
  'parliament',
]);

// Stamps that open a page line: "Updated 6.40pm, Sunday 4 October", "Posted on 4 October".
const STAMPS = new Set(['updated', 'posted', 'published', 'last']);

/**
 * Whether a date is the date of the reporting: right after a reporting verb ("said on
 * Sunday", "said in a statement on Sunday"), in a stamp opening the text ("Updated 6.40pm,
 * Sunday 4 October") or in a dateline ("PORT ELLERY, Oct 4 (Coastline Wire)").
 */
export function isReporting(lexes: readonly Lex[], first: number, last: number): boolean {
  for (let j = first - 1; j >= 0; j--) {
    const lex = lexes[j]!;
    if (lex.kind !== 'word') break;
    if (REPORTING_WORDS.has(lex.lower)) return true;
    if (!BETWEEN_REPORT_AND_DATE.has(lex.lower)) break;
  }
  const opening = lexes[0];
  if (opening && opening.kind === 'word' && STAMPS.has(opening.lower) && first <= 8) return true;
  const after = lexes[last + 1];
  return first <= 4 && after !== undefined && (after.text === '(' || isDash(after));
}

const TIME_APPROX: ReadonlyArray<readonly [string, Approximation, number, number]> = [
  // [words before, approximation, minutes before the stated time, minutes after it]
  ['shortly after', 'about', 0, 45],
  ['just after', 'about', 0, 45],
  ['soon after', 'about', 0, 45],
  ['shortly before', 'about', 45, 0],
  ['just before', 'about', 45, 0],
  ['about', 'about', 30, 30],
  ['around', 'about', 30, 30],
  ['approximately', 'about', 30, 30],
  ['roughly', 'about', 30, 30],
  ['after', 'over', 0, 180],
  ['before', 'under', 180, 0],
];

// A time bounding something else ("until 9 a.m.", "from 2pm", "by noon") never conflicts.
const BOUNDS = new Set(['until', 'till', 'to', 'from', 'by', 'since', 'between', 'and']);

/**
 * Reads a time of day at token `i`: "2 a.m.", "2am", "6.40pm", "14:30", "midnight", "noon",
 * with "shortly after" and the like widening it.
 */
export function readTime(lexes: readonly Lex[], i: number): Found<TimeFact> | null {
  const lex = lexes[i];
  if (!lex) return null;
  let minutes: number | null = null;
  let last = i;
  let precise = false;
  if (
    lex.kind === 'word' &&
    (lex.lower === 'midnight' || lex.lower === 'noon' || lex.lower === 'midday')
  ) {
    minutes = lex.lower === 'midnight' ? 0 : 720;
  } else if (lex.kind === 'num') {
    const clock = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(lex.text);
    let hours: number | null = null;
    let mins = 0;
    if (clock) {
      hours = Number(clock[1]);
      mins = clock[2] ? Number(clock[2]) : 0;
    } else if (/^\d{1,2}$/.test(lex.text)) hours = Number(lex.text);
    // "14:30": a colon between two numbers.
    const colon = lexes[i + 1];
    if (
      clock &&
      !clock[2] &&
      colon?.text === ':' &&
      !colon.spaced &&
      /^\d{2}$/.test(lexes[i + 2]?.text ?? '') &&
      !lexes[i + 2]!.spaced
    ) {
      mins = Number(lexes[i + 2]!.text);
      last = i + 2;
      precise = true;
      if (hours !== null && hours <= 24 && mins < 60) minutes = (hours % 24) * 60 + mins;
    }
    const meridiem = readMeridiem(lexes, last + 1);
    if (hours !== null && meridiem && hours >= 1 && hours <= 12 && mins < 60) {
      minutes = (hours % 12) * 60 + mins + (meridiem.pm ? 720 : 0);
      last = meridiem.last;
      precise = mins !== 0;
    } else if (minutes === null) return null;
  } else return null;
  if (minutes === null) return null;
  let low = precise ? minutes - 5 : minutes - 20;
  let high = precise ? minutes + 5 : minutes + 20;
  let approx: Approximation = 'exact';
  let first = i;
  const before1 = word(lexes, i - 1);
  const before2 = word(lexes, i - 2);
  if (
    before1 !== null &&
    BOUNDS.has(before1) &&
    !(before2 === 'shortly' || before2 === 'just' || before2 === 'soon')
  ) {
    approx = 'vague';
    low = minutes - 720;
    high = minutes + 720;
  } else {
    for (const [phrase, kind, earlier, later] of TIME_APPROX) {
      const words = phrase.split(' ');
      const start = i - words.length;
      if (start < 0 || words.some((w, k) => word(lexes, start + k) !== w)) continue;
      approx = kind;
      low = minutes - earlier;
      high = minutes + later;
      first = start;
      break;
    }
  }
  return {
    fact: { kind: 'time', value: minutes, low, high, approx, reporting: false },
    first,
    last,
  };
}

/** "am", "pm", "a.m.", "p.m." after a number: its last token and whether it is afternoon. */
function readMeridiem(lexes: readonly Lex[], i: number): { pm: boolean; last: number } | null {
  const lex = lexes[i];
  if (!lex || lex.kind !== 'word') return null;
  if (lex.lower === 'am' || lex.lower === 'pm') {
    const dot = lexes[i + 1]?.text === '.' && !lexes[i + 1]!.spaced;
    return { pm: lex.lower === 'pm', last: dot ? i + 1 : i };
  }
  // "a.m." scans as a . m .
  if (
    (lex.lower === 'a' || lex.lower === 'p') &&
    lexes[i + 1]?.text === '.' &&
    word(lexes, i + 2) === 'm'
  ) {
    const close = lexes[i + 3]?.text === '.' && !lexes[i + 3]!.spaced ? i + 3 : i + 2;
    return { pm: lex.lower === 'p', last: close };
  }
  return null;
}
