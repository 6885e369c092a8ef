/**
 * Timestamp lines of news pages: "Tuesday 17 February 2026, 10.42pm", "18 Feb 2026", "Updated
 * 14:02 GMT", "Posted on April 15, 2026", "2 hours ago". A line that is only a timestamp is page
 * furniture; when it is the publication date (not an update) and names a whole day, it gives the
 * article's date. Nothing is guessed: a date without a year gives none.
 */

/** What a timestamp line says. */
export interface Timestamp {
  /** The publication date as ISO 8601 (`2026-02-17` or `2026-02-17T22:42`), when the line gives it. */
  published?: string;
}

const MONTHS = new Map<string, number>(
  [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may', 'may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'september', 'sept'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as [string, number])),
);
const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$/i;
const TIME = /^(\d{1,2})(?:[:.](\d{2}))?(?:[:.]\d{2})?\s?(am|pm|a\.m\.|p\.m\.)?$/i;
const ZONE =
  /^(?:gmt|bst|utc|cet|cest|eet|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|aest|aedt|z)$/i;
const OFFSET = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
const NUMERIC_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
const RELATIVE =
  /^(?:(?:\d+|an?|one|two|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|yesterday|today|just now)$/i;
// Words a timestamp line may open with; only the publishing ones give the article's date.
const LABEL =
  /^(?:(first\s+published|published|posted|created)|(?:last\s+)?(?:updated|modified|edited|reviewed))(?:\s+(?:on|at))?\s*:?\s*/i;
const FILLER = new Set(['at', 'on', 'the', 'of', '-', '–', '—', '|', '•', '·']);

/**
 * Reads a line that is only a timestamp.
 *
 * @returns what it says (possibly nothing: "Updated 14:02 GMT" is a timestamp without a date),
 *   or null when the line is not a timestamp
 */
export function readTimestamp(line: string): Timestamp | null {
  let text = line.trim().replace(/(?<![ap]\.m)\.$/i, '');
  if (text.length > 80) return null;
  const label = LABEL.exec(text);
  const publishing = !label || label[1] !== undefined;
  if (label) text = text.slice(label[0].length);
  if (text === '') return null;
  if (RELATIVE.test(text)) return {};

  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let hour: number | undefined;
  let minute = 0;
  let zone: string | undefined;
  let signals = 0;
  const iso = ISO.exec(text);
  if (iso && iso[0].length === text.length) {
    const [, y, mo, d, h, mi] = iso;
    return fullDate(+y!, +mo!, +d!, h === undefined ? undefined : +h, mi === undefined ? 0 : +mi)
      ? publishingDate(publishing, text)
      : null;
  }
  // "6.40pm" and "10 am" stay one token; commas and bullets separate.
  const tokens = text
    .replace(/(\d)\s+(am|pm|a\.m\.|p\.m\.)/gi, '$1$2')
    .split(/[\s,|•·]+/)
    .filter(Boolean);
  for (const raw of tokens) {
    const token = raw.toLowerCase();
    const monthNumber = MONTHS.get(token.replace(/\.$/, ''));
    let match: RegExpExecArray | null;
    if (FILLER.has(token) || WEEKDAY.test(token)) continue;
    if (monthNumber !== undefined && month === undefined) {
      month = monthNumber;
      signals++;
    } else if (/^\d{4}$/.test(token) && year === undefined && +token >= 1900 && +token <= 2100) {
      year = +token;
    } else if (
      /^\d{1,2}(?:st|nd|rd|th)?$/.test(token) &&
      day === undefined &&
      +parseInt(token, 10) <= 31
    ) {
      day = parseInt(token, 10);
    } else if ((match = TIME.exec(token)) && hour === undefined && (match[2] || match[3])) {
      hour = +match[1]!;
      minute = match[2] ? +match[2] : 0;
      const meridiem = match[3]?.[0]?.toLowerCase();
      if (meridiem && (hour < 1 || hour > 12)) return null;
      if (meridiem === 'p' && hour < 12) hour += 12;
      if (meridiem === 'a' && hour === 12) hour = 0;
      if (hour > 23 || minute > 59) return null;
      signals++;
    } else if (ZONE.test(token) || OFFSET.test(token)) {
      if (hour === undefined || zone !== undefined) return null;
      zone = token;
    } else if (NUMERIC_DATE.test(token)) {
      // 04/05/2026 is April or May depending on the reader: a timestamp, not a date.
      signals++;
    } else {
      return null;
    }
  }
  // A bare number or year is no timestamp; a month or a clock time makes one.
  if (signals === 0) return null;
  if (day !== undefined && month === undefined) return null;
  if (year === undefined || month === undefined || day === undefined) return {};
  if (!fullDate(year, month, day, hour, minute)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = hour === undefined ? '' : `T${pad(hour)}:${pad(minute)}${isoZone(zone)}`;
  return publishingDate(publishing, date + time);
}

function publishingDate(publishing: boolean, iso: string): Timestamp {
  return publishing ? { published: iso } : {};
}

/** Whether the parts name a real day (and time). */
function fullDate(year: number, month: number, day: number, hour = 0, minute = 0): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return false;
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate();
}

/** An ISO offset for the zones that have one fixed offset; others are left off (local time). */
function isoZone(zone: string | undefined): string {
  if (zone === undefined) return '';
  const lower = zone.toLowerCase();
  if (lower === 'gmt' || lower === 'utc' || lower === 'z') return 'Z';
  const offset = OFFSET.exec(zone);
  if (offset) return `${offset[1]}${pad(+offset[2]!)}:${offset[3] ?? '00'}`;
  return '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
