/**
 * Held-out evaluation of claim alignment: pairwise precision, recall and F1 over cross-article
 * sentence pairs, per story and pooled, on the stories whose labels may be fitted on (FIT), on
 * the stories never fitted on (HELD-OUT), and on the seeds. A labelled claim contributes every
 * pair of its passages' sentences in different articles; a predicted claim every pair of its
 * spans' sentences. Each story is aligned on its own (cup-final is a different story).
 */
import { describe, expect, it } from 'vitest';
import { groupPairs, scorePairs } from './helpers/pairwise.ts';
import {
  alignAsTheSite,
  FIT_STORIES,
  HELD_OUT_STORIES,
  readLabelledStory,
  readSeedStory,
  type LabelledStory,
} from './helpers/stories.ts';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const prf = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
};

function evaluate(story: LabelledStory): Counts {
  const scores = scorePairs(alignAsTheSite(story.articles), story.gold);
  const counts = {
    tp: scores.truePositives.length,
    fp: scores.falsePositives.length,
    fn: scores.falseNegatives.length,
  };
  const { precision, recall, f1 } = prf(counts);
  console.log(
    `${story.id.padEnd(13)} P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} ` +
      `(tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn}; gold pairs ${groupPairs(story.gold).size})`,
  );
  if (process.env.CLAIMS_EVAL_VERBOSE) {
    for (const p of scores.falsePositives) console.log(`  FP ${p}`);
    for (const p of scores.falseNegatives) console.log(`  FN ${p}`);
  }
  return counts;
}

function pooled(name: string, counts: readonly Counts[]) {
  const sum = counts.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }));
  const scores = prf(sum);
  console.log(
    `${name.padEnd(13)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)} ` +
      `F1 ${scores.f1.toFixed(3)} (pooled pairs)`,
  );
  return scores;
}

// Each test aligns whole stories (WordNet loads on the first): seconds on a busy two-core machine.
describe('claim alignment against hand labels', { timeout: 60_000 }, () => {
  it('every labelled passage falls in the story (titles aside)', () => {
    for (const id of [...FIT_STORIES, ...HELD_OUT_STORIES]) {
      const story = readLabelledStory(id);
      expect(groupPairs(story.gold).size, id).toBeGreaterThan(20);
    }
  });

  it('FIT stories (their labels may tune the engine)', () => {
    const scores = pooled(
      'FIT',
      FIT_STORIES.map((id) => evaluate(readLabelledStory(id))),
    );
    expect(scores.precision).toBeGreaterThanOrEqual(FLOORS.fit.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(FLOORS.fit.recall);
  });

  it('HELD-OUT stories (never fitted on)', () => {
    const scores = pooled(
      'HELD-OUT',
      HELD_OUT_STORIES.map((id) => evaluate(readLabelledStory(id))),
    );
    expect(scores.precision).toBeGreaterThanOrEqual(FLOORS.heldOut.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(FLOORS.heldOut.recall);
  });

  it('seeds (never fitted on)', () => {
    const scores = pooled('seeds', [evaluate(readSeedStory())]);
    expect(scores.precision).toBeGreaterThanOrEqual(FLOORS.seeds.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(FLOORS.seeds.recall);
  });
});

// Measured minus a margin of 0.03. Measured with the calibrated decision (weights fitted on
// tram-vote, plant-fire and MSRP train): FIT P 0.964 R 0.736; HELD-OUT P 0.861 R 0.626; seeds
// P 0.725 R 0.516. Before it (hand-tuned word score): FIT P 0.829 R 0.618; HELD-OUT P 0.667
// R 0.545; seeds P 0.772 R 0.533.
const FLOORS = {
  fit: { precision: 0.92, recall: 0.7 },
  heldOut: { precision: 0.83, recall: 0.59 },
  seeds: { precision: 0.69, recall: 0.48 },
};
