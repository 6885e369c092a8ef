/**
 * The compare page (`/compare/<a>/<b>/`): two articles side by side, both in reading order,
 * sentences that carry a claim in common facing each other (see `sideBySide`), pointers where
 * the two order them differently, and word diffs of close wordings.
 */
import type { Article } from '../model/index.ts';
import { comparablePairs } from './compare-pairs.ts';
import { displayText } from '../text/index.ts';
import { bodySentences } from './coverage.ts';
import { diffSimilarity, wordDiff, type DiffPart } from './diff.ts';
import { articleHref } from './links.ts';
import { sideBySide, type SidePair } from './side-by-side.ts';
import { claimsOf, labelOf, sentenceNumber, type Story } from './story.ts';

/** Word diffs help only where the wordings are close; elsewhere the paraphrase is shown whole. */
export const NEAR_VERBATIM = 0.5;

/** A link to a sentence's place elsewhere on the page. */
export interface Pointer {
  /** In-page fragment of the sentence's place on this page. */
  href: string;
  /** The sentence's number among its article's body sentences, from 1. */
  number: number;
  where: 'above' | 'below';
}

export interface CompareItem {
  /** Fragment id of the sentence on this page: `a-s-N` or `b-s-N`. */
  id: string;
  /** The sentence's number among its article's body sentences, from 1. */
  number: number;
  /** The sentence's permalink on its article's page. */
  href: string;
  /** The sentence as displayed when it has no word diff. */
  text: string;
  /** Right side only: the word diff against the closest facing sentence, when close. */
  diff: DiffPart[] | null;
  /** Right side only: faces a sentence of the left side with a different wording. */
  paraphrase: boolean;
  /** The other side's sentences carrying the same claim that stand in other rows. */
  elsewhere: Pointer[];
}

export interface CompareCell {
  /** The label of this side's source. */
  label: string;
  /** The label of the other side's source. */
  otherLabel: string;
  items: CompareItem[];
  /** For an empty cell: where the other side's sentences of the row stand on this side. */
  elsewhere: Pointer[];
}

export interface CompareRow {
  /** Both sides hold sentences. */
  aligned: boolean;
  cells: [CompareCell, CompareCell];
}

export interface CompareView {
  /** The page's title and description. */
  title: string;
  description: string;
  /** The source labels of the left side (the route's first article) and of the right one. */
  labelA: string;
  labelB: string;
  /** "N of M sentences of A and … of B have a counterpart." */
  counts: string;
  /** A sentence explaining the pointers, or '' when the two keep the same order throughout. */
  crossingNote: string;
  rows: CompareRow[];
}

/** A compare page's route parameters (the ids, `a` first by `compareIds`) and props. */
export interface ComparePath {
  params: { a: string; b: string };
  props: { a: Article; b: Article };
}

/**
 * The compare pages' static paths: each unordered pair of the story's articles that shares at
 * least one claim (see `comparablePairs`), the first by id on the left. Other pairs get no page,
 * and no view links to one.
 */
export function comparePaths(story: Story): ComparePath[] {
  return comparablePairs(story).map(([a, b]) => ({
    params: { a, b },
    props: { a: story.byId.get(a)!, b: story.byId.get(b)! },
  }));
}

type Side = 'a' | 'b';
const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** Lays out articles `a` (left) and `b` (right) of the story side by side. */
export function compareView(story: Story, a: Article, b: Article): CompareView {
  const labelOfSide = { a: labelOf(story, a.id), b: labelOf(story, b.id) };
  const articleOf = { a, b };
  const sentencesOf = { a: bodySentences(a), b: bodySentences(b) };
  const left = sentencesOf.a;
  const right = sentencesOf.b;
  const rightIndex = new Map(right.map((sentence, j) => [sentence.id, j]));

  // Sentence pairs that carry a claim in common (a sentence may carry one claim as a whole and
  // in a clause: one pair), weighted by how close their wordings are.
  const pairs: SidePair[] = [];
  const diffs = new Map<string, { parts: DiffPart[]; similarity: number }>();
  left.forEach((sentence, i) => {
    const seen = new Set<number>();
    for (const claim of claimsOf(story, a.id, sentence.id)) {
      for (const span of claim.spans) {
        const j = span.article === b.id ? rightIndex.get(span.sentence) : undefined;
        if (j === undefined || seen.has(j)) continue;
        seen.add(j);
        const parts = wordDiff(displayText(sentence.text), displayText(right[j]!.text));
        const similarity = diffSimilarity(parts);
        diffs.set(`${i}:${j}`, { parts, similarity });
        pairs.push({ left: i, right: j, weight: 1 + similarity });
      }
    }
  });
  const partners = { a: new Map<number, number[]>(), b: new Map<number, number[]>() };
  for (const { left: i, right: j } of pairs) {
    partners.a.set(i, [...(partners.a.get(i) ?? []), j]);
    partners.b.set(j, [...(partners.b.get(j) ?? []), i]);
  }
  const partnersOf = (side: Side, index: number): number[] => partners[side].get(index) ?? [];

  // Both sides in reading order, every sentence once; matched sentences face each other where
  // the two texts keep the same order, and point to each other where they do not.
  const layout = sideBySide(left.length, right.length, pairs);
  const rowOf = { a: new Map<number, number>(), b: new Map<number, number>() };
  layout.forEach((row, r) => {
    for (const i of row.left) rowOf.a.set(i, r);
    for (const j of row.right) rowOf.b.set(j, r);
  });

  const pointer = (side: Side, index: number, fromRow: number): Pointer => {
    const sentence = sentencesOf[side][index]!;
    return {
      href: `#${side}-${sentence.id}`,
      number: sentenceNumber(story, articleOf[side].id, sentence.id)!,
      where: rowOf[side].get(index)! < fromRow ? 'above' : 'below',
    };
  };
  /** The other side's partners of `indexes` that stand outside row `r`, in reading order. */
  const outside = (side: Side, indexes: number[], r: number): Pointer[] =>
    [...new Set(indexes.flatMap((index) => partnersOf(side, index)))]
      .filter((partner) => rowOf[other(side)].get(partner) !== r)
      .sort((x, y) => x - y)
      .map((partner) => pointer(other(side), partner, r));

  const rows = layout.map((row, r): CompareRow => {
    const cell = (side: Side, indexes: number[], facing: number[]): CompareCell => ({
      label: labelOfSide[side],
      otherLabel: labelOfSide[other(side)],
      items: indexes.map((index) => {
        const sentence = sentencesOf[side][index]!;
        let diff: DiffPart[] | null = null;
        let paraphrase = false;
        if (side === 'b' && facing.length > 0) {
          const closest = facing
            .map((i) => diffs.get(`${i}:${index}`))
            .filter((entry) => entry !== undefined)
            .sort((x, y) => y.similarity - x.similarity)[0];
          if (closest && closest.similarity >= NEAR_VERBATIM) diff = closest.parts;
          else paraphrase = closest !== undefined;
        }
        return {
          id: `${side}-${sentence.id}`,
          number: sentenceNumber(story, articleOf[side].id, sentence.id)!,
          href: articleHref(articleOf[side].id, sentence.id),
          text: displayText(sentence.text),
          diff,
          paraphrase,
          elsewhere: facing.length > 0 ? outside(side, [index], r) : [],
        };
      }),
      elsewhere: indexes.length === 0 ? outside(other(side), facing, r) : [],
    });
    return {
      aligned: row.left.length > 0 && row.right.length > 0,
      cells: [cell('a', row.left, row.right), cell('b', row.right, row.left)],
    };
  });

  const sharedA = left.filter((_, i) => partnersOf('a', i).length > 0).length;
  const sharedB = right.filter((_, j) => partnersOf('b', j).length > 0).length;
  const crossing = rows.some((row) =>
    row.cells.some((cell) => [cell, ...cell.items].some((entry) => entry.elsewhere.length > 0)),
  );
  return {
    title: `${labelOfSide.a} and ${labelOfSide.b} compared`,
    description: `${a.meta.title} (${labelOfSide.a}) and ${b.meta.title} (${labelOfSide.b}), side by side: ${sharedA} sentences of ${labelOfSide.a} carry claims ${labelOfSide.b} also carries.`,
    labelA: labelOfSide.a,
    labelB: labelOfSide.b,
    counts: `${sharedA} of ${left.length} sentences of ${labelOfSide.a} and ${sharedB} of ${right.length} of ${labelOfSide.b} have a counterpart.`,
    crossingNote: crossing
      ? ' Where the two tell the story in a different order, a link points to the counterpart above or below.'
      : '',
    rows,
  };
}
