/**
 * Linkage: matching pairs grow into groups by greedy average linkage with a floor, so every
 * member of a group has evidence of its own against every other (no chaining through a bridge).
 */
import type { Match, ScoreGraph } from './scores.ts';
import type { Unit } from './units.ts';

/**
 * Greedy average-linkage grouping with a floor. Matches (score ≥ `threshold`), in descending
 * score order, propose merging their two groups; the merge happens when the groups' cross pairs
 * score `threshold` on average, every cross pair reaches the floor (is in `graph`), and no
 * sentence would appear twice. Then each match proposes each unit to the other's group, which
 * it joins on the same terms while staying in its own: groups may overlap. Returns groups of
 * unit indexes, each of at least two units; deterministic.
 */
export function averageLinkage(
  units: readonly Unit[],
  matches: readonly Match[],
  graph: ScoreGraph,
  threshold: number,
): number[][] {
  const ordered = [...matches].sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const groups = mergeGroups(units, ordered, graph, threshold);
  const additions = extendGroups(units, ordered, graph, threshold, groups);
  return groups.map((g) => [...g, ...(additions.get(g) ?? [])]);
}

/**
 * Group pairs found unable to merge. A merge makes a new array, so a refusal holds exactly until
 * one of its two groups changes, and each pair of groups is checked once however many matches
 * join them.
 */
class Refusals {
  private readonly refused = new WeakMap<number[], WeakSet<number[]>>();

  has(x: number[], y: number[]): boolean {
    return this.refused.get(x)?.has(y) ?? false;
  }

  add(x: number[], y: number[]): void {
    for (const [a, b] of [
      [x, y],
      [y, x],
    ] as const) {
      const set = this.refused.get(a);
      if (set) set.add(b);
      else this.refused.set(a, new WeakSet([b]));
    }
  }
}

/** The merge phase: disjoint groups, in the order their members were first merged. */
function mergeGroups(
  units: readonly Unit[],
  ordered: readonly Match[],
  graph: ScoreGraph,
  threshold: number,
): number[][] {
  const groupOf = new Map<number, number[]>();
  const refusals = new Refusals();
  // Stable arrays for units not yet grouped, so refusals between them are remembered too.
  const singletons = new Map<number, number[]>();
  const groupFor = (k: number): number[] => {
    const group = groupOf.get(k) ?? singletons.get(k);
    if (group) return group;
    const single = [k];
    singletons.set(k, single);
    return single;
  };
  for (const [, i, j] of ordered) {
    const gi = groupFor(i);
    const gj = groupFor(j);
    if (gi === gj || refusals.has(gi, gj)) continue;
    if (!canMerge(units, gi, gj, graph, threshold)) {
      refusals.add(gi, gj);
      continue;
    }
    const merged = [...gi, ...gj];
    for (const k of merged) groupOf.set(k, merged);
  }
  return [...new Set(groupOf.values())];
}

/**
 * The overlap phase: units that match every member of another group well enough (the same
 * average and floor as a merge) join it too, since a sentence may carry its own group's claim
 * and another's. Returns group → units added, in the order they joined.
 */
function extendGroups(
  units: readonly Unit[],
  ordered: readonly Match[],
  graph: ScoreGraph,
  threshold: number,
  groups: readonly number[][],
): Map<number[], number[]> {
  const groupOf = new Map<number, number[]>();
  const memberships = new Map<number, Set<number[]>>();
  for (const g of groups) {
    for (const k of g) {
      groupOf.set(k, g);
      memberships.set(k, new Set([g]));
    }
  }
  const additions = new Map<number[], number[]>();
  // Unit → number of additions its target had when it was refused: retried only after a change.
  const refusedJoin = new Map<number[], Map<number, number>>();
  for (const [, i, j] of ordered) {
    for (const [a, b] of [
      [i, j],
      [j, i],
    ] as const) {
      const target = groupOf.get(b);
      if (!target || memberships.get(a)?.has(target)) continue;
      const added = additions.get(target) ?? [];
      if (refusedJoin.get(target)?.get(a) === added.length) continue;
      const extended = added.length ? [...target, ...added] : target;
      if (!canMerge(units, [a], extended, graph, threshold)) {
        const byUnit = refusedJoin.get(target) ?? new Map<number, number>();
        byUnit.set(a, added.length);
        refusedJoin.set(target, byUnit);
        continue;
      }
      additions.set(target, [...added, a]);
      memberships.get(a)?.add(target);
    }
  }
  return additions;
}

/**
 * Whether two groups may become one: no shared sentence, every cross pair in the graph (at or
 * above the floor), and the cross pairs' average score at or above `threshold`.
 */
function canMerge(
  units: readonly Unit[],
  gi: readonly number[],
  gj: readonly number[],
  graph: ScoreGraph,
  threshold: number,
): boolean {
  const sentences = new Set(gi.map((k) => (units[k] as Unit).sentence));
  let sum = 0;
  for (const b of gj) {
    if (sentences.has((units[b] as Unit).sentence)) return false;
    for (const a of gi) {
      const score = graph.get(a, b);
      if (score === undefined) return false;
      sum += score;
    }
  }
  return sum / (gi.length * gj.length) >= threshold;
}
