/**
 * The shapes claim alignment hands to the rest of the site: claims, their spans, the alignment
 * of a story, and the options that tune it.
 */
import type { TextRange } from '../model/index.ts';

/** One passage of a claim: a sentence or a clause of it. */
export interface ClaimSpan {
  article: string;
  /** The enclosing sentence's id (`s-N`): the permalink anchor of the span. */
  sentence: string;
  /** Offsets into the article's source text: `source.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** Verbatim wording shared with another span of the claim (absolute offsets, sorted). */
  verbatim: TextRange[];
}

/** A group of spans from at least two articles that all say the same thing. */
export interface Claim {
  /** Stable id: `c-` + a hash of the member span keys. */
  id: string;
  /** The most representative span's text (the one most similar to the others). */
  label: string;
  /** Number of distinct articles among the spans. */
  sources: number;
  /** Spans in article order, then source order. */
  spans: ClaimSpan[];
}

/** Counters describing the work done, for benchmarks and tests. */
interface AlignmentStats {
  sentences: number;
  /** Sentences plus clauses compared. */
  units: number;
  /** Unit pairs scored. */
  candidatePairs: number;
  /** Scored pairs that matched. */
  matchedPairs: number;
}

/** The alignment of one story. */
export interface Alignment {
  /** Sorted by `sources` descending, then by number of spans, then reading order. */
  claims: Claim[];
  /** `${article}#${sentence}` → ids of the claims the sentence takes part in. */
  bySentence: ReadonlyMap<string, readonly string[]>;
  stats: AlignmentStats;
}

/** Tuning knobs; defaults are what the site uses. */
export interface AlignOptions {
  /** Average score needed to merge two groups into one claim (default `SAME_CLAIM_THRESHOLD`). */
  threshold?: number;
  /** Score every pair inside one claim must reach (default `CLAIM_FLOOR`). */
  floor?: number;
  /** Split long sentences into clauses that may match separately (default true). */
  clauses?: boolean;
  /** `index` (default) or the quadratic `all-pairs` baseline, for benchmarks. */
  candidates?: 'index' | 'all-pairs';
  /** Minimum length in words of a verbatim run (default 6). */
  minVerbatimWords?: number;
}
