/**
 * People named in an article: the surnames it uses for people, the fullest name it gives each,
 * and the roles ("the Russian president") it resolves to one person.
 */
import type { Article } from '../model/index.ts';
import {
  BEFORE_VERB,
  INSTITUTIONS,
  NAME,
  NOT_NAMES,
  SPEECH_VERBS,
  TITLE_WORDS,
  VERB_FIRST_VERBS,
  alternation,
  escapeRegExp,
  stripPossessive,
} from './lexicon.ts';

/** A person the article names. */
export interface Person {
  /** The fullest name the article gives. */
  name: string;
  /** The last word of the name: how the article usually refers to the person. */
  surname: string;
  /** Finds the surname in a text (compiled once per person, by `findMentions`). */
  pattern?: RegExp;
}

/** The people of one article, as `findPeople` finds them. */
export interface People {
  bySurname: Map<string, Person>;
  /** "russian president" → the person the article calls "Russian President …". */
  byRole: Map<string, Person | null>;
}

const TITLE_BEFORE_NAME =
  /\b(?:President-elect|President|Prime Minister|Chancellor|Minister|Secretary|Senator|Sen\.|Rep\.|Governor|Gov\.|Gen\.|General|Adm\.|Admiral|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|King|Queen|Pope|Ambassador)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)/gu;
const NAME_THEN_VERB = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${NAME})(?:’s|'s)?\s+(?:(?:${alternation(BEFORE_VERB)})\s+)*(?:${alternation(SPEECH_VERBS)})\b`,
  'gu',
);
const VERB_THEN_NAME = new RegExp(
  String.raw`\b(?:${alternation(VERB_FIRST_VERBS)})\s+(?:${NAME}\s+){0,2}(${NAME})\b`,
  'gu',
);
/** Two capitalised words in a row, not after nor before another: a first name and a surname. */
const GIVEN_AND_FAMILY = new RegExp(
  String.raw`(?<![\p{L}’'.-]\s?)(${NAME})\s+(${NAME})(?![\p{L}’'-]*\s+\p{Lu})`,
  'gu',
);
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}.]+)\s+(?:President|President-elect|Prime Minister|leader)\s+(?:${NAME}\s+){0,2}(${NAME})`,
  'gu',
);
const NATIONS = /^(?:russian|ukrainian|american|us|uk|british|french|german|chinese)$/;

/**
 * Finds the people an article names: a capitalised word after a title ("President Putin") or
 * next to a speech verb ("Putin said", "said Putin"), or the second of two capitalised words
 * ("Donald Trump") when it also stands alone elsewhere in prose.
 *
 * @param masked the text of each block with its quotations blanked (`maskSpans`), so that names
 *   inside quotes are not taken for the article's own
 */
export function findPeople(article: Article, masked: readonly string[]): People {
  const prose = article.blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'list-item')
    .map((block) => block.text);
  const surnames = findSurnames(article, masked, prose);
  const bySurname = new Map<string, Person>();
  for (const surname of surnames)
    bySurname.set(surname, { name: fullestName(surname, surnames, prose), surname });
  return { bySurname, byRole: findRoles(prose, bySurname) };
}

/** The surnames of the people the article names, in the order first found. */
function findSurnames(article: Article, masked: readonly string[], prose: string[]): Set<string> {
  const surnames = new Set<string>();
  for (const text of article.blocks.map((block) => block.text)) {
    for (const match of text.matchAll(TITLE_BEFORE_NAME)) {
      const words = match[1]!.split(/\s+/).map(stripPossessive);
      surnames.add(words[words.length - 1]!);
    }
  }
  for (const text of masked) {
    for (const pattern of [NAME_THEN_VERB, VERB_THEN_NAME]) {
      for (const match of text.matchAll(pattern)) {
        const word = stripPossessive(match[1]!);
        if (!NOT_NAMES.has(word)) surnames.add(word);
      }
    }
  }
  addFamilyNames(prose, surnames);
  for (const word of [...surnames])
    if (NOT_NAMES.has(word) || TITLE_WORDS.has(word)) surnames.delete(word);
  return surnames;
}

/** Adds "Trump" when prose says "Donald Trump" and "Trump" also stands alone elsewhere. */
function addFamilyNames(prose: string[], surnames: Set<string>): void {
  const standalone = standaloneWords(prose);
  for (const text of prose) {
    for (const match of text.matchAll(GIVEN_AND_FAMILY)) {
      const [given, family] = [match[1]!, stripPossessive(match[2]!)];
      if (
        [given, family].some(
          (word) => NOT_NAMES.has(word) || TITLE_WORDS.has(word) || INSTITUTIONS.has(word),
        )
      )
        continue;
      if (standalone.has(family)) surnames.add(family);
    }
  }
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

/**
 * The fullest name prose gives a surname: the capitalised words running up to it (headlines are
 * title-cased, so they are not read), stopping at a title or another person's surname.
 */
function fullestName(surname: string, surnames: Set<string>, prose: string[]): string {
  let name = surname;
  const before = new RegExp(
    String.raw`((?:${NAME}\s+){1,3})${escapeRegExp(surname)}(?![\p{L}])`,
    'gu',
  );
  for (const text of prose) {
    for (const match of text.matchAll(before)) {
      const words = match[1]!.trim().split(/\s+/);
      const kept: string[] = [];
      for (let i = words.length - 1; i >= 0; i--) {
        const word = words[i]!;
        if (TITLE_WORDS.has(word) || surnames.has(stripPossessive(word)) || NOT_NAMES.has(word))
          break;
        if (/[’'.]/.test(word) && !/^\p{Lu}\.$/u.test(word)) break;
        kept.unshift(word);
      }
      const candidate = [...kept, surname].join(' ');
      if (candidate.length > name.length) name = candidate;
    }
  }
  return name;
}

/**
 * The roles prose gives people ("Russian President Vladimir Putin" → "russian president" and
 * "russian leader"); a role two people share maps to null.
 */
function findRoles(prose: string[], bySurname: Map<string, Person>): Map<string, Person | null> {
  const byRole = new Map<string, Person | null>();
  for (const text of prose) {
    for (const match of text.matchAll(ROLE_BEFORE_NAME)) {
      const person = bySurname.get(stripPossessive(match[2]!));
      if (!person) continue;
      const nation = match[1]!.toLowerCase().replace(/\./g, '');
      if (TITLE_WORDS.has(match[1]!) && !NATIONS.test(nation)) continue;
      for (const key of [`${nation} president`, `${nation} leader`]) {
        const known = byRole.get(key);
        // Two people under one role ("US president": Biden and Trump) leave it unresolved.
        byRole.set(key, known === undefined || known?.name === person.name ? person : null);
      }
    }
  }
  return byRole;
}
