/**
 * Scores between units: each candidate pair is compared once, and the scores that linkage and
 * labels may use are kept in a sparse graph. Evidence about a pair is weighed here.
 */
import { compareFeatures } from './evidence.ts';
import type { Unit } from './units.ts';

/** A pair that reached the merge threshold: its score and the two unit indexes (`i < j`). */
export type Match = readonly [score: number, i: number, j: number];

/** Symmetric sparse scores between units, one adjacency map per unit (small integer keys). */
export class ScoreGraph {
  private readonly adjacent: (Map<number, number> | undefined)[];

  /** An empty graph over units `0 … size - 1`. */
  constructor(size: number) {
    this.adjacent = new Array<Map<number, number> | undefined>(size);
  }

  /** Records the score of a pair, in both directions. */
  set(i: number, j: number, score: number): void {
    (this.adjacent[i] ??= new Map()).set(j, score);
    (this.adjacent[j] ??= new Map()).set(i, score);
  }

  /** Forgets the score of a pair: it then counts as no evidence at all. */
  delete(i: number, j: number): void {
    this.adjacent[i]?.delete(j);
    this.adjacent[j]?.delete(i);
  }

  /** The score of a pair, or undefined when it was not scored or fell under the floor. */
  get(i: number, j: number): number | undefined {
    return this.adjacent[i]?.get(j);
  }
}

/** The outcome of scoring the candidate pairs. */
interface PairScores {
  /** Every scored pair at or above the floor: the only evidence linkage and labels consult. */
  graph: ScoreGraph;
  /** Every scored pair at or above the threshold, in candidate order. */
  matches: Match[];
  /** Whole-sentence pairs of different articles scored within `margin` of the threshold. */
  near: Match[];
}

/**
 * Scores each candidate pair (`pairs` is flat: `[i, j, i, j, …]`, indexes into `units`) with
 * `compareFeatures`. A pair never scored counts as no evidence at all.
 */
export function scorePairs(
  units: readonly Unit[],
  pairs: readonly number[],
  threshold: number,
  floor: number,
  margin = 0.2,
): PairScores {
  const graph = new ScoreGraph(units.length);
  const matches: Match[] = [];
  const near: Match[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const i = pairs[p] as number;
    const j = pairs[p + 1] as number;
    const { score } = compareFeatures((units[i] as Unit).features, (units[j] as Unit).features);
    if (score >= floor) graph.set(i, j, score);
    if (score >= threshold) matches.push([score, i, j]);
    const [a, b] = [units[i] as Unit, units[j] as Unit];
    if (a.whole && b.whole && a.article !== b.article && Math.abs(score - threshold) <= margin) {
      near.push([score, i, j]);
    }
  }
  return { graph, matches, near };
}
