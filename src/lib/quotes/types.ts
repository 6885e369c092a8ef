/**
 * The quote stage's records: one direct quotation of one article. See `group.ts` for the
 * variants of a quotation across articles.
 */
import type { TextRange } from '../model/index.ts';

/** Speech: someone's words. Term: a scare quote or a quoted name ("peace formula"). */
export type QuoteKind = 'speech' | 'term';

/** One direct quotation in one article. */
export interface Quote extends TextRange {
  /** `<article id>/q-<n>`, n counting the article's quotes in reading order. */
  id: string;
  article: string;
  /**
   * `source.slice(start, end)`: from just inside the first opening mark to just inside the last
   * closing mark (a trailing comma dropped). A quote interrupted by its attribution ("…,” Putin
   * said. “…”) is one quote whose text includes the interruption; `parts` holds the quoted runs.
   */
  text: string;
  /** The quoted runs, in order; one unless the quote is interrupted. Source offsets. */
  parts: TextRange[];
  /** The quoted words for display and comparison: the parts cleaned and joined with " … ". */
  quotation: string;
  /** Ids (`s-N`) of the sentences the quote covers, in order. */
  sentences: string[];
  /** The first of `sentences`: the permalink anchor. */
  anchor: string;
  /** The speaker, as the fullest name the article gives ("Vladimir Putin"), or null: unknown. */
  speaker: string | null;
  /** How the article refers to the speaker where it attributes the quote ("he", "Putin"). */
  speakerMention: string | null;
  kind: QuoteKind;
  /** A fragment inside a sentence of reporting ("must recognise the “realities on the ground”"). */
  partial: boolean;
  /**
   * False when the closing mark is missing: the quote runs to the end of its paragraph, or, when
   * its opening mark looks stray, to the end of its sentence (see `findSpans`).
   */
  closed: boolean;
}
