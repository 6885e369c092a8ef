/**
 * Step 3 of the pipeline: split a block of text (one paragraph or list item) into sentences,
 * each with its offsets. A full stop after an abbreviation, an initial or an initialism ends a
 * sentence or not depending on the kind of abbreviation and on the word that follows it: a
 * name (Donald J. Trump, J.K. Rowling), an institution (U.S. Senate), a number (No. 1, Jan. 9),
 * a time zone or weekday (5 p.m. Monday), a company's legal form (Co. KG), or a word that opens
 * sentences (…the U.S. The talks…). Also handles numbers (1,000, 3.5), ellipses (. . . and …),
 * inline lists (1. … 2. …), and quotes that close after the full stop ("…office.” Putin said).
 */
import type { TextRange } from '../model/index.ts';

const words = (list: string) => new Set(list.split(' '));

// Titles and Latin abbreviations that stand before what they qualify: never the end.
const BEFORE_NAME = words(
  'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl adm cmdr brig gov sen rep pres supt ' +
    'insp det rev fr hon amb sec atty messrs mme mlle dept univ est approx e.g i.e a.k.a cf vs ' +
    'viz ca c',
);
// Abbreviations that mean something only before a number: "No. 1", "p. 55", "N°. 1026".
const BEFORE_NUMBER = words('no nos n° nº vol vols p pp art fig ch');
// News copy abbreviates a month only before a day ("Jan. 9"), so a month before anything else
// is a month that ends the sentence.
const MONTHS = words('jan feb mar apr jun jul aug sep sept oct nov dec');
// Name suffixes and company suffixes end a name, and often the sentence: they continue only
// into a legal form ("& Co. KG") or a title or institution ("Ford Motor Co. Chief Executive").
const AFTER_NAME = words('co cos corp inc ltd llc plc bros jr sr');
// Saint/Street, Mount, Fort, "et al.": a name follows as readily as a new sentence.
const NAME_OR_END = words('st mt ft al');
const CLOCK = words('a.m p.m');

// Closed-class words that open sentences (pronouns, articles, conjunctions, prepositions,
// auxiliaries) and never continue a name: "you and I. Did…", "…the U.S. How…", "…& Co. It…".
// Words that are also names or months (May, Will, Long) are left out.
const OPENERS = words(
  'the a an this that these those he she it they we i you his her its their our my your ' +
    'there here but and or so yet if when while after before as since because although though ' +
    'in on at by for from with without during under over into about against among between ' +
    'what who whom whose which where why how did does do is are was were has have had could ' +
    'would should must shall not no none nothing some many most all both each every several ' +
    'another other others such then now also still however meanwhile instead indeed yes even ' +
    "just only more less much let it’s it's that’s that's there’s there's he’s she’s i’m " +
    "i'm we’re we're they’re they're",
);
// Institutions, offices and titles that an initialism or a company qualifies: "U.S. Senate",
// "U.K. Panel", "U.N. General Assembly", "Ford Motor Co. Chief Executive".
const INSTITUTIONS = words(
  'president president-elect presidents vice secretary secretary-general senator senators ' +
    'senate congress congressman congresswoman representative representatives house army navy ' +
    'air marine marines military forces troops treasury state department embassy ambassador ' +
    'supreme court courts federal government administration officials official intelligence ' +
    'attorney attorneys customs border census coast central special national open dollar ' +
    'dollars election elections constitution citizens citizen agency office envoy envoys ' +
    'defense defence security commerce trade energy justice capitol command general assembly ' +
    'council panel commission committee mission prime minister chancellor chief executive ' +
    'chairman chairwoman chair ceo board district judge marshal marshals postal service ' +
    'institute bureau',
);
// Legal forms that follow "Co." and company names: "GmbH & Co. KG", "Co. Ltd".
const LEGAL_FORMS = words(
  'kg kgaa ag gmbh inc ltd llc llp lp plc sa nv se spa bv ab asa oy corp limited',
);
// What follows a clock time in the same sentence: "5 p.m. Monday", "5 p.m. EST".
const TIME_WORDS = words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december jan feb mar apr jun jul aug sep ' +
    'sept oct nov dec et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet ' +
    'eest msk ist jst aest eastern central pacific mountain greenwich',
);

// The Arabic question mark (؟) and the Urdu full stop (۔) end sentences too.
const TERMINAL = /[.!?…؟۔]+(?: \.(?![\p{L}\p{N}]))*/gu;
// Sticky (y) patterns read at a position without copying the rest of the text: splitting stays
// linear even for a paragraph of megabytes.
const CLOSERS = /[”’"')\]»]*/y;
// A sentence starts with a capital, a digit, or a letter of a script without case (Arabic,
// Hebrew: \p{Lo}), where no capital can mark it.
const NEXT_START = /\s+[“‘"'(\[«]?[\p{Lu}\p{Lo}\p{N}]/uy;
// The words around a full stop are short: look this far at most.
const WORD_WINDOW = 64;
// Characters of the word before a full stop ("U.S", "N°", "Jr") and of the word before it.
const WORD_CHAR = /[\p{L}\p{N}.'’°º-]/u;
const NAME_CHAR = /[\p{L}\p{N}'’-]/u;
// The word after a full stop, whether a full stop follows it (an initial), and the word after.
const AFTER =
  /\s*[“‘"'(\[«]?([\p{L}\p{N}'’&-]{1,64})(\.?)(?:\s+([\p{L}\p{N}][\p{L}\p{N}'’-]{0,63}))?/uy;
// An inline list opens the block with a marker: "1.)", "1)", "1.", "a.", after an optional
// bullet ("• 9.", "⁃9.").
const LIST_START = /\s*([•⁃▪◦‣*–-]?)(\s*)(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s)/uy;

/**
 * Splits one block of text into sentences.
 *
 * @param text the block's text (a single paragraph or list item)
 * @returns ranges relative to `text`, trimmed, in order, covering every non-space character
 */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const push = (from: number, to: number) => {
    let end = to;
    while (end > from && /\s/.test(text[end - 1]!)) end--;
    if (end > from) ranges.push({ start: from, end });
  };
  const items = listItems(text);
  let item = 0;
  let start = skipSpace(text, 0);
  TERMINAL.lastIndex = 0;
  for (let match = TERMINAL.exec(text); match; match = TERMINAL.exec(text)) {
    // Each item of an inline list is a sentence of its own, ended or not.
    let inMarker = false;
    while (item < items.length && items[item]!.start <= match.index) {
      const marker = items[item++]!;
      if (marker.start > start) push(start, marker.start);
      start = Math.max(start, marker.start);
      inMarker = match.index < marker.end;
    }
    if (inMarker) continue;
    const marks = match[0];
    const afterMarks = match.index + marks.length;
    // "[...]" and "(...)" mark words left out of a quotation.
    if (/^[[(]$/.test(text[match.index - 1] ?? '') && /^[\])]$/.test(text[afterMarks] ?? '')) {
      continue;
    }
    CLOSERS.lastIndex = afterMarks;
    const end = afterMarks + CLOSERS.exec(text)![0].length;
    if (end >= text.length) break;
    NEXT_START.lastIndex = end;
    if (!NEXT_START.test(text)) continue;
    if (marks.includes(' ')) {
      // A spaced ellipsis of three dots leaves words out inside a sentence; four dots are a full
      // stop and an ellipsis. When the first dot touches the word, it ends the sentence and the
      // ellipsis opens the next ("compounds. . . . The practice").
      if (marks.replaceAll(' ', '').length < 4) continue;
      if (!/\s/.test(text[match.index - 1] ?? ' ')) {
        push(start, match.index + 1);
        start = skipSpace(text, match.index + 1);
        TERMINAL.lastIndex = start;
        continue;
      }
    } else if (marks === '.' && !endsSentence(text, start, match.index, end)) {
      continue;
    }
    push(start, end);
    start = skipSpace(text, end);
    TERMINAL.lastIndex = start;
  }
  for (; item < items.length; item++) {
    if (items[item]!.start > start) push(start, items[item]!.start);
    start = Math.max(start, items[item]!.start);
  }
  push(start, text.length);
  return ranges;
}

/**
 * Finds an inline list ("1.) The first item 2.) The second item"): when the block opens with a
 * marker, the markers that count on from it, in the same style, each start an item.
 */
function listItems(text: string): TextRange[] {
  LIST_START.lastIndex = 0;
  const first = LIST_START.exec(text);
  if (!first) return [];
  const [whole, bullet = '', gap = '', label = '', style = ''] = first;
  const items: TextRange[] = [{ start: skipSpace(text, 0), end: whole.length }];
  const numbered = /\d/.test(label);
  let next = numbered ? Number(label) + 1 : label.charCodeAt(0) + 1;
  let from = whole.length;
  while (numbered || next <= 'z'.charCodeAt(0)) {
    const needle = (numbered ? String(next) : String.fromCharCode(next)) + style;
    const item = findMarker(text, needle, bullet, gap !== '', from);
    if (!item) break;
    items.push(item);
    from = item.end;
    next++;
  }
  return items;
}

/** Finds the next `needle` ("2.)") after white space and the list's bullet, from `from` on. */
function findMarker(
  text: string,
  needle: string,
  bullet: string,
  gap: boolean,
  from: number,
): TextRange | undefined {
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!isSpace(text[end])) continue;
    let start = at;
    if (bullet) {
      if (gap) while (start > from && isSpace(text[start - 1])) start--;
      if (text[start - 1] !== bullet) continue;
      start--;
    }
    if (start > from && isSpace(text[start - 1])) return { start, end };
  }
  return undefined;
}

/**
 * Decides whether the full stop at `dot`, followed by a capital or a number after `end`, ends
 * the sentence that began at `start`.
 */
function endsSentence(text: string, start: number, dot: number, end: number): boolean {
  const wordStart = scanBack(text, dot, WORD_CHAR);
  const word = text.slice(wordStart, dot);
  const bare = word.toLowerCase().replace(/^['’]+/, '');
  if (bare === '') return true;
  let previousEnd = wordStart;
  const limit = Math.max(0, wordStart - WORD_WINDOW);
  while (previousEnd > limit && isSpace(text[previousEnd - 1])) previousEnd--;
  const previous =
    previousEnd < wordStart ? text.slice(scanBack(text, previousEnd, NAME_CHAR), previousEnd) : '';
  AFTER.lastIndex = end;
  const after = AFTER.exec(text);
  const next = after?.[1] ?? '';
  const nextLower = next.toLowerCase();
  const nextIsNumber = /^\p{N}/u.test(next);
  // "E. J. Dionne": a capital with a full stop is another initial, not the word "A".
  const nextIsInitial = /^\p{Lu}$/u.test(next) && after?.[2] === '.';
  const opensSentence = OPENERS.has(nextLower) && !nextIsInitial;
  const qualified = INSTITUTIONS.has(nextLower);

  if (BEFORE_NAME.has(bare)) return false;
  if (BEFORE_NUMBER.has(bare)) return !nextIsNumber;
  if (MONTHS.has(bare)) return !nextIsNumber;
  if (AFTER_NAME.has(bare)) return !LEGAL_FORMS.has(nextLower) && !qualified;
  if (NAME_OR_END.has(bare)) return opensSentence;
  if (CLOCK.has(bare)) {
    if (TIME_WORDS.has(nextLower) || after?.[3]?.toLowerCase() === 'time') return false;
    // "At 5 a.m." alone is no sentence: the clock time opens one ("At 5 a.m. Mr. Smith went…").
    if (dot - word.length - start > WORD_WINDOW) return true;
    const sofar = text.slice(start, dot - word.length);
    return !/^\W*(?:\p{L}+\s+)?(?:about\s+)?\d{1,2}(?:[:.]\d{2})?\s*$/u.test(sofar);
  }
  // A single capital is an initial ("Donald J. Trump", "Albert I. Jones") unless a sentence
  // opens after it, or it is the pronoun after a lower-case word ("you and I. Did…").
  if (/^\p{Lu}$/u.test(word)) {
    if (word === 'I' && /^\p{Ll}/u.test(previous)) return true;
    return opensSentence;
  }
  // Initials (J.K., H.R.) and initialisms (U.S., U.N.) are read the same way: the letters alone
  // do not tell "U.S. Steel" from "J.C. Penney".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    if (opensSentence) return true;
    if (qualified || nextIsNumber) return false;
    // "the U.S." is a noun phrase that may close a sentence; without an article the initials
    // qualify or name what follows ("U.S. Steel", "J.K. Rowling", "H.R. McMaster"). After the
    // article, a second capitalised word still makes one name ("the U.N. General Assembly").
    if (previous.toLowerCase() !== 'the') return false;
    return after?.[2] === '.' || !/^\p{Lu}/u.test(after?.[3] ?? '');
  }
  return true;
}

/** Steps back from `to` over at most `WORD_WINDOW` characters of `chars`. */
function scanBack(text: string, to: number, chars: RegExp): number {
  const limit = Math.max(0, to - WORD_WINDOW);
  let i = to;
  while (i > limit && chars.test(text[i - 1]!)) i--;
  return i;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (isSpace(text[i])) i++;
  return i;
}
