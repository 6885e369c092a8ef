/**
 * Display text: how a passage of an article is shown and matched once its exact offsets no
 * longer matter (invisible characters removed, whitespace collapsed), cut to a length, counted.
 */
import type { TextRange } from '../model/index.ts';

// Bidirectional formatting controls can reorder what a reader sees ("Trojan Source"); zero-width
// and soft-hyphen characters hide inside words; C0 and C1 control characters (BEL, ESC, DEL, …)
// are no text at all. None belongs in displayed or matched text. The controls that are
// whitespace (tab, line feed, vertical tab, form feed, carriage return) and NEL stay: they
// separate words and become one space below.
const INVISIBLE =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u00AD\uFEFF]/g;
const SPACE = /[\s\u0085]+/g;

/**
 * Text as it should be shown: invisible formatting characters (bidi controls, zero-width
 * characters, soft hyphens) and control characters removed, and every run of whitespace, line
 * breaks included, collapsed to one space. Offsets do not survive this; use it only for display
 * and matching.
 */
export function displayText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

// Anything `displayText` would remove or change (an invisible character, whitespace other than
// one space between words): most sentences have none, and pages show each several times, so
// they are returned as they are without building new strings.
const NEEDS_CLEANING = new RegExp(`${INVISIBLE.source}|[^\\S ]|\\u0085| {2}|^ | $`);

/** A run of displayed text, marked or not, highlighted or not. */
export interface TextSegment {
  text: string;
  /** Inside one of the `ranges` of `segmentText`. */
  marked: boolean;
  /** Inside one of the `highlights` of `segmentText`. */
  highlighted: boolean;
}

/**
 * Cuts a passage into runs for display, marking the parts inside `ranges` (for instance the
 * verbatim wording an outlet shares with another) and, independently, highlighting the parts
 * inside `highlights` (for instance a value another outlet states differently). Each run is
 * cleaned like `displayText`, but spaces at run edges are kept so that the runs join into the
 * displayed passage.
 *
 * @param text the passage, exactly as in the source
 * @param offset the passage's offset in the source
 * @param ranges source ranges to mark; may overlap, extend past the passage, or be empty
 * @param highlights source ranges to highlight, likewise
 */
export function segmentText(
  text: string,
  offset: number,
  ranges: readonly TextRange[],
  highlights: readonly TextRange[] = [],
): TextSegment[] {
  // Bit 1: marked, bit 2: highlighted.
  const flags = new Uint8Array(text.length);
  const paint = (list: readonly TextRange[], bit: number) => {
    for (const range of list) {
      const from = Math.max(0, range.start - offset);
      const to = Math.max(0, Math.min(text.length, range.end - offset));
      for (let i = from; i < to; i++) flags[i]! |= bit;
    }
  };
  paint(ranges, 1);
  paint(highlights, 2);
  const segments: TextSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || flags[i] !== flags[start]) {
      const run = text.slice(start, i).replace(INVISIBLE, '').replace(SPACE, ' ');
      const flag = flags[start]!;
      if (run !== '')
        segments.push({ text: run, marked: (flag & 1) === 1, highlighted: flag >= 2 });
      start = i;
    }
  }
  const first = segments[0];
  const last = segments.at(-1);
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  return segments.filter((segment) => segment.text !== '');
}

/** Cuts text at a word boundary so that it fits `max` characters, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Counts words: runs of letters or digits, apostrophes and inner hyphens included. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
