/**
 * The article model shared by every pipeline step: one zod schema is the source of both the
 * runtime check (the Astro loader's collection schema) and the TypeScript types (`z.infer`).
 *
 * Offsets (`start`, `end`) always index the article file's text exactly as decoded from UTF-8
 * with a leading BOM excluded, in UTF-16 code units, so `source.slice(start, end) === text`.
 * Nothing in the pipeline rewrites the source: line endings (LF, CRLF, CR) and invisible
 * characters stay in place and are only cleaned for display (see `displayText`).
 */

import { z } from 'zod/v4';

const range = {
  /** Offset of the first character in the source text. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character. */
  end: z.number().int().nonnegative(),
};
const metaOrigin = z.enum(['front-matter', 'text', 'fallback']);
const blockKind = z.enum(['title', 'heading', 'paragraph', 'list-item']);
const debrisKind = z.enum([
  'comments',
  'newsletter',
  'author',
  'credit',
  'share',
  'consent',
  'caption',
  'related',
  'promo',
  'date',
  'copyright',
  'other',
]);

/** A half-open range `[start, end)` of the article's source text. */
export const textRangeSchema = z.object(range);
export type TextRange = z.infer<typeof textRangeSchema>;

/** What a block of the body is. `title` is the headline when the text opens with one. */
export type BlockKind = z.infer<typeof blockKind>;

/** One block of the article body, in reading order. */
export const blockSchema = z.object({
  ...range,
  kind: blockKind,
  /** `source.slice(start, end)`. */
  text: z.string(),
  /** Indexes into `Article.sentences` of the sentences this block holds, in order. */
  sentences: z.array(z.number().int()),
});
export type Block = z.infer<typeof blockSchema>;

/** One sentence (or heading, or list item) of the body: the unit of permalinks and alignment. */
export const sentenceSchema = z.object({
  ...range,
  /** Stable permalink id within the article: `s-0`, `s-1`, … in reading order. */
  id: z.string(),
  index: z.number().int(),
  /** `source.slice(start, end)`: exact, may hold invisible characters; display via `displayText`. */
  text: z.string(),
  /** Index of the enclosing block in `Article.blocks`. */
  block: z.number().int(),
  kind: blockKind,
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** Kinds of page debris: text copied along with the article that is not part of it. */
export type DebrisKind = z.infer<typeof debrisKind>;

/** A run of page debris removed from the body, kept for the metadata it carries. */
export const debrisSchema = z.object({
  ...range,
  kind: debrisKind,
  /** The debris lines, trimmed, in order. */
  lines: z.array(z.string()),
  /** What the debris tells about the article, where it tells anything. */
  author: z.string().optional(),
  authorBio: z.string().optional(),
  outlet: z.string().optional(),
  credit: z.string().optional(),
  /** The publication date a standalone timestamp line above the text gives (ISO 8601). */
  published: z.string().optional(),
});
export type Debris = z.infer<typeof debrisSchema>;

/** Where a metadata value came from: never invented, so every value says its origin. */
export type MetaOrigin = z.infer<typeof metaOrigin>;

/** What is known about an article, each value with its origin. */
export const articleMetaSchema = z.object({
  title: z.string(),
  titleOrigin: metaOrigin,
  outlet: z.string().nullable(),
  outletOrigin: metaOrigin.nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  authorOrigin: metaOrigin.nullable(),
  /**
   * ISO date (YYYY-MM-DD or a timestamp): from front matter, else from a standalone timestamp
   * line above the text ("Tuesday 17 February 2026, 10.42pm"); never from a date without a year.
   */
  published: z.string().nullable(),
  publishedOrigin: metaOrigin.nullable(),
  /** Wire or agency credit, e.g. "AP" from "Additional sources • AP". */
  credit: z.string().nullable(),
  /**
   * The article's language as a BCP 47 tag: from front matter, else from its letters where they
   * tell (`ar`, `fa`, `ur`, `he`); null when unknown (pages then inherit the site's).
   */
  lang: z.string().nullable(),
  /** Writing direction of the article text: `rtl` when most of its letters are right-to-left. */
  dir: z.enum(['ltr', 'rtl']),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** A parsed article: everything later steps and pages need, serialisable as JSON. */
export const articleSchema = z.object({
  /** The file name without extension. */
  id: z.string(),
  /** Path of the file relative to the project root, with forward slashes. */
  file: z.string(),
  meta: articleMetaSchema,
  blocks: z.array(blockSchema),
  sentences: z.array(sentenceSchema),
  debris: z.array(debrisSchema),
  wordCount: z.number().int(),
});
export type Article = z.infer<typeof articleSchema>;
