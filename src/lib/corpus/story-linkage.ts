/**
 * Clustering articles into stories: average linkage over the links found, so that a story is a
 * group whose articles are similar on average, pair by pair. Joining on any single strong link
 * (union-find) would chain unrelated stories through one article that mentions both (a round-up,
 * a "what else happened this week"); under average linkage that article's two links are diluted
 * by every pair of the two stories that shares nothing.
 */
import type { Link } from './story-links.ts';

/** A max-heap of merge candidates, best average first, ties by cluster ids (deterministic). */
class MergeQueue {
  private readonly items: { score: number; x: number; y: number; stamp: string }[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: { score: number; x: number; y: number; stamp: string }): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): { score: number; x: number; y: number; stamp: string } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let best = i;
        if (l < items.length && this.before(items[l]!, items[best]!)) best = l;
        if (r < items.length && this.before(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }

  private before(
    p: { score: number; x: number; y: number },
    q: { score: number; x: number; y: number },
  ): boolean {
    return p.score !== q.score ? p.score > q.score : p.x !== q.x ? p.x < q.x : p.y < q.y;
  }
}

/**
 * Groups `count` items by average linkage: repeatedly merges the two clusters whose links
 * average highest over all their cross pairs (a pair without a link counts 0), while that
 * average is at least `threshold`.
 *
 * @param seeds groups of items that start as one cluster each and are never merged with one
 *   another (the user's split); other items may join them
 * @returns the clusters, each sorted, ordered by their first item
 */
export function averageLinkage(
  count: number,
  links: readonly Link[],
  threshold: number,
  seeds: readonly (readonly number[])[] = [],
): number[][] {
  const members = new Map<number, number[]>();
  const seedOf = new Map<number, number>();
  const clusterOf = new Int32Array(count).map((_, i) => i);
  for (let i = 0; i < count; i++) members.set(i, [i]);
  seeds.forEach((seed, s) => {
    const [head, ...rest] = seed;
    if (head === undefined) return;
    seedOf.set(head, s);
    for (const item of rest) {
      members.get(head)!.push(item);
      members.delete(item);
      clusterOf[item] = head;
    }
  });
  // Average linkage needs only the summed links of each pair of clusters (cluster → neighbour →
  // sum): a merge adds two rows, and no pair of articles is scored again.
  const sums = new Map<number, Map<number, number>>();
  const addSum = (x: number, y: number, value: number) => {
    let row = sums.get(x);
    if (!row) sums.set(x, (row = new Map()));
    row.set(y, (row.get(y) ?? 0) + value);
  };
  for (const { a, b, score } of links) {
    const [x, y] = [clusterOf[a]!, clusterOf[b]!];
    if (x === y) continue;
    addSum(x, y, score);
    addSum(y, x, score);
  }
  const version = new Map<number, number>();
  const stampOf = (x: number, y: number) => `${version.get(x) ?? 0}/${version.get(y) ?? 0}`;
  const queue = new MergeQueue();
  const offer = (x: number, y: number, sum: number) => {
    const [p, q] = x < y ? [x, y] : [y, x];
    if (seedOf.has(p) && seedOf.has(q)) return;
    const score = sum / (members.get(p)!.length * members.get(q)!.length);
    if (score >= threshold) queue.push({ score, x: p, y: q, stamp: stampOf(p, q) });
  };
  for (const [x, row] of sums) for (const [y, sum] of row) if (x < y) offer(x, y, sum);

  while (queue.size > 0) {
    const { x, y, stamp } = queue.pop()!;
    if (!members.has(x) || !members.has(y) || stamp !== stampOf(x, y)) continue;
    // The larger cluster survives, so fewer rows move; a seed always survives, so the user's
    // split still holds for what joins it later.
    let [keep, gone] = members.get(x)!.length >= members.get(y)!.length ? [x, y] : [y, x];
    if (seedOf.has(gone)) [keep, gone] = [gone, keep];
    members.get(keep)!.push(...members.get(gone)!);
    members.delete(gone);
    const goneRow = sums.get(gone) ?? new Map<number, number>();
    sums.delete(gone);
    sums.get(keep)?.delete(gone);
    for (const [z, sum] of goneRow) {
      if (z === keep) continue;
      sums.get(z)!.delete(gone);
      addSum(keep, z, sum);
      addSum(z, keep, sum);
    }
    version.set(keep, (version.get(keep) ?? 0) + 1);
    for (const [z, sum] of sums.get(keep) ?? []) offer(keep, z, sum);
  }
  return [...members.values()]
    .map((list) => list.sort((p, q) => p - q))
    .sort((p, q) => p[0]! - q[0]!);
}
