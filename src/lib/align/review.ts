/**
 * An editor's review applied inside alignment: a `same` pair is a forced join (its two
 * sentences score 1 and are merged before any other pair), a `different` pair a forbidden one
 * (no unit of one sentence has any score against a unit of the other, so linkage can never put
 * them in one group).
 */
import type { Match, ScoreGraph } from './scores.ts';
import type { ReviewDecisions } from './types.ts';
import type { Unit } from './units.ts';

/** The forced joins, as unordered pairs of whole-sentence unit indexes (`i < j`). */
export type ForcedPairs = ReadonlySet<string>;

/** The key of an unordered unit pair. */
export function pairKey(i: number, j: number): string {
  return i < j ? `${i} ${j}` : `${j} ${i}`;
}

/**
 * Applies the decisions to the scores: forbidden pairs leave the graph and the matches; forced
 * pairs (and, so that a claim can hold them all, every pair of sentences they chain together)
 * get score 1 and a match. Keys naming no aligned sentence are ignored (the reader checks them).
 * Returns the matches to link and the forced pairs.
 */
export function applyReview(
  units: readonly Unit[],
  graph: ScoreGraph,
  matches: readonly Match[],
  review: ReviewDecisions | undefined,
): { matches: Match[]; forced: ForcedPairs } {
  const forced = new Set<string>();
  if (!review || (review.same.length === 0 && review.different.length === 0)) {
    return { matches: [...matches], forced };
  }
  const unitsOf = new Map<string, Unit[]>();
  for (const u of units) {
    const key = `${u.articleId}#${u.sentenceId}`;
    const list = unitsOf.get(key);
    if (list) list.push(u);
    else unitsOf.set(key, [u]);
  }
  const whole = (key: string) => unitsOf.get(key)?.find((u) => u.whole);
  const forbidden = new Set<string>();
  for (const { a, b } of review.different) {
    for (const x of unitsOf.get(a) ?? []) {
      for (const y of unitsOf.get(b) ?? []) {
        graph.delete(x.index, y.index);
        forbidden.add(pairKey(x.index, y.index));
      }
    }
  }
  // Sentences chained by same pairs ([a, b] and [b, c]) form one claim: every pair of them is
  // forced, or linkage could not hold a and c together.
  const parent = new Map<number, number>();
  const find = (k: number): number => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number;
    return root;
  };
  for (const { a, b } of review.same) {
    const [x, y] = [whole(a), whole(b)];
    if (!x || !y) continue;
    parent.set(x.index, parent.get(x.index) ?? x.index);
    parent.set(y.index, parent.get(y.index) ?? y.index);
    parent.set(find(x.index), find(y.index));
  }
  const components = new Map<number, number[]>();
  for (const k of parent.keys()) {
    const root = find(k);
    components.set(root, [...(components.get(root) ?? []), k]);
  }
  const added: Match[] = [];
  for (const members of components.values()) {
    for (const i of members) {
      for (const j of members) {
        if (i >= j || forbidden.has(pairKey(i, j))) continue;
        graph.set(i, j, 1);
        forced.add(pairKey(i, j));
        added.push([1, i, j]);
      }
    }
  }
  const kept = matches.filter(
    ([, i, j]) => !forbidden.has(pairKey(i, j)) && !forced.has(pairKey(i, j)),
  );
  return { matches: [...added, ...kept], forced };
}
