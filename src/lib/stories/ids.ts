/**
 * Ids unique across stories. Article ids are unique by construction and claim and disagreement
 * ids hash article positions, so they cannot meet; a quote group's id hashes its speaker and
 * wording, so the same quotation reported in two stories would give two groups one id.
 */
import type { StoryResult } from './cache.ts';

/**
 * Gives every quote group an id no earlier story uses: a repeated id gets the story's id as a
 * suffix (`q-…-<story>`), in that story's disagreements too. The first story keeps the plain id,
 * so a single-story site's ids do not change.
 *
 * @param runs stories in site order, each with its id and results
 * @returns the results, new objects only where an id changed
 */
export function uniqueQuoteIds<T extends StoryResult & { id: string }>(runs: readonly T[]): T[] {
  const seen = new Set<string>();
  return runs.map((run) => {
    const renamed = new Map<string, string>();
    for (const group of run.quoteGroups) {
      if (seen.has(group.id)) renamed.set(group.id, `${group.id}-${run.id}`);
      seen.add(renamed.get(group.id) ?? group.id);
    }
    if (renamed.size === 0) return run;
    return {
      ...run,
      quoteGroups: run.quoteGroups.map((group) =>
        renamed.has(group.id) ? { ...group, id: renamed.get(group.id)! } : group,
      ),
      disagreements: run.disagreements.map((d) =>
        d.claim !== null && renamed.has(d.claim) ? { ...d, claim: renamed.get(d.claim)! } : d,
      ),
    };
  });
}
