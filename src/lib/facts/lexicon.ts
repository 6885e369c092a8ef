/**
 * The words facts are read from, as data: number words, scales, fractions, approximations,
 * units, currencies, months, weekdays. Every lookup is a `Map`, so a text full of "constructor"
 * or "__proto__" finds nothing rather than an object's inherited property.
 */
import type { Approximation, Dimension } from './types.ts';

const entries = <V>(record: Record<string, V>): Map<string, V> => new Map(Object.entries(record));

/** zero … nineteen. "one" is only a number where a number is expected (see `numbers.ts`). */
export const SMALL_NUMBERS = entries({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS = entries({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words that multiply what precedes them ("two hundred", "1.5 million", "610 mln"). */
export const SCALE_WORDS = entries({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  mn: 1e6,
  mio: 1e6,
  billion: 1e9,
  bn: 1e9,
  mrd: 1e9,
  trillion: 1e12,
  tn: 1e12,
  lakh: 1e5,
  crore: 1e7,
});

/** Scale letters written against digits: "40k", "1.5m", "£3bn", "€2tn". */
export const SCALE_SUFFIXES = entries({
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
});

/** Plural scale words that state an order of magnitude: [low, high] of "hundreds of …". */
export const VAGUE_SCALES = entries<readonly [number, number]>({
  dozens: [24, 199],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9],
});

/** Denominators of fractions: "a fifth", "two-thirds", "three quarters". */
export const DENOMINATORS = entries({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

export const ORDINAL_WORDS = entries({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
});

/**
 * Words before a number that say how it relates to the value, longest phrases first. Matched
 * case-insensitively against the words just before the number.
 */
export const APPROXIMATORS: ReadonlyArray<readonly [string, Approximation | 'just-over']> = [
  ['in the region of', 'about'],
  ['in excess of', 'over'],
  ['no fewer than', 'over'],
  ['no less than', 'over'],
  ['no more than', 'under'],
  ['a maximum of', 'under'],
  ['a minimum of', 'over'],
  ['as many as', 'under'],
  ['as much as', 'under'],
  ['slightly more than', 'just-over'],
  ['a little over', 'just-over'],
  ['a little more than', 'just-over'],
  ['just over', 'just-over'],
  ['just above', 'just-over'],
  ['just more than', 'just-over'],
  ['just under', 'nearly'],
  ['just below', 'nearly'],
  ['just short of', 'nearly'],
  ['just shy of', 'nearly'],
  ['slightly less than', 'nearly'],
  ['close to', 'nearly'],
  ['an estimated', 'about'],
  ['more than', 'over'],
  ['at least', 'over'],
  ['upwards of', 'over'],
  ['fewer than', 'under'],
  ['less than', 'under'],
  ['up to', 'under'],
  ['at most', 'under'],
  ['a total of', 'exact'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['circa', 'about'],
  ['some', 'about'],
  ['estimated', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['over', 'over'],
  ['above', 'over'],
  ['exceeding', 'over'],
  ['under', 'under'],
  ['below', 'under'],
  ['exactly', 'exact'],
  ['precisely', 'exact'],
  ['only', 'exact'],
];

/** One unit: its canonical symbol, what it measures and its factor to the dimension's base. */
export interface UnitInfo {
  symbol: string;
  dimension: Dimension;
  /** Base value = amount × factor + shift (base units: m, km/h, kg, m², l, °C, s, hPa, W, Wh). */
  factor: number;
  shift?: number;
}

const unit = (symbol: string, dimension: Dimension, factor: number, shift?: number): UnitInfo =>
  shift === undefined ? { symbol, dimension, factor } : { symbol, dimension, factor, shift };

const METRE = unit('m', 'length', 1);
const KM = unit('km', 'length', 1000);
const CM = unit('cm', 'length', 0.01);
const MM = unit('mm', 'length', 0.001);
const MILE = unit('mi', 'length', 1609.344);
const FOOT = unit('ft', 'length', 0.3048);
const YARD = unit('yd', 'length', 0.9144);
const INCH = unit('in', 'length', 0.0254);
const KMH = unit('km/h', 'speed', 1);
const MPH = unit('mph', 'speed', 1.609344);
const MS = unit('m/s', 'speed', 3.6);
const KNOT = unit('kn', 'speed', 1.852);
const KG = unit('kg', 'mass', 1);
const GRAM = unit('g', 'mass', 0.001);
const TONNE = unit('t', 'mass', 1000);
const LB = unit('lb', 'mass', 0.45359237);
const HECTARE = unit('ha', 'area', 1e4);
const ACRE = unit('acre', 'area', 4046.8564224);
const KM2 = unit('km²', 'area', 1e6);
const M2 = unit('m²', 'area', 1);
const SQMI = unit('sq mi', 'area', 2589988.11);
const LITRE = unit('l', 'volume', 1);
const ML = unit('ml', 'volume', 0.001);
const GALLON = unit('gal', 'volume', 3.785411784);
const M3 = unit('m³', 'volume', 1000);
const CELSIUS = unit('°C', 'temperature', 1);
const FAHRENHEIT = unit('°F', 'temperature', 5 / 9, -160 / 9);
const SECOND = unit('s', 'duration', 1);
const MINUTE = unit('min', 'duration', 60);
const HOUR = unit('h', 'duration', 3600);
const DAY = unit('day', 'duration', 86400);
const WEEK = unit('week', 'duration', 604800);
const MONTH = unit('month', 'duration', 2629800);
const YEAR = unit('year', 'duration', 31557600);
const DECADE = unit('decade', 'duration', 315576000);
const HPA = unit('hPa', 'pressure', 1);
const KW = unit('kW', 'power', 1e3);
const MW = unit('MW', 'power', 1e6);
const GW = unit('GW', 'power', 1e9);
const KWH = unit('kWh', 'energy', 1e3);
const MWH = unit('MWh', 'energy', 1e6);
const GWH = unit('GWh', 'energy', 1e9);
const PERCENT = unit('%', 'percent', 1);
const POINTS = unit('points', 'points', 1);
const DEGREES = unit('degrees', 'degrees', 1);

/**
 * Unit words and symbols, lower case, one or more words ("miles per hour"). Symbols that are
 * also ordinary words ("in", "t", "g", "l") are left out: they would turn "5 in the morning"
 * into inches.
 */
export const UNITS = entries<UnitInfo>({
  m: METRE,
  metre: METRE,
  metres: METRE,
  meter: METRE,
  meters: METRE,
  km: KM,
  kms: KM,
  kilometre: KM,
  kilometres: KM,
  kilometer: KM,
  kilometers: KM,
  cm: CM,
  centimetre: CM,
  centimetres: CM,
  centimeter: CM,
  centimeters: CM,
  mm: MM,
  millimetre: MM,
  millimetres: MM,
  millimeter: MM,
  millimeters: MM,
  mi: MILE,
  mile: MILE,
  miles: MILE,
  ft: FOOT,
  foot: FOOT,
  feet: FOOT,
  yard: YARD,
  yards: YARD,
  yd: YARD,
  inch: INCH,
  inches: INCH,
  'km/h': KMH,
  kmh: KMH,
  kph: KMH,
  'kilometres per hour': KMH,
  'kilometers per hour': KMH,
  'km per hour': KMH,
  mph: MPH,
  'miles per hour': MPH,
  'm/s': MS,
  'metres per second': MS,
  'meters per second': MS,
  knot: KNOT,
  knots: KNOT,
  kg: KG,
  kgs: KG,
  kilo: KG,
  kilos: KG,
  kilogram: KG,
  kilograms: KG,
  kilogramme: KG,
  kilogrammes: KG,
  gram: GRAM,
  grams: GRAM,
  gramme: GRAM,
  grammes: GRAM,
  tonne: TONNE,
  tonnes: TONNE,
  ton: TONNE,
  tons: TONNE,
  lb: LB,
  lbs: LB,
  hectare: HECTARE,
  hectares: HECTARE,
  ha: HECTARE,
  acre: ACRE,
  acres: ACRE,
  'km²': KM2,
  km2: KM2,
  'sq km': KM2,
  'square kilometres': KM2,
  'square kilometers': KM2,
  'm²': M2,
  m2: M2,
  'sq m': M2,
  'square metres': M2,
  'square meters': M2,
  'square miles': SQMI,
  'sq mi': SQMI,
  litre: LITRE,
  litres: LITRE,
  liter: LITRE,
  liters: LITRE,
  ml: ML,
  millilitre: ML,
  millilitres: ML,
  gallon: GALLON,
  gallons: GALLON,
  'm³': M3,
  'cubic metres': M3,
  'cubic meters': M3,
  '°c': CELSIUS,
  '° c': CELSIUS,
  c: CELSIUS,
  celsius: CELSIUS,
  centigrade: CELSIUS,
  'degrees celsius': CELSIUS,
  'degrees centigrade': CELSIUS,
  '°f': FAHRENHEIT,
  '° f': FAHRENHEIT,
  f: FAHRENHEIT,
  fahrenheit: FAHRENHEIT,
  'degrees fahrenheit': FAHRENHEIT,
  degree: DEGREES,
  degrees: DEGREES,
  second: SECOND,
  seconds: SECOND,
  sec: SECOND,
  secs: SECOND,
  minute: MINUTE,
  minutes: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  hour: HOUR,
  hours: HOUR,
  hr: HOUR,
  hrs: HOUR,
  day: DAY,
  days: DAY,
  week: WEEK,
  weeks: WEEK,
  month: MONTH,
  months: MONTH,
  year: YEAR,
  years: YEAR,
  yr: YEAR,
  yrs: YEAR,
  decade: DECADE,
  decades: DECADE,
  hpa: HPA,
  mb: HPA,
  mbar: HPA,
  millibar: HPA,
  millibars: HPA,
  kw: KW,
  kilowatt: KW,
  kilowatts: KW,
  mw: MW,
  megawatt: MW,
  megawatts: MW,
  gw: GW,
  gigawatt: GW,
  gigawatts: GW,
  kwh: KWH,
  mwh: MWH,
  gwh: GWH,
  '%': PERCENT,
  percent: PERCENT,
  'per cent': PERCENT,
  pc: PERCENT,
  pct: PERCENT,
  'percentage points': POINTS,
  'percentage point': POINTS,
  points: POINTS,
  pp: POINTS,
});

/** Units that only count as units written right against the number ("2C", "5F"). */
export const ATTACHED_ONLY_UNITS = new Set(['c', 'f']);

/** Currency symbols written before the amount. Longest first. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₴', 'UAH'],
];

/** Currency words and codes, lower case, written after the amount or before it (codes). */
export const CURRENCY_WORDS = entries({
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  jpy: 'JPY',
  yen: 'JPY',
  chf: 'CHF',
  franc: 'CHF',
  francs: 'CHF',
  cny: 'CNY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rub: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  inr: 'INR',
  rupee: 'INR',
  rupees: 'INR',
  cad: 'CAD',
  aud: 'AUD',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  uah: 'UAH',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
});

/** Symbols shown for currency codes in normalised values. */
export const CURRENCY_DISPLAY = entries({ EUR: '€', USD: '$', GBP: '£', JPY: '¥', INR: '₹' });

export const MONTHS = entries({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

export const WEEKDAYS = entries({
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
});

/** Words relative to the publication date: days after it (yesterday = -1). */
export const RELATIVE_DAYS = entries({
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
});

/** Parts of the day next to a date; `late` and `early` straddle midnight. */
export const DAY_PARTS = entries<'early' | 'late' | null>({
  morning: null,
  afternoon: null,
  midday: null,
  noon: null,
  evening: null,
  night: 'late',
  overnight: 'late',
  late: 'late',
  midnight: 'late',
  early: 'early',
  dawn: 'early',
  hours: null,
});

/** Verbs and stamps whose date is the date of the reporting ("said on Sunday", "Updated"). */
export const REPORTING_WORDS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'announced',
  'stated',
  'reported',
  'reports',
  'wrote',
  'posted',
  'published',
  'updated',
  'statement',
  'briefing',
  'interview',
  'conference',
]);

/** Nouns that name what a number of people counts without being a thing counted. */
export const COUNTED_ALIASES = entries({
  people: 'person',
  persons: 'person',
  person: 'person',
  individuals: 'person',
  individual: 'person',
  staff: 'staff',
  staffers: 'staff',
  employees: 'staff',
  workers: 'worker',
  jobs: 'job',
  positions: 'job',
  posts: 'job',
  roles: 'job',
  fatalities: 'dead',
  deaths: 'dead',
  dead: 'dead',
});

/**
 * Words after a number that are not what it counts: verbs in the past tense WordNet cannot
 * lemmatise, adverbs and the like ("15 fled", "12 still missing").
 */
export const NOT_COUNTED = new Set([
  'fled',
  'fell',
  'rose',
  'ran',
  'went',
  'came',
  'left',
  'lost',
  'won',
  'got',
  'saw',
  'took',
  'gave',
  'made',
  'put',
  'set',
  'still',
  'more',
  'less',
  'fewer',
  'times',
  'per',
  'each',
  'apiece',
  'percent',
  'cent',
  'years',
  'old',
]);
