/**
 * Claim alignment: finds the sentences (or clauses) of different articles that carry the same
 * claim and groups them into claims, marking verbatim shared wording inside them.
 *
 * Pipeline: tokenise every body sentence → split long sentences into clauses → IDF over the
 * story's sentences → candidate pairs through an inverted index over each unit's rarest stems
 * (a weighted prefix filter, never all pairs) → `compareFeatures` on each candidate → greedy
 * average-linkage grouping with a floor (every member of a claim has evidence against every other member, so no claim
 * chains through a bridge) → claims with at least two articles.
 */
import type { Article, TextRange } from '../model/types.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import {
  buildModel,
  compareFeatures,
  featurize,
  SAME_CLAIM_THRESHOLD,
  CLAIM_FLOOR,
  type Features,
  type SimilarityModel,
} from './similarity.ts';
import { hash, uniquifyIds } from '../model/ids.ts';

/** One passage of a claim: a sentence or a clause of it. */
export interface ClaimSpan {
  article: string;
  /** The enclosing sentence's id (`s-N`): the permalink anchor of the span. */
  sentence: string;
  /** Offsets into the article's source text: `source.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** Verbatim wording shared with another span of the claim (absolute offsets, sorted). */
  verbatim: TextRange[];
}

/** A group of spans from at least two articles that all say the same thing. */
export interface Claim {
  /** Stable id: `c-` + a hash of the member span keys. */
  id: string;
  /** The most representative span's text (the one most similar to the others). */
  label: string;
  /** Number of distinct articles among the spans. */
  sources: number;
  /** Spans in article order, then source order. */
  spans: ClaimSpan[];
}

/** Counters describing the work done, for benchmarks and tests. */
export interface AlignmentStats {
  sentences: number;
  /** Sentences plus clauses compared. */
  units: number;
  /** Unit pairs scored. */
  candidatePairs: number;
  /** Scored pairs that matched. */
  matchedPairs: number;
}

/** The alignment of one story. */
export interface Alignment {
  /** Sorted by `sources` descending, then by number of spans, then reading order. */
  claims: Claim[];
  /** `${article}#${sentence}` → ids of the claims the sentence takes part in. */
  bySentence: Record<string, string[]>;
  stats: AlignmentStats;
}

/** Tuning knobs; defaults are what the site uses. */
export interface AlignOptions {
  /** Average score needed to merge two groups into one claim (default `SAME_CLAIM_THRESHOLD`). */
  threshold?: number;
  /** Score every pair inside one claim must reach (default `CLAIM_FLOOR`). */
  floor?: number;
  /** Split long sentences into clauses that may match separately (default true). */
  clauses?: boolean;
  /** `index` (default) or the quadratic `all-pairs` baseline, for benchmarks. */
  candidates?: 'index' | 'all-pairs';
  /** Minimum length in words of a verbatim run (default 6). */
  minVerbatimWords?: number;
}

interface Unit {
  index: number;
  article: number;
  articleId: string;
  /** Global sentence number (to keep clauses of one sentence apart). */
  sentence: number;
  sentenceId: string;
  /** Absolute offset of the enclosing sentence: token offsets are relative to it. */
  base: number;
  /** Absolute offsets. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  features: Features;
  order: number;
}

// A sentence this long (in content words) is also tried clause by clause.
const CLAUSE_MIN_SENTENCE = 14;
// A clause shorter than this (in content words) is folded into its neighbour.
const CLAUSE_MIN_WORDS = 4;
// Share of a unit's weight that the index's seed stems must cover (prefix filter).
const PREFIX_COVER = 0.8;
// Posting lists longer than this are boilerplate-like and skipped as seeds (a commonality
// filter, as in passim/Dolos); growing with √units keeps small stories exact.
const maxPostings = (units: number): number => Math.max(100, Math.ceil(4 * Math.sqrt(units)));

/**
 * Aligns the sentences of a story's articles into claims.
 *
 * Titles and headings are ignored; paragraph sentences and list items are aligned. Every claim
 * has spans from at least two articles, at most one span per sentence, and every pair of its
 * spans matches under `compareFeatures`. Spans satisfy
 * `source.slice(span.start, span.end) === span.text`. Deterministic for the same input; never
 * throws on empty articles, a single article or duplicates.
 */
export function alignStory(articles: readonly Article[], options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? SAME_CLAIM_THRESHOLD;
  const floor = Math.min(options.floor ?? CLAIM_FLOOR, threshold);
  const useClauses = options.clauses ?? true;
  const minRun = options.minVerbatimWords ?? 6;

  const sentenceTokens: Token[][] = [];
  const pending: Omit<Unit, 'features' | 'index'>[] = [];
  let sentenceNo = 0;
  articles.forEach((article, ai) => {
    for (const s of article.sentences) {
      if (s.kind === 'title' || s.kind === 'heading') continue;
      const tokens = tokenize(s.text);
      if (!tokens.some((t) => !t.stop)) continue;
      sentenceTokens.push(tokens);
      const base = {
        article: ai,
        articleId: article.id,
        sentence: sentenceNo,
        sentenceId: s.id,
        base: s.start,
      };
      pending.push({
        ...base,
        start: s.start,
        end: s.end,
        text: s.text,
        tokens,
        order: pending.length,
      });
      if (useClauses) {
        for (const c of splitClauses(s.text, tokens)) {
          pending.push({
            ...base,
            start: s.start + c.start,
            end: s.start + c.end,
            text: s.text.slice(c.start, c.end),
            tokens: c.tokens,
            order: pending.length,
          });
        }
      }
      sentenceNo++;
    }
  });

  const model = buildModel(sentenceTokens);
  const units: Unit[] = pending.map((u, index) => ({
    ...u,
    index,
    features: featurize(u.tokens, model),
  }));

  const pairs =
    options.candidates === 'all-pairs' ? allPairs(units) : indexedCandidates(units, model);
  const edges = new ScoreGraph(units.length);
  const scored: Array<[number, number, number]> = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const i = pairs[p] as number;
    const j = pairs[p + 1] as number;
    const a = units[i] as Unit;
    const b = units[j] as Unit;
    const { score } = compareFeatures(a.features, b.features);
    if (score >= floor) {
      edges.set(i, j, score);
    }
    if (score >= threshold) scored.push([score, i, j]);
  }
  const stats: AlignmentStats = {
    sentences: sentenceNo,
    units: units.length,
    candidatePairs: pairs.length / 2,
    matchedPairs: scored.length,
  };

  const groups = dropRestatedGroups(averageLinkage(units, scored, edges, threshold), units);
  const firstOrder = new Map<Claim, number>();
  const claims: Claim[] = [];
  for (const members of groups) {
    const claim = toClaim(members, units, edges, minRun);
    if (!claim) continue;
    claims.push(claim);
    firstOrder.set(claim, Math.min(...members));
  }
  claims.sort(
    (x, y) =>
      y.sources - x.sources ||
      y.spans.length - x.spans.length ||
      (firstOrder.get(x) ?? 0) - (firstOrder.get(y) ?? 0),
  );
  // Ids hash the members' positions; at tens of thousands of claims two may still meet.
  uniquifyIds(claims);
  const bySentence: Record<string, string[]> = {};
  for (const claim of claims) {
    for (const span of claim.spans) {
      const key = `${span.article}#${span.sentence}`;
      const list = (bySentence[key] ??= []);
      if (!list.includes(claim.id)) list.push(claim.id);
    }
  }
  return { claims, bySentence, stats };
}

/** Symmetric sparse scores between units, one adjacency map per unit (small integer keys). */
class ScoreGraph {
  private readonly adjacent: (Map<number, number> | undefined)[];

  constructor(size: number) {
    this.adjacent = new Array<Map<number, number> | undefined>(size);
  }

  set(i: number, j: number, score: number): void {
    (this.adjacent[i] ??= new Map()).set(j, score);
    (this.adjacent[j] ??= new Map()).set(i, score);
  }

  /** The score of a pair, or undefined when it was not scored or fell under the floor. */
  get(i: number, j: number): number | undefined {
    return this.adjacent[i]?.get(j);
  }
}

interface Clause {
  start: number;
  end: number;
  tokens: Token[];
}

const CLAUSE_CONJUNCTIONS =
  /^(and|but|while|whereas|although|though|which|who|as|after|before|because|since|including|seeking|expressing|stating|highlighting|adding|saying|prompting|where|when|so)\b/i;

/**
 * Splits a long sentence into clauses at `;`, `:`, dashes, closing quotes followed by a comma,
 * and commas followed by a conjunction, a relative pronoun or a participle. Returns [] when the
 * sentence is short or does not split into at least two clauses of useful length.
 */
export function splitClauses(text: string, tokens: readonly Token[]): Clause[] {
  const content = tokens.filter((t) => !t.stop).length;
  if (content < CLAUSE_MIN_SENTENCE) return [];
  const cuts: number[] = [];
  const re = /\s*(?:[;:]|\s[\u2013\u2014-]\s|,["\u201D\u2019]?\s+(?=\S))/g;
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length);
    const mark = m[0].trim();
    if (mark.startsWith(',') && !/["\u201D\u2019]/.test(mark) && !CLAUSE_CONJUNCTIONS.test(after)) {
      continue;
    }
    cuts.push(m.index, m.index + m[0].length);
  }
  if (cuts.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    ranges.push([from, cuts[k] as number]);
    from = cuts[k + 1] as number;
  }
  ranges.push([from, text.length]);

  let clauses: Clause[] = [];
  for (const [s, e] of ranges) {
    const inside = tokens.filter((t) => t.start >= s && t.end <= e);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (!first || !last) continue;
    clauses.push({ start: first.start, end: last.end, tokens: inside });
  }
  // Fold short clauses into the previous one (or the next, at the start).
  const merged: Clause[] = [];
  for (const c of clauses) {
    const prev = merged[merged.length - 1];
    const words = c.tokens.filter((t) => !t.stop).length;
    if (
      prev &&
      (words < CLAUSE_MIN_WORDS || prev.tokens.filter((t) => !t.stop).length < CLAUSE_MIN_WORDS)
    ) {
      merged[merged.length - 1] = {
        start: prev.start,
        end: c.end,
        tokens: [...prev.tokens, ...c.tokens],
      };
    } else {
      merged.push(c);
    }
  }
  clauses = merged;
  return clauses.length >= 2 ? clauses : [];
}

/** Candidate pairs (flat [i, j, i, j, …], i < j) from an inverted index over seed stems. */
function indexedCandidates(units: readonly Unit[], model: SimilarityModel): number[] {
  // Global order: rarest stems first (ties by the stem itself), so prefix filtering holds.
  const rank = (stem: string): number => model.df.get(stem) ?? 0;
  const postings = new Map<string, number[]>();
  const seedsOf: string[][] = [];
  for (const u of units) {
    const stems = [...u.features.weights.entries()].sort(
      (x, y) => rank(x[0]) - rank(y[0]) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0),
    );
    const seeds: string[] = [];
    let covered = 0;
    for (const [stem, w] of stems) {
      if (covered >= PREFIX_COVER * u.features.total) break;
      seeds.push(stem);
      covered += w;
    }
    // A seed's synonyms are seeds too, so pairs that share meaning in other words still meet.
    const seedSet = new Set(seeds);
    const { synsetIds, synsetStems } = u.features;
    synsetIds.forEach((id, k) => {
      const key = `~${id}`;
      if (seedSet.has(synsetStems[k] as string) && seeds[seeds.length - 1] !== key) seeds.push(key);
    });
    seedsOf.push(seeds);
    for (const s of seeds) {
      const list = postings.get(s);
      if (list) list.push(u.index);
      else postings.set(s, [u.index]);
    }
  }
  const out: number[] = [];
  const cap = maxPostings(units.length);
  const lastSeen = new Int32Array(units.length).fill(-1);
  for (const u of units) {
    for (const s of seedsOf[u.index] ?? []) {
      const list = postings.get(s);
      if (!list || list.length > cap) continue;
      for (const j of list) {
        if (j <= u.index || lastSeen[j] === u.index) continue;
        lastSeen[j] = u.index;
        const v = units[j] as Unit;
        if (v.sentence === u.sentence) continue;
        out.push(u.index, j);
      }
    }
  }
  return out;
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

/**
 * Greedy average-linkage grouping with a floor. Pairs that match (score ≥ `threshold`), in
 * descending score order, propose merging their two groups; the merge happens when the groups'
 * cross pairs score `threshold` on average, every cross pair reaches the floor (each member has
 * its own evidence against every other: no chaining through a bridge), and no sentence would
 * appear twice. Then each matching pair proposes each unit to the other's group, which it joins
 * on the same terms while staying in its own: groups may overlap.
 */
function averageLinkage(
  units: readonly Unit[],
  scored: Array<[number, number, number]>,
  edges: ScoreGraph,
  threshold: number,
): number[][] {
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const groupOf = new Map<number, number[]>();
  // Many scored pairs join the same two groups; a refused merge stays refused until one of the
  // groups changes (a merge makes a new array), so each group pair is checked once.
  const refused = new WeakMap<number[], WeakSet<number[]>>();
  const refuse = (x: number[], y: number[]) => {
    const set = refused.get(x);
    if (set) set.add(y);
    else refused.set(x, new WeakSet([y]));
  };
  // Stable arrays for units not yet grouped, so refusals between them are remembered too.
  const singletons = new Map<number, number[]>();
  const groupFor = (k: number): number[] => {
    const group = groupOf.get(k) ?? singletons.get(k);
    if (group) return group;
    const single = [k];
    singletons.set(k, single);
    return single;
  };
  for (const [, i, j] of scored) {
    const gi = groupFor(i);
    const gj = groupFor(j);
    if (gi === gj || refused.get(gi)?.has(gj)) continue;
    if (!canMerge(units, gi, gj, edges, threshold)) {
      refuse(gi, gj);
      refuse(gj, gi);
      continue;
    }
    const merged = [...gi, ...gj];
    for (const k of merged) groupOf.set(k, merged);
  }
  const groups = [...new Set(groupOf.values())];
  // A unit that matches every member of another claim well enough (the same average and floor
  // as a merge) belongs to it too: a sentence may carry its own group's claim and another's.
  const memberships = new Map<number, Set<number[]>>();
  for (const g of groups) for (const k of g) memberships.set(k, new Set([g]));
  const additions = new Map<number[], number[]>();
  // Unit → number of additions its target had when it was refused: retried only after a change.
  const refusedJoin = new Map<number[], Map<number, number>>();
  for (const [, i, j] of scored) {
    for (const [a, b] of [
      [i, j],
      [j, i],
    ] as const) {
      const target = groupOf.get(b);
      if (!target || memberships.get(a)?.has(target)) continue;
      const added = additions.get(target) ?? [];
      if (refusedJoin.get(target)?.get(a) === added.length) continue;
      const extended = added.length ? [...target, ...added] : target;
      if (!canMerge(units, [a], extended, edges, threshold)) {
        const byUnit = refusedJoin.get(target) ?? new Map<number, number>();
        byUnit.set(a, added.length);
        refusedJoin.set(target, byUnit);
        continue;
      }
      additions.set(target, [...added, a]);
      memberships.get(a)?.add(target);
    }
  }
  return groups.map((g) => [...g, ...(additions.get(g) ?? [])]);
}

/**
 * Drops the groups that add nothing to another claim, so a reader sees each claim once:
 * - of groups over the same sentences whose spans overlap in each of them (a sentence and its
 *   main clause matching alike), the one with the finest spans stays; a whole-sentence group
 *   overlapping two disjoint clause groups (two claims of the same sentences) gives way to both;
 * - a group whose sentences are all in a larger group, its span containing that group's span
 *   in each of them, is that claim told less precisely and by fewer sources.
 * A clause claim inside a sentence that a larger claim takes whole stays: it may be a second
 * claim of that sentence.
 */
function dropRestatedGroups(groups: number[][], units: readonly Unit[]): number[][] {
  const spansOf = groups.map(
    (g) => new Map(g.map((k) => [(units[k] as Unit).sentence, units[k] as Unit])),
  );
  const width = spansOf.map((spans) => {
    let sum = 0;
    for (const u of spans.values()) sum += u.end - u.start;
    return sum;
  });
  // More sentences first, then finer spans: a group can only give way to one before it.
  const order = groups
    .map((_, gi) => gi)
    .sort(
      (x, y) =>
        (spansOf[y] as Map<number, Unit>).size - (spansOf[x] as Map<number, Unit>).size ||
        (width[x] as number) - (width[y] as number) ||
        x - y,
    );
  const position = new Int32Array(groups.length);
  order.forEach((gi, p) => (position[gi] = p));
  const groupsWithSentence = new Map<number, number[]>();
  spansOf.forEach((spans, gi) => {
    for (const sentence of spans.keys()) {
      const list = groupsWithSentence.get(sentence);
      if (list) list.push(gi);
      else groupsWithSentence.set(sentence, [gi]);
    }
  });
  const restates = (a: number, b: number): boolean => {
    const spansOfA = spansOf[a] as Map<number, Unit>;
    const spansOfB = spansOf[b] as Map<number, Unit>;
    const sameSentences = spansOfA.size === spansOfB.size;
    for (const [sentence, u] of spansOfA) {
      const v = spansOfB.get(sentence);
      if (!v) return false;
      const fits = sameSentences
        ? u.start < v.end && v.start < u.end
        : u.start <= v.start && u.end >= v.end;
      if (!fits) return false;
    }
    return true;
  };
  const dropped = new Set<number>();
  for (const a of order) {
    const first = (spansOf[a] as Map<number, Unit>).keys().next().value as number;
    for (const b of groupsWithSentence.get(first) ?? []) {
      if (position[b]! < position[a]! && !dropped.has(b) && restates(a, b)) {
        dropped.add(a);
        break;
      }
    }
  }
  return groups.filter((_, gi) => !dropped.has(gi));
}

function canMerge(
  units: readonly Unit[],
  gi: readonly number[],
  gj: readonly number[],
  edges: ScoreGraph,
  threshold: number,
): boolean {
  const sentences = new Set(gi.map((k) => (units[k] as Unit).sentence));
  let sum = 0;
  for (const b of gj) {
    if (sentences.has((units[b] as Unit).sentence)) return false;
    for (const a of gi) {
      const score = edges.get(a, b);
      if (score === undefined) return false;
      sum += score;
    }
  }
  return sum / (gi.length * gj.length) >= threshold;
}

function toClaim(
  members: number[],
  units: readonly Unit[],
  edges: ScoreGraph,
  minRun: number,
): Claim | null {
  const us = members.map((k) => units[k] as Unit).sort((a, b) => a.order - b.order);
  const articleSet = new Set(us.map((u) => u.article));
  if (articleSet.size < 2) return null;
  const verbatim = new Map<number, TextRange[]>();
  for (const u of us) verbatim.set(u.index, []);
  for (let x = 0; x < us.length; x++) {
    for (let y = x + 1; y < us.length; y++) {
      const a = us[x] as Unit;
      const b = us[y] as Unit;
      if (a.article === b.article) continue;
      for (const [ra, rb] of verbatimRuns(a, b, minRun)) {
        verbatim.get(a.index)?.push(ra);
        verbatim.get(b.index)?.push(rb);
      }
    }
  }
  let best = us[0] as Unit;
  let bestScore = -1;
  for (const u of us) {
    let sum = 0;
    for (const v of us) if (v !== u) sum += edges.get(u.index, v.index) ?? 0;
    if (
      sum > bestScore + 1e-9 ||
      (Math.abs(sum - bestScore) <= 1e-9 && u.text.length < best.text.length)
    ) {
      best = u;
      bestScore = sum;
    }
  }
  const spans: ClaimSpan[] = us.map((u) => ({
    article: u.articleId,
    sentence: u.sentenceId,
    start: u.start,
    end: u.end,
    text: u.text,
    verbatim: mergeRanges(verbatim.get(u.index) ?? []),
  }));
  const key = spans.map((s) => `${s.article}#${s.sentence}@${s.start}-${s.end}`).join('|');
  return { id: `c-${hash(key)}`, label: best.text, sources: articleSet.size, spans };
}

/**
 * Maximal runs of at least `minRun` identical words (case- and quote-insensitive) shared by two
 * token sequences, as pairs of absolute ranges. Seeds on `minRun`-grams, so linear-ish in length.
 */
function verbatimRuns(ua: Unit, ub: Unit, minRun: number): Array<[TextRange, TextRange]> {
  const a = ua.tokens;
  const b = ub.tokens;
  const out: Array<[TextRange, TextRange]> = [];
  if (a.length < minRun || b.length < minRun) return out;
  const keysOfA = wordGrams(ua, minRun).keys;
  const grams = wordGrams(ub, minRun).positions;
  const used = new Set<number>();
  for (let i = 0; i + minRun <= a.length;) {
    const key = keysOfA[i] as string;
    const starts = grams.get(key)?.filter((j) => !used.has(j));
    const j = starts?.[0];
    if (j === undefined) {
      i++;
      continue;
    }
    let len = minRun;
    while (i + len < a.length && j + len < b.length && a[i + len]?.exact === b[j + len]?.exact)
      len++;
    for (let k = 0; k < len; k++) used.add(j + k);
    const ra = {
      start: ua.base + (a[i] as Token).start,
      end: ua.base + (a[i + len - 1] as Token).end,
    };
    const rb = {
      start: ub.base + (b[j] as Token).start,
      end: ub.base + (b[j + len - 1] as Token).end,
    };
    out.push([ra, rb]);
    i += len;
  }
  return out;
}

// A unit takes part in many pairs of a large claim: its word n-grams are built once.
const gramKeyCache = new WeakMap<
  Unit,
  { n: number; keys: string[]; positions: Map<string, number[]> }
>();

/** A unit's `n`-word keys (one per start token) and where each key starts. */
function wordGrams(unit: Unit, n: number): { keys: string[]; positions: Map<string, number[]> } {
  const cached = gramKeyCache.get(unit);
  if (cached && cached.n === n) return cached;
  const keys: string[] = [];
  const positions = new Map<string, number[]>();
  for (let j = 0; j + n <= unit.tokens.length; j++) {
    const key = unit.tokens
      .slice(j, j + n)
      .map((t) => t.exact)
      .join(' ');
    keys.push(key);
    const list = positions.get(key);
    if (list) list.push(j);
    else positions.set(key, [j]);
  }
  const entry = { n, keys, positions };
  gramKeyCache.set(unit, entry);
  return entry;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
