/**
 * The fitted weights of the pairwise decision (`evidence.ts`): a logistic model over the
 * evidence features, and the probability thresholds claim grouping uses. Written by
 * `npm run fit`; never fitted on the seeds or on the held-out stories.
 */

/** Logistic weights (in `EVIDENCE_FEATURES` order), bias and decision thresholds. */
export const CALIBRATION = {
  weights: [1.916, 1.264, 1.917, 0.957, 3.872, -0.139, 0.68, 0.369, -0.711, 1.066],
  bias: -3.407,
  threshold: 0.25,
  floor: 0.1,
} as const;
