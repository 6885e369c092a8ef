/**
 * Step 3 of the pipeline: split a block of text (one paragraph or list item) into sentences,
 * each with its offsets. Handles abbreviations and titles (Mr., Gen., Jan. 9), initials
 * (Donald J. Trump), initialisms that may or may not end a sentence (U.S.), numbers (1,000, 3.5,
 * 20%), and quotes that close after the full stop ("…office.” Putin said).
 */
import type { TextRange } from '../model/index.ts';

// Abbreviations that (almost) never end a sentence: titles and months before names and dates.
const TITLES = new Set(
  (
    'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl adm cmdr brig gov sen rep pres supt ' +
    'insp det rev fr sr jr st mt ft hon amb sec atty messrs mme mlle dept univ est approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e cf vs viz al ca c'
  ).split(' '),
);
// Abbreviations that only precede a number: "No. 1", "Vol. 2", "p. 7".
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'vols', 'p', 'pp', 'art', 'fig', 'ch', 'sec']);
// After an initialism such as "U.S." a capitalised institution or title continues the sentence
// ("U.S. President"); anything else capitalised starts a new one ("…the U.S. Ukrainian forces").
const CONTINUES_INITIALISM = new Set(
  (
    'president president-elect presidents vice secretary senator senators senate congress ' +
    'congressman congresswoman representative representatives house army navy air marine ' +
    'marines military forces troops treasury state department embassy ambassador supreme court ' +
    'federal government administration officials official intelligence attorney customs ' +
    'border census coast central special national open dollar dollars election elections ' +
    'constitution citizens citizen agency office envoy envoys defense defence security ' +
    'commerce trade energy justice navy capitol command'
  ).split(' '),
);

// The Arabic question mark (؟) and the Urdu full stop (۔) end sentences too.
const TERMINAL = /[.!?…؟۔]+/g;
// Sticky (y) patterns read at a position without copying the rest of the text: splitting stays
// linear even for a paragraph of megabytes.
const CLOSERS = /[”’"')\]»]*/y;
// A sentence starts with a capital, a digit, or a letter of a script without case (Arabic,
// Hebrew: \p{Lo}), where no capital can mark it.
const NEXT_START = /\s+[“‘"'(\[«]?[\p{Lu}\p{Lo}\p{N}]/uy;
// The word before a full stop and the word after a boundary are short: look this far at most.
const WORD_WINDOW = 64;

/**
 * Splits one block of text into sentences.
 *
 * @param text the block's text (a single paragraph or list item)
 * @returns ranges relative to `text`, trimmed, in order, covering every non-space character
 */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = skipSpace(text, 0);
  TERMINAL.lastIndex = 0;
  for (let match = TERMINAL.exec(text); match; match = TERMINAL.exec(text)) {
    const afterMarks = match.index + match[0].length;
    CLOSERS.lastIndex = afterMarks;
    const end = afterMarks + CLOSERS.exec(text)![0].length;
    if (end >= text.length) break;
    NEXT_START.lastIndex = end;
    if (!NEXT_START.test(text)) continue;
    if (match[0] === '.' && !endsSentence(text, match.index, end)) continue;
    ranges.push({ start, end });
    start = skipSpace(text, end);
    TERMINAL.lastIndex = start;
  }
  const end = text.trimEnd().length;
  if (end > start) ranges.push({ start, end });
  return ranges;
}

/** Decides whether the full stop at `dot`, followed by a capitalised word after `end`, ends a sentence. */
function endsSentence(text: string, dot: number, end: number): boolean {
  const word = /[\p{L}\p{N}.'’-]*$/u.exec(text.slice(Math.max(0, dot - WORD_WINDOW), dot))![0];
  const bare = word.toLowerCase().replace(/^['’]+/, '');
  const nextWord =
    /^\s*[“‘"'(\[«]?([\p{L}\p{N}'’-]+)/u.exec(text.slice(end, end + WORD_WINDOW))?.[1] ?? '';
  if (bare === '') return true;
  if (TITLES.has(bare)) return false;
  if (BEFORE_NUMBER.has(bare)) return !/^\p{N}/u.test(nextWord);
  // A single capital letter is an initial: "Donald J. Trump".
  if (/^\p{Lu}$/u.test(word)) return false;
  // Initialisms with inner dots: U.S., U.K., a.m.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return !CONTINUES_INITIALISM.has(nextWord.toLowerCase());
  }
  return true;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
