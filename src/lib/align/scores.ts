/**
 * Scores between units: each candidate pair is compared once, and the scores that linkage and
 * labels may use are kept in a sparse graph. Evidence about a pair is weighed here.
 */
import { compareFeatures } from './evidence.ts';
import type { Unit } from './units.ts';

/** A pair that reached the merge threshold: its score and the two unit indexes (`i < j`). */
export type Match = readonly [score: number, i: number, j: number];

/**
 * Symmetric sparse scores between units, in compressed rows: each unit's neighbours sorted, with
 * their scores, in flat typed arrays. (A Map per unit cost ~40 bytes and a rehash per entry: with
 * millions of pairs the graph was most of the memory and a tenth of the time.)
 */
export class ScoreGraph {
  /** Row `i` is `neighbours[offsets[i] .. offsets[i + 1])`, ascending. */
  private readonly offsets: Int32Array;
  private readonly neighbours: Int32Array;
  private readonly scores: Float64Array;
  private readonly size: number;
  // The review's few forced and forbidden pairs overlay the compressed rows, which cannot grow.
  private readonly edits = new Map<number, number | undefined>();

  /**
   * The graph of `count` scored pairs, recorded in both directions.
   *
   * @param pairs flat unit indexes `[i, j, i, j, …]` of the pairs
   * @param scores the score of each pair, in the same order
   */
  constructor(size: number, pairs: Int32Array, scores: Float64Array, count: number) {
    const offsets = new Int32Array(size + 1);
    for (let p = 0; p < count; p++) {
      offsets[pairs[2 * p]! + 1]!++;
      offsets[pairs[2 * p + 1]! + 1]!++;
    }
    for (let i = 0; i < size; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, size);
    const neighbours = new Int32Array(2 * count);
    const values = new Float64Array(2 * count);
    for (let p = 0; p < count; p++) {
      const i = pairs[2 * p]!;
      const j = pairs[2 * p + 1]!;
      neighbours[fill[i]!] = j;
      values[fill[i]!++] = scores[p]!;
      neighbours[fill[j]!] = i;
      values[fill[j]!++] = scores[p]!;
    }
    for (let i = 0; i < size; i++) sortRow(neighbours, values, offsets[i]!, offsets[i + 1]!);
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.scores = values;
    this.size = size;
  }

  private key(i: number, j: number): number {
    return i < j ? i * this.size + j : j * this.size + i;
  }

  /** Records the score of a pair, in both directions (the editor's review forcing a join). */
  set(i: number, j: number, score: number): void {
    this.edits.set(this.key(i, j), score);
  }

  /** Forgets the score of a pair: it then counts as no evidence at all. */
  delete(i: number, j: number): void {
    this.edits.set(this.key(i, j), undefined);
  }

  /** The score of a pair, or undefined when it was not scored or fell under the floor. */
  get(i: number, j: number): number | undefined {
    const key = this.key(i, j);
    if (this.edits.has(key)) return this.edits.get(key);
    let lo = this.offsets[i]!;
    let hi = this.offsets[i + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = this.neighbours[mid]!;
      if (k === j) return this.scores[mid];
      if (k < j) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }
}

/** Sorts one row's neighbours ascending, their scores alongside. */
function sortRow(neighbours: Int32Array, scores: Float64Array, from: number, to: number): void {
  if (to - from < 2) return;
  const order = Array.from({ length: to - from }, (_, k) => from + k).sort(
    (a, b) => neighbours[a]! - neighbours[b]!,
  );
  const ns = order.map((k) => neighbours[k]!);
  const vs = order.map((k) => scores[k]!);
  neighbours.set(ns, from);
  scores.set(vs, from);
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
  const kept = new Int32Array(pairs.length);
  const scores = new Float64Array(pairs.length / 2);
  let count = 0;
  const matches: Match[] = [];
  const near: Match[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const i = pairs[p] as number;
    const j = pairs[p + 1] as number;
    const { score } = compareFeatures((units[i] as Unit).features, (units[j] as Unit).features);
    if (score >= floor) {
      kept[2 * count] = i;
      kept[2 * count + 1] = j;
      scores[count++] = score;
    }
    if (score >= threshold) matches.push([score, i, j]);
    const [a, b] = [units[i] as Unit, units[j] as Unit];
    if (a.whole && b.whole && a.article !== b.article && Math.abs(score - threshold) <= margin) {
      near.push([score, i, j]);
    }
  }
  return { graph: new ScoreGraph(units.length, kept, scores, count), matches, near };
}
