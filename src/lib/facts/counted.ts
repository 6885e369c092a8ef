/**
 * What a number counts: the head noun after it ("12 injured people", "15 fire engines", "700
 * of the job cuts", "a fifth of the workforce"). Without a parser, the head is the last word of
 * a short run of nouns after the number; WordNet says which words can be nouns.
 */
import { synsetsOf, tokenize } from '../text/index.ts';
import { COUNTED_ALIASES, NOT_COUNTED } from './lexicon.ts';
import { isDash, type Lex } from './scan.ts';
import type { Counted } from './types.ts';

const DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'those',
  'these',
  'all',
  'my',
  'your',
]);
const MAX_RUN = 3;

const nounCache = new Map<string, boolean>();

/** Whether WordNet knows `word` (lower case, any inflection) as a noun. */
export function canBeNoun(word: string): boolean {
  const cached = nounCache.get(word);
  if (cached !== undefined) return cached;
  // Synset ids encode the part of speech in their last two bits: 0 is a noun.
  const noun = synsetsOf(word).some((id) => id % 4 === 0);
  nounCache.set(word, noun);
  return noun;
}

const wordAt = (lexes: readonly Lex[], i: number): Lex | null => {
  const lex = lexes[i];
  return lex && lex.kind === 'word' ? lex : null;
};

/**
 * The head noun counted by the number that ends just before token `i`, or null when the words
 * after it are not a noun phrase ("15 killed as…", "12 on Monday").
 *
 * @param partitive whether "of the …" after the number names what it counts ("700 of the
 *   cuts", "20% of staff")
 */
export function countedAfter(lexes: readonly Lex[], i: number, partitive = true): Counted | null {
  let j = i;
  // "88th-minute penalty": the word joined by a hyphen is what is counted.
  if (isDash(lexes[j]) && !lexes[j]!.spaced) {
    const joinedWord = wordAt(lexes, j + 1);
    if (!joinedWord || joinedWord.spaced) return null;
    if (!canBeNoun(joinedWord.lower) || NOT_COUNTED.has(joinedWord.lower)) return null;
    return { word: joinedWord.lower, key: countedKey(joinedWord.lower) };
  }
  if (partitive && wordAt(lexes, j)?.lower === 'of') {
    j++;
    if (DETERMINERS.has(wordAt(lexes, j)?.lower ?? '')) j++;
  }
  let head: Lex | null = null;
  for (let k = 0; k < MAX_RUN; k++, j++) {
    const lex = wordAt(lexes, j);
    if (!lex || NOT_COUNTED.has(lex.lower)) break;
    // A word joined by a hyphen to the previous one ("fire-fighting") continues the run.
    if (k > 0 && !lex.spaced && !isDash(lexes[j - 1])) break;
    if (!/^\p{L}+$/u.test(lex.text) || lex.lower.endsWith('ly')) break;
    const tokens = tokenize(lex.text);
    if (tokens.length !== 1 || tokens[0]!.stop) break;
    // "-ing"/"-ed" words only modify a noun that follows ("12 injured people"); after a noun
    // they start the predicate ("980 residents living nearby").
    const participle = /(?:ing|ed)$/.test(lex.lower);
    if (head && participle) break;
    if (!canBeNoun(lex.lower)) {
      if (head || !participle) break;
      continue;
    }
    head = lex;
  }
  if (!head) return null;
  return { word: head.lower, key: countedKey(head.lower) };
}

/** The matching key of a counted noun: its stem, with people/persons and the like folded. */
export function countedKey(word: string): string {
  return COUNTED_ALIASES.get(word) ?? tokenize(word)[0]?.stem ?? word;
}
