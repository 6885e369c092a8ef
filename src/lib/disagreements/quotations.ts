/**
 * Disagreements about quotations: the same words attributed to different people (`speaker`),
 * and different words inside the quotation marks of one quotation (`quote-wording`).
 *
 * Quotes are compared sentence by sentence ("pieces"), since outlets cut one statement
 * differently. Two pieces say the same sentence when they share enough content words. Their
 * wordings differ when, after punctuation, case, ellipses and word forms are set aside, a
 * content word is in one and not the other; a piece that is a contiguous run of another
 * (a fragment, or a part cut at an ellipsis) does not differ from it.
 */
import type { Article } from '../model/index.ts';
import { splitSentences } from '../parse/index.ts';
import type { Quote, QuoteGroup } from '../quotes/index.ts';
import { displayText, tokenize, type Token } from '../text/index.ts';
import type { Edge, Node } from './merge.ts';

/** One sentence of a quotation in one article. */
export interface Piece extends Node {
  quote: Quote;
  group: QuoteGroup;
  anchor: string;
  start: number;
  end: number;
  text: string;
  /** Tokens with offsets relative to `text`. */
  tokens: Token[];
  /** Stems of the tokens, split into runs at ellipses. */
  runs: string[][];
  content: Set<string>;
  /** Stems in order, all runs joined. */
  sequence: string[];
}

// Same sentence: this many shared content words, covering this share of the shorter piece.
const MIN_SHARED = 3;
const MIN_CONTAINMENT = 0.5;

const ELLIPSIS = /\s*(?:\.\s?\.\s?\.|…|\[…\]|\[\.\.\.\])\s*/g;

/** The pieces of every speech quote, in group order. */
export function quotePieces(groups: readonly QuoteGroup[], articles: readonly Article[]): Piece[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const pieces: Piece[] = [];
  for (const group of groups) {
    for (const quote of group.variants) {
      if (quote.kind !== 'speech') continue;
      const article = byId.get(quote.article);
      for (const part of quote.parts) {
        const partText = quote.text.slice(part.start - quote.start, part.end - quote.start);
        for (const range of splitSentences(partText)) {
          const text = partText.slice(range.start, range.end);
          const piece = makePiece(quote, group, text, part.start + range.start, article);
          if (piece.content.size > 0) pieces.push(piece);
        }
      }
    }
  }
  return pieces;
}

function makePiece(
  quote: Quote,
  group: QuoteGroup,
  text: string,
  start: number,
  article?: Article,
): Piece {
  const tokens = tokenize(text);
  const runs = displayText(text)
    .split(ELLIPSIS)
    .map((run) => tokenize(run).map((token) => token.stem))
    .filter((run) => run.length > 0);
  const sentence =
    article?.sentences.find((s) => start >= s.start && start < s.end)?.id ?? quote.anchor;
  return {
    key: `${quote.article}|${start}|${start + text.length}`,
    article: quote.article,
    quote,
    group,
    anchor: sentence,
    start,
    end: start + text.length,
    text,
    tokens,
    runs,
    content: new Set(tokens.filter((token) => !token.stop).map((token) => token.stem)),
    sequence: runs.flat(),
  };
}

/**
 * How well two pieces carry the same sentence: the share of the shorter piece's content words
 * the other has, or 0 below three shared words or half the shorter piece.
 */
function sentenceMatch(a: Piece, b: Piece): number {
  let shared = 0;
  for (const stem of a.content) if (b.content.has(stem)) shared++;
  const share = shared / Math.min(a.content.size, b.content.size);
  return shared >= MIN_SHARED && share >= MIN_CONTAINMENT ? share + shared / 1000 : 0;
}

/**
 * The sentences two articles quote in common, one to one: best matches first, so that a
 * statement's sentences each meet their own counterpart (and a short fragment quoted in the
 * reporting does not stand in for the full sentence quoted later).
 */
function matchSentences(xs: readonly Piece[], ys: readonly Piece[]): Array<[Piece, Piece]> {
  const scored: Array<{ x: Piece; y: Piece; score: number }> = [];
  for (const x of xs) {
    for (const y of ys) {
      const score = sentenceMatch(x, y);
      if (score > 0) scored.push({ x, y, score });
    }
  }
  scored.sort((p, q) => q.score - p.score || p.x.start - q.x.start || p.y.start - q.y.start);
  const used = new Set<Piece>();
  const out: Array<[Piece, Piece]> = [];
  for (const { x, y } of scored) {
    if (used.has(x) || used.has(y)) continue;
    used.add(x);
    used.add(y);
    out.push([x, y]);
  }
  return out;
}

/** Whether every run of `part` occurs, in order and contiguously, in `whole`. */
function isFragmentOf(part: Piece, whole: Piece): boolean {
  let from = 0;
  for (const run of part.runs) {
    const at = indexOfRun(whole.sequence, run, from);
    if (at < 0) return false;
    from = at + run.length;
  }
  return true;
}

function indexOfRun(sequence: readonly string[], run: readonly string[], from: number): number {
  outer: for (let i = from; i + run.length <= sequence.length; i++) {
    for (let k = 0; k < run.length; k++) if (sequence[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Token indexes of `a` and of `b` outside their longest common subsequence of stems. Words that
 * only one piece has before the first or after the last shared word are where that outlet
 * quoted more of the sentence, not a different wording, and are left out; words both have
 * there ("ignores our history" / "ignores our borders") are a difference.
 */
export function wordDifference(a: Piece, b: Piece): { onlyA: number[]; onlyB: number[] } {
  const x = a.tokens.map((token) => token.stem);
  const y = b.tokens.map((token) => token.stem);
  const table: number[][] = Array.from({ length: x.length + 1 }, () =>
    new Array<number>(y.length + 1).fill(0),
  );
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      table[i]![j] =
        x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const onlyA: number[] = [];
  const onlyB: number[] = [];
  // A run of unmatched words between shared ones (or at an edge: only if both sides have one).
  const flush = (runA: number[], runB: number[], edge: boolean) => {
    if (edge && (runA.length === 0 || runB.length === 0)) return;
    onlyA.push(...runA);
    onlyB.push(...runB);
  };
  let matched = false;
  let runA: number[] = [];
  let runB: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush(runA, runB, !matched);
      runA = [];
      runB = [];
      matched = true;
      i++;
      j++;
    } else if (j >= y.length || (i < x.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      runA.push(i++);
    } else runB.push(j++);
  }
  flush(runA, runB, true);
  return { onlyA, onlyB };
}

/**
 * Whether two pieces of one sentence are worded alike: the same words, one a fragment of the
 * other, or differing only in stop words.
 */
export function samewording(a: Piece, b: Piece): boolean {
  if (a.sequence.join(' ') === b.sequence.join(' ')) return true;
  if (isFragmentOf(a, b) || isFragmentOf(b, a)) return true;
  const { onlyA, onlyB } = wordDifference(a, b);
  return onlyA.every((i) => a.tokens[i]!.stop) && onlyB.every((j) => b.tokens[j]!.stop);
}

/** Conflicting and identical wordings of the same sentence within each quote group. */
export function wordingEdges(pieces: readonly Piece[]): Array<Edge<Piece>> {
  const byGroup = new Map<QuoteGroup, Map<string, Piece[]>>();
  for (const piece of pieces) {
    const byArticle = byGroup.get(piece.group) ?? new Map<string, Piece[]>();
    byArticle.set(piece.article, [...(byArticle.get(piece.article) ?? []), piece]);
    byGroup.set(piece.group, byArticle);
  }
  const edges: Array<Edge<Piece>> = [];
  for (const byArticle of byGroup.values()) {
    const articles = [...byArticle.keys()];
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        for (const [a, b] of matchSentences(
          byArticle.get(articles[i]!)!,
          byArticle.get(articles[j]!)!,
        )) {
          if (a.sequence.join(' ') === b.sequence.join(' '))
            edges.push({ x: a, y: b, relation: 'agree' });
          else if (!samewording(a, b)) edges.push({ x: a, y: b, relation: 'conflict' });
        }
      }
    }
  }
  return edges;
}

/** The surname a speaker's name ends with, for comparing "Putin" and "Vladimir Putin". */
function surname(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

function sameSpeaker(a: string, b: string): boolean {
  return surname(a) === surname(b) || a.includes(b) || b.includes(a);
}

// A dateline's outlet: "KELSFORD (National Newswire) —", "HARWICK, April 15 (Capital Wire) -".
const DATELINE_OUTLET = /\(([^()]{2,60})\)\s*[-–—]/u;

/**
 * The names of the story's news outlets, lower case: from front matter, page debris and
 * datelines. An outlet reports quotations; it is never the speaker of one, so a speaker that is
 * an outlet's name is an attribution gone wrong and is not compared.
 */
export function outletNames(articles: readonly Article[]): Set<string> {
  const names = new Set<string>();
  const add = (name: string | null | undefined) => {
    if (name && name.trim()) names.add(name.trim().toLowerCase());
  };
  for (const article of articles) {
    add(article.meta.outlet);
    add(article.meta.credit);
    for (const debris of article.debris) {
      add(debris.outlet);
      add(debris.credit);
    }
    for (const sentence of article.sentences.slice(0, 3)) {
      add(DATELINE_OUTLET.exec(sentence.text)?.[1]);
    }
  }
  return names;
}

/**
 * The same words attributed to speakers: pieces of different articles worded alike (the same
 * words or one a fragment of the other, with enough content words) agree when both name the
 * same person and conflict when they name different people. An unknown speaker is no version.
 */
export function speakerEdges(
  pieces: readonly Piece[],
  outlets: ReadonlySet<string>,
): Array<Edge<Piece>> {
  const named = pieces.filter(
    (piece) =>
      piece.quote.speaker !== null &&
      !outlets.has(piece.quote.speaker.toLowerCase()) &&
      piece.content.size >= MIN_SHARED,
  );
  const postings = new Map<string, Piece[]>();
  for (const piece of named) {
    for (const stem of piece.content) postings.set(stem, [...(postings.get(stem) ?? []), piece]);
  }
  const edges: Array<Edge<Piece>> = [];
  const seen = new Set<string>();
  for (const piece of named) {
    for (const stem of piece.content) {
      for (const other of postings.get(stem)!) {
        if (other === piece || other.article === piece.article) continue;
        const pairKey =
          piece.key < other.key ? `${piece.key}#${other.key}` : `${other.key}#${piece.key}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        if (sentenceMatch(piece, other) === 0 || !samewording(piece, other)) continue;
        const relation = sameSpeaker(piece.quote.speaker!, other.quote.speaker!)
          ? 'agree'
          : 'conflict';
        edges.push({ x: piece, y: other, relation });
      }
    }
  }
  return edges;
}
