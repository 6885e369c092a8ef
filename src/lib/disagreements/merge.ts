/**
 * From pairwise findings to disagreements: values linked by agreeing or conflicting edges form
 * one disagreement, the versions of one fact. Precision rules apply here: values that agree
 * form one version class, and a class holding a conflict inside it (A agrees with B, B with C,
 * but A conflicts with C) is too uncertain to report; an article that states two conflicting
 * values itself is left out (it contradicts itself, which is not two outlets disagreeing).
 */

/** A value in a passage, identified by `key`. */
export interface Node {
  key: string;
  article: string;
}

/** Two values found to agree or to conflict. */
export interface Edge<N extends Node> {
  x: N;
  y: N;
  relation: 'agree' | 'conflict';
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression.
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * Groups edges into disagreements and applies the precision rules.
 *
 * @returns for each disagreement, its values (each with its version class id), in first-seen
 *   order; only groups where two articles still hold conflicting values
 */
export function mergeEdges<N extends Node>(
  edges: readonly Edge<N>[],
): Array<Array<{ node: N; cls: string }>> {
  const nodes = new Map<string, N>();
  const groups = new UnionFind();
  const classes = new UnionFind();
  for (const edge of edges) {
    nodes.set(edge.x.key, nodes.get(edge.x.key) ?? edge.x);
    nodes.set(edge.y.key, nodes.get(edge.y.key) ?? edge.y);
    groups.union(edge.x.key, edge.y.key);
    if (edge.relation === 'agree') classes.union(edge.x.key, edge.y.key);
  }
  const conflictsByGroup = new Map<string, Array<Edge<N>>>();
  for (const edge of edges) {
    if (edge.relation !== 'conflict') continue;
    const root = groups.find(edge.x.key);
    conflictsByGroup.set(root, [...(conflictsByGroup.get(root) ?? []), edge]);
  }
  const membersByGroup = new Map<string, N[]>();
  for (const [key, node] of nodes) {
    const root = groups.find(key);
    membersByGroup.set(root, [...(membersByGroup.get(root) ?? []), node]);
  }
  const out: Array<Array<{ node: N; cls: string }>> = [];
  for (const [root, conflicts] of conflictsByGroup) {
    // A conflict inside one class of agreeing values: the evidence contradicts itself.
    if (conflicts.some((edge) => classes.find(edge.x.key) === classes.find(edge.y.key))) continue;
    const members = membersByGroup.get(root)!;
    const classesOfArticle = new Map<string, Set<string>>();
    for (const node of members) {
      const set = classesOfArticle.get(node.article) ?? new Set<string>();
      set.add(classes.find(node.key));
      classesOfArticle.set(node.article, set);
    }
    const selfContradicting = (article: string) => classesOfArticle.get(article)!.size > 1;
    const kept = members.filter((node) => !selfContradicting(node.article));
    const keptKeys = new Set(kept.map((node) => node.key));
    const live = conflicts.some(
      (edge) =>
        keptKeys.has(edge.x.key) && keptKeys.has(edge.y.key) && edge.x.article !== edge.y.article,
    );
    if (!live) continue;
    out.push(kept.map((node) => ({ node, cls: classes.find(node.key) })));
  }
  return out;
}
