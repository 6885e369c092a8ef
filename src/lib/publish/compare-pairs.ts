/**
 * Which pairs of a story's articles get a side-by-side page: only two articles that carry at
 * least one claim in common. A pair that shares nothing would show two unrelated columns, and
 * all pairs grow as the square of the articles (124,750 pages at 500 articles), so every link to
 * a compare page asks `sharedClaims` first and `comparePaths` builds exactly those pages.
 */
import { compareIds } from '../model/index.ts';
import type { Story } from './story.ts';

/** The key of an unordered pair of article ids, the same whichever comes first. */
function pairKey(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? `${a}\n${b}` : `${b}\n${a}`;
}

// Computed once per story: the views ask pair by pair, many times per page.
const cache = new WeakMap<Story, Map<string, number>>();

/**
 * Pair key → how many claims both articles carry, for every pair of the story's articles that
 * shares at least one. Work grows with the claims' sizes (a claim of k sources gives k(k-1)/2
 * pairs), not with the square of the story.
 */
function sharedCounts(story: Story): Map<string, number> {
  const cached = cache.get(story);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const claim of story.alignment.claims) {
    const carriers = [...new Set(claim.spans.map((span) => span.article))];
    for (let i = 0; i < carriers.length; i++) {
      for (let j = i + 1; j < carriers.length; j++) {
        const key = pairKey(carriers[i]!, carriers[j]!);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  cache.set(story, counts);
  return counts;
}

/**
 * How many claims articles `a` and `b` of the story both carry; 0 for an article with itself.
 * A compare page of the two exists exactly when this is above 0.
 */
export function sharedClaims(story: Story, a: string, b: string): number {
  return a === b ? 0 : (sharedCounts(story).get(pairKey(a, b)) ?? 0);
}

/**
 * The pairs of the story's articles that share at least one claim, each once as `[a, b]` with
 * `a` first by `compareIds`, sorted: the compare pages to build.
 */
export function comparablePairs(story: Story): Array<[string, string]> {
  return [...sharedCounts(story).keys()]
    .map((key) => key.split('\n') as [string, string])
    .sort(([a1, b1], [a2, b2]) => compareIds(a1, a2) || compareIds(b1, b2));
}
