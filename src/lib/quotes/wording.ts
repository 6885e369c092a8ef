/**
 * Wordings compared by their content words: how much of one quotation another carries (to group
 * the variants of one quotation and to find reported speech that restates it), and whether two
 * outlets put different words inside the marks for the same quotation.
 */
import { contentTokens, displayText, synsetsOf, tokenize } from '../text/index.ts';

/** The content words of a wording, as matching weighs them. */
export interface Wording {
  /** Stems of the content words, in order (repeats kept). */
  sequence: string[];
  /** Each distinct stem's weight: 1, or `NAME_WEIGHT` for a name. */
  weights: Map<string, number>;
  /** The lower-case word of each stem, for WordNet. */
  words: Map<string, string>;
  /** Sum of `weights`. */
  total: number;
}

/**
 * A name counts for less than a word: outlets name the person a quote addresses ("we
 * congratulate Donald Trump") where others say "him".
 */
const NAME_WEIGHT = 0.3;
/** A WordNet synonym ("avert" for "prevent") counts for this much of a shared word. */
const SYNONYM_WEIGHT = 0.7;

/** The content words of `text` (display-cleaned, tokenised as the claim matcher does). */
export function wordingOf(text: string): Wording {
  const sequence: string[] = [];
  const weights = new Map<string, number>();
  const words = new Map<string, string>();
  for (const token of contentTokens(tokenize(displayText(text)))) {
    sequence.push(token.stem);
    const weight = token.entity ? NAME_WEIGHT : 1;
    weights.set(token.stem, Math.max(weight, weights.get(token.stem) ?? 0));
    if (!token.entity && token.number === null) words.set(token.stem, token.norm);
  }
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { sequence, weights, words, total };
}

/**
 * The weight two wordings share: every stem they have in common at the lesser of its weights,
 * and each remaining word of `a` that shares a WordNet synset with a remaining word of `b` at
 * `SYNONYM_WEIGHT` ("avert" / "prevent", "restore" / "reestablish").
 */
export function sharedWeight(a: Wording, b: Wording): number {
  let shared = 0;
  const restA: string[] = [];
  const restB = new Set<string>();
  for (const [stem, weight] of a.weights) {
    const other = b.weights.get(stem);
    if (other !== undefined) shared += Math.min(weight, other);
    else if (a.words.has(stem)) restA.push(stem);
  }
  for (const stem of b.words.keys()) if (!a.weights.has(stem)) restB.add(stem);
  for (const stem of restA) {
    const synsets = new Set(synsetsOf(a.words.get(stem)!));
    if (synsets.size === 0) continue;
    for (const candidate of restB) {
      if (synsetsOf(b.words.get(candidate)!).some((id) => synsets.has(id))) {
        shared += SYNONYM_WEIGHT;
        restB.delete(candidate);
        break;
      }
    }
  }
  return shared;
}

/** How much of the shorter wording the two share: 0 (nothing) to 1 (all of it). */
export function containment(a: Wording, b: Wording, shared = sharedWeight(a, b)): number {
  const smaller = Math.min(a.total, b.total);
  return smaller > 0 ? shared / smaller : 0;
}

/**
 * True when two outlets put different words inside the marks for one quotation: aligning the
 * content words of the shorter wording with the longer, a word of the shorter is missing from
 * the longer, or the longer has a word of its own between two aligned ones ("every home" /
 * "every single home"). Words the longer quotes beyond either end are not a difference: that
 * outlet quotes more of the sentence ("sign a blank cheque" / "We are being asked to sign a
 * blank cheque").
 */
export function wordsDiffer(a: Wording, b: Wording): boolean {
  const [shorter, longer] =
    a.sequence.length <= b.sequence.length ? [a.sequence, b.sequence] : [b.sequence, a.sequence];
  if (shorter.length === 0) return false;
  const matched = alignedPositions(shorter, longer);
  if (matched.length < shorter.length) return true;
  return matched[matched.length - 1]! - matched[0]! + 1 > matched.length;
}

/**
 * Positions in `longer` of a longest common subsequence with `shorter` (dynamic programming; the
 * wordings compared are sentences, and a bound keeps a huge quote from costing quadratic time).
 */
function alignedPositions(shorter: string[], longer: string[]): number[] {
  if (shorter.length * longer.length > MAX_ALIGNED_CELLS) return greedyPositions(shorter, longer);
  const rows = shorter.length + 1;
  const cols = longer.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = shorter.length - 1; i >= 0; i--)
    for (let j = longer.length - 1; j >= 0; j--)
      table[i * cols + j] =
        shorter[i] === longer[j]
          ? table[(i + 1) * cols + j + 1]! + 1
          : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
  const positions: number[] = [];
  for (let i = 0, j = 0; i < shorter.length && j < longer.length;) {
    if (shorter[i] === longer[j]) {
      positions.push(j);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return positions;
}

/** Above this many cells a wording pair is aligned greedily instead. */
const MAX_ALIGNED_CELLS = 1_000_000;

/** Each word of `shorter` at its next occurrence in `longer`, in order: a cheap alignment. */
function greedyPositions(shorter: string[], longer: string[]): number[] {
  const positions: number[] = [];
  let j = 0;
  for (const word of shorter) {
    const at = longer.indexOf(word, j);
    if (at < 0) continue;
    positions.push(at);
    j = at + 1;
  }
  return positions;
}
