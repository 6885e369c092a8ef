/**
 * Mentions of people in sentences ("Putin", "he", "the Russian president", "the mayor"), who each
 * sentence is about, and whom a pronoun refers to.
 */
import {
  INSTITUTIONS,
  NAME,
  NOT_NAMES,
  ROLE_NOUNS,
  TITLE_WORDS,
  alternation,
  stripPossessive,
} from './lexicon.ts';
import { roleKey, wordAt, type Gender, type People, type Person } from './people.ts';

/** One mention of a person in a text. */
export interface Mention {
  /** Text-local offsets. */
  at: number;
  end: number;
  raw: string;
  /** The gender of a pronoun ("he", "she") to resolve, else null. */
  pronoun: Gender | null;
  possessive: boolean;
  /** The person when the mention names one (or a role only one person holds). */
  person: Person | null;
  /** For a role several people hold ("the manager"), who they are; else empty. */
  holders: Person[];
}

/** What the sentences before a sentence tell about whom its mentions refer to. */
export interface Context {
  /** The people the sentences before were about, most recent first. */
  recent: Person[];
  /** What "he" and "she" refer to: the most recent of `recent` whose gender fits. */
  male: Person | null;
  female: Person | null;
}

/** Who each sentence of an article is about, and whom its pronouns and roles refer to. */
export interface Subjects {
  /** The person a sentence is about: its first mention outside quotes, or null. */
  subjectOf: Map<string, Person | null>;
  /** The context at the start of each sentence. */
  contextAt: Map<string, Context>;
  /** A person's gender as the article tells it: a title, or the pronoun first used for them. */
  genderOf: (person: Person) => Gender | null;
}

/** How many people, most recent first, a pronoun may reach back to. */
const RECENT = 6;
const PRONOUN = /\b(?:he|she|He|She)\b/g;
const ROLE = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:new|newly|elected|former|outgoing|incoming)\s+)*(?:(\p{Lu}[\p{L}.]+|[\p{L}-]+(?:’s|'s))\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?((?:chief\s+)?(?:${alternation(ROLE_NOUNS)}))(’s|'s)?\b`,
  'gu',
);
/** "the 34-year-old": a person by the age the article gives them. */
const AGE = /\b[Tt]he\s+(\d{1,3})-year-old(’s|'s)?(?![\p{L}-])/gu;
/** Capitalised words, possibly one name: what `resolveMention` reads when it knows no one. */
const NAME_WORDS = new RegExp(String.raw`^(?:${NAME}\.?\s+){0,3}${NAME}$`, 'u');
const NATIONS = /^(?:russian|ukrainian|american|us|uk|british|french|german|chinese)$/;

/**
 * The mentions of people in `text`: pronouns, the surnames of `people`, and roles the article
 * gives one person ("the Russian president", "the city’s mayor"), in order; a mention inside a
 * longer one ("the Russian president Putin") is left out.
 */
export function findMentions(text: string, people: People): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(PRONOUN))
    mentions.push(
      mention(match, {
        pronoun: /^[Hh]e$/.test(match[0]) ? 'male' : 'female',
        possessive: false,
        person: null,
        holders: [],
      }),
    );
  for (const person of people.bySurname.values()) {
    for (const at of wordAt(text, person.surname)) {
      const possessive = /^[’']s/u.test(text.slice(at + person.surname.length));
      const end = at + person.surname.length + (possessive ? 2 : 0);
      mentions.push({
        at,
        end,
        raw: text.slice(at, end),
        pronoun: null,
        possessive,
        person,
        holders: [],
      });
    }
  }
  for (const match of text.matchAll(ROLE)) {
    const holders = roleHolders(match[1], match[2]!, people);
    if (holders === undefined) continue;
    mentions.push(
      mention(match, {
        pronoun: null,
        possessive: match[3] !== undefined,
        person: holders.length === 1 ? holders[0]! : null,
        holders: holders.length > 1 ? holders : [],
      }),
    );
  }
  for (const match of text.matchAll(AGE)) {
    const holders = people.byAge.get(Number(match[1])) ?? [];
    mentions.push(
      mention(match, {
        pronoun: null,
        possessive: match[2] !== undefined,
        person: holders.length === 1 ? holders[0]! : null,
        holders: holders.length > 1 ? holders : [],
      }),
    );
  }
  mentions.sort((a, b) => a.at - b.at);
  return mentions.filter(
    (item, i) =>
      !mentions.some(
        (other, j) =>
          j !== i &&
          other.at <= item.at &&
          other.end >= item.end &&
          other.end - other.at > item.end - item.at,
      ),
  );
}

/**
 * The people a role mention may refer to: "the Russian president" by nation and role, "the
 * mayor" or "the city’s mayor" by role. Empty when the article gives the role to no one (a role
 * is still a mention: it names someone, not known), undefined when the words are no role.
 */
function roleHolders(
  qualifier: string | undefined,
  role: string,
  people: People,
): Person[] | undefined {
  const key = roleKey(role);
  if (key === null) return undefined;
  const nation = qualifier?.toLowerCase().replace(/\./g, '');
  if (nation !== undefined && NATIONS.test(nation) && (key === 'president' || key === 'leader'))
    return people.byRole.get(`${nation} ${key}`) ?? [];
  // "the Kremlin spokesman": only who the article calls "Kremlin spokesman", not its other one.
  if (qualifier !== undefined && /^\p{Lu}/u.test(qualifier) && !/[’']s$/u.test(qualifier))
    return people.byRole.get(`${qualifier.toLowerCase()} ${key}`) ?? [];
  return people.byRole.get(key) ?? [];
}

function mention(match: RegExpExecArray, rest: Omit<Mention, 'at' | 'end' | 'raw'>): Mention {
  return { at: match.index, end: match.index + match[0].length, raw: match[0], ...rest };
}

/**
 * Who each sentence is about (its first mention that is not a possessive), and the context at
 * its start: the people the sentences before were about, most recent first, and whom "he" and
 * "she" refer to, the most recent of them whose gender fits. A person's gender is what a title
 * says ("Mrs Brennan") or, failing that, the pronoun first resolved to them; a person of unknown
 * gender fits either pronoun. A role several people hold ("the manager") refers to the most
 * recent of them.
 *
 * @param sentences every sentence of the article in reading order, its quoted words blanked
 */
export function sentenceSubjects(
  sentences: readonly { id: string; masked: string }[],
  people: People,
): Subjects {
  const subjectOf = new Map<string, Person | null>();
  const contextAt = new Map<string, Context>();
  const learned = new Map<Person, Gender>();
  const genderOf = (person: Person) => person.gender ?? learned.get(person) ?? null;
  let recent: Person[] = [];
  for (const sentence of sentences) {
    const fits = (gender: Gender) =>
      recent.find((person) => (genderOf(person) ?? gender) === gender) ?? null;
    const context: Context = { recent, male: fits('male'), female: fits('female') };
    contextAt.set(sentence.id, context);
    const named = findMentions(sentence.masked, people).filter((item) => !item.possessive);
    const persons: Person[] = [];
    for (const item of named) {
      const person = inContext(item, context);
      if (!person) continue;
      if (item.pronoun && genderOf(person) === null) learned.set(person, item.pronoun);
      if (!persons.includes(person)) persons.push(person);
    }
    const subject = named[0] ? inContext(named[0], context) : null;
    subjectOf.set(sentence.id, subject);
    // The subject first, then the others named, the last named first.
    const others = persons.filter((person) => person !== subject).reverse();
    const order = subject ? [subject, ...others] : others;
    recent = [...order, ...recent.filter((person) => !order.includes(person))].slice(0, RECENT);
  }
  return { subjectOf, contextAt, genderOf };
}

/** The person a mention refers to in a context: a pronoun or a shared role resolved. */
function inContext(item: Mention, context: Context | undefined): Person | null {
  if (item.pronoun) return context?.[item.pronoun] ?? null;
  if (item.holders.length === 0) return item.person;
  return context?.recent.find((person) => item.holders.includes(person)) ?? null;
}

/**
 * The person a mention in sentence `sentenceId` refers to: what a pronoun or a role several
 * people hold refers to there, else the person it names.
 */
export function mentionedPerson(
  item: Mention,
  sentenceId: string,
  subjects: Subjects,
): Person | null {
  return inContext(item, subjects.contextAt.get(sentenceId));
}

/**
 * The person a speaker mention in sentence `sentenceId` refers to: what a pronoun or role refers
 * to there, a known surname, or else capitalised words that may be a name of their own ("Jane
 * Doe") when none of them is a word that names no person. Null when it names no one: "we",
 * "In Texas", "the company".
 */
export function resolveMention(
  raw: string,
  sentenceId: string,
  people: People,
  subjects: Subjects,
): Person | null {
  const found = findMentions(raw, people)[0];
  if (found) return mentionedPerson(found, sentenceId, subjects);
  const words = raw.split(/\s+/).map(stripPossessive);
  const surname = words[words.length - 1]!;
  const known = people.bySurname.get(surname);
  if (known) return known;
  if (!NAME_WORDS.test(raw)) return null;
  if (words.some((word) => NOT_NAMES.has(word) || people.notPeople.has(word))) return null;
  if (INSTITUTIONS.has(surname) || TITLE_WORDS.has(surname)) return null;
  return { name: raw, surname, gender: null };
}
