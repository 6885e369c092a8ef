/**
 * Grouping across articles: the variants of one quotation in different outlets, and the shape in
 * which groups are published.
 */
import { hash, uniquifyIds, type Article } from '../model/index.ts';
import { contentTokens, displayText, tokenize } from '../text/index.ts';
import { extractQuotes } from './extract.ts';
import type { Quote, QuoteKind } from './types.ts';

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

const MIN_SHARED = 3;
const MIN_CONTAINMENT = 0.5;

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
  const find = linkSameQuotations(all, keySetsOf);
  const members = new Map<number, Quote[]>();
  all.forEach((quote, index) => {
    const root = find(index);
    const list = members.get(root);
    if (list) list.push(quote);
    else members.set(root, [quote]);
  });
  const groups = [...members.values()].map((variants): QuoteGroup => {
    variants.sort((a, b) => compare(a.article, b.article) || a.start - b.start);
    const first = variants[0]!;
    return {
      id: `q-${hash(`${first.speaker ?? ''}|${keys[all.indexOf(first)]!.join(' ') || first.quotation}`)}`,
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

/**
 * Links the quotes of different articles that carry the same quotation, through an inverted
 * index of content words rather than all pairs.
 *
 * @returns the root of each quote's group, by index into `all`
 */
function linkSameQuotations(all: Quote[], keySetsOf: string[][][]): (index: number) => number {
  const keys = keySetsOf.map((sets) => sets[0]!);
  const parent = all.map((_, index) => index);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
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
  return find;
}

/**
 * The matching keys of a quotation: the stems of its content words, as the claim-alignment
 * engine normalises them (spelling variants, hyphenation, "U.S."/"US", numbers), so quotes and
 * claims agree on what counts as the same word.
 */
function quoteKeys(text: string): string[] {
  return contentTokens(tokenize(displayText(text))).map((token) => token.stem);
}

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
function sameQuotation(a: Quote, b: Quote, keysA = keySets(a), keysB = keySets(b)): boolean {
  if (!sameSpeaker(a, b)) return false;
  const [wholeA, wholeB] = [keysA[0]!, keysB[0]!];
  if (wholeA.join(' ') === wholeB.join(' '))
    return wholeA.length > 0 || a.quotation.toLowerCase() === b.quotation.toLowerCase();
  if (a.kind === 'term' || b.kind === 'term') return false;
  return keysA.some((x) => keysB.some((y) => overlaps(x, y)));
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
