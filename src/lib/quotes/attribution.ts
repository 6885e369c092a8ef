/**
 * Attribution: who said a quote. Two lists of small named functions, tried in order, the first
 * that recognises its shape deciding:
 *
 * - `trailingShapes`: the shapes of an attribution that follows a quote ("…,” Putin said.),
 *   each giving the words that name the speaker;
 * - `attributionRules`: where the attribution of a quote is (after it, in a speech verb before
 *   it, in the quote before it), each giving the speaker.
 *
 * Adding a shape of attribution is adding one function to one of the lists. When the attribution
 * is uncertain the speaker is null (unknown); nothing is guessed.
 */
import {
  BEFORE_VERB_AFTER_QUOTE,
  NAME,
  PERSON_DESCRIPTORS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  SHORT_TITLES,
  SPEAKER_ROLES,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  VERB_FIRST_VERBS,
  alternation,
} from './lexicon.ts';
import type { Span } from './marks.ts';
import { findMentions, mentionedPerson, resolveMention, type Subjects } from './mentions.ts';
import type { People, Person } from './people.ts';
import type { Quote } from './types.ts';

/** What the attribution rules see of one quote. Texts are block-local, quoted words blanked. */
export interface QuoteContext {
  /** The opening sentence up to the opening mark. */
  before: string;
  /** The closing sentence after the closing mark ('' when the quote is unclosed). */
  after: string;
  /** What stands between the first two parts of an interrupted quote ('' if not interrupted). */
  interruption: string;
  /** The quote is a fragment inside a sentence of reporting (see `isPartial`). */
  partial: boolean;
  /** Ids of the sentences the quote opens and closes in. */
  openSentence: string;
  closeSentence: string;
  /** Index of the quote's block in the article. */
  block: number;
  /**
   * When the quote opens its block: the last sentence of the block before (quoted words
   * blanked) and its id, which may lead into the quote ("Sato said:"); else null.
   */
  above: { text: string; sentence: string } | null;
  /** The article's quote before this one, or null for its first. */
  previous: PreviousQuote | null;
  people: People;
  subjects: Subjects;
}

/** A quote already read, as the next quote may continue it. */
export interface PreviousQuote {
  quote: Quote;
  /** Index of its block in the article. */
  block: number;
  /** Nothing but its attribution follows it in its block (see `endsBlock`). */
  endsBlock: boolean;
}

/** Who said a quote: the speaker (null: attributed, but to no one known) and how it is named. */
export interface Attribution {
  speaker: Person | null;
  /** The words of the attribution that name the speaker ("he", "Putin"), or null. */
  mention: string | null;
}

/** A rule: the quote's attribution if the rule recognises where it is, else null. */
export type AttributionRule = (quote: QuoteContext) => Attribution | null;

/** A trailing shape: the words naming the speaker if `text` opens with the shape, else null. */
export type TrailingShape = (text: string) => string | null;

/** A leading shape: where the speech verb starts in `before` if it ends with the shape, else -1. */
export type LeadingShape = (before: string) => number;

/**
 * How far after a closing mark an attribution is looked for: one sentence, not the rest of a
 * (possibly huge) paragraph, so that extraction stays linear in the text.
 */
export const LOOKAROUND = 400;

const UNKNOWN: Attribution = { speaker: null, mention: null };

const LEAD = String.raw`^[\s,–—-]*`;
const VERB = String.raw`\s+(?:(?:${alternation(BEFORE_VERB_AFTER_QUOTE)})\s+)*(?:${alternation(SPEECH_VERBS)})\b`;
const FULL_NAME = String.raw`${NAME}(?:\s+${NAME}){0,2}`;
const NAME_THEN_VERB = new RegExp(
  String.raw`${LEAD}(?:(?:${alternation(SHORT_TITLES)})\.?\s+)?(${FULL_NAME})${VERB}`,
  'u',
);
const PRONOUN_OR_ROLE_THEN_VERB = new RegExp(
  String.raw`${LEAD}([Hh]e|[Ss]he|[Tt]he\s+(?:[\p{L}.]+\s+){0,3}(?:${alternation(SPEAKER_ROLES)}))${VERB}`,
  'u',
);
const VERB_THEN_NAME = new RegExp(
  String.raw`${LEAD}(?:${alternation(VERB_FIRST_VERBS)})\s+(?:(?:${alternation(SHORT_TITLES)})\.?\s+)?(${FULL_NAME}|he|she)\b(?!\s+(?:${alternation(ROLE_NOUNS)})\b)`,
  'u',
);
const ACCORDING_TO = new RegExp(String.raw`${LEAD}according\s+to\s+(${FULL_NAME})`, 'u');
/** An age or a description between commas: ", 58," / ", the chief executive,". */
const APPOSITION = String.raw`,\s+[^,.;:“”"‘]{1,100},`;
const NAME_DESCRIBED_THEN_VERB = new RegExp(
  String.raw`${LEAD}(?:(?:${alternation(SHORT_TITLES)})\.?\s+)?(${FULL_NAME})${APPOSITION}${VERB}`,
  'u',
);
const DESCRIBED_NAME_THEN_VERB = new RegExp(
  String.raw`${LEAD}[^,.;:“”"‘]{1,80},\s+(${FULL_NAME}),${VERB}`,
  'u',
);
/** A speech verb, then a description ending in a role noun, then a name and the sentence's end. */
const VERB_THEN_ROLE_AND_NAME = new RegExp(
  String.raw`${LEAD}(?:${alternation(VERB_FIRST_VERBS)})\s+((?:[\p{L}’'.-]+\s+){1,4}?)(${FULL_NAME})(?=\s*(?:[,.;:!?)]|$))`,
  'u',
);
const ROLE_WORD = new RegExp(String.raw`\b(?:${alternation(ROLE_NOUNS)})\b`, 'iu');
/**
 * Lower-case words that describe whoever is named next ("baker", "local shop owner"): nouns of
 * any trade, ending in a word that is not a preposition, a time or "that".
 */
const LOWERCASE_DESCRIPTION =
  /^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?!(?:on|in|at|to|of|for|with|by|from|about|that|then|yesterday|today|tonight|again|also|later|earlier|afterwards|recently)\s)\p{Ll}[\p{Ll}-]*\s+$/u;
/** A role or a description of a person ("pensioner", "grandmother"): what may come before a name. */
const DESCRIBING_WORD = new RegExp(
  String.raw`\b(?:${alternation([...ROLE_NOUNS, ...PERSON_DESCRIPTORS])})\b`,
  'iu',
);
const VERB_THEN_UNNAMED = new RegExp(
  String.raw`${LEAD}(?:${alternation(VERB_FIRST_VERBS)})\s+((?:the|a|an|one|another)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}\d-]+)(?=\s*(?:[,.;:!?)]|$))`,
  'u',
);
/** "Rovers boss Tom Hale said": words ending in a role, a name, a speech verb. */
const ROLE_AND_NAME_THEN_VERB = new RegExp(
  String.raw`${LEAD}((?:[\p{L}’'.-]+\s+){1,4}?)(${FULL_NAME})${VERB}`,
  'u',
);
/**
 * "a spokesman said", "one worker said", "the gaffer said", "officials said": someone described,
 * not named (a role the article gives one person still resolves).
 */
const UNNAMED_THEN_VERB = new RegExp(
  String.raw`${LEAD}((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Oo]ther)\s+(?:[\p{L}\d’'-]+\s+){0,4}?[\p{Ll}\d-]+|\p{Ll}[\p{L}-]*s)${VERB}`,
  'u',
);

/**
 * “…,” Putin said. / “…,” Mr. Peskov has told. — a name, perhaps after a short title, then a
 * speech verb.
 */
function nameThenVerb(text: string): string | null {
  return NAME_THEN_VERB.exec(text)?.[1]!.trim() ?? null;
}

/** “…,” he said. / “…,” the Kremlin spokesman added. — a pronoun or a role, then a speech verb. */
function pronounOrRoleThenVerb(text: string): string | null {
  return PRONOUN_OR_ROLE_THEN_VERB.exec(text)?.[1]!.trim() ?? null;
}

/** “…,” said Putin. / “…,” added he. — a speech verb, then the name. */
function verbThenName(text: string): string | null {
  return VERB_THEN_NAME.exec(text)?.[1]!.trim() ?? null;
}

/** “…”, according to Dmitry Peskov. */
function accordingTo(text: string): string | null {
  return ACCORDING_TO.exec(text)?.[1]!.trim() ?? null;
}

/** “…,” Daniel Okafor, the chief executive, said. / “…,” Trump, 70, told reporters. */
function nameDescribedThenVerb(text: string): string | null {
  return NAME_DESCRIBED_THEN_VERB.exec(text)?.[1]!.trim() ?? null;
}

/** “…,” the company’s communications director, Lena Fischer, said. — the name, not the company. */
function describedNameThenVerb(text: string): string | null {
  return DESCRIBED_NAME_THEN_VERB.exec(text)?.[1]!.trim() ?? null;
}

/**
 * “…,” said spokesman Josh Marlow. / said chief executive Daniel Okafor. / fumed pensioner Alf
 * Dunmore. — a role or a description, then the name.
 */
function verbThenRoleAndName(text: string): string | null {
  const match = VERB_THEN_ROLE_AND_NAME.exec(text);
  if (!match) return null;
  return DESCRIBING_WORD.test(match[1]!) || LOWERCASE_DESCRIPTION.test(match[1]!)
    ? match[2]!.trim()
    : null;
}

/** “…,” said the Rovers boss. / added the 34-year-old. — a speech verb, then someone described. */
function verbThenUnnamed(text: string): string | null {
  return VERB_THEN_UNNAMED.exec(text)?.[1]!.trim() ?? null;
}

/** “…,” Rovers boss Tom Hale said. — a description ending in a role, the name, the verb. */
function roleAndNameThenVerb(text: string): string | null {
  const match = ROLE_AND_NAME_THEN_VERB.exec(text);
  if (!match) return null;
  // The name pattern is greedy, so a capitalised role ("Foreign Minister Anna Berg") may fall
  // into it: the name is what follows the last role word.
  const words = `${match[1]!}${match[2]!}`.trim().split(/\s+/);
  const role = words.findLastIndex((word) => ROLE_WORD.test(word));
  return role === -1 || role === words.length - 1 ? null : words.slice(role + 1).join(' ');
}

/** “…,” a spokesman said. / one worker said. / the gaffer said. — someone described, not named. */
function unnamedThenVerb(text: string): string | null {
  return UNNAMED_THEN_VERB.exec(text)?.[1]!.trim() ?? null;
}

/** The shapes of an attribution right after a quote, tried in order. */
export const trailingShapes: readonly TrailingShape[] = [
  nameThenVerb,
  pronounOrRoleThenVerb,
  verbThenName,
  accordingTo,
  nameDescribedThenVerb,
  describedNameThenVerb,
  verbThenRoleAndName,
  roleAndNameThenVerb,
  unnamedThenVerb,
  verbThenUnnamed,
];

/**
 * The words naming the speaker when `text`, the narrative right after a closing mark, opens with
 * an attribution of one of the `trailingShapes`; else null.
 */
export function trailingMention(text: string): string | null {
  for (const shape of trailingShapes) {
    const mention = shape(text);
    if (mention !== null) return mention;
  }
  return null;
}

const VERB_JUST_BEFORE = new RegExp(
  String.raw`\b(${alternation(SPEECH_VERBS)})(?:(?:\s+that)?\s*[,:]?|\s+(?:on|in|to|at)\s[^.,:;“”"‘]{1,40}[,:])\s*$`,
  'u',
);

/**
 * Putin said, “…” / stated that “…” / wrote on Telegram: “…” — a speech verb, perhaps "that" or
 * a short adjunct, then the quote.
 */
function verbJustBefore(before: string): number {
  return before.search(VERB_JUST_BEFORE);
}

const VERB_AND_OBJECT_COLON = new RegExp(
  String.raw`\b(${alternation(SPEECH_VERBS)})\s+[^.,:;“”"‘]{1,40}:\s*$`,
  'u',
);

/** Reyes told reporters: “…” / said in a statement on Friday: “…” — a speech verb, words, a colon. */
function verbAndObjectColon(before: string): number {
  return before.search(VERB_AND_OBJECT_COLON);
}

/** The shapes of an attribution that leads into a quote, tried in order. */
export const leadingShapes: readonly LeadingShape[] = [verbJustBefore, verbAndObjectColon];

/**
 * Where the speech verb starts when `before`, the narrative up to an opening mark, ends with an
 * attribution of one of the `leadingShapes`; else -1.
 */
export function leadingVerbAt(before: string): number {
  for (const shape of leadingShapes) {
    const at = shape(before);
    if (at >= 0) return at;
  }
  return -1;
}

const PARTICIPLE_JUST_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(SPEECH_PARTICIPLES)})\s*[,:]?\s*$`,
);
// Not after a possessive ("Putin’s remarks") nor a hyphen ("a so-called ‘right-sizing’").
/** A speech or reporting verb in narrative: where reported speech and fragments hang. */
export const REPORTING_BEFORE = new RegExp(
  String.raw`(?<!(?:’s|'s)\s)(?<![\p{L}-])(${alternation(SPEECH_VERBS)}|${alternation(REPORTING_VERBS)})\b`,
  'gu',
);

/**
 * “…,” Putin said. / “…,” He said. — an attribution of one of the `trailingShapes` right after
 * the quote, or between the parts of an interrupted one; a pronoun, capitalised or not, resolved.
 * Words that name no person ("It said", "In Texas") give an attribution to no one known.
 */
function speakerAfterQuote(quote: QuoteContext): Attribution | null {
  const after = trailingMention(quote.after);
  const mention = after ?? trailingMention(quote.interruption);
  if (mention === null) return null;
  // The attribution between the parts sits in the first part's closing sentence.
  const sentence = after !== null ? quote.closeSentence : quote.openSentence;
  return { speaker: resolveMention(mention, sentence, quote.people, quote.subjects), mention };
}

/**
 * Putin said, “…” / He remarked: “…” / The Kremlin congratulated him, saying, “…” — a speech
 * verb of one of the `leadingShapes` right before the quote. The speaker is the nearest person
 * named before the verb, else, after a participle, the person the sentence is about.
 */
function speechVerbBefore(quote: QuoteContext): Attribution | null {
  const verbAt = leadingVerbAt(quote.before);
  if (verbAt < 0) return null;
  return nearestBefore(quote, verbAt) ?? subjectBeforeParticiple(quote) ?? UNKNOWN;
}

/**
 * Putin said the West must recognise the “realities on the ground”. — a fragment quoted in a
 * sentence with a speech or reporting verb before it; the speaker is the nearest person named
 * before the last such verb.
 */
function reportingVerbBeforeFragment(quote: QuoteContext): Attribution | null {
  if (!quote.partial) return null;
  let verbAt = -1;
  for (const match of quote.before.matchAll(REPORTING_BEFORE)) verbAt = match.index;
  if (verbAt < 0) return null;
  return nearestBefore(quote, verbAt) ?? UNKNOWN;
}

/**
 * “…,” Putin said. ¶ “…” — a quote with no attribution of its own that opens its paragraph right
 * after a quote that ended the previous one, or that follows another quote in its paragraph,
 * goes on with that quote's speech and speaker (when it has one).
 */
function continuesPreviousQuote(quote: QuoteContext): Attribution | null {
  const previous = quote.previous;
  if (!previous || quote.partial) return null;
  const continues =
    (previous.block === quote.block - 1 && previous.endsBlock && quote.before.trim() === '') ||
    previous.block === quote.block;
  const name = previous.quote.speaker;
  if (!continues || previous.quote.kind !== 'speech' || !name) return null;
  return {
    speaker: quote.people.bySurname.get(name.split(' ').pop()!) ?? {
      name,
      surname: '',
      gender: null,
    },
    mention: previous.quote.speakerMention,
  };
}

/**
 * Evans was blunt: “…” — a colon leads into the quote without a speech verb: the first person
 * the sentence names before it (not as a possessive) speaks.
 */
function subjectBeforeColon(quote: QuoteContext): Attribution | null {
  if (!/:\s*$/.test(quote.before)) return null;
  const subject = findMentions(quote.before, quote.people).find((item) => !item.possessive);
  const speaker = subject && mentionedPerson(subject, quote.openSentence, quote.subjects);
  return speaker ? { speaker, mention: subject.raw } : null;
}

/**
 * Sato told reporters: ¶ “…” — a quote that opens its paragraph, right after a paragraph that
 * ends in a speech verb and a colon: who speaks in that verb.
 */
function introducedAbove(quote: QuoteContext): Attribution | null {
  const above = quote.above;
  if (!above || !/:\s*$/.test(above.text)) return null;
  const verbAt = leadingVerbAt(above.text);
  if (verbAt < 0) return null;
  return speakerOfVerb(above.text, verbAt, above.sentence, quote.people, quote.subjects) ?? UNKNOWN;
}

/** The rules, tried in order: the first that recognises its shape attributes the quote. */
export const attributionRules: readonly AttributionRule[] = [
  speakerAfterQuote,
  speechVerbBefore,
  subjectBeforeColon,
  introducedAbove,
  reportingVerbBeforeFragment,
  continuesPreviousQuote,
];

/**
 * The attribution of a quote by the first of `attributionRules` that recognises one, or null when
 * none does (a quote with no attribution: perhaps a term).
 */
export function attribute(quote: QuoteContext): Attribution | null {
  for (const rule of attributionRules) {
    const found = rule(quote);
    if (found) return found;
  }
  return null;
}

/** The person who speaks in the verb at `verbAt` in the quote's `before` (see `speakerOfVerb`). */
function nearestBefore(quote: QuoteContext, verbAt: number): Attribution | null {
  return speakerOfVerb(quote.before, verbAt, quote.openSentence, quote.people, quote.subjects);
}

// Someone unnamed described by their relation to the person named next: "an aide to", "a
// spokesman for", "one of the", "a source close to".
const OF_SOMEONE_UNNAMED =
  /(?:^|[\s,(])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}?(?:close\s+)?(?:to|of|for|from|at|with)\s+(?:the\s+)?$/u;

/**
 * The person who speaks in the verb at `verbAt` of a sentence's narrative `text`: the one named
 * (not as a possessive) right before a description between commas ("Ana Ruiz, who chairs the
 * union, said"), else the nearest one named before the verb; null when no one is named.
 */
export function speakerOfVerb(
  text: string,
  verbAt: number,
  sentenceId: string,
  people: People,
  subjects: Subjects,
): Attribution | null {
  const head = text.slice(0, verbAt);
  const candidates = findMentions(head, people).filter((item) => !item.possessive);
  const apposition = /,[^,]*,\s*$/.exec(head);
  const described = apposition
    ? candidates.filter(
        (item) =>
          item.end <= apposition.index && /^\s*$/.test(head.slice(item.end, apposition.index)),
      )
    : [];
  const nearest =
    described.find((item) => mentionedPerson(item, sentenceId, subjects) !== null) ??
    candidates[candidates.length - 1];
  if (!nearest) return null;
  // "An aide to the foreign minister said": the one speaking is the aide, whom no name gives.
  if (OF_SOMEONE_UNNAMED.test(head.slice(0, nearest.at))) return UNKNOWN;
  // "Trump pledged …, and ahead of his inauguration, he mentioned …": a pronoun refers to the
  // first person its own sentence names before it, when the gender fits.
  const pronoun = nearest.pronoun;
  const earlier = pronoun
    ? candidates
        .filter((item) => item.at < nearest.at && !item.pronoun)
        .map((item) => mentionedPerson(item, sentenceId, subjects))
        .find((person) => person && (subjects.genderOf(person) ?? pronoun) === pronoun)
    : undefined;
  return {
    speaker: earlier ?? mentionedPerson(nearest, sentenceId, subjects),
    mention: nearest.raw,
  };
}

/** The person the sentence is about, when a participle ("saying,") leads into the quote. */
function subjectBeforeParticiple(quote: QuoteContext): Attribution | null {
  if (!PARTICIPLE_JUST_BEFORE.test(quote.before)) return null;
  return { speaker: quote.subjects.subjectOf.get(quote.openSentence) ?? null, mention: null };
}

/**
 * True when nothing but an attribution follows `span` in its block `text` (within `LOOKAROUND`):
 * the quote runs to the end of its paragraph, and the next paragraph's opening quote may go on
 * with it.
 */
export function endsBlock(text: string, span: Span): boolean {
  if (span.close === -1) return span.end >= text.length;
  const trailing = text.slice(span.close + 1, span.close + 1 + LOOKAROUND);
  return !/\p{L}/u.test(trailing) || trailingMention(trailing) !== null;
}
