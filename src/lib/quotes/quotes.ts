/**
 * Step 4 of the pipeline (and the quote half of step 5): find the direct quotations of an
 * article, attribute each to its speaker, tell speech from scare quotes and terms, and group the
 * variants of one quotation across outlets.
 *
 * Everything works on the article's blocks, so every offset indexes the article's source text:
 * `source.slice(quote.start, quote.end) === quote.text`. When the attribution is uncertain the
 * speaker is `null` (unknown); nothing is guessed.
 */
import { displayText } from '../text/display.ts';
import { contentTokens, tokenize } from '../text/tokens.ts';
import type { Article, TextRange } from '../model/types.ts';
import { hash, uniquifyIds } from '../model/ids.ts';

/** Speech: someone's words. Term: a scare quote or a quoted name ("peace formula"). */
export type QuoteKind = 'speech' | 'term';

/** One direct quotation in one article. */
export interface Quote extends TextRange {
  /** `<article id>/q-<n>`, n counting the article's quotes in reading order. */
  id: string;
  article: string;
  /**
   * `source.slice(start, end)`: from just inside the first opening mark to just inside the last
   * closing mark (a trailing comma dropped). A quote interrupted by its attribution ("…,” Putin
   * said. “…”) is one quote whose text includes the interruption; `parts` holds the quoted runs.
   */
  text: string;
  /** The quoted runs, in order; one unless the quote is interrupted. Source offsets. */
  parts: TextRange[];
  /** The quoted words for display and comparison: the parts cleaned and joined with " … ". */
  quotation: string;
  /** Ids (`s-N`) of the sentences the quote covers, in order. */
  sentences: string[];
  /** The first of `sentences`: the permalink anchor. */
  anchor: string;
  /** The speaker, as the fullest name the article gives ("Vladimir Putin"), or null: unknown. */
  speaker: string | null;
  /** How the article refers to the speaker where it attributes the quote ("he", "Putin"). */
  speakerMention: string | null;
  kind: QuoteKind;
  /** A fragment inside a sentence of reporting ("must recognise the “realities on the ground”"). */
  partial: boolean;
  /** False when the closing mark is missing and the quote runs to the end of its paragraph. */
  closed: boolean;
}

/** The variants of one quotation across articles (a quote found once is a group of one). */
export interface QuoteGroup {
  /** `q-` and a hash of the first variant's normalised words: stable across builds. */
  id: string;
  /** The fullest name the variants give for the speaker, or null when none names one. */
  speaker: string | null;
  /** Speech when any variant is speech. */
  kind: QuoteKind;
  /** Ordered by article id, then position. An article may hold several parts of a statement. */
  variants: Quote[];
  /** Number of different articles among the variants. */
  sources: number;
}

/** A quote group as published in `/data/claims.json` (see DESIGN.md). */
export interface QuoteGroupExport {
  id: string;
  speaker: string | null;
  variants: Array<{
    article: string;
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    anchor: string;
  }>;
}

// ---------------------------------------------------------------------------------------------
// Finding quotation marks

interface Span {
  /** Block-local offsets of the opening mark and of the closing mark (-1: unclosed). */
  open: number;
  close: number;
  innerStart: number;
  innerEnd: number;
}

const CURLY_OPEN = new Set(['“', '„', '«']);
const CURLY_CLOSE = new Set(['”', '»']);
const OPENS_AFTER = /[\s([{\-–—/]/;
// Besides what a double mark follows, a single opening mark may follow a double one
// (“‘Nice’ is a word,” …); it may precede a double one (‘“Peace” is…’), a price or an ellipsis.
const SINGLE_OPENS_AFTER = /[\s([{\-–—/“„«"]/;
const SINGLE_OPENS_BEFORE = /[\p{L}\p{N}“„«"…$£€]/u;
// What may follow a closing single mark: the end of the block, a space, or punctuation,
// including the closing marks of quotes it is nested in.
const SINGLE_CLOSES_BEFORE = /[\s.,;:!?)\]}”»"’…\-–—/]/;
// Words a possessive "s’" cannot be followed by: determiners, pronouns, auxiliaries,
// prepositions, conjunctions and reporting verbs. After "s’ " any other lowercase word reads as
// the thing possessed (the allies’ demands); one of these reads as the text after a quote
// (‘…the talks’ were, ‘…no plans’ he said).
const NOT_AFTER_POSSESSIVE = new Set(
  (
    'a an the this that these those his her its our their my your he she it they we i you who ' +
    'which whom whose what when where while as if than because and or but nor so yet is was are ' +
    'were be been am has had have do does did will would shall should can could may might must ' +
    'at by for from in into of off on onto to with within without about after against before ' +
    'during since until said says added adds told tells wrote asked according'
  ).split(' '),
);

/**
 * True when the ‘ at `i` opens a quotation: it follows the start of the block, a space, an
 * opening bracket, a dash or slash (or a double opening mark), and precedes a letter, a digit, a
 * currency sign, an ellipsis or a double opening mark. Two misspelt elisions that look like
 * this are apostrophes: ‘n’ (rock ‘n’ roll) and a decade (‘90s).
 */
function opensSingle(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  if (!SINGLE_OPENS_AFTER.test(before) || !SINGLE_OPENS_BEFORE.test(after)) return false;
  return !/^‘(?:n[’‘]|\d\ds\b)/u.test(text.slice(i, i + 5));
}

/**
 * True when the ’ at `i` can close a single quotation rather than be an apostrophe. It must
 * follow a letter, digit or punctuation (not a space: ’90s, ’n’) and precede the end of the
 * block, a space or punctuation (not a letter or digit: Trump’s, don’t, o’clock). Of the marks
 * left, two are still apostrophes: the second mark of ’n’ (rock ’n’ roll), and a plural
 * possessive, `s’` followed by a space and a lowercase word (the allies’ demands, the Smiths’
 * album) unless that word is one that cannot follow a possessive (`NOT_AFTER_POSSESSIVE`: ‘…no
 * plans’ he said, ‘…talks’ and).
 *
 * Known misreadings: a quote ending in a plural before a content word (‘bad actors’ last week)
 * is not closed there, and a dropped-letter elision inside a quote (‘goin’ home’) closes it
 * early. Both are rarer in news copy than the possessives and quotes they are told apart from.
 */
function closesSingle(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1];
  if (/\s/.test(before)) return false;
  if (after !== undefined && !SINGLE_CLOSES_BEFORE.test(after)) return false;
  if (/(?:^|\s)[’‘]n$/u.test(text.slice(Math.max(0, i - 3), i))) return false;
  if (before === 's' || before === 'S') {
    const next = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(text.slice(i + 1, i + 40))?.[1];
    if (next !== undefined && !NOT_AFTER_POSSESSIVE.has(next.replace(/[’'].*$/u, ''))) return false;
  }
  return true;
}

/**
 * Pairs the quotation marks of one block.
 *
 * - Curly double marks (“…”, „…”, «…») nest, depth counted.
 * - A straight double mark opens when it follows a space or bracket and precedes a non-space,
 *   and otherwise closes.
 * - Curly single marks (‘…’, the British style, with double marks only inside) pair as
 *   `opensSingle` and `closesSingle` say, and nest among themselves. ’ is also the apostrophe,
 *   so a ’ is a closing mark only where an apostrophe cannot be, and one with no ‘ open is
 *   never anything but an apostrophe.
 * - Straight single marks (') are always apostrophes: as quotation marks they are too
 *   ambiguous to pair.
 *
 * The outermost quotation decides which marks count: inside a double quote single marks are
 * text (“She called it ‘a farce’,”), inside a single one double marks are (‘He said “no”,’). An
 * opening mark never closed runs to the end of the block (the convention for a quote that goes
 * on into the next paragraph); a closing mark never opened is ignored.
 */
function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  let outer: 'curly' | 'straight' | 'single' | null = null;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const before = i === 0 ? ' ' : text[i - 1]!;
      const after = text[i + 1] ?? ' ';
      const opening = OPENS_AFTER.test(before) && !/\s/.test(after);
      if (outer === null && opening) {
        [outer, depth, open] = ['straight', 1, i];
      } else if (outer === 'straight' && !opening) {
        spans.push(span(text, open, i));
        outer = null;
      }
    } else if (CURLY_OPEN.has(char)) {
      if (outer === null) [outer, depth, open] = ['curly', 1, i];
      else if (outer === 'curly') depth += 1;
    } else if (CURLY_CLOSE.has(char)) {
      if (outer === 'curly' && --depth === 0) {
        spans.push(span(text, open, i));
        outer = null;
      }
    } else if (char === '‘') {
      if ((outer === null || outer === 'single') && opensSingle(text, i)) {
        if (outer === null) [outer, depth, open] = ['single', 0, i];
        depth += 1;
      }
    } else if (char === '’') {
      if (outer === 'single' && closesSingle(text, i) && --depth === 0) {
        spans.push(span(text, open, i));
        outer = null;
      }
    }
  }
  if (outer !== null) spans.push(span(text, open, -1));
  return spans.filter((item) => item.innerEnd > item.innerStart);
}

function span(text: string, open: number, close: number): Span {
  let innerStart = open + 1;
  let innerEnd = close === -1 ? text.length : close;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /[\s,;:]/.test(text[innerEnd - 1]!)) innerEnd--;
  return { open, close, innerStart, innerEnd };
}

// ---------------------------------------------------------------------------------------------
// People named in the article

const SPEECH_VERBS =
  'said|says|say|told|tells|stated|states|added|adds|remarked|remarks|noted|notes|insisted|' +
  'insists|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|declared|declares|warned|warns|argued|' +
  'argues|urged|urges|wrote|writes|claimed|claims|announced|announces|promised|promises|vowed|' +
  'vows|pledged|pledges|reiterated|reiterates|replied|replies|explained|explains|mentioned|' +
  'mentions|asked|asks|answered|continued|recalled|acknowledged|admitted|posted|tweeted|' +
  'saying|stating|adding|noting|remarking|insisting|warning|telling|declaring|writing';
const TITLE_WORDS = new Set(
  (
    'President President-elect Vice Prime Minister Foreign Defence Defense Secretary Chancellor ' +
    'Gen. General Lt. Col. Colonel Adm. Admiral Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen. Senator Rep. ' +
    'Gov. Governor King Queen Pope Prince Princess Judge Justice Ambassador Spokesman Spokeswoman ' +
    'Former Retired Russian Ukrainian American US U.S. UK British French German Chinese The A An'
  ).split(' '),
);
const TITLE_BEFORE_NAME =
  /\b(?:President-elect|President|Prime Minister|Chancellor|Minister|Secretary|Senator|Sen\.|Rep\.|Governor|Gov\.|Gen\.|General|Adm\.|Admiral|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|King|Queen|Pope|Ambassador)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)/gu;
const NAME = String.raw`\p{Lu}[\p{L}’'-]*\p{L}`;
const NAME_THEN_VERB = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${NAME})(?:’s|'s)?\s+(?:(?:has|had|have|also|then|later|again|previously|once|further|repeatedly|publicly)\s+)*(?:${SPEECH_VERBS})\b`,
  'gu',
);
const VERB_THEN_NAME = new RegExp(
  String.raw`\b(?:said|says|added|told|wrote|asked)\s+(?:${NAME}\s+){0,2}(${NAME})\b`,
  'gu',
);
const NOT_NAMES = new Set(
  (
    'He She It They We I You This That These Those The A An There Here His Her Their Its Our ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday But And Or So Yet Still Instead ' +
    'However Meanwhile Moscow Kyiv Kiev Washington Russia Ukraine Kremlin America Europe Officials'
  ).split(' '),
);

// Capitalised words that end names of places and institutions, never of people.
const INSTITUTIONS = new Set(
  (
    'Council Office House States Union Nations Ministry Department Peninsula Sea Region Republic ' +
    'Kingdom Federation Committee Parliament Assembly Court Army Forces Agency Bank Times Post ' +
    'News Street City Square Palace Hall Party Group Treaty War Three III Initiative Plan'
  ).split(' '),
);

interface Person {
  /** The fullest name the article gives. */
  name: string;
  /** The last word of the name: how the article usually refers to the person. */
  surname: string;
  /** Position among the article's people: mentions at one place are listed in this order. */
  order?: number;
}

interface People {
  bySurname: Map<string, Person>;
  /** "russian president" → the person the article calls "Russian President …". */
  byRole: Map<string, Person | null>;
}

const stripPossessive = (word: string): string => word.replace(/(?:’s|'s|’|')$/, '');

/** Finds the people the article names: after a title, or next to a speech verb. */
function findPeople(article: Article, masks: Map<number, string>): People {
  const texts = article.blocks.map((block, index) => masks.get(index) ?? block.text);
  const prose = article.blocks
    .map((block, index) => (block.kind === 'paragraph' || block.kind === 'list-item' ? index : -1))
    .filter((index) => index >= 0)
    .map((index) => article.blocks[index]!.text);
  const surnames = new Set<string>();
  for (const text of article.blocks.map((block) => block.text)) {
    for (const match of text.matchAll(TITLE_BEFORE_NAME)) {
      const words = match[1]!.split(/\s+/).map(stripPossessive);
      surnames.add(words[words.length - 1]!);
    }
  }
  for (const text of texts) {
    for (const pattern of [NAME_THEN_VERB, VERB_THEN_NAME]) {
      for (const match of text.matchAll(pattern)) {
        const word = stripPossessive(match[1]!);
        if (!NOT_NAMES.has(word)) surnames.add(word);
      }
    }
  }
  // Capitalised words that stand alone somewhere in prose (not after another capitalised word).
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
  // "Donald Trump" in prose, when "Trump" also stands alone elsewhere: a first name and surname.
  const pair = new RegExp(
    String.raw`(?<![\p{L}’'.-]\s?)(${NAME})\s+(${NAME})(?![\p{L}’'-]*\s+\p{Lu})`,
    'gu',
  );
  for (const text of prose) {
    for (const match of text.matchAll(pair)) {
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
  for (const word of [...surnames])
    if (NOT_NAMES.has(word) || TITLE_WORDS.has(word)) surnames.delete(word);

  // The fullest name: capitalised words running up to the surname in prose (headlines are
  // title-cased, so they are not read), stopping at a title or another person's surname. One
  // pass over the prose for all surnames: a pass per surname grew with names × text, minutes for
  // a long article naming thousands of people.
  const fullest = new Map<string, string>([...surnames].map((surname) => [surname, surname]));
  for (const text of prose) {
    const tokens = text.split(/\s+/);
    tokens.forEach((token, k) => {
      for (const surname of surnamesStarting(token, surnames)) {
        // Up to three words before it; a word glued to what precedes it ("(Capital") gives its
        // capitalised end and is the last one taken.
        const words: string[] = [];
        for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
          const name = NAME_AT_END.exec(tokens[i]!)?.[0];
          if (name === undefined) break;
          words.unshift(name);
          if (name.length < tokens[i]!.length) break;
        }
        const kept: string[] = [];
        for (let i = words.length - 1; i >= 0; i--) {
          const word = words[i]!;
          if (TITLE_WORDS.has(word) || surnames.has(stripPossessive(word)) || NOT_NAMES.has(word))
            break;
          if (/[’']/.test(word)) break;
          kept.unshift(word);
        }
        const candidate = [...kept, surname].join(' ');
        if (candidate.length > fullest.get(surname)!.length) fullest.set(surname, candidate);
      }
    });
  }
  const bySurname = new Map<string, Person>();
  let order = 0;
  for (const surname of surnames) {
    bySurname.set(surname, { name: fullest.get(surname)!, surname, order: order++ });
  }

  const byRole = new Map<string, Person | null>();
  const role = new RegExp(
    String.raw`\b(\p{Lu}[\p{L}.]+)\s+(?:President|President-elect|Prime Minister|leader)\s+(?:${NAME}\s+){0,2}(${NAME})`,
    'gu',
  );
  for (const text of prose) {
    for (const match of text.matchAll(role)) {
      const person = bySurname.get(stripPossessive(match[2]!));
      if (!person) continue;
      const nation = match[1]!.toLowerCase().replace(/\./g, '');
      if (
        TITLE_WORDS.has(match[1]!) &&
        !/^(?:russian|ukrainian|american|us|uk|british|french|german|chinese)$/.test(nation)
      )
        continue;
      for (const key of [`${nation} president`, `${nation} leader`]) {
        const known = byRole.get(key);
        // Two people under one role ("US president": Biden and Trump) leave it unresolved.
        byRole.set(key, known === undefined || known?.name === person.name ? person : null);
      }
    }
  }
  return { bySurname, byRole };
}

// The longest capitalised name a word ends with ("(Capital" → "Capital").
const NAME_AT_END = new RegExp(`${NAME}$`, 'u');
// A run of letters, apostrophes and hyphens: where surnames are found.
const WORD_RUN = /[\p{L}’'-]+/gu;
const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char);

/**
 * The surnames a whitespace-separated token opens with, each followed by a non-letter ("Putin’s"
 * opens with "Putin"): the prefixes ending before an apostrophe, a hyphen or a non-letter.
 */
function surnamesStarting(token: string, surnames: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let end = 1; end <= token.length; end++) {
    if (isLetter(token[end - 1]) && !isLetter(token[end]) && surnames.has(token.slice(0, end))) {
      found.push(token.slice(0, end));
    }
  }
  return found;
}

/**
 * Every mention of a known surname in a text: a surname standing after a non-letter and before
 * one, with a possessive ’s or 's read along. One pass over the text's words, looking each up,
 * instead of a pattern per person (which grew with people × text). Mentions at one place are
 * listed in the people's order.
 */
function surnameMentions(text: string, bySurname: ReadonlyMap<string, Person>): Mention[] {
  const found: Mention[] = [];
  for (const run of text.matchAll(WORD_RUN)) {
    const word = run[0];
    for (let start = 0; start < word.length; start++) {
      // A surname starts the run, or follows an apostrophe or hyphen inside it (O’Brien, -Jones).
      if (start > 0 && isLetter(word[start - 1])) continue;
      if (!/\p{Lu}/u.test(word[start]!)) continue;
      const here: Mention[] = [];
      for (let end = start + 1; end <= word.length; end++) {
        if (!isLetter(word[end - 1]) || isLetter(word[end])) continue;
        const person = bySurname.get(word.slice(start, end));
        if (!person) continue;
        const possessive =
          (word[end] === '’' || word[end] === "'") &&
          word[end + 1] === 's' &&
          !isLetter(word[end + 2]);
        const raw = word.slice(start, possessive ? end + 2 : end);
        const at = run.index + start;
        here.push({ at, end: at + raw.length, raw, pronoun: false, possessive, person });
      }
      here.sort((a, b) => (a.person?.order ?? 0) - (b.person?.order ?? 0));
      found.push(...here);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Mentions of people in sentences, and who each sentence is about

interface Mention {
  /** Sentence-local offset. */
  at: number;
  end: number;
  raw: string;
  /** A pronoun ("he", "she") to resolve. */
  pronoun: boolean;
  possessive: boolean;
  /** The person when the mention names one (or a role the article resolves). */
  person: Person | null;
}

function findMentions(text: string, people: People): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(/\b(?:he|she|He|She)\b/g)) {
    mentions.push({
      at: match.index,
      end: match.index + match[0].length,
      raw: match[0],
      pronoun: true,
      possessive: false,
      person: null,
    });
  }
  mentions.push(...surnameMentions(text, people.bySurname));
  const role =
    /\b[Tt]he\s+(?:(?:new|newly|elected|former|outgoing|incoming)\s+)*(\p{Lu}[\p{L}.]+)\s+(president|leader)(’s|'s)?\b/giu;
  for (const match of text.matchAll(role)) {
    const key = `${match[1]!.toLowerCase().replace(/\./g, '')} ${match[2]!.toLowerCase()}`;
    mentions.push({
      at: match.index,
      end: match.index + match[0].length,
      raw: match[0],
      pronoun: false,
      possessive: match[3] !== undefined,
      person: people.byRole.get(key) ?? null,
    });
  }
  mentions.sort((a, b) => a.at - b.at);
  // A surname inside a longer role mention ("the Russian president Putin") counts once.
  return mentions.filter(
    (mention, i) =>
      !mentions.some(
        (other, j) =>
          j !== i &&
          other.at <= mention.at &&
          other.end >= mention.end &&
          other.end - other.at > mention.end - mention.at,
      ),
  );
}

// ---------------------------------------------------------------------------------------------
// Extraction

interface SentenceInfo {
  /** Block-local range. */
  start: number;
  end: number;
  id: string;
  /** The sentence's text with quoted words blanked out: the narrative around the quotes. */
  masked: string;
}

const SPEAKER_AFTER = new RegExp(
  String.raw`^[\s,–—-]*(?:(?:(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof)\.?\s+)?(${NAME}(?:\s+${NAME}){0,2})|([Hh]e|[Ss]he|[Tt]he\s+(?:[\p{L}.]+\s+){0,3}(?:president|leader|minister|spokesman|spokeswoman|spokesperson|official)))\s+(?:(?:also|then|later|again|has|had|previously)\s+)*(${SPEECH_VERBS})\b|(said|says|added|told|wrote|asked)\s+(${NAME}(?:\s+${NAME}){0,2}|he|she)\b|according\s+to\s+(${NAME}(?:\s+${NAME}){0,2}))`,
  'u',
);
// "said, “", "stated that “", "wrote on Telegram: “": a speech verb, perhaps a short adjunct, then
// the quote.
const VERB_BEFORE = new RegExp(
  String.raw`\b(${SPEECH_VERBS})(?:(?:\s+that)?\s*[,:]?|\s+(?:on|in|to|at)\s[^.,:;“”"‘]{1,40}[,:])\s*$`,
  'u',
);
const REPORTING_BEFORE = new RegExp(
  String.raw`(?<!(?:’s|'s)\s)\b(${SPEECH_VERBS}|insists?|demands?|called for|described)\b`,
  'gu',
);
const MAX_TERM_WORDS = 4;

/**
 * Finds every direct quotation of an article, with its speaker and kind.
 *
 * @returns the quotes in reading order; offsets index the article's source text
 */
export function extractQuotes(article: Article): Quote[] {
  const spansByBlock = article.blocks.map((block) => findSpans(block.text));
  const masks = new Map<number, string>();
  spansByBlock.forEach((spans, index) => {
    if (spans.length) masks.set(index, maskSpans(article.blocks[index]!.text, spans));
  });
  const people = findPeople(article, masks);

  // Who each sentence is about: its first mention outside quotes, pronouns resolved backwards.
  let lastSubject: Person | null = null;
  const sentenceInfo: SentenceInfo[][] = article.blocks.map((block, blockIndex) =>
    block.sentences.map((sentenceIndex) => {
      const sentence = article.sentences[sentenceIndex]!;
      const start = sentence.start - block.start;
      const end = sentence.end - block.start;
      const masked = (masks.get(blockIndex) ?? block.text).slice(start, end);
      return { start, end, id: sentence.id, masked };
    }),
  );
  const subjectOf = new Map<string, Person | null>();
  const priorSubject = new Map<string, Person | null>();
  for (const infos of sentenceInfo) {
    for (const info of infos) {
      priorSubject.set(info.id, lastSubject);
      const first = findMentions(info.masked, people).find((mention) => !mention.possessive);
      let subject: Person | null = null;
      if (first) subject = first.pronoun ? lastSubject : first.person;
      subjectOf.set(info.id, subject);
      if (subject) lastSubject = subject;
    }
  }

  const quotes: Quote[] = [];
  let previous: { quote: Quote; blockIndex: number; endsBlock: boolean } | null = null;
  article.blocks.forEach((block, blockIndex) => {
    const spans = spansByBlock[blockIndex]!;
    const infos = sentenceInfo[blockIndex]!;
    const masked = masks.get(blockIndex) ?? block.text;
    const groups = mergeInterrupted(block.text, spans);
    for (const group of groups) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const sentenceAt = (offset: number): SentenceInfo =>
        infos.find((info) => offset >= info.start && offset < info.end) ?? infos[infos.length - 1]!;
      const openSentence = sentenceAt(first.open);
      const closeSentence = sentenceAt(last.close === -1 ? block.text.length - 1 : last.close);
      const covered = infos.filter(
        (info) => info.end > first.innerStart && info.start < last.innerEnd,
      );
      const sentences = (covered.length ? covered : [openSentence]).map((info) => info.id);

      const after = last.close === -1 ? '' : masked.slice(last.close + 1, closeSentence.end);
      const before = masked.slice(openSentence.start, first.open);
      const inner = block.text.slice(first.innerStart, first.innerEnd);
      const partial =
        /\S/.test(before) && !VERB_BEFORE.test(before) && !/^\p{Lu}/u.test(inner.trim())
          ? true
          : /\S/.test(before) && /^[\p{Ll}]/u.test(inner.trim());

      let mention: string | null = null;
      let speaker: Person | null = null;
      let attributed = false;
      const resolve = (raw: string, sentenceId: string): Person | null => {
        const found = findMentions(raw, people)[0];
        if (!found) {
          const word = stripPossessive(raw.split(/\s+/).pop() ?? '');
          return (
            people.bySurname.get(word) ??
            (/^\p{Lu}/u.test(raw) ? { name: raw, surname: word } : null)
          );
        }
        return found.pronoun ? (priorSubject.get(sentenceId) ?? null) : found.person;
      };

      const interruption = group.length > 1 ? masked.slice(first.close + 1, group[1]!.open) : '';
      const afterMatch =
        SPEAKER_AFTER.exec(after) ?? (interruption ? SPEAKER_AFTER.exec(interruption) : null);
      if (afterMatch) {
        mention = (afterMatch[1] ?? afterMatch[2] ?? afterMatch[5] ?? afterMatch[6])!.trim();
        attributed = true;
        speaker = NOT_NAMES.has(mention) ? null : resolve(mention, closeSentence.id);
      } else if (VERB_BEFORE.test(before) || partial) {
        // "He remarked, “…”", "stating, “…”", "must recognise the “…”": the speaker is the
        // nearest person named before the speech verb, else the one the sentence is about.
        let verbAt = -1;
        if (VERB_BEFORE.test(before)) verbAt = before.search(VERB_BEFORE);
        else for (const match of before.matchAll(REPORTING_BEFORE)) verbAt = match.index;
        if (verbAt >= 0) {
          attributed = true;
          const candidates = findMentions(before.slice(0, verbAt), people).filter(
            (item) => !item.possessive,
          );
          const nearest = candidates[candidates.length - 1];
          if (nearest) {
            mention = nearest.raw;
            speaker = nearest.pronoun
              ? (priorSubject.get(openSentence.id) ?? null)
              : nearest.person;
          } else if (
            /\b(?:saying|stating|adding|noting|remarking|insisting|warning|telling|declaring|writing)\s*[,:]?\s*$/.test(
              before,
            )
          ) {
            speaker = subjectOf.get(openSentence.id) ?? null;
          }
        }
      }
      if (!attributed && previous && !partial) {
        // A quote that opens its paragraph right after a quote that closed the previous one,
        // or that follows its speaker's earlier quote in the same paragraph, goes on with it.
        const continues =
          (previous.blockIndex === blockIndex - 1 && previous.endsBlock && before.trim() === '') ||
          previous.blockIndex === blockIndex;
        if (continues && previous.quote.kind === 'speech') {
          speaker = previous.quote.speaker
            ? (people.bySurname.get(previous.quote.speaker.split(' ').pop()!) ?? {
                name: previous.quote.speaker,
                surname: '',
              })
            : null;
          mention = previous.quote.speakerMention;
          attributed = speaker !== null;
        }
      }

      const words = countWords(displayText(inner));
      const precededByTo = /\bto\s*$/.test(before);
      const kind: QuoteKind =
        !attributed &&
        group.length === 1 &&
        words <= MAX_TERM_WORDS &&
        !precededByTo &&
        !/[.!?]$/.test(inner.trim())
          ? 'term'
          : 'speech';

      const startLocal = first.innerStart;
      // A fragment's final full stop belongs to the reporting sentence ("the “realities on the
      // ground.”"), not to the words quoted.
      if (
        partial &&
        group.length === 1 &&
        /[^.]\.$/.test(block.text.slice(last.innerStart, last.innerEnd))
      )
        last.innerEnd -= 1;
      const endLocal = last.innerEnd;
      const text = block.text.slice(startLocal, endLocal);
      const parts = group.map((item) => ({
        start: block.start + item.innerStart,
        end: block.start + item.innerEnd,
      }));
      const quote: Quote = {
        id: `${article.id}/q-${quotes.length}`,
        article: article.id,
        start: block.start + startLocal,
        end: block.start + endLocal,
        text,
        parts,
        quotation: group
          .map((item) => displayText(block.text.slice(item.innerStart, item.innerEnd)))
          .join(' … '),
        sentences,
        anchor: sentences[0]!,
        speaker: kind === 'speech' ? (speaker?.name ?? null) : null,
        speakerMention: kind === 'speech' && speaker ? mention : null,
        kind,
        partial: kind === 'speech' && partial,
        closed: last.close !== -1,
      };
      quotes.push(quote);
      const trailing =
        last.close === -1 ? '' : block.text.slice(last.close + 1, last.close + 1 + LOOKAROUND);
      previous = {
        quote,
        blockIndex,
        endsBlock: last.close === -1 || !/\p{L}/u.test(trailing) || SPEAKER_AFTER.test(trailing),
      };
    }
  });
  return quotes;
}

/** Blanks the inside of every quote (same length), so names quoted are not taken as narrative. */
function maskSpans(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const item of spans) {
    out +=
      text.slice(at, item.open + 1) +
      text
        .slice(item.open + 1, item.close === -1 ? text.length : item.close)
        .replace(/[^\n]/g, ' ');
    at = item.close === -1 ? text.length : item.close;
  }
  return out + text.slice(at);
}

// "…,” Putin said. “…": all there is between the two parts of one interrupted quote.
const ATTRIBUTION_ONLY = new RegExp(
  String.raw`^[\s,–—-]*(?:${NAME}(?:\s+${NAME}){0,2}|[Hh]e|[Ss]he)\s+(?:${SPEECH_VERBS})\b[^“”"‘\n]{0,40}[.,:;]\s*$`,
  'u',
);
// How far after a closing mark an attribution is looked for: one sentence, not the rest of a
// (possibly huge) paragraph, so that extraction stays linear in the text.
const LOOKAROUND = 400;

/**
 * Joins "“…,” Putin said. “…”" (or "‘…’, Putin said. ‘…’") into one quote: a quote whose first
 * part ends in a comma, inside or just after its closing mark, and is followed by nothing but its
 * attribution, and a next part with no attribution of its own.
 */
function mergeInterrupted(text: string, spans: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const item of spans) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev && prev.close !== -1) {
      const between = text.slice(prev.close + 1, item.open);
      // The comma inside the closing mark (“…,” Putin said) or, British style, after it
      // (‘…’, Putin said).
      const endedWithComma =
        /,\s*$/.test(text.slice(prev.innerStart, prev.close)) || /^\s*,/.test(between);
      const after =
        item.close === -1 ? '' : text.slice(item.close + 1, item.close + 1 + LOOKAROUND);
      const ownAttribution = SPEAKER_AFTER.test(after.split(/[.!?](?:\s|$)/)[0] ?? '');
      if (endedWithComma && ATTRIBUTION_ONLY.test(between) && !ownAttribution) {
        group.push(item);
        continue;
      }
    }
    groups.push([item]);
  }
  return groups;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Grouping across articles

/**
 * The matching keys of a quotation: the stems of its content words, as the claim-alignment
 * engine normalises them (spelling variants, hyphenation, "U.S."/"US", numbers), so quotes and
 * claims agree on what counts as the same word.
 */
export function quoteKeys(text: string): string[] {
  return contentTokens(tokenize(displayText(text))).map((token) => token.stem);
}

const MIN_SHARED = 3;
const MIN_CONTAINMENT = 0.5;

function sameSpeaker(a: Quote, b: Quote): boolean {
  if (!a.speaker || !b.speaker) return true;
  return a.speaker.split(' ').pop() === b.speaker.split(' ').pop();
}

/**
 * The keys of a quote as a whole, then of each sentence of each part: outlets cut one statement
 * differently, so a sentence of one may be all another quotes.
 */
function keySets(quote: Quote): string[][] {
  const sets = [quoteKeys(quote.quotation)];
  const pieces = quote.quotation
    .split(' … ')
    .flatMap((part) => part.split(/(?<=[.!?;])\s+(?=\p{Lu})/u));
  if (pieces.length > 1) sets.push(...pieces.map(quoteKeys));
  return sets;
}

function overlaps(keysA: string[], keysB: string[]): boolean {
  const setA = new Set(keysA);
  const setB = new Set(keysB);
  let shared = 0;
  for (const key of setA) if (setB.has(key)) shared++;
  return shared >= MIN_SHARED && shared / Math.min(setA.size, setB.size) >= MIN_CONTAINMENT;
}

/**
 * True when two quotes carry the same quotation: the same speaker (or one unknown), and either
 * identical wording once normalised, or (for speech) at least three shared content words
 * covering half of the shorter quote, comparing whole quotes and the parts of interrupted ones.
 */
export function sameQuotation(a: Quote, b: Quote, keysA = keySets(a), keysB = keySets(b)): boolean {
  if (!sameSpeaker(a, b)) return false;
  const [wholeA, wholeB] = [keysA[0]!, keysB[0]!];
  if (wholeA.join(' ') === wholeB.join(' '))
    return wholeA.length > 0 || a.quotation.toLowerCase() === b.quotation.toLowerCase();
  if (a.kind === 'term' || b.kind === 'term') return false;
  return keysA.some((x) => keysB.some((y) => overlaps(x, y)));
}

/**
 * Groups the quotes of several articles into quotations: quotes of different articles that carry
 * the same quotation (see `sameQuotation`) join one group, transitively, so an article that
 * quotes a statement whole links the parts other articles quote separately.
 *
 * @param quotesByArticle the quotes of each article (default: `extractQuotes` of each)
 * @returns groups ordered by number of sources (most first), then by first appearance
 */
export function groupQuotes(
  articles: Article[],
  quotesByArticle?: Map<string, Quote[]>,
): QuoteGroup[] {
  const all: Quote[] = [];
  for (const article of [...articles].sort((a, b) => compare(a.id, b.id))) {
    all.push(...(quotesByArticle?.get(article.id) ?? extractQuotes(article)));
  }
  const keySetsOf = all.map(keySets);
  const keys = keySetsOf.map((sets) => sets[0]!);
  const parent = all.map((_, index) => index);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));

  // Candidates through an inverted index of content words, not all pairs.
  const postings = new Map<string, number[]>();
  keys.forEach((list, index) => {
    for (const key of new Set(list)) {
      const posting = postings.get(key);
      if (posting) posting.push(index);
      else postings.set(key, [index]);
    }
  });
  const exact = new Map<string, number>();
  all.forEach((quote, i) => {
    const key = keys[i]!.join(' ') || quote.quotation.toLowerCase();
    const seen = exact.get(key);
    if (
      seen !== undefined &&
      all[seen]!.article !== quote.article &&
      sameSpeaker(all[seen]!, quote)
    )
      parent[find(i)] = find(seen);
    else if (seen === undefined) exact.set(key, i);
    const candidates = new Set<number>();
    for (const word of new Set(keys[i]))
      for (const j of postings.get(word) ?? []) if (j < i) candidates.add(j);
    for (const j of candidates) {
      if (all[j]!.article === quote.article) continue;
      if (sameQuotation(all[j]!, quote, keySetsOf[j], keySetsOf[i])) parent[find(i)] = find(j);
    }
  });

  const members = new Map<number, Quote[]>();
  all.forEach((quote, index) => {
    const root = find(index);
    const list = members.get(root);
    if (list) list.push(quote);
    else members.set(root, [quote]);
  });
  const groups = [...members.values()].map((variants): QuoteGroup => {
    variants.sort((a, b) => compare(a.article, b.article) || a.start - b.start);
    return {
      id: `q-${hash(`${variants[0]!.speaker ?? ''}|${keys[all.indexOf(variants[0]!)]!.join(' ') || variants[0]!.quotation}`)}`,
      speaker: groupSpeaker(variants),
      kind: variants.some((variant) => variant.kind === 'speech') ? 'speech' : 'term',
      variants,
      sources: new Set(variants.map((variant) => variant.article)).size,
    };
  });
  // Two groups may open with the same wording by different speakers; keep ids unique.
  uniquifyIds(groups);
  const order = new Map(all.map((quote, index) => [quote, index]));
  return groups.sort(
    (a, b) => b.sources - a.sources || order.get(a.variants[0]!)! - order.get(b.variants[0]!)!,
  );
}

/** Extracts and groups in one call: what pages and the data export use. */
export function buildQuoteGroups(articles: Article[]): QuoteGroup[] {
  return groupQuotes(articles);
}

/** The `quotes` array of `/data/claims.json`. */
export function exportQuoteGroups(groups: QuoteGroup[]): QuoteGroupExport[] {
  return groups.map((group) => ({
    id: group.id,
    speaker: group.speaker,
    variants: group.variants.map((variant) => ({
      article: variant.article,
      start: variant.start,
      end: variant.end,
      text: variant.text,
      speaker: variant.speaker,
      anchor: variant.anchor,
    })),
  }));
}

/** The speaker most variants name (by surname), spelled as fully as any variant spells it. */
function groupSpeaker(variants: Quote[]): string | null {
  const counts = new Map<string, { count: number; name: string }>();
  for (const variant of variants) {
    if (!variant.speaker) continue;
    const surname = variant.speaker.split(' ').pop()!;
    const entry = counts.get(surname) ?? { count: 0, name: variant.speaker };
    entry.count++;
    if (variant.speaker.length > entry.name.length) entry.name = variant.speaker;
    counts.set(surname, entry);
  }
  let best: { count: number; name: string } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.name ?? null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The quotes of every article from its groups, each list in reading order: what an article page
 * needs to mark quotes with their speaker (`quote.start`/`end`/`parts` are source offsets,
 * `quote.sentences` the sentence ids covered).
 */
export function quotesByArticle(groups: QuoteGroup[]): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>();
  for (const group of groups) {
    for (const variant of group.variants) {
      const list = out.get(variant.article);
      if (list) list.push(variant);
      else out.set(variant.article, [variant]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}
