/**
 * Mentions of people in sentences ("Putin", "he", "the Russian president"), and who each sentence
 * is about: what a pronoun before a quote refers to.
 */
import { escapeRegExp, stripPossessive } from './lexicon.ts';
import type { People, Person } from './people.ts';

/** One mention of a person in a text. */
export interface Mention {
  /** Text-local offsets. */
  at: number;
  end: number;
  raw: string;
  /** A pronoun ("he", "she") to resolve. */
  pronoun: boolean;
  possessive: boolean;
  /** The person when the mention names one (or a role the article resolves). */
  person: Person | null;
}

/** Who each sentence of an article is about, by sentence id. */
export interface Subjects {
  /** The person a sentence is about: its first mention outside quotes, or null. */
  subjectOf: Map<string, Person | null>;
  /** The person the sentences before it were last about: whom a pronoun in it refers to. */
  priorSubject: Map<string, Person | null>;
}

const PRONOUN = /\b(?:he|she|He|She)\b/g;
const ROLE =
  /\b[Tt]he\s+(?:(?:new|newly|elected|former|outgoing|incoming)\s+)*(\p{Lu}[\p{L}.]+)\s+(president|leader)(’s|'s)?\b/giu;

/**
 * The mentions of people in `text`: pronouns, the surnames of `people`, and roles ("the Russian
 * president"), in order; a mention inside a longer one ("the Russian president Putin") is left
 * out.
 */
export function findMentions(text: string, people: People): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(PRONOUN))
    mentions.push(mention(match, { pronoun: true, possessive: false, person: null }));
  for (const person of people.bySurname.values()) {
    const pattern = (person.pattern ??= new RegExp(
      String.raw`(?<![\p{L}])${escapeRegExp(person.surname)}(’s|'s)?(?![\p{L}])`,
      'gu',
    ));
    for (const match of text.matchAll(pattern))
      mentions.push(mention(match, { pronoun: false, possessive: match[1] !== undefined, person }));
  }
  for (const match of text.matchAll(ROLE)) {
    const key = `${match[1]!.toLowerCase().replace(/\./g, '')} ${match[2]!.toLowerCase()}`;
    const person = people.byRole.get(key) ?? null;
    mentions.push(mention(match, { pronoun: false, possessive: match[3] !== undefined, person }));
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

function mention(match: RegExpExecArray, rest: Omit<Mention, 'at' | 'end' | 'raw'>): Mention {
  return { at: match.index, end: match.index + match[0].length, raw: match[0], ...rest };
}

/**
 * Who each sentence is about: its first mention that is not a possessive, a pronoun resolved to
 * the last sentence's subject.
 *
 * @param sentences every sentence of the article in reading order, its quoted words blanked
 */
export function sentenceSubjects(
  sentences: readonly { id: string; masked: string }[],
  people: People,
): Subjects {
  const subjectOf = new Map<string, Person | null>();
  const priorSubject = new Map<string, Person | null>();
  let lastSubject: Person | null = null;
  for (const sentence of sentences) {
    priorSubject.set(sentence.id, lastSubject);
    const first = findMentions(sentence.masked, people).find((item) => !item.possessive);
    let subject: Person | null = null;
    if (first) subject = first.pronoun ? lastSubject : first.person;
    subjectOf.set(sentence.id, subject);
    if (subject) lastSubject = subject;
  }
  return { subjectOf, priorSubject };
}

/**
 * The person a speaker mention in sentence `sentenceId` refers to: a pronoun the sentences before
 * were about, a known surname or role, or else a capitalised mention as a person of its own.
 * Null when it names no one.
 */
export function resolveMention(
  raw: string,
  sentenceId: string,
  people: People,
  subjects: Subjects,
): Person | null {
  const found = findMentions(raw, people)[0];
  if (!found) {
    const word = stripPossessive(raw.split(/\s+/).pop() ?? '');
    return (
      people.bySurname.get(word) ?? (/^\p{Lu}/u.test(raw) ? { name: raw, surname: word } : null)
    );
  }
  return found.pronoun ? (subjects.priorSubject.get(sentenceId) ?? null) : found.person;
}
