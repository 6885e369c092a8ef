/**
 * People named in an article: the surnames it uses for people, the fullest name it gives each,
 * what its titles tell of their gender, and the roles ("the Russian president", "the mayor") it
 * resolves to one person.
 */
import type { Article } from '../model/index.ts';
import {
  BEFORE_VERB,
  GENDERED_TITLES,
  INSTITUTIONS,
  NAME,
  NOT_NAMES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  ROLE_SYNONYMS,
  SPEECH_VERBS,
  TITLE_WORDS,
  VERB_FIRST_VERBS,
  alternation,
  stripPossessive,
} from './lexicon.ts';

/** What an article's titles say of a person: "Mr" a man, "Mrs" or "Ms" a woman. */
export type Gender = 'male' | 'female';

/** A person the article names. */
export interface Person {
  /** The fullest name the article gives. */
  name: string;
  /** The last word of the name: how the article usually refers to the person. */
  surname: string;
  /** From a gendered title the article gives the person ("Mrs Brennan"), else null. */
  gender: Gender | null;
}

/** The people of one article, as `findPeople` finds them. */
export interface People {
  bySurname: Map<string, Person>;
  /**
   * "russian president" → the people the article calls "Russian President …"; "mayor" → those
   * it calls "Mayor …" or "…, the city’s mayor", in the order first given the role.
   */
  byRole: Map<string, Person[]>;
  /** Capitalised words the article shows to name organisations or places, not people. */
  notPeople: Set<string>;
  /** The people of each age the article gives ("Tom Hale, 34," → 34), for "the 34-year-old". */
  byAge: Map<number, Person[]>;
}

const FULL_NAME = String.raw`${NAME}(?:\s+${NAME}){0,2}`;
const VERBS = alternation([...SPEECH_VERBS, ...REPORTING_VERBS]);
const ADVERBS = String.raw`(?:(?:${alternation(BEFORE_VERB)})\s+)*`;

const TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}])(${alternation(PERSON_TITLES)})\s+((?:${NAME}\s+){0,2}${NAME})`,
  'gu',
);
/** "spokesman Josh Marlow", "independent councillor Declan Hewitt": a role noun, then a name. */
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`\b((?:chief\s+)?(?:${alternation(ROLE_NOUNS)}))\s+(${FULL_NAME})`,
  'gu',
);
const NAME_THEN_VERB = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${NAME})(?:’s|'s)?\s+${ADVERBS}(?:${VERBS})\b`,
  'gu',
);
const VERB_THEN_NAME = new RegExp(
  String.raw`\b(?:${alternation(VERB_FIRST_VERBS)})\s+(?:${NAME}\s+){0,2}(${NAME})\b`,
  'gu',
);
/**
 * "Ana Ruiz, who chairs the union, said", "Daniel Okafor, 58, told": a name, a description or an
 * age between commas, then a speech verb.
 */
const NAME_DESCRIBED_THEN_VERB = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${FULL_NAME}),\s+([^,.;:“”"‘]{1,100}),\s+${ADVERBS}(?:${VERBS})\b`,
  'gu',
);
/** "The company’s communications director, Lena Fischer, said": the name between commas. */
const DESCRIBED_NAME_THEN_VERB = new RegExp(
  String.raw`,\s+(${FULL_NAME}),\s+${ADVERBS}(?:${VERBS})\b`,
  'gu',
);
/** "Donald Trump, 70, …": a name with an age. */
const NAME_AND_AGE = new RegExp(String.raw`(${NAME}\s+${NAME}),\s+\d{1,3},`, 'gu');
/** Two capitalised words in a row, not after nor before another: a first name and a surname. */
const GIVEN_AND_FAMILY = new RegExp(
  String.raw`(?<![\p{L}’'.-]\s?)(${NAME})\s+(${NAME})(?![\p{L}’'-]*\s+\p{Lu})`,
  'gu',
);
const NATION_ROLE_BEFORE_NAME = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}.]+)\s+(?:President|President-elect|Prime Minister|leader)\s+(?:${NAME}\s+){0,2}(${NAME})`,
  'gu',
);
/** "…, the city’s mayor," / "…, Kestrel’s chief executive,": the role in an apposition. */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(${FULL_NAME}),\s+(?:the|a|an|\p{Lu}[\p{L}-]*(?:’s|'s))\s+(?:[\p{L}’'-]+\s+){0,3}?((?:chief\s+)?(?:${alternation(ROLE_NOUNS)}))\b`,
  'gu',
);
/** "Chief Fire Officer Mark Evans": capitalised title words, then a name. */
const TITLES_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:${alternation([...TITLE_WORDS])})\s+)+)(${FULL_NAME})`,
  'gu',
);
/** "The mayor, Orla Brennan, …": a role, then the name between commas. */
const ROLE_THEN_NAME = new RegExp(
  String.raw`\b[Tt]he\s+(?:[\p{L}’'-]+\s+){0,3}?((?:chief\s+)?(?:${alternation(ROLE_NOUNS)})),\s+(${FULL_NAME}),`,
  'gu',
);
/** One to three capitalised words ending a text, perhaps after "of": what may precede a surname. */
const NAME_WORDS_BEFORE = new RegExp(String.raw`(\bof\s+)?((?:${NAME}\s+){1,3})$`, 'u');

/**
 * Where `word` stands in `text` as a whole word (not inside a longer one; a possessive "’s"
 * after it allowed): found by `indexOf`, with no expression compiled per word.
 */
export function wordAt(text: string, word: string): number[] {
  const found: number[] = [];
  if (word === '') return found;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if (before !== undefined && /\p{L}/u.test(before)) continue;
    if (after !== undefined && /\p{L}/u.test(after)) continue;
    found.push(at);
  }
  return found;
}

/** A capitalised word right before a role: whose role it is ("Rovers manager"). */
const QUALIFIER = new RegExp(String.raw`(?<![\p{L}’'.-])(${NAME})(?:’s|'s)?\s+$`, 'u');
/** "Tom Hale, 34," / "34-year-old Tom Hale": a person's age. */
const AGE_AFTER_NAME = new RegExp(String.raw`(${NAME}),\s+(\d{1,3}),`, 'gu');
const AGE_BEFORE_NAME = new RegExp(
  String.raw`\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,2}(${FULL_NAME})`,
  'gu',
);
const PLACE = new RegExp(
  String.raw`\b(?:${alternation(PLACE_PREPOSITIONS)})\s+(${NAME})(?![\p{L}’'])`,
  'gu',
);
const NATIONS = /^(?:russian|ukrainian|american|us|uk|british|french|german|chinese)$/;

/** How strongly the text shows a word to be a person's surname. */
type Evidence = 'titled' | 'described' | 'near-verb' | 'given-name';

/**
 * Finds the people an article names: a capitalised word after a title ("President Putin", "Mayor
 * Orla Brennan") or a role ("spokesman Josh Marlow"), next to a speech verb ("Putin said", "said
 * Putin"), before an age or a description and a speech verb ("Ana Ruiz, who chairs the union,
 * said"), or the second of two capitalised words ("Donald Trump") when it also stands alone
 * elsewhere in prose. Organisations ("Kestrel" of "Kestrel Semiconductor") are not people, nor
 * places ("in Texas") unless a title or description shows them to be.
 *
 * @param masked the text of each block with its quotations blanked (`maskSpans`), so that names
 *   inside quotes are not taken for the article's own
 */
export function findPeople(article: Article, masked: readonly string[]): People {
  const prose = article.blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'list-item')
    .map((block) => block.text);
  const texts = article.blocks.map((block) => block.text);
  const notPeople = new Set([...organisationWords(texts), ...placeWords(prose)]);
  const surnames = findSurnames(texts, masked, prose);
  const genders = findGenders(texts, surnames);
  const common = lowercaseWords(prose);
  const bySurname = new Map<string, Person>();
  for (const surname of surnames)
    bySurname.set(surname, {
      name: fullestName(surname, surnames, prose, common),
      surname,
      gender: genders.get(surname) ?? null,
    });
  return {
    bySurname,
    byRole: findRoles(prose, masked, bySurname),
    notPeople,
    byAge: findAges(masked, bySurname),
  };
}

/** The surnames of the people the article names, in the order first found. */
function findSurnames(texts: string[], masked: readonly string[], prose: string[]): Set<string> {
  const evidence = new Map<string, Evidence>();
  const add = (name: string, kind: Evidence) => {
    const words = name.split(/\s+/).map(stripPossessive);
    const surname = words[words.length - 1]!;
    if (!evidence.has(surname) || kind === 'titled' || kind === 'described')
      evidence.set(surname, kind);
  };
  for (const text of texts)
    for (const match of text.matchAll(TITLE_BEFORE_NAME)) add(match[2]!, 'titled');
  for (const text of masked) {
    for (const match of text.matchAll(ROLE_BEFORE_NAME)) add(match[2]!, 'titled');
    for (const match of text.matchAll(ROLE_THEN_NAME)) add(match[2]!, 'titled');
    for (const match of text.matchAll(NAME_THEN_ROLE)) add(match[1]!, 'described');
    for (const pattern of [NAME_DESCRIBED_THEN_VERB, DESCRIBED_NAME_THEN_VERB, NAME_AND_AGE])
      for (const match of text.matchAll(pattern))
        add(match[1]!, match[1]!.includes(' ') ? 'described' : 'near-verb');
    for (const pattern of [NAME_THEN_VERB, VERB_THEN_NAME])
      for (const match of text.matchAll(pattern)) add(match[1]!, 'near-verb');
  }
  for (const surname of familyNames(prose)) if (!evidence.has(surname)) add(surname, 'given-name');
  const organisations = organisationWords(texts);
  const places = placeWords(prose);
  const surnames = new Set<string>();
  for (const [word, kind] of evidence) {
    if (NOT_NAMES.has(word) || TITLE_WORDS.has(word) || INSTITUTIONS.has(word)) continue;
    if (organisations.has(word) || !/\p{Ll}/u.test(word)) continue;
    if (places.has(word) && (kind === 'near-verb' || kind === 'given-name')) continue;
    surnames.add(word);
  }
  return surnames;
}

/** "Trump" when prose says "Donald Trump" and "Trump" also stands alone elsewhere. */
function familyNames(prose: string[]): string[] {
  const standalone = standaloneWords(prose);
  const found: string[] = [];
  for (const text of prose) {
    for (const match of text.matchAll(GIVEN_AND_FAMILY)) {
      const [given, family] = [match[1]!, stripPossessive(match[2]!)];
      if (
        [given, family].some(
          (word) => NOT_NAMES.has(word) || TITLE_WORDS.has(word) || INSTITUTIONS.has(word),
        )
      )
        continue;
      if (standalone.has(family)) found.push(family);
    }
  }
  return found;
}

/** Capitalised words that stand alone somewhere in prose (not after another capitalised word). */
function standaloneWords(prose: string[]): Set<string> {
  const standalone = new Set<string>();
  for (const text of prose) {
    let previousCapital = false;
    for (const word of text.split(/\s+/)) {
      const capital = /^\p{Lu}/u.test(word);
      if (capital && !previousCapital)
        standalone.add(stripPossessive(word.replace(/[^\p{L}’'-]+$/u, '')));
      previousCapital = capital && !/[.,;:!?]$/.test(word);
    }
  }
  return standalone;
}

/** The lowercase words of prose, and each plural's singular ("residents" → "resident"). */
function lowercaseWords(prose: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of prose) {
    for (const [word] of text.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}-]+/gu)) {
      words.add(word);
      if (word.endsWith('s')) words.add(word.slice(0, -1));
    }
  }
  return words;
}

/** Words that begin an organisation's name: "Kestrel" of "Kestrel Semiconductor". */
function organisationWords(texts: string[]): Set<string> {
  const words = new Set<string>();
  const pattern = new RegExp(String.raw`(${NAME})\s+(?:${NAME}\s+)?(${NAME}\.?)`, 'gu');
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      const [first, last] = [stripPossessive(match[1]!), stripPossessive(match[2]!)];
      if (INSTITUTIONS.has(last) && !TITLE_WORDS.has(first)) words.add(first);
    }
  }
  return words;
}

/** Capitalised words prose puts after a preposition of place ("in Fenwick", "at Harwick"). */
function placeWords(prose: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of prose)
    for (const match of text.matchAll(PLACE)) if (!/[’']s$/u.test(match[1]!)) words.add(match[1]!);
  return words;
}

/**
 * The gender a title gives each surname ("Mr Okafor", "Mrs Brennan", "spokeswoman Jane Doe");
 * none where titles disagree.
 */
function findGenders(texts: string[], surnames: Set<string>): Map<string, Gender> {
  const genders = new Map<string, Gender | null>();
  const note = (title: string, name: string) => {
    const gender = GENDERED_TITLES.get(title);
    const surname = stripPossessive(name.split(/\s+/).pop()!);
    if (!gender || !surnames.has(surname)) return;
    const known = genders.get(surname);
    genders.set(surname, known === undefined || known === gender ? gender : null);
  };
  for (const text of texts) {
    for (const match of text.matchAll(TITLE_BEFORE_NAME)) note(match[1]!, match[2]!);
    for (const match of text.matchAll(ROLE_BEFORE_NAME)) note(match[1]!, match[2]!);
  }
  const known = new Map<string, Gender>();
  for (const [surname, gender] of genders) if (gender) known.set(surname, gender);
  return known;
}

/**
 * The fullest name prose gives a surname: the capitalised words running up to it (headlines are
 * title-cased, so they are not read), stopping at a title or another person's surname. A run
 * after "of" begins with the end of a title or an institution ("Secretary of State Hillary
 * Clinton"), so its first word is not part of the name.
 */
function fullestName(
  surname: string,
  surnames: Set<string>,
  prose: string[],
  common: Set<string>,
): string {
  let name = surname;
  for (const text of prose) {
    for (const at of wordAt(text, surname)) {
      const match = NAME_WORDS_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
      if (!match) continue;
      const words = match[2]!.trim().split(/\s+/);
      if (match[1] !== undefined) words.shift();
      const kept: string[] = [];
      for (let i = words.length - 1; i >= 0; i--) {
        const word = words[i]!;
        if (
          TITLE_WORDS.has(word) ||
          surnames.has(stripPossessive(word)) ||
          NOT_NAMES.has(word) ||
          INSTITUTIONS.has(word)
        )
          break;
        if (/[’'.]/.test(word) && !/^\p{Lu}\.$/u.test(word)) break;
        kept.unshift(word);
      }
      // "Firefighter Tom Ward": a common noun capitalised at the head of a sentence, which the
      // article also writes in lowercase, describes the person; two name words are left.
      if (
        kept.length >= 2 &&
        (common.has(kept[0]!.toLowerCase()) || ROLE_NOUNS.includes(kept[0]!.toLowerCase()))
      )
        kept.shift();
      const candidate = [...kept, surname].join(' ');
      if (candidate.length > name.length) name = candidate;
    }
  }
  return name;
}

/**
 * The roles the article gives people: "Russian President Vladimir Putin" → "russian president"
 * and "russian leader"; "Mayor Orla Brennan", "Chief Fire Officer Mark Evans", "spokesman Josh
 * Marlow", "Orla Brennan, the city’s mayor" and "the mayor, Orla Brennan," → "mayor", "chief",
 * "officer", "spokesman". Several people may share a role ("US president": Biden and Trump).
 */
function findRoles(
  prose: string[],
  masked: readonly string[],
  bySurname: Map<string, Person>,
): Map<string, Person[]> {
  const byRole = new Map<string, Person[]>();
  const give = (key: string | null, name: string) => {
    const person = bySurname.get(stripPossessive(name.split(/\s+/).pop()!));
    if (!person || key === null) return;
    const holders = byRole.get(key) ?? [];
    if (!holders.includes(person)) byRole.set(key, [...holders, person]);
  };
  for (const text of prose) {
    for (const match of text.matchAll(NATION_ROLE_BEFORE_NAME)) {
      const nation = match[1]!.toLowerCase().replace(/\./g, '');
      if (TITLE_WORDS.has(match[1]!) && !NATIONS.test(nation)) continue;
      for (const key of [`${nation} president`, `${nation} leader`]) give(key, match[2]!);
    }
    for (const match of text.matchAll(TITLES_BEFORE_NAME))
      for (const word of match[1]!.trim().split(/\s+/)) give(roleKey(word), match[2]!);
  }
  for (const text of masked) {
    for (const match of text.matchAll(ROLE_BEFORE_NAME)) {
      const role = roleKey(match[1]!);
      give(role, match[2]!);
      // "Rovers manager Tom Hale": also "rovers manager", what "the Rovers boss" asks for.
      const qualifier = QUALIFIER.exec(text.slice(Math.max(0, match.index - 40), match.index));
      if (role && qualifier) give(`${qualifier[1]!.toLowerCase()} ${role}`, match[2]!);
    }
    for (const match of text.matchAll(NAME_THEN_ROLE)) give(roleKey(match[2]!), match[1]!);
    for (const match of text.matchAll(ROLE_THEN_NAME)) give(roleKey(match[1]!), match[2]!);
  }
  return byRole;
}

/** The ages the article gives people: "Tom Hale, 34," and "34-year-old Tom Hale". */
function findAges(
  masked: readonly string[],
  bySurname: Map<string, Person>,
): Map<number, Person[]> {
  const byAge = new Map<number, Person[]>();
  const give = (age: string, name: string) => {
    const person = bySurname.get(stripPossessive(name.split(/\s+/).pop()!));
    if (!person) return;
    const holders = byAge.get(Number(age)) ?? [];
    if (!holders.includes(person)) byAge.set(Number(age), [...holders, person]);
  };
  for (const text of masked) {
    for (const match of text.matchAll(AGE_AFTER_NAME)) give(match[2]!, match[1]!);
    for (const match of text.matchAll(AGE_BEFORE_NAME)) give(match[1]!, match[2]!);
  }
  return byAge;
}

/**
 * The key of a role word or title ("Mayor" → "mayor", "chief executive" → "executive"), or null
 * for a title that is no role ("Mr").
 */
export function roleKey(role: string): string | null {
  const words = role.toLowerCase().replace(/\s+/g, ' ');
  const key = ROLE_SYNONYMS.get(words) ?? words;
  return ROLE_NOUNS.includes(key) ? key : null;
}
