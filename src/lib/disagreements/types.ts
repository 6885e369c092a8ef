/**
 * What the disagreement stage reports: a fact the outlets state differently, with each
 * outlet's version of it.
 */
import type { TextRange } from '../model/index.ts';

/**
 * `number`: counts, amounts, measures, shares, ordinals, tallies. `date`: days and times of day.
 * `negation`: the main verb's polarity ("passed" / "failed", "confirmed" / "did not confirm").
 * `speaker`: the same words attributed to different people. `quote-wording`: different words
 * inside the quotation marks of one quotation.
 */
export type DisagreementKind = 'number' | 'date' | 'negation' | 'speaker' | 'quote-wording';

/** One outlet's version: the passage that states it and its value. */
export interface DisagreementVersion {
  article: string;
  /** The permalink anchor (`s-N`) of the sentence the passage starts in. */
  anchor: string;
  /** The passage (a sentence, a clause of a claim or a quoted sentence): offsets into the source. */
  start: number;
  end: number;
  text: string;
  /** The value, normalised: "12", "about 20%", "passed", "Elena Varga", the quoted words. */
  value: string;
  /** The words that state the value (source offsets), marked on pages; may be empty. */
  marks: TextRange[];
}

/** A fact the outlets state differently. */
export interface Disagreement {
  /** `d-` and a hash of the kind and the versions' positions: stable while the texts are. */
  id: string;
  kind: DisagreementKind;
  /** The claim (`c-…`) or quote group (`q-…`) the versions belong to; null when in none. */
  claim: string | null;
  /** What is disagreed about, for people: "number of people", "date", "passed or failed". */
  subject: string;
  /** Ordered by article id, then position; at least two articles with different values. */
  versions: DisagreementVersion[];
}

/** A disagreement as published in `/data/claims.json`. */
export interface DisagreementExport {
  id: string;
  kind: DisagreementKind;
  claim: string | null;
  versions: Array<{
    article: string;
    start: number;
    end: number;
    text: string;
    anchor: string;
    value: string;
  }>;
}
