/**
 * `extractFacts`: the normalised facts a sentence (or any text) states, each with its offsets.
 * Dates and times are read first, then numbers with what surrounds them: an approximation
 * before ("about", "more than"), a currency ("€", "US$"), a scale ("1.5m"), a unit or a percent
 * sign after, a second number making a range ("12-15") or a tally ("voted 9-4"), and the noun
 * they count. Labels ("No. 10", "Route 66", "M25", "5G") and unreadable groupings state nothing.
 */
import { countedAfter } from './counted.ts';
import {
  dateFields,
  dayPartAround,
  isReporting,
  parsePublished,
  readDate,
  readTime,
} from './dates.ts';
import {
  APPROXIMATORS,
  ATTACHED_ONLY_UNITS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  UNITS,
  type UnitInfo,
} from './lexicon.ts';
import { readNumber, type NumberCore } from './numbers.ts';
import { isDash, joined, scan, type Lex } from './scan.ts';
import type {
  Approximation,
  CalendarDay,
  Counted,
  DateFact,
  Dimension,
  ExtractOptions,
  Fact,
  QuantityFact,
} from './types.ts';

/** A fact before it is placed in the text. */
type FactFields = Fact extends infer F
  ? F extends Fact
    ? Omit<F, 'start' | 'end' | 'text'>
    : never
  : never;

// Words before a number that make it a label, not a quantity: "No. 10", "Route 66".
const LABEL_WORDS = new Set([
  'no',
  'nos',
  'nr',
  'number',
  'route',
  'flight',
  'room',
  'article',
  'section',
  'chapter',
  'platform',
  'gate',
  'highway',
  'interstate',
  'page',
  'pp',
  'vol',
  'volume',
  'episode',
  'season',
  'series',
  'version',
  'category',
  'level',
  'grade',
  'phase',
  'stage',
  'apollo',
  'boeing',
  'airbus',
  'covid',
  'windows',
  'iphone',
  'channel',
  'bus',
  'tram',
  'track',
]);

const VOTE_WORDS = /^(?:vote|votes|voted|voting|ballot|ballots|majority)$/;
const SCORE_WORDS =
  /^(?:won|win|wins|beat|beats|lost|lose|loses|defeat|defeated|drew|draw|victory|score|scored|final|lead|led)$/;

/**
 * The facts `text` states, in reading order. Never throws: text that states nothing readable
 * gives []. Linear in the length of the text.
 */
export function extractFacts(text: string, options: ExtractOptions = {}): Fact[] {
  const lexes = scan(text);
  const published = parsePublished(options.published);
  const offset = options.offset ?? 0;
  const claimed = new Uint8Array(lexes.length);
  const facts: Fact[] = [];
  const place = (fact: FactFields, first: number, last: number) => {
    const start = lexes[first]!.start;
    const end = lexes[last]!.end;
    claimed.fill(1, first, last + 1);
    facts.push({
      ...fact,
      start: start + offset,
      end: end + offset,
      text: text.slice(start, end),
    } as Fact);
  };

  for (let i = 0; i < lexes.length; i++) {
    const date = readDate(lexes, i, published);
    if (date) {
      const fact: Omit<DateFact, 'start' | 'end' | 'text'> = {
        ...date.fact,
        part: date.fact.part ?? dayPartAround(lexes, date.first, date.last),
        reporting: isReporting(lexes, date.first, date.last),
        published,
      };
      place(fact, date.first, date.last);
      i = date.last;
      continue;
    }
    const time = readTime(lexes, i);
    if (time) {
      place(
        { ...time.fact, reporting: isReporting(lexes, time.first, time.last) },
        time.first,
        time.last,
      );
      i = time.last;
    }
  }

  for (let i = 0; i < lexes.length; i++) {
    if (claimed[i]) continue;
    const read = readQuantityAt(lexes, i, claimed, published);
    if (!read) continue;
    if (read.fact) place(read.fact, read.first, read.last);
    else claimed.fill(1, read.first, read.last + 1);
    i = read.last;
  }
  facts.sort((a, b) => a.start - b.start);
  inheritCounted(facts, text, offset);
  return facts;
}

// What may stand between a count's noun and a later count that shares it: a verb and a
// conjunction ("people died and 31", "people and injuring 23").
const SHARED_NOUN_GAP = /^\s*(?:\p{L}+\s+)?,?\s*(?:and|or|but|while)\s+(?:\p{L}+\s+)?$/u;

/**
 * "killing four people and injuring 23", "Four people died and 31 were injured": a count
 * without its noun takes the noun of the count just before it, when only a verb and a
 * conjunction stand between them.
 */
function inheritCounted(facts: Fact[], text: string, offset: number): void {
  for (let k = 1; k < facts.length; k++) {
    const fact = facts[k]!;
    const previous = facts[k - 1]!;
    if (fact.kind !== 'quantity' || fact.dimension !== 'count' || fact.counted) continue;
    if (previous.kind !== 'quantity' || previous.dimension !== 'count' || !previous.counted)
      continue;
    const between = text.slice(previous.end - offset, fact.start - offset);
    const noun = between.toLowerCase().indexOf(previous.counted.word);
    if (noun < 0 || /[^\s\p{L}-]/u.test(between.slice(0, noun))) continue;
    if (SHARED_NOUN_GAP.test(between.slice(noun + previous.counted.word.length))) {
      fact.counted = previous.counted;
    }
  }
}

interface Read {
  /** Null: the tokens are a label or unreadable, and are passed over. */
  fact: FactFields | null;
  first: number;
  last: number;
}

function readQuantityAt(
  lexes: readonly Lex[],
  i: number,
  claimed: Uint8Array,
  published: CalendarDay | null,
): Read | null {
  const currencyBefore = currencyEndingAt(lexes, i - 1);
  const core = readNumber(lexes, i, { money: currencyBefore !== null });
  if (!core) return null;
  for (let k = core.first; k <= core.last; k++) if (claimed[k]) return null;
  if (isLabel(lexes, core.first)) {
    // "Section 9-4", "A1-3": the label goes on through a joined number.
    const dash = lexes[core.last + 1];
    const next = lexes[core.last + 2];
    const joinedNumber = isDash(dash) && !dash!.spaced && next?.kind === 'num' && !next.spaced;
    return { fact: null, first: core.first, last: joinedNumber ? core.last + 2 : core.last };
  }

  if (core.form === 'ordinal') {
    const counted = countedAfter(lexes, core.last + 1, false);
    return {
      fact: { kind: 'ordinal', value: core.value, counted },
      first: core.first,
      last: core.last,
    };
  }

  // A second number: a range ("12-15", "12 to 15", "between 12 and 15") or a tally ("9-4").
  const pair = readPair(lexes, core, currencyBefore !== null);
  if (pair?.tally) return pair.tally;
  let last = pair?.second.last ?? core.last;
  let first = core.first;

  let currency = currencyBefore?.code ?? null;
  if (currencyBefore) first = currencyBefore.first;
  const approxBefore = approximationEndingAt(lexes, first - 1);
  if (pair?.between !== undefined) first = pair.between;
  else if (approxBefore) first = approxBefore.first;

  // What follows: a currency word, a unit or percent sign.
  let unit: UnitInfo | null = null;
  if (!currency) {
    const word = lexes[last + 1];
    const code = word?.kind === 'word' && word.spaced ? CURRENCY_WORDS.get(word.lower) : undefined;
    if (code !== undefined) {
      currency = code;
      last += 1;
    }
  }
  if (!currency) {
    const found = unitAt(lexes, last + 1);
    if (found) {
      unit = found.unit;
      last = found.last;
    }
  }
  // Letters against the digits that are no unit: a label ("5G", "4x4").
  const after = lexes[last + 1];
  if (
    after &&
    !after.spaced &&
    after.kind === 'word' &&
    core.form === 'digits' &&
    last === core.last
  ) {
    return { fact: null, first: core.first, last: last + 1 };
  }
  // "80-plus", "80 or so", "80-odd".
  let approx: Approximation | 'just-over' = approxBefore?.approx ?? 'exact';
  const trailing = trailingApproximation(lexes, last + 1);
  if (trailing) {
    approx = trailing.approx;
    last = trailing.last;
  }
  if (pair) approx = 'range';
  if (core.form === 'vague') approx = 'vague';
  if (core.form === 'fraction' && approx === 'exact') approx = 'fraction';

  const year =
    core.form === 'digits' &&
    core.plain &&
    !pair &&
    !currency &&
    !unit &&
    approx === 'exact' &&
    core.value >= 1000 &&
    core.value <= 2200;
  if (year) {
    const fact = dateFields({ year: core.value, published });
    return { fact, first: core.first, last: core.last };
  }

  let dimension: Dimension = 'count';
  let unitSymbol: string | null = null;
  let factor = 1;
  let shift = 0;
  if (currency) {
    dimension = 'money';
    unitSymbol = currency;
  } else if (core.form === 'fraction') {
    dimension = 'percent';
    unitSymbol = '%';
  } else if (unit) {
    dimension = unit.dimension;
    unitSymbol = unit.symbol;
    factor = unit.factor;
    shift = unit.shift ?? 0;
  }
  const counted: Counted | null =
    dimension === 'count' || dimension === 'percent' ? countedAfter(lexes, last + 1) : null;
  const [low, high] = interval(core, pair?.second ?? null, approx, dimension);
  const toBase = (x: number) => (Number.isFinite(x) ? x * factor + shift : x);
  const fact: Omit<QuantityFact, 'start' | 'end' | 'text'> = {
    kind: 'quantity',
    dimension,
    unit: unitSymbol,
    amount: core.value,
    upper: pair ? pair.second.value : null,
    value: toBase(core.value),
    low: toBase(low),
    high: toBase(high),
    approx: approx === 'just-over' ? 'over' : approx,
    counted,
  };
  return { fact, first, last };
}

/** A number right after "No.", "Route", "#", or letters ("M25", "COVID-19"): a label. */
function isLabel(lexes: readonly Lex[], first: number): boolean {
  const before = lexes[first - 1];
  if (!before) return false;
  if (before.text === '#') return true;
  if (before.kind === 'word' && !lexes[first]!.spaced) return true;
  if (before.text === '.' && !lexes[first]!.spaced) return true;
  const word = before.text === '.' ? lexes[first - 2] : before;
  if (word?.kind === 'word' && LABEL_WORDS.has(word.lower)) {
    // "no" only as "No." or "No 10" written with a capital; "no 10 people" is not a label.
    return word.lower !== 'no' || /^N/.test(word.text);
  }
  // "COVID-19", "F-16"; "twenty-five" and "two-thirds" are read as words before this.
  return (
    isDash(before) && !before.spaced && lexes[first - 2]?.kind === 'word' && !lexes[first]!.spaced
  );
}

/** A currency symbol or code ending at token `i` ("€", "US$", "EUR"): its code and first token. */
function currencyEndingAt(
  lexes: readonly Lex[],
  i: number,
): { code: string; first: number } | null {
  const lex = lexes[i];
  if (!lex) return null;
  if (lex.kind === 'sym') {
    for (const [symbol, code] of CURRENCY_SYMBOLS) {
      if (symbol.length === 1) {
        if (lex.text === symbol) return { code, first: i };
        continue;
      }
      // "US$": letters against the dollar sign.
      const letters = lexes[i - 1];
      if (
        lex.text === '$' &&
        letters?.kind === 'word' &&
        !lex.spaced &&
        `${letters.text}$` === symbol
      )
        return { code, first: i - 1 };
    }
    return null;
  }
  if (lex.kind === 'word' && /^[A-Z]{3}$/.test(lex.text)) {
    const code = CURRENCY_WORDS.get(lex.lower);
    if (code !== undefined) return { code, first: i };
  }
  return null;
}

/** The approximation phrase ending at token `i` ("more than", "about", "a total of"). */
function approximationEndingAt(
  lexes: readonly Lex[],
  i: number,
): { approx: Approximation | 'just-over'; first: number } | null {
  for (const [phrase, approx] of APPROXIMATORS) {
    const words = phrase.split(' ');
    const first = i - words.length + 1;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const lex = lexes[first + k];
      ok = lex !== undefined && lex.kind === 'word' && lex.lower === words[k];
    }
    if (ok) return { approx, first };
  }
  // "approx." keeps its dot.
  if (lexes[i]?.text === '.' && lexes[i - 1]?.lower === 'approx')
    return { approx: 'about', first: i - 1 };
  return null;
}

/** "80-plus", "80+", "80 or so", "80-odd" after a number. */
function trailingApproximation(
  lexes: readonly Lex[],
  i: number,
): { approx: Approximation; last: number } | null {
  const lex = lexes[i];
  if (!lex) return null;
  if (lex.text === '+' && !lex.spaced) return { approx: 'over', last: i };
  const j = isDash(lex) && !lex.spaced ? i + 1 : i;
  const word = lexes[j];
  if (word?.kind !== 'word') return null;
  if (word.lower === 'plus' && (j > i || word.spaced)) return { approx: 'over', last: j };
  if (word.lower === 'odd' && j > i) return { approx: 'about', last: j };
  if (word.lower === 'or' && lexes[j + 1]?.lower === 'so') return { approx: 'about', last: j + 1 };
  return null;
}

/** The unit (or percent sign) starting at token `i`, longest spelling first ("miles per hour"). */
function unitAt(lexes: readonly Lex[], i: number): { unit: UnitInfo; last: number } | null {
  let start = i;
  // "14-kilometre line", "32-year wait".
  if (isDash(lexes[i]) && !lexes[i]!.spaced && lexes[i + 1] && !lexes[i + 1]!.spaced) start = i + 1;
  for (let length = 4; length >= 1; length--) {
    const last = start + length - 1;
    if (last >= lexes.length) continue;
    const key = joined(lexes, start, last + 1);
    const unit = UNITS.get(key);
    if (unit === undefined) continue;
    const attached = !lexes[start]!.spaced;
    if (ATTACHED_ONLY_UNITS.has(key) && (!attached || start !== i)) continue;
    // A unit word is a whole word: "3 mins" but not "3 m" of "3 messages".
    const next = lexes[last + 1];
    if (next && !next.spaced && next.kind === 'word') continue;
    return { unit, last };
  }
  return null;
}

interface Pair {
  second: NumberCore;
  /** Index of "between" when the range is "between A and B". */
  between?: number;
  tally?: Read;
}

/**
 * A second number after `core`: "12-15", "12 to 15", "between 12 and 15" make a range; "9-4",
 * "by nine votes to four", "9 to 4" near a vote make a tally.
 */
function readPair(lexes: readonly Lex[], core: NumberCore, money: boolean): Pair | null {
  if (core.form !== 'digits' && core.form !== 'words') return null;
  let j = core.last + 1;
  let votesWord = false;
  // "nine votes to four".
  if (lexes[j]?.kind === 'word' && /^votes?$/.test(lexes[j]!.lower)) {
    j++;
    votesWord = true;
  }
  const joiner = lexes[j];
  if (!joiner) return null;
  const dash = isDash(joiner);
  const to = joiner.kind === 'word' && joiner.lower === 'to';
  const and = joiner.kind === 'word' && joiner.lower === 'and';
  const beforeWord = lexes[core.first - 1]?.lower;
  const between = beforeWord === 'between' && and;
  if (!dash && !to && !between) return null;
  // "from 12 to 15" is a change, not a range.
  if (to && beforeWord === 'from') return null;
  let k = j + 1;
  if (money && currencyEndingAt(lexes, k)) k++;
  const second = readNumber(lexes, k, { money });
  if (!second || (second.form !== 'digits' && second.form !== 'words')) return null;
  if (!Number.isFinite(second.value)) return null;
  const vote = votesWord || nearWord(lexes, core.first, second.last, VOTE_WORDS);
  const tight = dash && !joiner.spaced && !lexes[k]!.spaced;
  const integers = Number.isInteger(core.value) && Number.isInteger(second.value);
  if (!between && integers && (vote || (tight && core.value > second.value))) {
    if (core.value > 1000 || second.value > 1000) return null;
    // "voted 9-4", "a 9-4 vote", "won 3-1", "by nine votes to four".
    const of = vote
      ? 'vote'
      : nearWord(lexes, core.first, second.last, SCORE_WORDS)
        ? 'score'
        : null;
    if (!of) return null;
    const next = lexes[second.last + 1];
    const last =
      next?.kind === 'word' && /^votes?$/.test(next.lower) ? second.last + 1 : second.last;
    return {
      second,
      tally: {
        fact: { kind: 'tally', of, for: core.value, against: second.value },
        first: core.first,
        last,
      },
    };
  }
  if (core.value >= second.value) return null;
  // Two years are two dates ("2017-2021"), not a range of counts.
  if (core.value >= 1000 && core.value <= 2200 && /^\d{4}$/.test(lexes[k]!.text)) return null;
  return between ? { second, between: core.first - 1 } : { second };
}

function nearWord(lexes: readonly Lex[], first: number, last: number, pattern: RegExp): boolean {
  for (let j = Math.max(0, first - 6); j <= Math.min(lexes.length - 1, last + 3); j++) {
    const lex = lexes[j]!;
    if (lex.kind === 'word' && pattern.test(lex.lower)) return true;
  }
  return false;
}

/**
 * The interval of values a stated number allows, in the stated unit. Rounding: small counts are
 * exact; larger round numbers and measures allow half their last stated place (at most 10%).
 * Approximations widen it: "about" ±15%, "nearly" up to 15% below, "more than" anything above.
 */
function interval(
  core: NumberCore,
  second: NumberCore | null,
  approx: Approximation | 'just-over',
  dimension: Dimension,
): [number, number] {
  const v = core.value;
  if (core.form === 'vague' && core.low !== undefined && core.high !== undefined) {
    return [core.low, core.high];
  }
  const rounding = (n: number, place: number) => {
    if (dimension === 'count' && Number.isInteger(n) && Math.abs(n) < 100) return 0;
    return Math.min(place / 2, 0.1 * Math.abs(n));
  };
  // "about 2,000" may be 1,700 or 2,400: 15%, or half the stated place for round numbers
  // (at most a quarter of the value), and at least 1 for small numbers.
  const loose = (n: number, place: number) =>
    Math.max(0.15 * Math.abs(n), Math.min(place / 2, 0.25 * Math.abs(n)), Math.abs(n) < 10 ? 1 : 0);
  const floor = dimension === 'temperature' || dimension === 'points' ? -Infinity : 0;
  switch (approx) {
    case 'range':
      return second
        ? [v - rounding(v, core.place), second.value + rounding(second.value, second.place)]
        : [v, v];
    case 'fraction':
      return [v * 0.9, v * 1.1];
    case 'about':
      return [v - loose(v, core.place), v + loose(v, core.place)];
    case 'nearly':
      return [v - loose(v, core.place), v + rounding(v, core.place)];
    case 'just-over':
      return [v - rounding(v, core.place), v + loose(v, core.place)];
    case 'over':
      return [v - rounding(v, core.place), Infinity];
    case 'under':
      return [floor, v + rounding(v, core.place)];
    default:
      return [v - rounding(v, core.place), v + rounding(v, core.place)];
  }
}
