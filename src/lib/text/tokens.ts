/**
 * Normalisation and tokenisation of sentences for claim matching.
 *
 * Every token keeps its offsets into the input string so that matches (verbatim runs, clause
 * boundaries) map back onto the article's source text. Normalisation only ever produces the
 * matching keys (`norm`, `stem`); the surface text is never rewritten.
 */
import { stemmer } from 'stemmer';
import { eng as englishStopWords } from 'stopword';
import { ORDINAL_WORDS, SMALL_NUMBERS, TENS } from './word-lists.ts';

/** One word (or number) of a text, with its matching keys. */
export interface Token {
  /** The surface form, `text.slice(start, end)`. */
  raw: string;
  start: number;
  end: number;
  /** Lower-cased surface form with quotes straightened: the key for verbatim runs. */
  exact: string;
  /** Normalised word: spelling, hyphenation, abbreviations, numbers canonicalised. */
  norm: string;
  /** Porter stem of `norm` (numbers: their canonical decimal string). */
  stem: string;
  /** A stop word: carries no claim on its own. */
  stop: boolean;
  /** Capitalised and not sentence-initial, or an acronym: a name-like token. */
  entity: boolean;
  /** Capitalised but sentence-initial: may be a name, the corpus decides (see `align.ts`). */
  initialCap: boolean;
  /** The numeric value when the token is a number (digits, number word, ordinal, numeral). */
  number: number | null;
}

const EXTRA_STOP_WORDS = [
  'its',
  'it',
  'will',
  'has',
  'been',
  'being',
  'were',
  'who',
  'whom',
  'whose',
  'them',
  'they',
  'their',
  'there',
  'those',
  'upon',
  'onto',
  'via',
  'yet',
  'just',
  'so',
  'than',
  'already',
  'however',
  'also',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'per',
  'us',
  'we',
  'our',
  'ours',
  'he',
  'she',
  'his',
  'her',
  'hers',
  'him',
  'mr',
  'mrs',
  'ms',
  'says',
  'say',
  'told',
  'stated',
  'added',
  'noted',
  'according',
  'remarked',
];

/** English stop words: the `stopword` package's list plus pronouns and reporting verbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...englishStopWords, ...EXTRA_STOP_WORDS]);

// Word lists keyed by text are Maps: a plain object answers "constructor" or "toString" with
// an Object.prototype member.
const CARDINALS: ReadonlyMap<string, number> = new Map([
  ...SMALL_NUMBERS,
  ...TENS,
  ['hundred', 100],
  ['thousand', 1000],
]);

const SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    hundred: 100,
    thousand: 1000,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    bn: 1e9,
    m: 1e6,
    mln: 1e6,
    bln: 1e9,
  }),
);

// A unit or scale written straight after the digits ("14km", "610m"): split off as its own word.
const GLUED_SUFFIX = /^(\d+(?:[.,]\d+)*)(k|m|bn|mln|km|kms|kg|mph|cm|mm|ft|ha)$/i;

// Unit spellings that mean one unit: matched on the lower-cased word.
const UNIT_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    km: 'km',
    kms: 'km',
    kilometre: 'km',
    kilometres: 'km',
    kilometer: 'km',
    kilometers: 'km',
    metre: 'metr',
    metres: 'metr',
    meter: 'metr',
    meters: 'metr',
    euro: 'euro',
    euros: 'euro',
    eur: 'euro',
    mln: 'million',
    bln: 'billion',
  }),
);

// Before "second", these make it the unit of time ("a second", "per second"), not the ordinal.
const SECOND_AS_TIME = new Set(['a', 'per', 'every', 'split', 'one', 'each', 'the', 'that']);

// Prefixes that English writes both hyphenated and solid (re-establish / reestablish).
const JOINING_PREFIXES = new Set([
  're',
  'co',
  'pre',
  'non',
  'anti',
  'post',
  'pro',
  'semi',
  'multi',
  'un',
  'sub',
  'inter',
  'counter',
  'mid',
  'over',
  'under',
  'micro',
  'macro',
  'mega',
  'ultra',
  'cross',
  'bi',
  'tri',
  'de',
  'dis',
]);

// Multi-word names that are written several ways; matched on the lower-cased text.
const PHRASE_ALIASES: Array<[RegExp, string]> = [
  [/^united states(?: of america)?$/, 'usa'],
  [/^united kingdom$/, 'uk'],
  [/^per cent$/, 'percent'],
  [/^european union$/, 'eu'],
  [/^united nations$/, 'un'],
];

const WORD_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'u.s.': 'usa',
    'u.s.a.': 'usa',
    usa: 'usa',
    'u.k.': 'uk',
    'e.u.': 'eu',
    'u.n.': 'un',
    '%': 'percent',
    pct: 'percent',
  }),
);

/**
 * Maps British spellings onto American ones with general suffix rules (not a word list), so
 * that both spellings reach the same stem. Rules are applied to both sides of a comparison, so a
 * rule that also fires on an American word is harmless as long as it creates no collision.
 */
export function americanize(word: string): string {
  let w = word;
  if (w.length < 4) return w;
  // -ise/-isation → -ize/-ization (emphasise, organisation); -yse → -yze (analyse).
  if (w.length >= 6) {
    w = w.replace(/([^aeiou])is(e|es|ed|ing|er|ers|ation|ations|ational)$/, '$1iz$2');
  }
  w = w.replace(/([^aeiou])ys(e|es|ed|ing)$/, '$1yz$2');
  // -our → -or (colour, behaviour), but not "four", "tour", "devour", "contour".
  if (w.length >= 6 && !/(?:^|[^aeiou])(?:dev|cont|det|param|troubad)our/.test(w)) {
    w = w.replace(/([^aeiou]|i)our(s|ed|ing|ful|ite|ites|able|er|ers)?$/, '$1or$2');
  }
  // -tre/-bre → -ter/-ber (centre, kilometre, fibre).
  w = w.replace(/([tb])re(s?)$/, '$1er$2').replace(/([tb])red$/, '$1ered');
  // -ence → -ense for the -fence/-cence nouns (defence, offence, licence, pretence).
  w = w.replace(/(fen|licen|preten)ce(s?)$/, '$1se$2');
  // -ogue → -og (dialogue, catalogue).
  if (w.length >= 7) w = w.replace(/([lg])ogue(s?)$/, '$1og$2');
  // -mme → -m (programme).
  w = w.replace(/([^m])mme(s?)$/, '$1m$2');
  // judgement, acknowledgement → judgment.
  w = w.replace(/dgement(s?)$/, 'dgment$1');
  // Doubled l before a suffix in unstressed syllables (travelled, cancelling, counsellor).
  if (w.length >= 8) {
    w = w.replace(/([aeiou][^aeiou]+[aeiou])ll(ed|ing|er|ers|or|ors)$/, '$1l$2');
  }
  // -ae-/-oe- digraphs (paediatric, manoeuvre, oestrogen) inside a longer word.
  if (w.length >= 7) w = w.replace(/([^aeiou])(ae|oe)([^aeiou])/, '$1e$3');
  return w;
}

// Compass adjectives reduce to their noun so "eastern" meets "east".
const COMPASS = /^(north|south|east|west)(ern|erly|ward|wards)$/;

/** The decimal value of a number token written in digits, or null. */
function parseDigits(raw: string): number | null {
  const s = raw.replace(/,(?=\d{3}\b)/g, '');
  const m = /^(\d+(?:\.\d+)?)(st|nd|rd|th|s)?$/.exec(s);
  if (!m || m[1] === undefined) return null;
  return Number(m[1]);
}

function romanValue(raw: string): number | null {
  if (raw.length < 2 || !/^[IVX]+$/.test(raw)) return null;
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(raw)) return null;
  const values = new Map([
    ['I', 1],
    ['V', 5],
    ['X', 10],
  ]);
  let total = 0;
  for (let i = 0; i < raw.length; i++) {
    const v = values.get(raw[i] ?? '') ?? 0;
    const next = values.get(raw[i + 1] ?? '') ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function canonicalNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** Straightens curly quotes and apostrophes and unifies dashes, preserving string length. */
export function straighten(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-');
}

// An acronym with dots (U.S., U.S.A.), a word with inner apostrophes/hyphens/dots/commas, or %.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:'|-|\.(?=\p{N})|,(?=\d{3}(?!\d)))[\p{L}\p{N}]+)*|%/gu;

interface Piece {
  raw: string;
  start: number;
  end: number;
}

/** Splits a hyphenated word: joins known prefixes (re-establish), splits other compounds. */
function splitHyphens(piece: Piece): Piece[] {
  if (!piece.raw.includes('-')) return [piece];
  const parts = piece.raw.split('-');
  const first = parts[0] ?? '';
  if (
    parts.length === 2 &&
    JOINING_PREFIXES.has(first.toLowerCase()) &&
    /^\p{Ll}/u.test(parts[1] ?? '')
  ) {
    return [piece];
  }
  // "thirty-two" is one number, not 30 and 2.
  if (compoundNumber(piece.raw) !== null) return [piece];
  const out: Piece[] = [];
  let offset = piece.start;
  for (const part of parts) {
    if (part) out.push({ raw: part, start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  return out;
}

/** The value of a hyphenated number word ("thirty-two" → 32, "twenty-first" → 21), or null. */
function compoundNumber(raw: string): number | null {
  const m = /^(\p{L}+)-(\p{L}+)$/u.exec(raw.toLowerCase());
  if (!m || !TENS.has(m[1] ?? '')) return null;
  const word = m[2] ?? '';
  const unit = CARDINALS.get(word) ?? ORDINAL_WORDS.get(word);
  return unit !== undefined && unit >= 1 && unit <= 9
    ? (CARDINALS.get(m[1] ?? '') ?? 0) + unit
    : null;
}

function isSentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i] ?? '';
    if (/\s/.test(c) || c === '(' || c === '[') continue;
    return /["'\u201C\u2018.!?:\-\u2013\u2014•*]/.test(c);
  }
  return true;
}

/**
 * Splits `text` into word tokens with offsets into `text` and matching keys.
 *
 * Handles curly/straight quotes and possessives ("Trump’s" → trump), dotted acronyms ("U.S."),
 * "United States" → usa, hyphenation (joined for prefixes, split for compounds), British
 * spelling, numbers in digits ("1,000"), words ("three", "third"), ordinals ("3rd") and Roman
 * numerals ("III"), and digit + scale word ("1.5 million"). Never throws; empty input gives [].
 *
 * The tokens of a text are computed once and shared by every caller (grouping, alignment,
 * quotations and disagreements all read the same sentences): the array is the caller's own, the
 * tokens in it must not be changed.
 */
export function tokenize(text: string): Token[] {
  let tokens = tokenized.get(text);
  if (tokens === undefined) {
    tokens = tokenizeText(text);
    // Bounded: a whole archive's sentences never stay in memory at once.
    if (tokenized.size >= TOKENIZED_TEXTS) tokenized.clear();
    tokenized.set(text, tokens);
  }
  return tokens.slice();
}

// Enough for the sentences, clauses and quotations of a story as it is aligned, and for all the
// sentences of a 500-article archive as it is grouped then aligned; at 50,000 a cold build of
// 5,000 articles peaked at 2.4 GB against 1.8 GB without the table.
const TOKENIZED_TEXTS = 10_000;
const tokenized = new Map<string, Token[]>();

function tokenizeText(text: string): Token[] {
  const straight = straighten(text);
  const pieces: Piece[] = [];
  for (const m of straight.matchAll(TOKEN_RE)) {
    const start = m.index;
    let raw = m[0];
    // Possessive 's and trailing apostrophes are not part of the word.
    const poss = /'s?$/i.exec(raw);
    if (poss && raw.length > poss[0].length) raw = raw.slice(0, raw.length - poss[0].length);
    for (const p of splitHyphens({ raw, start, end: start + raw.length })) {
      pieces.push(...splitGluedUnit(p));
    }
  }

  const tokens: Token[] = [];
  pieces.forEach((p, k) => {
    const surface = text.slice(p.start, p.end);
    const lower = p.raw.toLowerCase();
    const exact = lower;
    const initial = isSentenceInitial(straight, p.start);
    const capitalised = /^\p{Lu}/u.test(p.raw);
    const acronym = /^\p{Lu}[\p{Lu}.]+$/u.test(p.raw) && p.raw.replace(/\./g, '').length >= 2;
    let norm = lower;
    let number: number | null = null;

    // An all-caps "US" is the country, not the pronoun.
    const alias = acronym && lower === 'us' ? 'usa' : WORD_ALIASES.get(lower);
    const roman = acronym ? romanValue(p.raw) : null;
    if (alias !== undefined) {
      norm = alias;
    } else if (roman !== null) {
      number = roman;
    } else if (/^\d/.test(lower)) {
      number = parseDigits(lower);
    } else if (compoundNumber(lower) !== null) {
      number = compoundNumber(lower);
    } else if (lower === 'second' && !SECOND_AS_TIME.has(pieces[k - 1]?.raw.toLowerCase() ?? '')) {
      // "his second term" / "his 2nd term": the ordinal, unless the unit of time is meant.
      number = 2;
    } else if (lower !== 'second' && ORDINAL_WORDS.has(lower)) {
      number = ORDINAL_WORDS.get(lower) ?? null;
    } else if (CARDINALS.has(lower) && lower !== 'one') {
      // "one" is mostly a pronoun ("one of the"); it stays a plain word.
      number = CARDINALS.get(lower) ?? null;
    } else if (UNIT_ALIASES.has(lower)) {
      norm = UNIT_ALIASES.get(lower) ?? lower;
    } else {
      norm = lower.replace(/\./g, '');
      if (norm.includes('-')) norm = norm.replace(/-/g, '');
      norm = americanize(norm);
      const compass = COMPASS.exec(norm);
      if (compass?.[1]) norm = compass[1];
    }
    if (number !== null) norm = canonicalNumber(number);

    const isStop =
      number === null &&
      alias === undefined &&
      !acronym &&
      (STOP_WORDS.has(lower) || STOP_WORDS.has(norm));
    let stem = number !== null || UNIT_ALIASES.has(lower) ? norm : stemmer(norm);
    // Demonyms meet their country: Ukrainian/Ukraine, Russian/Russia, Syrian/Syria.
    if (capitalised && number === null && norm.length >= 5) {
      stem = stem.replace(/(?:ian|ia|ean|ea)$/, '');
    }
    tokens.push({
      raw: surface,
      start: p.start,
      end: p.end,
      exact,
      norm,
      stem,
      stop: isStop,
      entity: !isStop && number === null && (acronym || (capitalised && !initial)),
      initialCap: capitalised && initial && !acronym,
      number,
    });
  });
  return mergeMultiWord(tokens);
}

/** Splits digits and a glued unit or scale ("14km" → "14", "km"); other pieces stay whole. */
function splitGluedUnit(piece: Piece): Piece[] {
  const m = GLUED_SUFFIX.exec(piece.raw);
  if (!m?.[1]) return [piece];
  const cut = piece.start + m[1].length;
  return [
    { raw: m[1], start: piece.start, end: cut },
    { raw: piece.raw.slice(m[1].length), start: cut, end: piece.end },
  ];
}

/** Folds "United States" into one token and applies scale words ("1.5 million" → 1500000). */
function mergeMultiWord(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let merged = false;
    for (const len of [4, 2]) {
      const span = tokens.slice(i, i + len);
      if (span.length < len) continue;
      const phrase = span.map((s) => s.exact).join(' ');
      for (const [re, alias] of PHRASE_ALIASES) {
        if (re.test(phrase)) {
          const last = span[span.length - 1] as Token;
          out.push({
            ...t,
            end: last.end,
            exact: t.exact,
            norm: alias,
            stem: alias,
            stop: false,
            entity: true,
            initialCap: false,
          });
          // Keep the remaining words for verbatim runs? They are folded: "United States" is
          // one word for matching and for exact runs alike.
          i += len - 1;
          merged = true;
          break;
        }
      }
      if (merged) break;
    }
    if (merged) continue;
    const next = tokens[i + 1];
    const scale = next && /^\d/.test(t.raw) ? SCALES.get(next.exact) : undefined;
    if (t.number !== null && next && scale !== undefined) {
      const value = t.number * scale;
      out.push({
        ...t,
        end: next.end,
        norm: canonicalNumber(value),
        stem: canonicalNumber(value),
        number: value,
      });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** The content (non-stop) tokens of a text. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.stop && t.stem.length > 0);
}
