/**
 * Pairwise claim similarity: the one decision function behind claim grouping and
 * `npm run similarity`.
 *
 * A text becomes a bag of IDF-weighted stems (names damped), content bigrams and numbers. Two
 * texts carry the same claim when their weighted overlap is high, the overlap is not made of
 * names alone, and their numbers do not conflict.
 */
import { synsetsOf, tokenize, type Token } from '../text/index.ts';
import { FACTS, type PassageFacts } from './quantities.ts';

/** Corpus statistics the comparison needs: document frequencies and name-like stems. */
export interface SimilarityModel {
  /** Number of documents (sentences) the frequencies were counted over. */
  docs: number;
  /** Stem (or bigram key) → number of documents containing it. */
  df: Map<string, number>;
  /** Stems written capitalised mid-sentence in most of their occurrences: names. */
  entityStems: Set<string>;
}

/** The comparable features of one text (a sentence or a clause of one). */
export interface Features {
  /** Content stem → weight (IDF, damped for names). */
  weights: Map<string, number>;
  /** Content stems that are names here. */
  entities: Set<string>;
  /** Adjacent content-stem pairs → weight. */
  bigrams: Map<string, number>;
  /** Numeric values mentioned (digits, number words, ordinals). */
  numbers: Set<number>;
  /** Sum of `weights`. */
  total: number;
  /** Sum of the undamped weights of non-name stems. */
  contentTotal: number;
  /** Sum of `bigrams`. */
  bigramTotal: number;
  /** WordNet synsets of the non-name words: `(synsetIds[k], synsetStems[k])` pairs, sorted by id. */
  synsetIds: Int32Array;
  /** The stem whose word has `synsetIds[k]`. */
  synsetStems: string[];
  /** The facts the text states, under `FACTS` (money, lengths, ratios, years, scores, counts). */
  quantities: PassageFacts;
  /** Every word, lower-cased with quotes straightened, in order: for verbatim runs. */
  words: string[];
  /** Content stems in order (repeats kept): where the argument of a shared frame lies. */
  order: string[];
  /** Stem → the word as first written in the text, for showing evidence. */
  surface: Map<string, string>;
  /** `log(docs + 10)`: the largest IDF of the model, so weights can be compared across models. */
  scale: number;
}

/** The word-overlap evidence between two feature sets, before it is weighed. */
export interface LexicalEvidence {
  /** The blended Dice/containment/bigram score in [0, 1], damped when mostly names. */
  score: number;
  /** Shared weight of non-name stems, synonyms included. */
  sharedContent: number;
  /** `sharedContent` over the smaller side's non-name weight. */
  contentShare: number;
  /** Number of shared non-name stems (synonym matches included). */
  sharedCount: number;
  /** Stems both sides hold, in `a`'s order. */
  shared: string[];
  /** Synonym matches: `[stem of a, stem of b]`. */
  synonyms: Array<[string, string]>;
}

/** Weight factor for name-like stems: shared names are weak evidence of a shared claim. */
const ENTITY_WEIGHT = 0.35;
const BIGRAM_WEIGHT = 0.25;
// A synonym ("restore" / "reestablish") is weaker evidence than the same word.
const SYNONYM_WEIGHT = 0.7;
// Share of containment (vs Dice) in the score: a short sentence inside a long one still matches.
const CONTAINMENT_WEIGHT = 0.4;
// Below this share of non-name content in common, the overlap is mostly names.
const CONTENT_FLOOR = 0.3;

/**
 * Builds a model from tokenised documents (one entry per sentence). Never throws; an empty
 * corpus gives a model where every stem is equally rare.
 */
export function buildModel(docs: readonly (readonly Token[])[]): SimilarityModel {
  const df = new Map<string, number>();
  const capMid = new Map<string, number>();
  const lowerMid = new Map<string, number>();
  for (const tokens of docs) {
    const seen = new Set<string>();
    let prev: string | null = null;
    for (const t of tokens) {
      if (t.stop) {
        continue;
      }
      seen.add(t.stem);
      if (prev !== null) seen.add(bigramKey(prev, t.stem));
      prev = t.stem;
      if (t.entity) capMid.set(t.stem, (capMid.get(t.stem) ?? 0) + 1);
      else if (!t.initialCap && t.number === null)
        lowerMid.set(t.stem, (lowerMid.get(t.stem) ?? 0) + 1);
    }
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const entityStems = new Set<string>();
  for (const [stem, n] of capMid) if (n > (lowerMid.get(stem) ?? 0)) entityStems.add(stem);
  return { docs: docs.length, df, entityStems };
}

/** Builds a model straight from texts (each text one document). */
export function buildModelFromTexts(texts: readonly string[]): SimilarityModel {
  return buildModel(texts.map((t) => tokenize(t)));
}

function bigramKey(a: string, b: string): string {
  return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}

/**
 * Inverse document frequency with smoothing: unseen stems count as rare, and with few documents
 * the weights stay close together instead of swinging on one occurrence.
 */
function idf(model: SimilarityModel, key: string): number {
  const df = model.df.get(key) ?? 0;
  return Math.log((model.docs + 10) / (df + 0.5));
}

/** Whether a token counts as a name, using the corpus to decide sentence-initial words. */
function isEntity(model: SimilarityModel, t: Token): boolean {
  return t.entity || (t.initialCap && model.entityStems.has(t.stem));
}

/**
 * Extracts comparable features from the tokens of a text (or a sub-range of them). `text` is
 * the passage, for the wording of quantities; token offsets index it after subtracting `offset`
 * (a clause's tokens keep the offsets of its sentence).
 */
export function featurize(
  tokens: readonly Token[],
  model: SimilarityModel,
  text = '',
  offset = 0,
): Features {
  const weights = new Map<string, number>();
  const entities = new Set<string>();
  const bigrams = new Map<string, number>();
  const numbers = new Set<number>();
  let total = 0;
  let contentTotal = 0;
  let prev: string | null = null;
  const order: string[] = [];
  const surface = new Map<string, string>();
  for (const t of tokens) {
    if (t.stop) continue;
    order.push(t.stem);
    if (!surface.has(t.stem)) surface.set(t.stem, t.raw);
    if (t.number !== null) numbers.add(t.number);
    const entity = isEntity(model, t);
    const w = idf(model, t.stem);
    if (prev !== null && prev !== t.stem) {
      const key = bigramKey(prev, t.stem);
      if (!bigrams.has(key)) bigrams.set(key, idf(model, key));
    }
    prev = t.stem;
    if (weights.has(t.stem)) continue;
    if (entity) entities.add(t.stem);
    const weighted = entity ? w * ENTITY_WEIGHT : w;
    weights.set(t.stem, weighted);
    total += weighted;
    if (!entity) contentTotal += w;
  }
  let bigramTotal = 0;
  for (const w of bigrams.values()) bigramTotal += w;
  // Sorted parallel arrays, not a map: a story of thousands of articles keeps one per unit.
  const entries: Array<[number, string]> = [];
  const seenWords = new Set<string>();
  for (const t of tokens) {
    if (t.stop || t.number !== null || entities.has(t.stem) || seenWords.has(t.norm)) continue;
    seenWords.add(t.norm);
    for (const id of synsetsOf(t.norm)) entries.push([id, t.stem]);
  }
  entries.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const synsetIds = new Int32Array(entries.length);
  const synsetStems: string[] = [];
  entries.forEach(([id, stem], k) => {
    synsetIds[k] = id;
    synsetStems.push(stem);
  });
  return {
    weights,
    entities,
    bigrams,
    numbers,
    total,
    contentTotal,
    bigramTotal,
    synsetIds,
    synsetStems,
    quantities: FACTS.extract(tokens, text, offset),
    words: tokens.map((t) => t.exact),
    order,
    surface,
    scale: Math.log(model.docs + 10),
  };
}

/**
 * The word-overlap evidence of two feature sets. Symmetric in its numbers. The score blends
 * weighted Dice and containment of stems plus shared bigrams, then is damped when the shared
 * weight is mostly names; numbers are left to the quantities (see `evidence.ts`).
 */
export function lexicalEvidence(a: Features, b: Features): LexicalEvidence {
  const none: LexicalEvidence = {
    score: 0,
    sharedContent: 0,
    contentShare: 0,
    sharedCount: 0,
    shared: [],
    synonyms: [],
  };
  if (a.total === 0 || b.total === 0) return none;
  let shared = 0;
  let sharedContent = 0;
  let sharedContentCount = 0;
  const sharedStems: string[] = [];
  for (const [stem, w] of a.weights) {
    const other = b.weights.get(stem);
    if (other === undefined) continue;
    sharedStems.push(stem);
    shared += Math.min(w, other);
    if (!a.entities.has(stem) && !b.entities.has(stem)) {
      sharedContent += Math.min(w, other);
      sharedContentCount++;
    }
  }
  const synonyms = synonymOverlap(a, b);
  shared += synonyms.weight;
  sharedContent += synonyms.weight;
  sharedContentCount += synonyms.count;

  const dice = (2 * shared) / (a.total + b.total);
  const containment = shared / Math.min(a.total, b.total);
  let score = (1 - CONTAINMENT_WEIGHT) * dice + CONTAINMENT_WEIGHT * containment;

  let bigramShared = 0;
  const [fewer, more] = a.bigrams.size <= b.bigrams.size ? [a, b] : [b, a];
  if (shared > 0) {
    for (const [k, w] of fewer.bigrams) if (more.bigrams.has(k)) bigramShared += w;
  }
  if (a.bigramTotal + b.bigramTotal > 0) {
    const bigramDice = (2 * bigramShared) / (a.bigramTotal + b.bigramTotal);
    score = (1 - BIGRAM_WEIGHT) * score + BIGRAM_WEIGHT * Math.max(bigramDice, score);
  }

  // Names alone do not make a claim: require shared non-name content.
  const contentMin = Math.min(a.contentTotal, b.contentTotal);
  const contentShare = contentMin > 0 ? Math.min(1, sharedContent / contentMin) : 0;
  if (contentShare < CONTENT_FLOOR) score *= (contentShare / CONTENT_FLOOR) ** 2;
  if (sharedContentCount < 2) score *= 0.8;
  return {
    score: Math.max(0, Math.min(1, score)),
    sharedContent,
    contentShare,
    sharedCount: sharedContentCount,
    shared: sharedStems,
    synonyms: synonyms.pairs,
  };
}

/**
 * Weight of the words of `a` and `b` that are not shared but have a synonym on the other side.
 * Symmetric: the lesser of the two sides' matched weights, times `SYNONYM_WEIGHT`.
 */
function synonymOverlap(
  a: Features,
  b: Features,
): { weight: number; count: number; pairs: Array<[string, string]> } {
  // Most candidate pairs share no synset: the sets are made only on the first match.
  let matchedA: Set<string> | null = null;
  let matchedB: Set<string> | null = null;
  const pairs: Array<[string, string]> = [];
  const ia = a.synsetIds;
  const ib = b.synsetIds;
  // Merge join of the two sorted id lists.
  for (let i = 0, j = 0; i < ia.length && j < ib.length;) {
    const id = ia[i] as number;
    const other = ib[j] as number;
    if (id < other) i++;
    else if (id > other) j++;
    else {
      let iEnd = i;
      while (iEnd < ia.length && ia[iEnd] === id) iEnd++;
      let jEnd = j;
      while (jEnd < ib.length && ib[jEnd] === id) jEnd++;
      for (let p = i; p < iEnd; p++) {
        const sa = a.synsetStems[p] as string;
        if (b.weights.has(sa)) continue;
        for (let q = j; q < jEnd; q++) {
          const sb = b.synsetStems[q] as string;
          if (a.weights.has(sb)) continue;
          (matchedA ??= new Set()).add(sa);
          (matchedB ??= new Set()).add(sb);
          if (!pairs.some(([x, y]) => x === sa && y === sb)) pairs.push([sa, sb]);
        }
      }
      i = iEnd;
      j = jEnd;
    }
  }
  if (!matchedA || !matchedB) return { weight: 0, count: 0, pairs };
  let weightA = 0;
  let weightB = 0;
  for (const s of matchedA) weightA += a.weights.get(s) ?? 0;
  for (const s of matchedB) weightB += b.weights.get(s) ?? 0;
  return {
    weight: SYNONYM_WEIGHT * Math.min(weightA, weightB),
    count: Math.min(matchedA.size, matchedB.size),
    pairs,
  };
}
