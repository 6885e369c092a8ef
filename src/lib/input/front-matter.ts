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
 * ---
 * ```
 */
import { parseDocument } from 'yaml';
import { ArticleError, reasons } from '../model/index.ts';

/** Metadata an article file may declare. Every field is optional. */
export interface FrontMatter {
  title?: string;
  outlet?: string;
  url?: string;
  author?: string;
  published?: string;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** Offset in the source text where the body begins (0 when there is no front matter). */
  bodyStart: number;
}

const FIELDS = ['title', 'outlet', 'url', 'author', 'published'] as const;
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
    const str = String(text).trim();
    if (str === '') continue;
    if (key === 'url' && !isHttpUrl(str)) {
      throw new ArticleError(file, reasons.frontMatterUrl(str));
    }
    if (key === 'published' && !isIsoDate(str)) {
      throw new ArticleError(file, reasons.frontMatterDate(str));
    }
    data[key as keyof FrontMatter] = str;
  }
  return { data, bodyStart };
}

// What `<time datetime>` accepts and the data promises: a calendar date, optionally a time.
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
