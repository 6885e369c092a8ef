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
  /** What made the match: this span against the claim's representative span. */
  evidence: SpanEvidence;
  /** Present (true) when an editor's review joined this span to another span of the claim. */
  review?: true;
}

/**
 * Why a span is in its claim: the evidence it shares with the claim's representative span (the
 * representative itself is compared with its closest partner).
 */
export interface SpanEvidence {
  /** Words both hold, as written in this span. */
  sharedTerms: string[];
  /** Synonym matches: `[word here, word there]`. */
  synonyms: Array<[string, string]>;
  /** Facts both state (numbers, amounts, lengths, years, scores), as written in this span. */
  numbers: string[];
  /** Length in words of the longest run of identical words. */
  verbatim: number;
  /** The calibrated probability that the two carry the same claim, rounded to 3 places. */
  score: number;
}

/** A quotation and its speaker, from the quote stage: resolves "I" and "we" inside it. */
export interface SpokenQuote {
  article: string;
  /** Source offsets of the quotation. */
  start: number;
  end: number;
  /** The speaker's name, or null when unknown. */
  speaker: string | null;
}

/** A pair of sentences an editor decided on: `article#s-N` keys. */
export interface ReviewDecision {
  a: string;
  b: string;
}

/** An editor's decisions (see `content/review.yaml`). */
export interface ReviewDecisions {
  /** Pairs that must share a claim. */
  same: readonly ReviewDecision[];
  /** Pairs that no claim may hold both of. */
  different: readonly ReviewDecision[];
}

/** A decision close to the threshold: two sentences of different articles and their evidence. */
export interface Borderline {
  /** `article#s-N` keys, in reading order. */
  a: string;
  b: string;
  textA: string;
  textB: string;
  /** Whether alignment joined the two (as whole sentences, or through clauses). */
  joined: boolean;
  evidence: SpanEvidence;
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
  /** Sentence pairs whose score is closest to the threshold, closest first: what to review. */
  borderline: Borderline[];
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
  /** An editor's decisions: forced and forbidden joins (default none). */
  review?: ReviewDecisions;
  /** The story's quotations with their speakers (default none): "we" is read as the speaker. */
  quotes?: readonly SpokenQuote[];
  /** How many borderline decisions to list (default 40). */
  borderline?: number;
}
