/**
 * What made a match, in words a reader follows: the evidence of a claim span (or a borderline
 * pair) as one short line.
 */
import type { SpanEvidence } from '../align/index.ts';

const MAX_WORDS = 8;

/**
 * One line naming the evidence: shared facts, verbatim run, shared words, synonyms, and the
 * score as a percentage. Deterministic; an empty evidence gives only the score.
 */
export function describeEvidence(evidence: SpanEvidence): string {
  const parts: string[] = [];
  if (evidence.numbers.length > 0) parts.push(`same facts: ${evidence.numbers.join(', ')}`);
  if (evidence.verbatim >= 3) parts.push(`${evidence.verbatim} words verbatim`);
  if (evidence.sharedTerms.length > 0) {
    const words = evidence.sharedTerms.slice(0, MAX_WORDS).join(', ');
    const more = evidence.sharedTerms.length - MAX_WORDS;
    parts.push(`shared words: ${words}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (evidence.synonyms.length > 0) {
    parts.push(`synonyms: ${evidence.synonyms.map(([a, b]) => `${a} ~ ${b}`).join(', ')}`);
  }
  parts.push(`score ${Math.round(evidence.score * 100)}%`);
  return parts.join('; ');
}
