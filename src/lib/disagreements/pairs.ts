/**
 * Which passages of different articles are compared. Two kinds of pair:
 *
 * - passages of one claim: the alignment says they assert the same thing;
 * - passages the alignment would have joined but for the values they disagree on: similar by
 *   the alignment's own pairwise decision once their facts are left out and antonyms folded
 *   ("12 people were injured" / "15 people were hurt"; "passed" / "FAILED its inspection").
 *   Alignment keeps conflicting values apart, so these are found here.
 *
 * Candidates come from an inverted index of rarer words, never all pairs.
 */
import type { Alignment } from '../align/index.ts';
import { buildModel, compareFeatures, featurize, type Features } from '../align/index.ts';
import type { Token } from '../text/index.ts';
import { comparableFacts, type Passage } from './passages.ts';

/** Two passages of different articles to compare. */
export interface PassagePair {
  a: Passage;
  b: Passage;
}

// A word in more passages than this is too common to find candidates by.
const MIN_COMMON = 30;
const COMMON_SHARE = 0.05;
// Candidates share at least this many indexed words.
const MIN_SHARED = 2;

/** The pairs of passages of different articles to compare for conflicting values. */
export function passagePairs(passages: readonly Passage[], alignment: Alignment): PassagePair[] {
  const pairs = new Map<string, PassagePair>();
  const add = (a: Passage, b: Passage) => {
    if (a.article === b.article) return;
    const [x, y] = a.index < b.index ? [a, b] : [b, a];
    pairs.set(`${x.index}|${y.index}`, { a: x, b: y });
  };

  const byClaim = new Map<string, Passage[]>();
  for (const passage of passages) {
    for (const claim of passage.claims)
      byClaim.set(claim, [...(byClaim.get(claim) ?? []), passage]);
  }
  for (const claim of alignment.claims) {
    const members = byClaim.get(claim.id) ?? [];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) add(members[i]!, members[j]!);
  }

  for (const pair of similarPairs(passages)) add(pair.a, pair.b);
  return [...pairs.values()].sort((p, q) => p.a.index - q.a.index || p.b.index - q.b.index);
}

/** What a passage can disagree on: kinds of fact and antonym groups. */
function valueKeys(passage: Passage): Set<string> {
  const keys = new Set<string>();
  for (const fact of comparableFacts(passage)) {
    keys.add(fact.kind === 'quantity' ? `${fact.kind}:${fact.dimension}` : fact.kind);
  }
  for (const verb of passage.polar) keys.add(`polar:${verb.group}`);
  return keys;
}

/**
 * The passage's words with its values left out: tokens inside facts are dropped and polar
 * verbs are replaced by their group, so that only the rest of the wording is compared.
 */
function neutralTokens(passage: Passage): Token[] {
  const polarTokens = new Map(passage.polar.map((verb) => [verb.token, verb.group]));
  const out: Token[] = [];
  passage.tokens.forEach((token, i) => {
    if (passage.inFact[i] || token.number !== null) return;
    const group = polarTokens.get(i);
    out.push(group === undefined ? token : { ...token, stem: group, norm: group, stop: false });
  });
  return out;
}

function similarPairs(passages: readonly Passage[]): PassagePair[] {
  const keysOf = passages.map(valueKeys);
  const neutral = passages.map(neutralTokens);
  // Word rarity over the sentences that state values (only those are compared; clauses repeat
  // their sentence's words).
  const model = buildModel(neutral.filter((_, i) => !passages[i]!.clause && keysOf[i]!.size > 0));
  const candidates = passages.filter((_, i) => keysOf[i]!.size > 0);
  const stemsOf = new Map<Passage, Set<string>>();
  const postings = new Map<string, Passage[]>();
  for (const passage of candidates) {
    const stems = new Set(
      neutral[passage.index]!.filter((token) => !token.stop).map((token) => token.stem),
    );
    stemsOf.set(passage, stems);
    for (const stem of stems) postings.set(stem, [...(postings.get(stem) ?? []), passage]);
  }
  const cap = Math.max(MIN_COMMON, COMMON_SHARE * candidates.length);
  const features = new Map<Passage, Features>();
  const featuresOf = (passage: Passage) => {
    let found = features.get(passage);
    if (!found) {
      found = featurize(neutral[passage.index]!, model);
      features.set(passage, found);
    }
    return found;
  };
  const out: PassagePair[] = [];
  for (const passage of candidates) {
    const shared = new Map<Passage, number>();
    for (const stem of stemsOf.get(passage)!) {
      const list = postings.get(stem)!;
      if (list.length > cap) continue;
      for (const other of list) {
        if (other.index <= passage.index || other.article === passage.article) continue;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const keys = keysOf[passage.index]!;
    for (const [other, count] of shared) {
      if (count < MIN_SHARED) continue;
      if (![...keysOf[other.index]!].some((key) => keys.has(key))) continue;
      if (compareFeatures(featuresOf(passage), featuresOf(other)).same)
        out.push({ a: passage, b: other });
    }
  }
  return out;
}
