/**
 * Disagreements, the public face of `src/lib/disagreements/` (step 6 of the pipeline): where
 * outlets covering the same event state different facts. Within each claim, and between
 * passages the alignment kept apart only because their values differ, it compares the
 * normalised facts of `src/lib/facts/` (numbers of the same counted thing, dates, times) and
 * the polarity of antonym verbs ("passed" / "failed"); within quote groups, the speakers named
 * for the same words and the words inside the marks. Code outside the folder imports from here.
 */
export { exportDisagreements, findDisagreements, type DisagreementInput } from './detect.ts';
export type {
  Disagreement,
  DisagreementExport,
  DisagreementKind,
  DisagreementVersion,
} from './types.ts';
