/**
 * `findDisagreements`: where the outlets state different facts. Runs after alignment and quote
 * grouping: compares the values of passages that carry the same claim (or would, but for the
 * values), and the quotations of each quote group; reports each conflict with its versions.
 */
import type { Alignment } from '../align/index.ts';
import { compareIds, hash, uniquifyIds, type Article, type TextRange } from '../model/index.ts';
import type { QuoteGroup } from '../quotes/index.ts';
import { displayText } from '../text/index.ts';
import { mergeEdges, type Edge } from './merge.ts';
import { passagePairs } from './pairs.ts';
import { buildPassages, type Passage } from './passages.ts';
import {
  outletNames,
  quotePieces,
  speakerEdges,
  wordDifference,
  wordingEdges,
  type Piece,
} from './quotations.ts';
import type {
  Disagreement,
  DisagreementExport,
  DisagreementKind,
  DisagreementVersion,
} from './types.ts';
import { valueEdges, type ValueEdge, type ValueNode } from './values.ts';

/** What detection reads: the story's articles and what the pipeline made of them. */
export interface DisagreementInput {
  articles: readonly Article[];
  alignment: Alignment;
  quoteGroups: readonly QuoteGroup[];
}

/**
 * Every disagreement between outlets in a story: conflicting numbers and dates of the same
 * thing, opposite verbs ("passed" / "failed"), the same words given to different speakers, and
 * different words inside the marks of one quotation. Only what the evidence supports is
 * reported: an uncertain comparison reports nothing. Never throws on odd text.
 *
 * @returns disagreements in reading order of their first version (by article id, then offset)
 */
export function findDisagreements(input: DisagreementInput): Disagreement[] {
  const passages = buildPassages(input.articles, input.alignment);
  const edges: ValueEdge[] = [];
  for (const { a, b } of passagePairs(passages, input.alignment)) edges.push(...valueEdges(a, b));
  const out: Disagreement[] = [];
  for (const group of mergeEdges(withBestPassages(edges))) out.push(fromValues(group));

  const pieces = quotePieces(input.quoteGroups, input.articles);
  for (const group of mergeEdges(speakerEdges(pieces, outletNames(input.articles))))
    out.push(fromPieces('speaker', group, []));
  const wording = wordingEdges(pieces);
  for (const group of mergeEdges(wording)) out.push(fromPieces('quote-wording', group, wording));

  out.sort((a, b) => {
    const [x, y] = [a.versions[0]!, b.versions[0]!];
    return compareIds(x.article, y.article) || x.start - y.start || compareIds(a.kind, b.kind);
  });
  uniquifyIds(out);
  return out;
}

/**
 * One value may be found through its sentence and through a clause of it: every edge is given
 * the same node, holding the passage that is a claim span if there is one, else the shortest.
 */
function withBestPassages(edges: readonly ValueEdge[]): ValueEdge[] {
  const best = new Map<string, ValueNode>();
  const better = (a: Passage, b: Passage) =>
    a.claims.length > 0 !== b.claims.length > 0
      ? a.claims.length > 0
      : a.text.length < b.text.length;
  for (const edge of edges) {
    for (const node of [edge.x, edge.y]) {
      const seen = best.get(node.key);
      if (!seen || better(node.passage, seen.passage)) best.set(node.key, node);
    }
  }
  return edges.map((edge) => ({ ...edge, x: best.get(edge.x.key)!, y: best.get(edge.y.key)! }));
}

function disagreementId(kind: DisagreementKind, versions: readonly DisagreementVersion[]): string {
  return `d-${hash(`${kind}|${versions.map((v) => `${v.article}:${v.start}:${v.end}`).join('|')}`)}`;
}

function byPosition(a: DisagreementVersion, b: DisagreementVersion): number {
  return compareIds(a.article, b.article) || a.start - b.start;
}

/** The claim most of the versions are spans of, if any. */
function claimOf(passages: readonly Passage[]): string | null {
  const counts = new Map<string, number>();
  for (const passage of passages)
    for (const claim of passage.claims) counts.set(claim, (counts.get(claim) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [claim, count] of counts) {
    if (count > bestCount) [best, bestCount] = [claim, count];
  }
  return best;
}

function fromValues(group: Array<{ node: ValueNode; cls: string }>): Disagreement {
  const versions = group
    .map(({ node }): DisagreementVersion => ({
      article: node.passage.article,
      anchor: node.passage.anchor,
      start: node.passage.start,
      end: node.passage.end,
      text: node.passage.text,
      value: node.value,
      marks: [{ start: node.start, end: node.end }],
    }))
    .sort(byPosition);
  const kind = group[0]!.node.kind;
  return {
    id: disagreementId(kind, versions),
    kind,
    claim: claimOf(group.map(({ node }) => node.passage)),
    subject: group[0]!.node.subject,
    versions: mergeSamePassage(versions),
  };
}

/** Two values of one passage (its sentence states the value twice) become one version. */
function mergeSamePassage(versions: DisagreementVersion[]): DisagreementVersion[] {
  const out: DisagreementVersion[] = [];
  for (const version of versions) {
    const previous = out.at(-1);
    if (
      previous &&
      previous.article === version.article &&
      previous.start === version.start &&
      previous.end === version.end
    ) {
      previous.marks.push(...version.marks);
      if (!previous.value.split(' / ').includes(version.value))
        previous.value += ` / ${version.value}`;
    } else out.push(version);
  }
  return out;
}

function fromPieces(
  kind: 'speaker' | 'quote-wording',
  group: Array<{ node: Piece }>,
  edges: ReadonlyArray<Edge<Piece>>,
): Disagreement {
  const pieces = group.map(({ node }) => node);
  const versions = pieces
    .map((piece): DisagreementVersion => ({
      article: piece.article,
      anchor: piece.anchor,
      start: piece.start,
      end: piece.end,
      text: piece.text,
      value: kind === 'speaker' ? piece.quote.speaker! : quotedWords(piece.text),
      marks: kind === 'speaker' ? [] : differingWords(piece, edges),
    }))
    .sort(byPosition);
  // The quote group of the earliest version: the quotation the disagreement is about.
  const first = [...pieces].sort(
    (a, b) => compareIds(a.article, b.article) || a.start - b.start,
  )[0]!;
  return {
    id: disagreementId(kind, versions),
    kind,
    claim: first.group.id,
    subject: kind === 'speaker' ? 'who said it' : 'words inside the quotation marks',
    versions,
  };
}

/** The quoted words as a value: display text without the closing punctuation. */
function quotedWords(text: string): string {
  return displayText(text)
    .replace(/[\s.,;:!?"'“”‘’]+$/u, '')
    .replace(/^["'“”‘’\s]+/u, '');
}

/**
 * The content words of a piece that the closest conflicting wording (the one it differs from
 * least) lacks, as merged source ranges: what a page marks as this outlet's wording.
 */
function differingWords(piece: Piece, edges: ReadonlyArray<Edge<Piece>>): TextRange[] {
  let best: number[] | null = null;
  for (const edge of edges) {
    if (edge.relation !== 'conflict' || (edge.x !== piece && edge.y !== piece)) continue;
    const difference =
      edge.x === piece ? wordDifference(piece, edge.y).onlyA : wordDifference(edge.x, piece).onlyB;
    const content = difference.filter((i) => !piece.tokens[i]!.stop);
    if (best === null || content.length < best.length) best = content;
  }
  const ranges: TextRange[] = [];
  for (const i of [...(best ?? [])].sort((a, b) => a - b)) {
    const token = piece.tokens[i]!;
    const range = { start: piece.start + token.start, end: piece.start + token.end };
    const previous = ranges.at(-1);
    // Adjacent words (only space between) are one mark.
    const between = piece.text.slice(previous ? previous.end - piece.start : 0, token.start);
    if (previous && /^\s*$/.test(between)) previous.end = range.end;
    else ranges.push(range);
  }
  return ranges;
}

/** The `disagreements` array of `/data/claims.json`. */
export function exportDisagreements(disagreements: readonly Disagreement[]): DisagreementExport[] {
  return disagreements.map((d) => ({
    id: d.id,
    kind: d.kind,
    claim: d.claim,
    versions: d.versions.map((v) => ({
      article: v.article,
      start: v.start,
      end: v.end,
      text: v.text,
      anchor: v.anchor,
      value: v.value,
    })),
  }));
}
