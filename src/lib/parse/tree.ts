/**
 * Step 2 of the pipeline: a unified parser for plain text copied from a news web page. It yields
 * an mdast tree with every node positioned in the original source text:
 *
 * - `heading` depth 1: the headline, when the body opens with one;
 * - `heading` depth 2: section headings (short lines without final punctuation);
 * - `paragraph`: every other line of text (paragraphs sit on their own lines);
 * - `list` / `listItem`: runs of `- item` lines;
 * - `debris`: page debris (see `debris.ts`), kept with the metadata it carries.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import {
  bareByline,
  classifyDebrisLine,
  isMasthead,
  nameFromLine,
  outletFromBio,
  type DebrisLine,
  type LinePosition,
} from './debris.ts';
import { displayText } from '../text/index.ts';
import type { Debris } from '../model/index.ts';

/** Page debris as an mdast node of its own: the `Debris` record, positioned like any node. */
export interface DebrisNode extends Omit<Debris, 'start' | 'end'> {
  type: 'debris';
  position: Position;
}

declare module 'mdast' {
  interface RootContentMap {
    debris: DebrisNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Offset where the article body starts (after any front matter). */
    bodyStart: number;
  }
}

/** One non-blank line of the source, trimmed, with its offsets. */
interface Line {
  text: string;
  start: number;
  end: number;
}

const BULLET = /^[-*•·–]\s+/;
const FINAL_PUNCTUATION = /[.!?;:,…"“”'‘’)\]؟۔،؛]$/;
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 120;

/** A unified plugin that parses article text into mdast. */
export const articleParser: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => parseLines(document, file.data.bodyStart ?? 0);
};

/**
 * Parses an article's source text (from `bodyStart`, after any front matter) into mdast.
 *
 * @returns the tree; node positions are offsets (and line/column) in `source`
 */
export function parseArticleTree(source: string, bodyStart = 0): Root {
  const file = new VFile({ value: source, data: { bodyStart } });
  return unified().use(articleParser).parse(file);
}

/** Splits text into trimmed non-blank lines; LF, CRLF and CR all end a line. */
export function splitLines(source: string, from = 0): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;
  pattern.lastIndex = from;
  while (pattern.lastIndex < source.length) {
    const match = pattern.exec(source);
    if (!match || match[0] === '') break;
    const raw = match[0].replace(/[\r\n]+$/, '');
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    // A line of only invisible characters (zero-width, bidi controls) is blank to a reader.
    if (displayText(text) !== '') {
      const start = match.index + leading;
      lines.push({ text, start, end: start + text.length });
    }
  }
  return lines;
}

/**
 * True for a line shaped like a heading: short, capitalised (or in a script without case, such
 * as Arabic or Hebrew), no final punctuation.
 */
export function isHeadingLike(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS || FINAL_PUNCTUATION.test(text)) return false;
  if (!/^[\p{Lu}\p{Lo}\p{N}]/u.test(text)) return false;
  return text.split(/\s+/).length <= MAX_HEADING_WORDS;
}

function parseLines(source: string, bodyStart: number): Root {
  const lines = splitLines(source, bodyStart);
  const toPoint = pointLocator(source);
  const position = (start: number, end: number): Position => ({
    start: toPoint(start),
    end: toPoint(end),
  });
  const children: RootContent[] = [];
  const text = (line: Line): Text => ({
    type: 'text',
    value: line.text,
    position: position(line.start, line.end),
  });

  // The header: what stands above the first paragraph (masthead, headline, byline, date).
  let where: LinePosition = 'header';
  // What the text holds so far besides debris, as the header rules need it (kept as counters:
  // scanning the children for every line would be quadratic in a long file).
  const seen: Seen = { content: 0, onlyHeadline: false };
  const pushContent = (node: RootContent): void => {
    children.push(node);
    seen.content++;
    seen.onlyHeadline = seen.content === 1 && node.type === 'heading' && node.depth === 1;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const debris = classifyDebrisLine(line.text, where) ?? headerDebris(line.text, where, seen);
    if (debris) {
      let last = i;
      const node: DebrisNode = {
        type: 'debris',
        kind: debris.kind,
        lines: [line.text],
        position: position(line.start, line.end),
      };
      if (debris.outlet) node.outlet = debris.outlet;
      if (debris.credit) node.credit = debris.credit;
      if (debris.author) node.author = debris.author;
      if (debris.published) node.published = debris.published;
      if (debris.opensAuthorBox) last = readAuthorBox(lines, i, node);
      if (debris.opensLinkList) last = readLinkList(lines, i, node, where);
      node.position = position(line.start, lines[last]!.end);
      children.push(node);
      i = last + 1;
      continue;
    }

    if (BULLET.test(line.text)) {
      const items: ListItem[] = [];
      while (
        i < lines.length &&
        BULLET.test(lines[i]!.text) &&
        !classifyDebrisLine(lines[i]!.text)
      ) {
        const item = lines[i]!;
        const marker = BULLET.exec(item.text)![0].length;
        const content: Line = {
          text: item.text.slice(marker),
          start: item.start + marker,
          end: item.end,
        };
        items.push({
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [text(content)],
              position: position(content.start, content.end),
            },
          ],
          position: position(item.start, item.end),
        });
        i++;
      }
      const list: List = {
        type: 'list',
        ordered: false,
        spread: false,
        children: items,
        position: position(items[0]!.position!.start.offset!, items.at(-1)!.position!.end.offset!),
      };
      pushContent(list);
      where = 'body';
      continue;
    }

    if (isHeadingLike(line.text)) {
      // A headline opens the body and says something; a one- or two-word label ("Key Points",
      // "Analysis") is a section heading even at the top.
      const isHeadline = seen.content === 0 && line.text.split(/\s+/).length >= 3;
      const heading: Heading = {
        type: 'heading',
        depth: isHeadline ? 1 : 2,
        children: [text(line)],
        position: position(line.start, line.end),
      };
      pushContent(heading);
    } else {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: [text(line)],
        position: position(line.start, line.end),
      };
      pushContent(paragraph);
      where = 'body';
    }
    i++;
  }

  return {
    type: 'root',
    children,
    position: position(bodyStart, source.length),
  };
}

/**
 * Furniture that only its place in the header gives away: a masthead or section line above the
 * headline ("Kelsford FM News"), and a bare name right under the headline (a byline without
 * "By"). The same lines further down are article text.
 */
function headerDebris(text: string, where: LinePosition, seen: Seen): DebrisLine | null {
  if (where !== 'header') return null;
  if (seen.content === 0 && isMasthead(text)) return { kind: 'other' };
  const name = seen.onlyHeadline ? bareByline(text) : null;
  return name === null ? null : { kind: 'author', author: name };
}

/** What the body holds so far besides debris. */
interface Seen {
  /** Number of headings, paragraphs and lists. */
  content: number;
  /** The only one so far is the headline. */
  onlyHeadline: boolean;
}

const MAX_LINK_LIST = 10;

/**
 * Reads the links under a list heading ("Most read", "Related stories") opened at
 * `lines[open]`: the headline-shaped lines after it. They only count when the run ends the text
 * or runs into more furniture; otherwise they may be the article's own headings and text.
 *
 * @returns the index of the list's last line (just `open` when no list follows)
 */
function readLinkList(
  lines: readonly Line[],
  open: number,
  node: DebrisNode,
  where: LinePosition,
): number {
  let end = open + 1;
  while (
    end < lines.length &&
    end - open <= MAX_LINK_LIST &&
    isHeadingLike(lines[end]!.text) &&
    lines[end]!.text.split(/\s+/).length >= 3 &&
    !classifyDebrisLine(lines[end]!.text, where)
  ) {
    end++;
  }
  if (end === open + 1) return open;
  if (end < lines.length && !classifyDebrisLine(lines[end]!.text, where)) return open;
  for (let k = open + 1; k < end; k++) node.lines.push(lines[k]!.text);
  return end - 1;
}

const MAX_AUTHOR_BOX_LINES = 6;

/**
 * Reads an author box opened at `lines[open]`: a name line, a bio, and usually a closing "View
 * all posts". The box only counts when it is closed, or when it runs to the end of the text.
 *
 * @returns the index of the box's last line (just `open` when no box follows)
 */
function readAuthorBox(lines: Line[], open: number, node: DebrisNode): number {
  let close = -1;
  for (let k = open + 1; k < lines.length && k <= open + MAX_AUTHOR_BOX_LINES; k++) {
    if (classifyDebrisLine(lines[k]!.text)?.closesAuthorBox) {
      close = k;
      break;
    }
  }
  if (close === -1 && lines.length - 1 - open <= MAX_AUTHOR_BOX_LINES) close = lines.length - 1;
  if (close === -1) return open;
  for (let k = open + 1; k <= close; k++) {
    const text = lines[k]!.text;
    node.lines.push(text);
    const name = node.author === undefined ? nameFromLine(text) : null;
    if (name) node.author = name;
    else if (k !== close || !classifyDebrisLine(text)) node.authorBio ??= text;
  }
  const outlet = node.authorBio === undefined ? null : outletFromBio(node.authorBio);
  if (outlet) node.outlet = outlet;
  return close;
}

/** Maps offsets to unist points (1-based line and column) in `source`. */
function pointLocator(source: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
  };
}
