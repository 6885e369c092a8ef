/**
 * The facts a sentence states, normalised so that two outlets' wordings can be compared:
 * quantities (counts, money, measures, percentages), ordinals, vote tallies, dates and times.
 * Every fact keeps its offsets, so a page can mark the words that state it.
 */

/** What a quantity measures; values of one dimension are comparable once converted. */
export type Dimension =
  | 'count'
  | 'percent'
  | 'points'
  | 'money'
  | 'length'
  | 'speed'
  | 'mass'
  | 'area'
  | 'volume'
  | 'temperature'
  | 'duration'
  | 'pressure'
  | 'power'
  | 'energy'
  | 'degrees';

/**
 * How the stated number relates to the value: `exact` ("12"), `about` ("about 80"), `nearly`
 * ("nearly 1,000"), `over` ("more than 2,000", "at least 5"), `under` ("fewer than 10", "up to
 * 160"), `range` ("12-15"), `vague` ("dozens", "tens of thousands") or `fraction` ("a fifth").
 */
export type Approximation =
  'exact' | 'about' | 'nearly' | 'over' | 'under' | 'range' | 'vague' | 'fraction';

/** The thing a number counts: the head noun after it ("12 injured people" → people). */
export interface Counted {
  /** The head noun as written, lower case ("engines"). */
  word: string;
  /** Its matching key: the stem, with a few plural and synonym forms folded ("person"). */
  key: string;
}

interface FactBase {
  /** Offsets of the words stating the fact, in the coordinates the caller gave (see `offset`). */
  start: number;
  end: number;
  /** The words stating the fact, as written. */
  text: string;
}

/** A number with its unit: a count, an amount of money, a measure or a share. */
export interface QuantityFact extends FactBase {
  kind: 'quantity';
  dimension: Dimension;
  /**
   * The unit as stated, canonical spelling: `km`, `mph`, `°C`, `%`, a currency code (`EUR`), or
   * null for a bare count.
   */
  unit: string | null;
  /** The stated number in `unit` ("3" for "3 km", 610000000 for "€610m"). */
  amount: number;
  /** The stated upper end of a range ("15" of "12-15"), in `unit`; null for one number. */
  upper: number | null;
  /** The value and its plausible interval in the dimension's base unit (m, km/h, kg, s, …). */
  value: number;
  low: number;
  high: number;
  approx: Approximation;
  /** What is counted, for counts and shares ("20% of staff" → staff); null when unknown. */
  counted: Counted | null;
}

/** A position in a sequence: "47th president", "second term", "the 88th minute". */
export interface OrdinalFact extends FactBase {
  kind: 'ordinal';
  value: number;
  counted: Counted | null;
}

/** A result of two numbers: "voted 9-4", "by nine votes to four", "won 3-1". */
export interface TallyFact extends FactBase {
  kind: 'tally';
  /** `vote` when the text speaks of voting, otherwise `score`. */
  of: 'vote' | 'score';
  for: number;
  against: number;
}

/**
 * A day, or part of one: any of year, month, day and weekday may be known. "on Monday" is a
 * weekday; "March 9" a month and day, with the year taken from the publication date when given
 * (`yearInferred`); "yesterday" a full date when the publication date is known.
 */
export interface DateFact extends FactBase {
  kind: 'date';
  year: number | null;
  /** 1–12. */
  month: number | null;
  day: number | null;
  /** 0 = Sunday … 6 = Saturday, as stated or as implied by a full date. */
  weekday: number | null;
  yearInferred: boolean;
  /** Near a day boundary: `late` (evening, night, overnight), `early` (early hours, dawn). */
  part: 'early' | 'late' | null;
  /**
   * The date of the reporting, not of the event ("officials said on Sunday", a dateline, an
   * "Updated" stamp): outlets report on different days, so such dates never conflict.
   */
  reporting: boolean;
  /** The publication day the date was read against, when known (resolves a weekday). */
  published: CalendarDay | null;
}

/** A day of the calendar. */
export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** A time of day, in minutes after midnight, with its plausible interval. */
export interface TimeFact extends FactBase {
  kind: 'time';
  value: number;
  low: number;
  high: number;
  approx: Approximation;
  reporting: boolean;
}

/** One normalised fact of a text. */
export type Fact = QuantityFact | OrdinalFact | TallyFact | DateFact | TimeFact;

/** What `compareFacts` decides about two facts. */
export type FactRelation = 'agree' | 'conflict' | 'unrelated';

/** Options of `extractFacts`. */
export interface ExtractOptions {
  /**
   * The article's publication date (`YYYY-MM-DD` or an ISO timestamp): resolves "today", "this
   * morning", "yesterday" and supplies the year of dates written without one.
   */
  published?: string | null;
  /** Added to every offset, e.g. the sentence's offset in its article (default 0). */
  offset?: number;
}
