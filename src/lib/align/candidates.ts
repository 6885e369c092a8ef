/**
 * Candidate pairs: which units are worth scoring. An inverted index over each unit's rarest stems
 * (a weighted prefix filter, as in set-similarity joins) finds the pairs that can share enough
 * weight to match, so a story of thousands of articles never scores all pairs.
 */
import type { Features, SimilarityModel } from './similarity.ts';
import type { Unit } from './units.ts';

/** How candidates are found: the index, or every pair (the quadratic baseline, for benchmarks). */
type CandidateMethod = 'index' | 'all-pairs';

// Share of a unit's weight that the index's seed stems must cover (prefix filter).
const PREFIX_COVER = 0.8;
// Posting lists longer than this are boilerplate-like and skipped as seeds (a commonality
// filter, as in passim/Dolos); growing with √units keeps small stories exact.
const maxPostings = (units: number): number => Math.max(100, Math.ceil(4 * Math.sqrt(units)));
/**
 * Most pairs a unit makes with later units of its own article. Such pairs only let a claim hold
 * several passages of one article; without a bound a long article that repeats itself (a live
 * blog, a transcript) pairs every passage with all its look-alikes, and pairs (time, memory) grow
 * with the square of its length. In the seeds, the labelled stories and generated corpora of 500
 * articles no unit has more than 26 pairs inside its article, so their claims do not change.
 */
export const MAX_SAME_ARTICLE_CANDIDATES = 32;

/**
 * The pairs of units to score, flat (`[i, j, i, j, …]`, `i < j`), each pair once, never two
 * units of the same sentence; by the index method, each unit pairs with at most
 * `MAX_SAME_ARTICLE_CANDIDATES` later units of its own article. Deterministic, ordered by `i`.
 */
export function candidatePairs(
  units: readonly Unit[],
  model: SimilarityModel,
  method: CandidateMethod,
): number[] {
  return method === 'all-pairs' ? allPairs(units) : indexedCandidates(units, model);
}

/**
 * Candidate pairs from an inverted index over seed stems. Each unit pairs with the later units
 * (`j > i`) that share a seed; inside its own article with at most
 * `MAX_SAME_ARTICLE_CANDIDATES` of them, the first met through its rarest seeds. Posting lists
 * are sorted, so the units before `i`, and the rest of its article once that bound is reached,
 * are skipped by binary search rather than walked: the work stays linear in the units even when
 * one long article holds hundreds of look-alike passages.
 */
function indexedCandidates(units: readonly Unit[], model: SimilarityModel): number[] {
  const seeds = units.map((u) => seedsOf(u.features, model));
  const postings = invertedIndex(seeds);
  const cap = maxPostings(units.length);
  const articleEnd = articleEnds(units);
  const out: number[] = [];
  const lastSeen = new Int32Array(units.length).fill(-1);
  for (const u of units) {
    const end = articleEnd[u.index]!;
    let sameArticle = 0;
    for (const s of seeds[u.index] ?? []) {
      const list = postings.get(s);
      if (!list || list.length > cap) continue;
      for (let k = firstAbove(list, u.index); k < list.length; k++) {
        const j = list[k]!;
        if (j < end && sameArticle >= MAX_SAME_ARTICLE_CANDIDATES) {
          k = firstAbove(list, end - 1) - 1;
          continue;
        }
        if (lastSeen[j] === u.index) continue;
        lastSeen[j] = u.index;
        if ((units[j] as Unit).sentence === u.sentence) continue;
        if (j < end) sameArticle++;
        out.push(u.index, j);
      }
    }
  }
  return out;
}

/** For each unit, the index just past the last unit of its article (units come article by article). */
function articleEnds(units: readonly Unit[]): Int32Array {
  const ends = new Int32Array(units.length);
  let end = units.length;
  for (let i = units.length - 1; i >= 0; i--) {
    if (i + 1 < units.length && (units[i + 1] as Unit).article !== (units[i] as Unit).article) {
      end = i + 1;
    }
    ends[i] = end;
  }
  return ends;
}

/** The position of the first value above `value` in an ascending list (its length if none). */
function firstAbove(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A unit's seeds: its rarest stems until they cover `PREFIX_COVER` of its weight, then the
 * synsets (`~id`) of those stems. Two units that share enough weight share a seed.
 */
function seedsOf(features: Features, model: SimilarityModel): string[] {
  // Global order: rarest stems first (ties by the stem itself), so prefix filtering holds.
  const rank = (stem: string): number => model.df.get(stem) ?? 0;
  const stems = [...features.weights.entries()].sort(
    (x, y) => rank(x[0]) - rank(y[0]) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0),
  );
  const seeds: string[] = [];
  let covered = 0;
  for (const [stem, w] of stems) {
    if (covered >= PREFIX_COVER * features.total) break;
    seeds.push(stem);
    covered += w;
  }
  // A seed's synonyms are seeds too, so pairs that share meaning in other words still meet.
  const seedSet = new Set(seeds);
  const { synsetIds, synsetStems } = features;
  synsetIds.forEach((id, k) => {
    const key = `~${id}`;
    if (seedSet.has(synsetStems[k] as string) && seeds[seeds.length - 1] !== key) seeds.push(key);
  });
  return seeds;
}

/** Seed → indexes of the units holding it, ascending. */
function invertedIndex(seeds: readonly (readonly string[])[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  seeds.forEach((list, k) => {
    for (const s of list) {
      const posting = postings.get(s);
      if (posting) posting.push(k);
      else postings.set(s, [k]);
    }
  });
  return postings;
}

/** Every pair of units from different sentences: the quadratic baseline. */
function allPairs(units: readonly Unit[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if ((units[i] as Unit).sentence !== (units[j] as Unit).sentence) out.push(i, j);
    }
  }
  return out;
}
