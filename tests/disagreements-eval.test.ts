/**
 * Precision and recall of disagreement detection on labelled stories, with the real pipeline
 * (read, align, group quotes, detect). Printed on every run; the floors are what was measured
 * when detection was written, so a change that loses precision or recall fails here.
 *
 * - fitting: the two labelled stories detection was developed on (plant-fire, storm-coast);
 * - held out: the other three labelled stories, which label no disagreement but many
 *   equivalents: every detection there is a false alarm;
 * - own: three stories written for this test (tests/fixtures/disagreements/).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report, scoreStory, totals } from './helpers/disagreement-eval.ts';

const stories = (dir: string, names: string[]) =>
  names.map((name) => join(import.meta.dirname, 'fixtures', dir, name));

const sets = {
  fitting: stories('stories', ['plant-fire', 'storm-coast']),
  'held out': stories('stories', ['tram-vote', 'chip-layoffs', 'cup-final']),
  own: stories('disagreements', ['bridge-collapse', 'council-budget', 'border-talks']),
};

describe('disagreement detection on labelled stories', { timeout: 120_000 }, () => {
  const scores = Object.fromEntries(
    Object.entries(sets).map(([name, dirs]) => [name, dirs.map(scoreStory)]),
  );
  it('prints precision and recall', () => {
    for (const [name, list] of Object.entries(scores)) console.log(report(name, list));
  });

  it('finds every labelled disagreement of the fitting stories, and nothing else', () => {
    const total = totals(scores['fitting']!);
    expect(total.precision).toBeGreaterThanOrEqual(1);
    expect(total.recall).toBeGreaterThanOrEqual(1);
  });

  it('raises no false alarm on the held-out stories', () => {
    expect(totals(scores['held out']!).falseAlarms).toBeLessThanOrEqual(0);
  });

  it('keeps precision 1 and recall 0.9 on its own stories', () => {
    const total = totals(scores['own']!);
    expect(total.precision).toBeGreaterThanOrEqual(1);
    expect(total.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never flags a labelled equivalent', () => {
    for (const list of Object.values(scores))
      for (const score of list) expect(score.equivalentsFlagged, score.story).toEqual([]);
  });
});
