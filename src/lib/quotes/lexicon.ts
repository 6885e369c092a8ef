/**
 * The words the quote stage knows, as data: speech verbs, the words that may stand between a
 * speaker and the verb, titles, and capitalised words that are never people. Adding a speech verb
 * or a title is adding a word to a list here; the patterns of `people.ts` and `attribution.ts`
 * are built from these lists.
 */

/**
 * The participles of the speech verbs, which hang a quote on the subject of the sentence: "The
 * Kremlin congratulated him, saying, “…”".
 */
export const SPEECH_PARTICIPLES: readonly string[] = list(
  'saying stating adding noting remarking insisting warning telling declaring writing',
);

/**
 * Verbs that report speech, in every form an attribution uses them: "Putin said", "he has
 * insisted", "stating that" (the participles included). Matched as whole words.
 */
export const SPEECH_VERBS: readonly string[] = [
  ...list(
    'said says say told tells stated states added adds remarked remarks noted notes insisted ' +
      'insists emphasised emphasized emphasises emphasizes stressed stresses declared declares ' +
      'warned warns argued argues urged urges wrote writes claimed claims announced announces ' +
      'promised promises vowed vows pledged pledges reiterated reiterates replied replies ' +
      'explained explains mentioned mentions asked asks answered continued recalled ' +
      'acknowledged admitted posted tweeted',
  ),
  ...SPEECH_PARTICIPLES,
];

/** Speech verbs that may come before the speaker's name: "…,” said Putin." */
export const VERB_FIRST_VERBS: readonly string[] = list('said says added told wrote asked');

/**
 * Verbs that report what someone wants or thinks without quoting speech: with `SPEECH_VERBS` they
 * attribute a fragment ("Putin insists on “full withdrawal”").
 */
export const REPORTING_VERBS: readonly string[] = [
  ...list('insist insists demand demands'),
  'called for',
  'described',
];

/**
 * Words that may stand between a name and its speech verb where the article names people
 * ("Putin has repeatedly said").
 */
export const BEFORE_VERB: readonly string[] = list(
  'has had have also then later again previously once further repeatedly publicly',
);

// Narrower than BEFORE_VERB: what an attribution after a quote has always accepted. Widening it
// would attribute more quotes, a change of behaviour of its own.
/** Words that may stand between a speaker and the speech verb after a quote ("…,” he also said). */
export const BEFORE_VERB_AFTER_QUOTE: readonly string[] = list(
  'also then later again has had previously',
);

/** Nouns that end a description of a speaker: "…,” the Kremlin spokesman said." */
export const SPEAKER_ROLES: readonly string[] = list(
  'president leader minister spokesman spokeswoman spokesperson official',
);

/** Abbreviated titles before a speaker's name after a quote, with or without a full stop. */
export const SHORT_TITLES: readonly string[] = list('Mr Mrs Ms Dr Gen Sen Rep Gov Prof');

/**
 * Capitalised words that belong to a title or description, never to a name: a name stops at
 * them ("Russian President Vladimir Putin" names "Vladimir Putin").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  list(
    'President President-elect Vice Prime Minister Foreign Defence Defense Secretary Chancellor ' +
      'Gen. General Lt. Col. Colonel Adm. Admiral Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen. Senator ' +
      'Rep. Gov. Governor King Queen Pope Prince Princess Judge Justice Ambassador Spokesman ' +
      'Spokeswoman Former Retired Russian Ukrainian American US U.S. UK British French German ' +
      'Chinese The A An',
  ),
);

/**
 * Capitalised words that are not people even before a speech verb: pronouns, months, days,
 * sentence adverbs, and places and institutions that "say" things.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  list(
    'He She It They We I You This That These Those The A An There Here His Her Their Its Our ' +
      'January February March April May June July August September October November December ' +
      'Monday Tuesday Wednesday Thursday Friday Saturday Sunday But And Or So Yet Still Instead ' +
      'However Meanwhile Moscow Kyiv Kiev Washington Russia Ukraine Kremlin America Europe ' +
      'Officials',
  ),
);

/** Capitalised words that end names of places and institutions, never of people. */
export const INSTITUTIONS: ReadonlySet<string> = new Set(
  list(
    'Council Office House States Union Nations Ministry Department Peninsula Sea Region Republic ' +
      'Kingdom Federation Committee Parliament Assembly Court Army Forces Agency Bank Times Post ' +
      'News Street City Square Palace Hall Party Group Treaty War Three III Initiative Plan',
  ),
);

/** A regular-expression source for one capitalised name word: "Putin", "O’Brien", "Jean-Luc". */
export const NAME = String.raw`\p{Lu}[\p{L}’'-]*\p{L}`;

/** A regular-expression source matching any word of `words` literally, for use inside a group. */
export function alternation(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}

/** `text` with every regular-expression metacharacter escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `word` without a trailing possessive: "Putin’s", "Putin's" → "Putin"; "allies’" → "allies". */
export function stripPossessive(word: string): string {
  return word.replace(/(?:’s|'s|’|')$/, '');
}

function list(words: string): string[] {
  return words.split(' ');
}
