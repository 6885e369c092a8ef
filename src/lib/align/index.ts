/**
 * Claim alignment, the public face of `src/lib/align/`: code outside the folder imports from
 * here only. `alignStory` groups a story's sentences into claims; the similarity functions
 * expose its pairwise decision to scripts and tests.
 */
export { alignStory } from './align.ts';
export type {
  Alignment,
  Borderline,
  Claim,
  ClaimSpan,
  ReviewDecision,
  ReviewDecisions,
  SpanEvidence,
  SpokenQuote,
} from './types.ts';
export { buildModel, buildModelFromTexts, featurize, type Features } from './similarity.ts';
export {
  compareFeatures,
  compareSentences,
  EVIDENCE_FEATURES,
  evidenceVector,
  type PairEvidence,
} from './evidence.ts';
