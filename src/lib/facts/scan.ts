/**
 * The lexical tokens fact extraction reads: runs of digits (with their separators), words and
 * single symbols, each with its offsets and whether space precedes it (so "3km" and "3 km", or
 * "9-4" and "9 - 4", can be told apart).
 */

/** One token of a text. */
export interface Lex {
  kind: 'num' | 'word' | 'sym';
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Whitespace comes right before it. */
  spaced: boolean;
}

// Digits with inner separators ("1,000", "1.5", "1,5", "1.000.000"), words with inner
// apostrophes, or any other single visible character.
const LEX_RE = /(\d+(?:[.,]\d+)*)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

/** Splits `text` into lexical tokens. Never throws; linear in the length of the text. */
export function scan(text: string): Lex[] {
  const out: Lex[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(LEX_RE)) {
    const raw = match[0];
    const start = match.index;
    const kind = match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'sym';
    out.push({
      kind,
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      spaced: start > previousEnd || start === 0,
    });
    previousEnd = start + raw.length;
  }
  return out;
}

/** Dashes and hyphens, all of which join ranges and compounds. */
export function isDash(lex: Lex | undefined): boolean {
  return lex !== undefined && lex.kind === 'sym' && /^[-‐‑‒–—−]$/.test(lex.text);
}

/** The words of `lexes[from..to)` joined as written (a space where the text has space). */
export function joined(lexes: readonly Lex[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const lex = lexes[i];
    if (!lex) break;
    out += (i > from && lex.spaced ? ' ' : '') + lex.lower;
  }
  return out;
}
