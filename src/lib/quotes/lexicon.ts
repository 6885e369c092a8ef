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
      'acknowledged admitted posted tweeted spoke speaks implored implores responded responds conceded ' +
      'concedes countered counters retorted cautioned complained commented observed suggested ' +
      'predicted assured confirmed confirms denied denies pleaded begged joked quipped boasted ' +
      'recounted testified agreed maintained contended acknowledges admits',
  ),
  ...SPEECH_PARTICIPLES,
];

/** Speech verbs that may come before the speaker's name: "…,” said Putin." */
export const VERB_FIRST_VERBS: readonly string[] = list(
  'said says added adds told wrote asked explained continued replied responded insisted warned ' +
    'admitted conceded noted recalled',
);

/**
 * Verbs that report what someone wants or thinks without quoting speech: with `SPEECH_VERBS` they
 * attribute a fragment ("Putin insists on “full withdrawal”").
 */
export const REPORTING_VERBS: readonly string[] = [
  ...list('insist insists demand demands'),
  'called for',
  'described',
  // "called the vote “a betrayal”": a speaker's words for something, only ever a fragment.
  'called',
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

/** Role nouns that are also titles, written capitalised before a name ("Mayor Orla Brennan"). */
const ROLE_TITLES: readonly string[] = list(
  'mayor councillor councilor alderman spokesman spokeswoman spokesperson chairman chairwoman ' +
    'chair president leader minister secretary executive director manager coach captain ' +
    'referee economist analyst strategist governor senator officer chief inspector ' +
    'commissioner professor superintendent founder owner boss gaffer skipper premier ' +
    'chancellor ambassador envoy mp commander',
);

/**
 * Role nouns, lowercase, that describe one person: before a name ("spokesman Josh Marlow"), in
 * an apposition ("Orla Brennan, the city’s mayor") and alone ("the mayor said"). A role the
 * article gives one person names that person; two words are one role ("chief executive").
 */
export const ROLE_NOUNS: readonly string[] = [
  ...ROLE_TITLES,
  ...list(
    'resident witness neighbour worker employee fan supporter passenger driver student teacher ' +
      'nurse doctor firefighter paramedic marshal warden head lecturer researcher scientist ' +
      'engineer lawyer attorney solicitor judge historian expert campaigner activist organiser ' +
      'organizer player striker midfielder defender goalkeeper keeper winger forward star ace ' +
      'veteran',
  ),
];

/** Words for the same role: what "the gaffer" or "the boss" refers to when a manager is named. */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['gaffer', 'manager'],
  ['boss', 'manager'],
  ['skipper', 'captain'],
  ['chief executive', 'executive'],
  ['ceo', 'executive'],
  ['councilor', 'councillor'],
]);

/** Abbreviated titles before a speaker's name after a quote, with or without a full stop. */
export const SHORT_TITLES: readonly string[] = list('Mr Mrs Ms Miss Dr Gen Sen Rep Gov Prof Cllr');

/**
 * Titles written before a person's name ("Mayor Orla Brennan", "Dr. Simon Achebe"): a name after
 * one is a person's. Multi-word titles are written with spaces.
 */
export const PERSON_TITLES: readonly string[] = [
  'President-elect',
  'Prime Minister',
  'Chief Executive',
  'Vice President',
  ...list(
    'President Chancellor Minister Secretary Senator Sen. Rep. Governor Gov. Gen. General Adm. ' +
      'Admiral Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr King Queen Pope Ambassador Mayor Councillor ' +
      'Councilor Cllr Alderman Professor Prof. Inspector Detective Sergeant Sgt. Superintendent ' +
      'Commissioner Captain Capt. Judge Justice Sir Dame Lord Lady Father Rev. Reverend Bishop ' +
      'CEO Chairman Chairwoman Coach Manager Resident',
  ),
  ...ROLE_TITLES.map(capitalise),
];

/**
 * What titles and role nouns tell of a person's gender: honorifics and gendered titles only,
 * never a first name. A pronoun ("she said") then resolves to the last person it can refer to.
 */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...list('Mr Mr. Sir Lord King Prince Father spokesman chairman congressman businessman').map(
    (word) => [word, 'male'] as const,
  ),
  ...list(
    'Mrs Mrs. Ms Ms. Miss Dame Lady Queen Princess spokeswoman chairwoman congresswoman ' +
      'businesswoman',
  ).map((word) => [word, 'female'] as const),
]);

/**
 * Capitalised words that belong to a title or description, never to a name: a name stops at
 * them ("Russian President Vladimir Putin" names "Vladimir Putin").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...list(
    'President President-elect Vice Prime Minister Foreign Defence Defense Secretary Chancellor ' +
      'Gen. General Lt. Col. Colonel Adm. Admiral Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen. Senator ' +
      'Rep. Gov. Governor King Queen Pope Prince Princess Judge Justice Ambassador Spokesman ' +
      'Spokeswoman Former Retired Russian Ukrainian American US U.S. UK British French German ' +
      'Chinese The A An Mayor Councillor Councilor Cllr Alderman Deputy Chief Executive CEO ' +
      'Chairman Chairwoman Chair Director Manager Coach Captain Professor Prof. Inspector ' +
      'Detective Sergeant Sgt. Superintendent Commissioner Capt. Sir Dame Lord Lady Miss ' +
      'Father Rev. Reverend Bishop Resident Independent Labour Conservative Democrat ' +
      'Republican MP State Acting Interim Assistant Senior Fire Officer Police',
  ),
  ...ROLE_TITLES.map(capitalise),
]);

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
      'Officials In On At From To For By With After Before As Of Asked Outside Inside Why What ' +
      'How When Where Who Related Our Your My Not Nobody Everyone Some Many Most Both Each ' +
      'Critics Residents Analysts Experts Campaigners Protesters Supporters Opponents ' +
      'Witnesses Sources Investors Workers Staff Police Neighbours Fans Voters',
  ),
);

/**
 * Capitalised words that end names of places, institutions and companies, never of people: a
 * word they follow ("Kestrel Semiconductor", "Capital Wire") is an organisation's name too.
 */
export const INSTITUTIONS: ReadonlySet<string> = new Set(
  list(
    'Council Office House States Union Nations Ministry Department Peninsula Sea Region Republic ' +
      'Kingdom Federation Committee Parliament Assembly Court Army Forces Agency Bank Times Post ' +
      'News Street City Square Palace Hall Party Group Treaty War Three III Initiative Plan ' +
      'Wire Press Herald Review Dispatch Journal Gazette Sentinel Chronicle Radio FM TV Live ' +
      'University College School Hospital Institute Foundation Trust Association Society ' +
      'Chamber Commerce Inc Inc. Corp Corp. Corporation Ltd Ltd. Plc LLC Company Holdings ' +
      'Securities Semiconductor Semiconductors Technologies Technology Systems Industries ' +
      'Airlines Motors Energy Partners Capital Media Services Authority Commission Board ' +
      'Road Quay Avenue Lane Bridge Station Airport Port Park Stadium Centre Center Club FC ' +
      'United Rovers County Borough District Police Brigade Service Fund',
  ),
);

/**
 * Prepositions of place: a capitalised word after one ("in Texas", "at Fenwick") is a place, and
 * not a person unless the article also names it as one.
 */
export const PLACE_PREPOSITIONS: readonly string[] = list('in at near outside across throughout');

/**
 * Words right before a quotation that make a title-cased quote the name of a programme, book or
 * film rather than speech: "told “Trading Day Live”", "appeared on “Meet the Press”", "the book
 * “Fire and Fury”". Matched case-insensitively, as whole words, at the end of the narrative.
 */
export const TITLE_CUES: readonly string[] = [
  ...list(
    'told on in titled entitled called named dubbed starring hosting hosted watched read ' +
      'book film movie show programme program series documentary album song novel podcast ' +
      'newspaper magazine play memoir column op-ed essay episode broadcast channel',
  ),
];

/**
 * Words right before a quotation that make it a word talked about, not speech: "a so-called
 * ‘right-sizing’", "known as “the squeeze”". Matched case-insensitively at the end of the
 * narrative.
 */
export const TERM_CUES_BEFORE: readonly string[] = [
  'so-called',
  'known as',
  'dubbed',
  'termed',
  'the term',
  'the word',
  'the phrase',
  'the expression',
];

/**
 * Words right after a quotation that gloss it as a term: "a “weather bomb”, a term for…",
 * "“shrinkflation” – meaning…". Matched case-insensitively at the start of the narrative.
 */
export const TERM_CUES_AFTER: readonly string[] = [
  'a term',
  'the term',
  'a phrase',
  'a word',
  'a name',
  'meaning',
  'which means',
  'as it is known',
  'as they call it',
  'as it is called',
];

/** Short words a title-cased name leaves lowercase ("Meet the Press", "War and Peace"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  list('a an the and or but of in on at to for with by from as nor vs via'),
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

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function list(words: string): string[] {
  return words.split(' ');
}
