/**
 * Claim alignment: finds the sentences (or clauses) of different articles that carry the same
 * claim and groups them into claims, marking verbatim shared wording inside them.
 *
 * Each step has its module: units (`units.ts`) → their evidence under the story's model
 * (`features.ts`) → candidate pairs from an inverted index (`candidates.ts`) → pair scores
 * (`scores.ts`: the calibrated probability of `evidence.ts` over the word evidence of
 * `similarity.ts` and the facts of `quantities.ts`) → an editor's review applied (`review.ts`)
 * → average linkage with a floor (`linkage.ts`) → restated groups dropped (`restated.ts`) →
 * claims with labels, evidence and verbatim runs (`claims.ts`, `verbatim.ts`) → the decisions
 * closest to the threshold, for review.
 */
import type { Article } from '../model/index.ts';
import { candidatePairs } from './candidates.ts';
import { borderlinePairs, claimsBySentence, claimsFromGroups } from './claims.ts';
import { describeUnits } from './features.ts';
import { averageLinkage } from './linkage.ts';
import { dropRestatedGroups } from './restated.ts';
import { applyReview } from './review.ts';
import { scorePairs } from './scores.ts';
import { CLAIM_FLOOR, SAME_CLAIM_THRESHOLD } from './evidence.ts';
import type { Alignment, AlignOptions } from './types.ts';
import { collectUnits } from './units.ts';

/**
 * Aligns the sentences of a story's articles into claims.
 *
 * Titles and headings are ignored; paragraph sentences and list items are aligned. Every claim
 * has spans from at least two articles, at most one span per sentence, and every pair of its
 * spans scores at least the floor under `compareFeatures` (their average at least the
 * threshold). Spans satisfy `source.slice(span.start, span.end) === span.text`. Deterministic
 * for the same input; never throws on empty articles, a single article or duplicates.
 */
export function alignStory(articles: readonly Article[], options: AlignOptions = {}): Alignment {
  const settings = withDefaults(options);
  const collected = collectUnits(articles, settings.clauses);
  const { model, units } = describeUnits(collected.units, collected.sentences, settings.quotes);
  const pairs = candidatePairs(units, model, settings.candidates);
  const scored = scorePairs(units, pairs, settings.threshold, settings.floor);
  const { graph } = scored;
  const { matches, forced } = applyReview(units, graph, scored.matches, settings.review);
  const linked = averageLinkage(units, matches, graph, settings.threshold);
  const groups = dropRestatedGroups(linked, units);
  const claims = claimsFromGroups(groups, units, graph, settings.minVerbatimWords, forced);
  const bySentence = claimsBySentence(claims);
  const stats = {
    sentences: collected.sentences.length,
    units: units.length,
    candidatePairs: pairs.length / 2,
    matchedPairs: scored.matches.length,
  };
  const borderline = borderlinePairs(scored.near, units, bySentence, settings);
  return { claims, bySentence, stats, borderline };
}

function withDefaults(options: AlignOptions): Required<AlignOptions> {
  const threshold = options.threshold ?? SAME_CLAIM_THRESHOLD;
  return {
    threshold,
    // A floor above the threshold would refuse pairs that match on their own.
    floor: Math.min(options.floor ?? CLAIM_FLOOR, threshold),
    clauses: options.clauses ?? true,
    candidates: options.candidates ?? 'index',
    minVerbatimWords: options.minVerbatimWords ?? 6,
    review: options.review ?? { same: [], different: [] },
    borderline: options.borderline ?? 40,
    quotes: options.quotes ?? [],
  };
}
