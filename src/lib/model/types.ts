/**
 * The article model shared by every pipeline step.
 *
 * Offsets (`start`, `end`) always index the article file's text exactly as decoded from UTF-8
 * with a leading BOM excluded, in UTF-16 code units, so `source.slice(start, end) === text`.
 * Nothing in the pipeline rewrites the source: line endings (LF, CRLF, CR) and invisible
 * characters stay in place and are only cleaned for display (see `displayText`).
 */

/** A half-open range `[start, end)` of the article's source text. */
export interface TextRange {
  start: number;
  end: number;
}

/** What a block of the body is. `title` is the headline when the text opens with one. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item';

/** One block of the article body, in reading order. */
export interface Block extends TextRange {
  kind: BlockKind;
  /** `source.slice(start, end)`. */
  text: string;
  /** Indexes into `Article.sentences` of the sentences this block holds, in order. */
  sentences: number[];
}

/** One sentence (or heading, or list item) of the body: the unit of permalinks and alignment. */
export interface Sentence extends TextRange {
  /** Stable permalink id within the article: `s-0`, `s-1`, … in reading order. */
  id: string;
  index: number;
  /** `source.slice(start, end)`: exact, may hold invisible characters; display via `displayText`. */
  text: string;
  /** Index of the enclosing block in `Article.blocks`. */
  block: number;
  kind: BlockKind;
}

/** Kinds of page debris: text copied along with the article that is not part of it. */
export type DebrisKind = 'comments' | 'newsletter' | 'author' | 'credit' | 'share' | 'other';

/** A run of page debris removed from the body, kept for the metadata it carries. */
export interface Debris extends TextRange {
  kind: DebrisKind;
  /** The debris lines, trimmed, in order. */
  lines: string[];
  /** What the debris tells about the article, where it tells anything. */
  author?: string;
  authorBio?: string;
  outlet?: string;
  credit?: string;
}

/** Where a metadata value came from: never invented, so every value says its origin. */
export type MetaOrigin = 'front-matter' | 'text' | 'fallback';

export interface ArticleMeta {
  title: string;
  titleOrigin: MetaOrigin;
  outlet: string | null;
  outletOrigin: MetaOrigin | null;
  url: string | null;
  author: string | null;
  authorOrigin: MetaOrigin | null;
  /** ISO date (YYYY-MM-DD or full timestamp) from front matter only. */
  published: string | null;
  /** Wire or agency credit, e.g. "AP" from "Additional sources • AP". */
  credit: string | null;
}

/** A parsed article: everything later steps and pages need, serialisable as JSON. */
export interface Article {
  /** The file name without extension. */
  id: string;
  /** Path of the file relative to the project root, with forward slashes. */
  file: string;
  meta: ArticleMeta;
  blocks: Block[];
  sentences: Sentence[];
  debris: Debris[];
  wordCount: number;
}
