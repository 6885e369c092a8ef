/**
 * Finding quotation marks: pairs the opening and closing marks of one block of text into spans,
 * telling quotation marks from apostrophes, and blanks quoted words out of the narrative.
 * Offsets are block-local.
 */

/** One quotation in a block: where its marks are and where the quoted words run. */
export interface Span {
  /** Block-local offsets of the opening mark and of the closing mark (-1: unclosed). */
  open: number;
  close: number;
  /**
   * Where the quotation stops: its closing mark, or for an unclosed one the end of the block or
   * of the sentence it opened in (see `findSpans`).
   */
  end: number;
  /** Block-local range of the quoted words: inside the marks, without spaces or a final , ; : */
  innerStart: number;
  innerEnd: number;
}

const CURLY_OPEN = new Set(['“', '„', '«']);
const CURLY_CLOSE = new Set(['”', '»']);
const OPENS_AFTER = /[\s([{\-–—/]/;
/**
 * Besides what a double mark follows, a single opening mark may follow a double one (“‘Nice’ is
 * a word,” …); it may precede a double one (‘“Peace” is…’), a price or an ellipsis.
 */
const SINGLE_OPENS_AFTER = /[\s([{\-–—/“„«"]/;
const SINGLE_OPENS_BEFORE = /[\p{L}\p{N}“„«"…$£€]/u;
/**
 * What may follow a closing single mark: the end of the block, a space, or punctuation,
 * including the closing marks of quotes it is nested in.
 */
const SINGLE_CLOSES_BEFORE = /[\s.,;:!?)\]}”»"’…\-–—/]/;
/**
 * Words a possessive "s’" cannot be followed by: determiners, pronouns, auxiliaries,
 * prepositions, conjunctions and reporting verbs. After "s’ " any other lowercase word reads as
 * the thing possessed (the allies’ demands); one of these reads as the text after a quote
 * (‘…the talks’ were, ‘…no plans’ he said).
 */
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
 * text (“She called it ‘a farce’,”), inside a single one double marks are (‘He said “no”,’). A
 * closing mark never opened is ignored. An opening mark never closed runs to the end of the
 * block when the next block opens with a quotation mark (the convention for a quote that goes
 * on into the next paragraph), or when nothing else is quoted after it in a short rest of the
 * block (a closing mark forgotten at the end); otherwise the mark is taken as stray, its
 * quotation stops at the end of its sentence and the marks after it are read afresh, so that
 * one stray mark does not swallow the quotes after it or a whole one-paragraph article.
 *
 * @param continues the next block opens with a quotation mark
 * @returns the block's quotations in reading order, block-local; empty ones (“”) dropped
 */
export function findSpans(text: string, continues = false): Span[] {
  const spans: Span[] = [];
  let from = 0;
  // Each stray mark costs a scan of the rest of the block: a bound keeps hostile input linear.
  for (let stray = 0; from < text.length && stray <= MAX_STRAY_MARKS; stray++) {
    const open = scan(text, from, spans);
    if (open === -1) break;
    const end = continues ? text.length : unclosedEnd(text, open);
    spans.push(span(text, open, -1, end));
    from = end;
  }
  return spans.filter((item) => item.innerEnd > item.innerStart);
}

/**
 * Reads the marks of `text` from `from`, adding each closed quotation to `spans`.
 *
 * @returns the offset of the opening mark left unclosed at the end of the block, or -1
 */
function scan(text: string, from: number, spans: Span[]): number {
  let outer: 'curly' | 'straight' | 'single' | null = null;
  let depth = 0;
  let open = -1;
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const before = i === 0 ? ' ' : text[i - 1]!;
      const after = text[i + 1] ?? ' ';
      const opening = OPENS_AFTER.test(before) && !/\s/.test(after);
      if (outer === null && opening) {
        [outer, depth, open] = ['straight', 1, i];
      } else if (outer === 'straight' && !opening) {
        spans.push(span(text, open, i, i));
        outer = null;
      }
    } else if (CURLY_OPEN.has(char)) {
      if (outer === null) [outer, depth, open] = ['curly', 1, i];
      else if (outer === 'curly') depth += 1;
    } else if (CURLY_CLOSE.has(char)) {
      if (outer === 'curly' && --depth === 0) {
        spans.push(span(text, open, i, i));
        outer = null;
      }
    } else if (char === '‘') {
      if ((outer === null || outer === 'single') && opensSingle(text, i)) {
        if (outer === null) [outer, depth, open] = ['single', 0, i];
        depth += 1;
      }
    } else if (char === '’') {
      if (outer === 'single' && closesSingle(text, i) && --depth === 0) {
        spans.push(span(text, open, i, i));
        outer = null;
      }
    }
  }
  return outer === null ? -1 : open;
}

/** How many stray opening marks one block is read past; after that its rest holds no quotes. */
const MAX_STRAY_MARKS = 20;
/** An unclosed quotation may run to the block's end when the rest is at most this long. */
const MAX_UNCLOSED_REST = 600;
const OPENING_MARK = /[“„«‘]|(?<=^|[\s([{\-–—/])"(?=\S)/u;
const SENTENCE_END = /[.!?…]+[”"’»)]*(?=\s|$)/u;

/**
 * Where an unclosed quotation opened at `open` stops when no quotation continues it in the next
 * block: the block's end if the rest is short and nothing else is quoted in it, else the end of
 * the sentence it opened in.
 */
function unclosedEnd(text: string, open: number): number {
  const rest = text.slice(open + 1);
  if (rest.length <= MAX_UNCLOSED_REST && !OPENING_MARK.test(rest)) return text.length;
  const end = SENTENCE_END.exec(rest);
  return end ? open + 1 + end.index + end[0].length : text.length;
}

/** The span of the marks at `open` and `close` (-1: unclosed, stopping at `end`), trimmed. */
function span(text: string, open: number, close: number, end: number): Span {
  let innerStart = open + 1;
  let innerEnd = end;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /[\s,;:]/.test(text[innerEnd - 1]!)) innerEnd--;
  return { open, close, end, innerStart, innerEnd };
}

/** Blanks the inside of every quote (same length), so names quoted are not taken as narrative. */
export function maskSpans(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const item of spans) {
    out +=
      text.slice(at, item.open + 1) + text.slice(item.open + 1, item.end).replace(/[^\n]/g, ' ');
    at = item.end;
  }
  return out + text.slice(at);
}
