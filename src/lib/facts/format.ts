/**
 * `factValue`: a fact as a short normalised value for people and the data export: "12",
 * "about 80", "nearly 1,000", "€610 million", "20%", "3 km", "9–4", "Monday", "9 March 2026",
 * "02:00".
 */
import { CURRENCY_DISPLAY } from './lexicon.ts';
import type { Fact, QuantityFact } from './types.ts';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

const APPROX_WORDS: Readonly<Record<string, string>> = {
  about: 'about ',
  nearly: 'nearly ',
  over: 'over ',
  under: 'up to ',
};

/** Digits grouped in threes, at most three decimals: 1000 → "1,000", 1.5 → "1.5". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 1000) / 1000;
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A large amount with its scale word: 610000000 → "610 million". */
function scaled(n: number): string {
  for (const [size, name] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (Math.abs(n) >= size) return `${formatNumber(n / size)} ${name}`;
  }
  return formatNumber(n);
}

function quantityValue(fact: QuantityFact): string {
  const approx = APPROX_WORDS[fact.approx] ?? '';
  if (fact.approx === 'vague') return fact.text.toLowerCase();
  if (fact.approx === 'range' && fact.upper !== null) {
    const unit = fact.unit && fact.dimension !== 'money' ? ` ${fact.unit}` : '';
    const symbol = fact.dimension === 'money' ? (CURRENCY_DISPLAY.get(fact.unit ?? '') ?? '') : '';
    return `${symbol}${formatNumber(fact.amount)}–${formatNumber(fact.upper)}${unit}`;
  }
  if (fact.dimension === 'money') {
    const symbol = CURRENCY_DISPLAY.get(fact.unit ?? '');
    const amount = scaled(fact.amount);
    return `${approx}${symbol ?? ''}${amount}${symbol ? '' : ` ${fact.unit ?? ''}`}`.trimEnd();
  }
  if (fact.dimension === 'percent') return `${approx}${formatNumber(fact.amount)}%`;
  if (fact.unit && (fact.unit.startsWith('°') || fact.unit === '%')) {
    return `${approx}${formatNumber(fact.amount)}${fact.unit}`;
  }
  const amount = fact.dimension === 'count' ? formatNumber(fact.amount) : scaled(fact.amount);
  return `${approx}${amount}${fact.unit ? ` ${fact.unit}` : ''}`;
}

/** The normalised value of a fact, for display and export. */
export function factValue(fact: Fact): string {
  switch (fact.kind) {
    case 'quantity':
      return quantityValue(fact);
    case 'ordinal':
      return `${formatNumber(fact.value)}${ordinalSuffix(fact.value)}`;
    case 'tally':
      return `${fact.for}–${fact.against}`;
    case 'time': {
      const hours = Math.floor((((fact.value % 1440) + 1440) % 1440) / 60);
      const minutes = fact.value % 60;
      return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    }
    case 'date': {
      const parts: string[] = [];
      if (fact.day !== null && fact.month !== null) {
        parts.push(`${fact.day} ${MONTH_NAMES[fact.month - 1]}`);
        if (fact.year !== null && !fact.yearInferred) parts.push(String(fact.year));
      } else if (fact.month !== null) {
        parts.push(MONTH_NAMES[fact.month - 1]!);
        if (fact.year !== null && !fact.yearInferred) parts.push(String(fact.year));
      } else if (fact.year !== null) parts.push(String(fact.year));
      const weekday = fact.weekday === null ? null : WEEKDAY_NAMES[fact.weekday]!;
      if (weekday && parts.length === 0) return weekday;
      return parts.join(' ');
    }
  }
}

function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
