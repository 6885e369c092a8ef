/**
 * The row layout of a side-by-side comparison of two texts: both sides read in order, top to
 * bottom, every sentence exactly once, and the matched sentences facing each other wherever the
 * two texts tell their story in the same order. Pure and Astro-free; the compare page renders it.
 *
 * The facing pairs are a longest chain of matches increasing on both sides (a longest common
 * subsequence, computed over the matches only, in O(M log M) for M matches); among chains of one
 * length, the heaviest (closest wordings). Neighbouring
 * sentences that match a row's sentences join that row; the other sentences get rows of their
 * own in their reading place, one side empty. A match that crosses the chain (the texts put the
 * same claim in a different order) cannot face its counterpart: the page points to it instead.
 */

/** A match between sentence `left` of the left text and sentence `right` of the right one. */
export interface SidePair {
  /** Index into the left sentences. */
  left: number;
  /** Index into the right sentences. */
  right: number;
  /** How close the match is, > 0 (default 1): of two chains of one length, the heavier faces. */
  weight?: number;
}

/** One row: indexes of the left and right sentences it holds, ascending; either may be empty. */
export interface SideRow {
  left: number[];
  right: number[];
}

/**
 * Lays out two texts of `leftCount` and `rightCount` sentences in rows.
 *
 * Guarantees: the rows' `left` lists concatenated are `0 … leftCount - 1` in order, likewise
 * `right`; no row is empty; in a row with both sides, every sentence matches at least one
 * sentence of the other side of that row. Pairs out of range or without a positive weight are
 * ignored; a pair given twice counts with its highest weight. Deterministic.
 */
export function sideBySide(
  leftCount: number,
  rightCount: number,
  pairs: readonly SidePair[],
): SideRow[] {
  const weights = new Map<string, SidePair & { weight: number }>();
  for (const pair of pairs) {
    const { left, right } = pair;
    if (!Number.isInteger(left) || !Number.isInteger(right)) continue;
    if (left < 0 || left >= leftCount || right < 0 || right >= rightCount) continue;
    const weight = pair.weight ?? 1;
    if (!(weight > 0)) continue;
    const key = `${left}:${right}`;
    if ((weights.get(key)?.weight ?? 0) < weight) weights.set(key, { left, right, weight });
  }
  const matches = [...weights.values()];
  const partnersOfLeft = new Map<number, Set<number>>();
  const partnersOfRight = new Map<number, Set<number>>();
  for (const { left, right } of matches) {
    partnersOfLeft.set(left, (partnersOfLeft.get(left) ?? new Set()).add(right));
    partnersOfRight.set(right, (partnersOfRight.get(right) ?? new Set()).add(left));
  }
  const chain = longestChain(matches, rightCount);

  const rows: SideRow[] = [];
  const matchesAny = (partners: Map<number, Set<number>>, index: number, others: number[]) =>
    others.some((other) => partners.get(index)?.has(other) ?? false);
  let nextLeft = 0;
  let nextRight = 0;
  let previous: SideRow | undefined;
  for (let k = 0; k <= chain.length; k++) {
    const pair = chain[k];
    const leftEnd = pair ? pair.left : leftCount;
    const rightEnd = pair ? pair.right : rightCount;
    const gapLeft = range(nextLeft, leftEnd);
    const gapRight = range(nextRight, rightEnd);
    // The gap's first sentences join the row above when they match it…
    if (previous) {
      const row = previous;
      for (let moved = true; moved;) {
        moved = false;
        if (gapLeft.length > 0 && matchesAny(partnersOfLeft, gapLeft[0]!, row.right)) {
          row.left.push(gapLeft.shift()!);
          moved = true;
        }
        if (gapRight.length > 0 && matchesAny(partnersOfRight, gapRight[0]!, row.left)) {
          row.right.push(gapRight.shift()!);
          moved = true;
        }
      }
    }
    // …and its last ones the row below.
    const next: SideRow | undefined = pair ? { left: [pair.left], right: [pair.right] } : undefined;
    if (next) {
      for (let moved = true; moved;) {
        moved = false;
        if (gapLeft.length > 0 && matchesAny(partnersOfLeft, gapLeft.at(-1)!, next.right)) {
          next.left.unshift(gapLeft.pop()!);
          moved = true;
        }
        if (gapRight.length > 0 && matchesAny(partnersOfRight, gapRight.at(-1)!, next.left)) {
          next.right.unshift(gapRight.pop()!);
          moved = true;
        }
      }
    }
    // What is left of the gap matches nothing across it (else the chain would be longer): the
    // left text's sentences first, then the right one's, like a diff's removals and additions.
    for (const left of gapLeft) rows.push({ left: [left], right: [] });
    for (const right of gapRight) rows.push({ left: [], right: [right] });
    if (next) rows.push(next);
    previous = next;
    nextLeft = leftEnd + 1;
    nextRight = rightEnd + 1;
  }
  return rows;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * The longest chain of pairs strictly increasing on both sides, the heaviest of those: a longest
 * increasing subsequence over the pairs, with a Fenwick tree of prefix maxima over right indexes.
 */
function longestChain(
  pairs: ReadonlyArray<{ left: number; right: number; weight: number }>,
  rightCount: number,
): Array<{ left: number; right: number }> {
  // Left ascending, right descending: pairs of one left sentence never chain to each other.
  const sorted = [...pairs].sort((x, y) => x.left - y.left || y.right - x.right);
  const length = new Int32Array(sorted.length);
  const weight = new Float64Array(sorted.length);
  const before = new Int32Array(sorted.length).fill(-1);
  // tree[i]: index into `sorted` of the heaviest chain ending at a right index in i's range.
  const tree = new Int32Array(rightCount + 1).fill(-1);
  const better = (x: number, y: number): boolean =>
    y < 0 ||
    (x >= 0 &&
      (length[x]! > length[y]! ||
        (length[x] === length[y] &&
          (weight[x]! > weight[y]! || (weight[x] === weight[y] && x < y)))));
  sorted.forEach((pair, p) => {
    let top = -1;
    for (let i = pair.right; i > 0; i -= i & -i) if (better(tree[i]!, top)) top = tree[i]!;
    length[p] = 1 + (top >= 0 ? length[top]! : 0);
    weight[p] = pair.weight + (top >= 0 ? weight[top]! : 0);
    before[p] = top;
    for (let i = pair.right + 1; i <= rightCount; i += i & -i) {
      if (better(p, tree[i]!)) tree[i] = p;
    }
  });
  let end = -1;
  for (let p = 0; p < sorted.length; p++) if (better(p, end)) end = p;
  const chain: Array<{ left: number; right: number }> = [];
  for (let p = end; p >= 0; p = before[p]!) chain.push(sorted[p]!);
  return chain.reverse();
}
