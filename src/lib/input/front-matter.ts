/**
 * Optional YAML front matter at the top of an article file:
 *
 * ```
 * ---
 * title: Putin congratulates Trump
 * outlet: Example News
 * url: https://example.org/story
 * author: Jane Doe
 * published: 2025-01-20
 * lang: en
 * ---
 * ```
 */
import { parseDocument } from 'yaml';
import { ArticleError, reasons } from '../model/index.ts';
import { displayText } from '../text/index.ts';

/** Metadata an article file may declare. Every field is optional. */
export interface FrontMatter {
  title?: string;
  outlet?: string;
  url?: string;
  author?: string;
  published?: string;
  /** BCP 47 language tag, canonicalised ("AR" → "ar"). */
  lang?: string;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** Offset in the source text where the body begins (0 when there is no front matter). */
  bodyStart: number;
}

const FIELDS = ['title', 'outlet', 'url', 'author', 'published', 'lang'] as const;
const SHOWN_AS_TEXT = new Set(['title', 'outlet', 'author']);
const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * Reads the front matter block, if the source opens with one, and validates its fields.
 *
 * @param source the decoded article text
 * @param file the file's path, for error messages
 * @throws ArticleError naming the file (and the field) when the block is unclosed, is not valid
 *   YAML, is not a mapping, has an unknown field, or has a field of the wrong type or form
 */
export function readFrontMatter(source: string, file: string): FrontMatterResult {
  const opening = OPENING.exec(source);
  if (!opening) return { data: {}, bodyStart: 0 };
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new ArticleError(file, reasons.frontMatterUnclosed());
  const yamlText = rest.slice(0, closing.index);
  const bodyStart = opening[0].length + closing.index + closing[0].length;

  const doc = parseDocument(yamlText);
  const [firstError] = doc.errors;
  if (firstError) {
    throw new ArticleError(file, reasons.frontMatterYaml(firstError.message));
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { data: {}, bodyStart };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ArticleError(file, reasons.frontMatterNotMapping());
  }

  const data: FrontMatter = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new ArticleError(file, reasons.frontMatterUnknownField(key, FIELDS));
    }
    if (raw === null || raw === undefined) continue;
    const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
    if (typeof text !== 'string' && typeof text !== 'number') {
      throw new ArticleError(file, reasons.frontMatterNotText(key));
    }
    // Text shown on pages (title, outlet, author) is cleaned as any displayed text is: a control
    // or bidi character pasted into a title must not reach the page or its link preview.
    let str = SHOWN_AS_TEXT.has(key) ? displayText(String(text)) : String(text).trim();
    if (str === '') continue;
    if (key === 'url' && !isHttpUrl(str)) {
      throw new ArticleError(file, reasons.frontMatterUrl(str));
    }
    if (key === 'published') {
      if (!ISO_DATE.test(str)) throw new ArticleError(file, reasons.frontMatterDate(str));
      const impossible = impossibleDate(str);
      if (impossible)
        throw new ArticleError(file, reasons.frontMatterImpossibleDate(str, impossible));
    }
    if (key === 'lang') {
      const tag = languageTag(str);
      if (!tag) throw new ArticleError(file, reasons.frontMatterLang(str));
      str = tag;
    }
    data[key as keyof FrontMatter] = str;
  }
  return { data, bodyStart };
}

// What `<time datetime>` accepts and the data promises: a calendar date, optionally a time.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;
const MONTHS = [
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

/**
 * Why an ISO-shaped date names no real day or time ("February 2025 has 28 days"), or null when
 * it is real. `Date.parse` cannot tell: it rolls 2025-02-30 over to March 2.
 */
function impossibleDate(value: string): string | null {
  const [, y, mo, d, h, mi, s, oh, om] = ISO_DATE.exec(value)!.map(Number);
  const year = y!;
  const month = mo!;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  // Day 0 of the next month is the last day of this one (setUTCFullYear: years below 100 too).
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  const days = last.getUTCDate();
  if (d! < 1 || d! > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  if (h! > 23) return `there is no hour ${h}`;
  if (mi! > 59) return `there is no minute ${mi}`;
  if (s! > 59) return `there is no second ${s}`;
  if (oh! > 23 || om! > 59) return 'the time zone offset is out of range';
  return null;
}

/** The canonical form of a BCP 47 language tag ("en-gb" → "en-GB"), or null when it is none. */
function languageTag(value: string): string | null {
  // A primary subtag of 2 or 3 letters: BCP 47 reserves longer ones, so "english" is a mistake.
  if (!/^[a-z]{2,3}(?:-|$)/i.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
