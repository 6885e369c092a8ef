/**
 * The pairwise decision: the evidence two passages share (words, synonyms, facts, verbatim
 * wording, the argument of a shared frame) weighed by a small logistic model into the
 * probability that they carry the same claim.
 *
 * Every feature is normalised so that it means the same in a story of forty sentences and in a
 * corpus of thousands (weights are IDF over `log(docs + 10)`, the model's largest IDF), which is
 * what lets one set of weights and one threshold serve every story. The weights are fitted by
 * `npm run fit` on labelled data that is not the seeds (see `calibration.ts`).
 */
import { tokenize } from '../text/index.ts';
import { CALIBRATION } from './calibration.ts';
import { FACTS, type FactComparison } from './quantities.ts';
import { featurize, lexicalEvidence, type Features, type SimilarityModel } from './similarity.ts';

/** Names of the evidence features, in the order of `evidenceVector`. */
export const EVIDENCE_FEATURES = [
  'words',
  'contentShare',
  'sharedMass',
  'shortSide',
  'facts',
  'factConflict',
  'verbatim',
  'argument',
  'fewShared',
  'names',
] as const;

/** What two passages share, for deciding and for showing a reader why they were joined. */
export interface PairEvidence {
  /** Probability in [0, 1] that the two carry the same claim. */
  score: number;
  /** The features the score weighs, in `EVIDENCE_FEATURES` order. */
  vector: number[];
  /** Stems both passages hold. */
  shared: string[];
  /** Synonym matches `[stem of a, stem of b]`. */
  synonyms: Array<[string, string]>;
  /** Facts both state, and whether some fact conflicts. */
  facts: FactComparison;
  /** Length in words of the longest run of identical words. */
  verbatim: number;
}

/** Result of comparing two texts. */
interface Comparison {
  /** Probability in [0, 1] that the two texts carry the same claim. */
  score: number;
  /** Whether the two texts would be put in one claim (`score` ≥ `SAME_CLAIM_THRESHOLD`). */
  same: boolean;
}

/** Decision threshold on the probability: two texts alone are one claim at or above it. */
export const SAME_CLAIM_THRESHOLD = CALIBRATION.threshold;
/**
 * Inside a claim of three or more, every pair must still reach this probability (the average
 * over the group must reach `SAME_CLAIM_THRESHOLD`): each member has evidence of its own.
 */
export const CLAIM_FLOOR = CALIBRATION.floor;

// Runs of identical words longer than this count as fully verbatim.
const VERBATIM_CAP = 12;
// Content words right after the last shared word that make up the argument of the frame.
const ARGUMENT_WORDS = 3;

/**
 * The evidence features of a pair, each normalised to about [0, 1]:
 * - `words`: the lexical score (weighted Dice/containment of stems and bigrams, names damped);
 * - `contentShare`: shared non-name weight over the smaller side's;
 * - `sharedMass`: shared non-name weight in units of the rarest word, saturating;
 * - `shortSide`: how little content the smaller side has (1 for a word or two);
 * - `facts`: facts both state (typed numbers), saturating at three;
 * - `factConflict`: 1 when a fact of one kind is stated with different values;
 * - `verbatim`: longest run of identical words over 12;
 * - `argument`: a shared frame whose arguments differ (unshared words right after the last
 *   shared one on both sides), as a share of the smaller side's content;
 * - `fewShared`: 1 when fewer than two content words are shared;
 * - `names`: names both mention (the actors of a shared frame), saturating at three; they count
 *   only beside a shared content word, since names alone are no claim.
 * Symmetric; never throws.
 */
export function evidenceVector(a: Features, b: Features): PairEvidence {
  const lexical = lexicalEvidence(a, b);
  const facts = FACTS.compare(a.quantities, b.quantities);
  const scale = Math.max(a.scale, b.scale);
  const contentMin = Math.min(a.contentTotal, b.contentTotal);
  const verbatim = lexical.shared.length >= 2 ? longestRun(a.words, b.words) : 0;
  const vector = [
    lexical.score,
    lexical.contentShare,
    1 - Math.exp(-lexical.sharedContent / scale / 2),
    Math.exp(-contentMin / scale),
    Math.min(facts.agree.length, 3) / 3,
    facts.conflict ? 1 : 0,
    Math.min(verbatim, VERBATIM_CAP) / VERBATIM_CAP,
    lexical.shared.length > 0 ? argumentGap(a, b, lexical.shared, lexical.synonyms) : 0,
    lexical.sharedCount < 2 ? 1 : 0,
    lexical.sharedCount > 0 ? Math.min(sharedNames(a, b, lexical.shared), 3) / 3 : 0,
  ];
  return {
    score: a.total === 0 || b.total === 0 ? 0 : probability(vector),
    vector,
    shared: lexical.shared,
    synonyms: lexical.synonyms,
    facts,
    verbatim,
  };
}

/** The calibrated probability of a feature vector under the fitted weights. */
export function probability(vector: readonly number[]): number {
  let z = CALIBRATION.bias;
  vector.forEach((x, k) => (z += (CALIBRATION.weights[k] ?? 0) * x));
  return 1 / (1 + Math.exp(-z));
}

/**
 * Scores two feature sets in [0, 1] (the probability that they carry the same claim) and
 * decides whether they do. Symmetric; empty text never matches.
 */
export function compareFeatures(a: Features, b: Features): Comparison {
  const { score } = evidenceVector(a, b);
  return { score, same: score >= SAME_CLAIM_THRESHOLD };
}

/**
 * Compares two sentences with the same decision the claim grouping uses.
 *
 * `model` supplies IDF and name statistics; build it over the corpus the sentences come from
 * (see `buildModel`). Symmetric, never throws; empty or stop-word-only text never matches.
 */
export function compareSentences(a: string, b: string, model: SimilarityModel): Comparison {
  return compareFeatures(featurize(tokenize(a), model, a), featurize(tokenize(b), model, b));
}

/** Number of shared stems that are names on either side. */
function sharedNames(a: Features, b: Features, shared: readonly string[]): number {
  return shared.filter((s) => a.entities.has(s) || b.entities.has(s)).length;
}

/** Length of the longest run of identical words (dynamic programming over two short lists). */
function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : 0;
      if ((row[j] as number) > best) best = row[j] as number;
    }
    [prev, row] = [row, prev];
  }
  return best;
}

/**
 * The argument of a shared frame: "discussions regarding the Ukraine conflict" and "discussions
 * regarding nuclear arms control" share the frame and differ right after it. The weight of the
 * words after the last shared word, up to `ARGUMENT_WORDS` on each side, when neither side's
 * words appear on the other; as a share of the smaller side's content, so 0 when one side ends
 * with the frame.
 */
function argumentGap(
  a: Features,
  b: Features,
  shared: readonly string[],
  synonyms: ReadonlyArray<readonly [string, string]>,
): number {
  const onA = new Set([...shared, ...synonyms.map(([x]) => x)]);
  const onB = new Set([...shared, ...synonyms.map(([, y]) => y)]);
  const tail = (f: Features, known: Set<string>): string[] => {
    let last = -1;
    f.order.forEach((stem, k) => {
      if (known.has(stem)) last = k;
    });
    return f.order.slice(last + 1, last + 1 + ARGUMENT_WORDS);
  };
  const tailA = tail(a, onA);
  const tailB = tail(b, onB);
  if (tailA.length === 0 || tailB.length === 0) return 0;
  const weightOf = (f: Features, stems: readonly string[]) =>
    [...new Set(stems)].reduce(
      (sum, s) => sum + (f.entities.has(s) ? 0 : (f.weights.get(s) ?? 0)),
      0,
    );
  const gap = Math.min(weightOf(a, tailA), weightOf(b, tailB));
  const contentMin = Math.min(a.contentTotal, b.contentTotal);
  return contentMin > 0 ? Math.min(1, gap / contentMin) : 0;
}
