/**
 * The fitted weights of the pairwise decision (`evidence.ts`): a logistic model over the
 * evidence features, and the probability thresholds claim grouping uses. Written by
 * `npm run fit`; never fitted on the seeds or on the held-out stories. These weights were
 * fitted on the FIT stories alone (tram-vote, plant-fire; no MSRP). The threshold is the lowest
 * at which the FIT stories, pooled, keep a precision of 0.95 (`npm run fit -- --sweep`).
 */

/** Logistic weights (in `EVIDENCE_FEATURES` order), bias and decision thresholds. */
export const CALIBRATION = {
  weights: [3.045, 2.251, 2.37, 0.663, 4.194, 0.257, 2.394, 0.185, -0.403, 1.796],
  bias: -3.998,
  threshold: 0.4,
  floor: 0.1,
} as const;
