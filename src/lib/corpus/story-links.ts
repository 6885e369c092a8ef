/**
 * How strongly two articles report the same thing: cosine similarity of their feature vectors
 * (TF-IDF over the articles being grouped), weakened when their publication dates are far apart.
 * Candidate pairs come from an inverted index over the features, never from all pairs: a feature
 * in more than `maxDf` articles carries no evidence and generates no candidates (as passim drops
 * n-grams found in more than 100 documents), so the work grows with the number of articles, not
 * with its square.
 */
import {
  FEATURE_WEIGHT,
  featureKind,
  type ArticleFeatures,
  type FeatureDictionary,
} from './story-features.ts';

/** Tuning of the similarity; the defaults are what the build uses. */
export interface LinkOptions {
  /** A feature in more articles than this is dropped (default 100). */
  maxDf?: number;
  /** Links weaker than this are not kept: they could not join two stories (default 0.05). */
  minScore?: number;
}

/** Two articles (indexes into the grouped list) and their similarity, 0–1. */
export interface Link {
  a: number;
  b: number;
  score: number;
}

/** The articles as weighted feature vectors, unit length, features by ascending index. */
export interface FeatureVectors {
  /** Number of articles holding each feature. */
  df: Int32Array;
  features: Int32Array[];
  weights: Float64Array[];
  days: (number | null)[];
  /** Features kept as evidence: held by 2 to `maxDf` articles. */
  evidence: number;
}

/** Link counters, for the build log and the benchmark. */
export interface LinkStats {
  /** Pairs of articles scored (sharing at least one kept feature). */
  candidatePairs: number;
  /** Pairs kept as links (at least `minScore`). */
  links: number;
}

/** Default `maxDf`: passim's cap, a feature in more than 100 articles carries no evidence. */
export const DEFAULT_MAX_DF = 100;
/** Default `minScore`: links weaker than this are dropped before clustering. */
export const DEFAULT_MIN_SCORE = 0.05;

// Reports of one event cluster within days of each other; after a week a shared word says less.
const SAME_WEEK_DAYS = 7;
const DATE_HALF_LIFE_DAYS = 30;

/**
 * Weighs every article's features by TF-IDF (sublinear counts, `ln(1 + n/df)`, times the kind's
 * weight); features in more than `maxDf` articles are left out.
 */
export function featureVectors(
  articles: readonly ArticleFeatures[],
  dictionary: FeatureDictionary,
  options: LinkOptions = {},
): FeatureVectors {
  const maxDf = options.maxDf ?? DEFAULT_MAX_DF;
  const df = new Int32Array(dictionary.keys.length);
  for (const article of articles) for (const id of article.features) df[id]!++;
  // Plain loops: typed arrays' `from`/`map` with a callback are many times slower here.
  const kindWeight = new Float64Array(df.length);
  dictionary.keys.forEach((key, id) => (kindWeight[id] = FEATURE_WEIGHT[featureKind(key)]));
  const n = articles.length;
  const features: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const article of articles) {
    let size = 0;
    for (const id of article.features) if (df[id]! <= maxDf) size++;
    const kept = new Int32Array(size);
    const w = new Float64Array(size);
    let squares = 0;
    for (let i = 0, k = 0; i < article.features.length; i++) {
      const id = article.features[i]!;
      if (df[id]! > maxDf) continue;
      const x = (1 + Math.log(article.counts[i]!)) * Math.log(1 + n / df[id]!) * kindWeight[id]!;
      kept[k] = id;
      w[k++] = x;
      squares += x * x;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let i = 0; i < size; i++) w[i]! /= norm;
    features.push(kept);
    weights.push(w);
  }
  let evidence = 0;
  for (const count of df) if (count >= 2 && count <= maxDf) evidence++;
  return { df, features, weights, days: articles.map((a) => a.day), evidence };
}

/** How much a link keeps when the articles are `days` apart: 1 within a week, then falling. */
export function dateFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 1;
  const apart = Math.abs(a - b);
  return apart <= SAME_WEEK_DAYS ? 1 : 1 / (1 + (apart - SAME_WEEK_DAYS) / DATE_HALF_LIFE_DAYS);
}

/**
 * The links between articles found through an inverted index: each article's dot product is
 * accumulated only with the articles that share one of its kept features.
 */
export function indexedLinks(
  vectors: FeatureVectors,
  options: LinkOptions = {},
): { links: Link[]; stats: LinkStats } {
  const maxDf = options.maxDf ?? DEFAULT_MAX_DF;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const { features, weights, df } = vectors;
  const n = features.length;
  // Postings as compressed rows (the holders of feature f are `holders[start[f]..start[f + 1])`,
  // in article order, with their weights in `held`): an archive has hundreds of thousands of
  // features, and a Map of arrays per feature costs more memory and time than the pairs.
  const start = new Int32Array(df.length + 1);
  for (let f = 0; f < df.length; f++) {
    start[f + 1] = start[f]! + (df[f]! >= 2 && df[f]! <= maxDf ? df[f]! : 0);
  }
  const fill = start.slice(0, df.length);
  const holders = new Int32Array(start[df.length]!);
  const held = new Float64Array(start[df.length]!);
  features.forEach((list, k) => {
    list.forEach((f, i) => {
      if (df[f]! < 2 || df[f]! > maxDf) return;
      holders[fill[f]!] = k;
      held[fill[f]!++] = weights[k]![i]!;
    });
  });
  const sums = new Float64Array(n);
  const touched: number[] = [];
  const links: Link[] = [];
  let candidatePairs = 0;
  for (let a = 0; a < n; a++) {
    const list = features[a]!;
    const w = weights[a]!;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      // Rows are in article order: the holders after `a` are a suffix, so each pair is met once.
      for (let p = start[f + 1]! - 1; p >= start[f]! && holders[p]! > a; p--) {
        const b = holders[p]!;
        if (sums[b] === 0) touched.push(b);
        sums[b]! += w[i]! * held[p]!;
      }
    }
    candidatePairs += touched.length;
    for (const b of touched) {
      const score = sums[b]! * dateFactor(vectors.days[a]!, vectors.days[b]!);
      if (score >= minScore) links.push({ a, b, score });
      sums[b] = 0;
    }
    touched.length = 0;
  }
  return { links, stats: { candidatePairs, links: links.length } };
}

/**
 * The same links by scoring every pair of articles: the quadratic baseline the index is measured
 * against (benchmarks and tests only).
 */
export function allPairLinks(
  vectors: FeatureVectors,
  options: LinkOptions = {},
): { links: Link[]; stats: LinkStats } {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const n = vectors.features.length;
  const links: Link[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const score = pairScore(vectors, a, b);
      if (score >= minScore) links.push({ a, b, score });
    }
  }
  return { links, stats: { candidatePairs: (n * (n - 1)) / 2, links: links.length } };
}

/** The similarity of articles `a` and `b`: the dot product of their vectors, date-weakened. */
export function pairScore(vectors: FeatureVectors, a: number, b: number): number {
  const [fa, fb] = [vectors.features[a]!, vectors.features[b]!];
  const [wa, wb] = [vectors.weights[a]!, vectors.weights[b]!];
  let dot = 0;
  for (let i = 0, j = 0; i < fa.length && j < fb.length;) {
    if (fa[i]! < fb[j]!) i++;
    else if (fa[i]! > fb[j]!) j++;
    else dot += wa[i++]! * wb[j++]!;
  }
  return dot * dateFactor(vectors.days[a]!, vectors.days[b]!);
}
