/**
 * Facts, the public face of `src/lib/facts/`: the normalised facts a sentence states (numbers
 * with their units and what they count, money, shares, measures, ordinals, tallies, dates and
 * times) and the comparison of two of them. Code outside the folder imports from here only.
 *
 * Framework-free and independent of alignment, so that alignment can use agreeing and
 * conflicting facts as evidence and the disagreement stage can report conflicts.
 */
export { extractFacts } from './extract.ts';
export { compareFacts, sameCounted } from './compare.ts';
export { factValue, formatNumber } from './format.ts';
export type {
  Approximation,
  CalendarDay,
  Counted,
  DateFact,
  Dimension,
  ExtractOptions,
  Fact,
  FactRelation,
  OrdinalFact,
  QuantityFact,
  TallyFact,
  TimeFact,
} from './types.ts';
