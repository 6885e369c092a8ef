/**
 * Grouping across articles: the variants of one quotation in different outlets, the reported
 * speech that restates it, whether outlets word it differently, and the shape in which groups
 * are published.
 */
import { hash, uniquifyIds, type Article, type TextRange } from '../model/index.ts';
import { extractQuotes } from './extract.ts';
import { joinPieces, quotePieces } from './pieces.ts';
import { findReportedSpeech, type ReportedSpeech } from './reported.ts';
import type { Quote, QuoteKind } from './types.ts';
import { containment, sharedWeight, wordingOf, wordsDiffer, type Wording } from './wording.ts';

/**
 * The variants of one quotation across articles: one quoted sentence (or a fragment of it) as
 * each outlet words it. A quote of several sentences is cut into its sentences, each joining the
 * group of that sentence; consecutive sentences no other outlet quotes stay one variant. A
 * quotation found in one article only is a group of one.
 */
export interface QuoteGroup {
  /** `q-` and a hash of the first variant's normalised words: stable across builds. */
  id: string;
  /** The fullest name the variants give for the speaker, or null when none names one. */
  speaker: string | null;
  /** Speech when any variant is speech. */
  kind: QuoteKind;
  /**
   * Ordered by article id, then position. Each is a quote or one quoted sentence of it: its `id`
   * is then the quote's id with `.n` (the nth sentence) or `.n-m` (sentences n to m).
   */
  variants: Quote[];
  /** Number of different articles among the variants. */
  sources: number;
  /**
   * Reported speech that restates the quotation outside quotation marks, in any article
   * (ordered like the variants): shown beside the variants, never compared word by word.
   */
  paraphrases: Paraphrase[];
  /**
   * True when two articles put different words inside the marks for this quotation (content
   * words compared, see `wordsDiffer`; one quoting more of the sentence than another is no
   * difference).
   */
  wordingDiffers: boolean;
}

/** Reported speech restating a quotation: "Putin said his country values…". */
export interface Paraphrase extends TextRange {
  article: string;
  /** The sentence it stands in: its permalink anchor. */
  anchor: string;
  /** `source.slice(start, end)`: from the speech verb to the end of what is reported. */
  text: string;
}

/** A quote group as published in `/data/claims.json` (see the README). */
export interface QuoteGroupExport {
  id: string;
  speaker: string | null;
  wordingDiffers: boolean;
  variants: Array<{
    article: string;
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    anchor: string;
  }>;
  paraphrases: Paraphrase[];
}

/** Two variants share at least this much of the shorter one's content words. */
const MIN_CONTAINMENT = 0.5;
/** A link to another article's piece must score this share of the piece's best link. */
const RELATIVE_TO_BEST = 0.75;
/** …and at least this many of them (fewer when the shorter has fewer). */
const MIN_SHARED = 2;
/** Reported speech carries at least this much of a variant's content words… */
const MIN_PARAPHRASE_CONTAINMENT = 0.35;
/** …at least this many in all… */
const MIN_PARAPHRASE_SHARED = 2;
/** …and at least this many of its own, outside quotation marks. */
const MIN_PARAPHRASE_OWN = 1;

/**
 * Groups the quotes of several articles into quotations. Every quote is cut into its quoted
 * sentences (`quotePieces`); a sentence joins, in each other article, the one sentence quoted
 * there that carries most of its content words (`sameQuotation`), and groups are what these
 * links join. Consecutive sentences of one quote that no other article quotes are joined again.
 * Reported speech of the same speaker that restates a variant's words becomes a paraphrase of
 * its group.
 *
 * @param quotesByArticle the quotes of each article (default: `extractQuotes` of each)
 * @returns groups ordered by number of sources (most first), then by first appearance
 */
export function groupQuotes(
  articles: Article[],
  quotesByArticle?: Map<string, Quote[]>,
): QuoteGroup[] {
  const sorted = [...articles].sort((a, b) => compare(a.id, b.id));
  const byId = new Map(sorted.map((article) => [article.id, article]));
  const quotes = sorted.flatMap(
    (article) => quotesByArticle?.get(article.id) ?? extractQuotes(article),
  );
  const piecesOf = new Map(
    quotes.map((quote) => [quote, quotePieces(quote, byId.get(quote.article)!)]),
  );
  const all = [...piecesOf.values()].flat();
  const wordings = all.map((piece) => wordingOf(piece.quotation));
  const find = linkSameQuotations(all, wordings);
  const members = new Map<number, number[]>();
  all.forEach((_, index) => {
    const root = find(index);
    members.set(root, [...(members.get(root) ?? []), index]);
  });
  const alone = new Set(
    [...members.values()].filter((list) => list.length === 1).map((list) => list[0]!),
  );
  const lists = rejoinAlone(quotes, piecesOf, all, alone, members, byId);
  const reports = indexReports(sorted.flatMap(findReportedSpeech));
  const groups = lists.map((variants): QuoteGroup => {
    variants.sort((a, b) => compare(a.article, b.article) || a.start - b.start);
    const first = variants[0]!;
    const variantWordings = variants.map((variant) => wordingOf(variant.quotation));
    const speaker = groupSpeaker(variants);
    const kind = variants.some((variant) => variant.kind === 'speech') ? 'speech' : 'term';
    return {
      id: `q-${hash(`${first.speaker ?? ''}|${variantWordings[0]!.sequence.join(' ') || first.quotation}`)}`,
      speaker,
      kind,
      variants,
      sources: new Set(variants.map((variant) => variant.article)).size,
      paraphrases:
        kind === 'speech' && speaker !== null
          ? paraphrasesOf(speaker, variantWordings, reports)
          : [],
      wordingDiffers: differ(variants, variantWordings),
    };
  });
  // Two groups may open with the same wording by different speakers; keep ids unique.
  uniquifyIds(groups);
  const rank = new Map(sorted.map((article, index) => [article.id, index]));
  const first = (group: QuoteGroup) => group.variants[0]!;
  return groups.sort(
    (a, b) =>
      b.sources - a.sources ||
      rank.get(first(a).article)! - rank.get(first(b).article)! ||
      first(a).start - first(b).start,
  );
}

/**
 * The variant lists of the groups, in order of their first piece, runs of two or more
 * consecutive pieces of one quote that are each alone in their group joined into one variant.
 */
function rejoinAlone(
  quotes: Quote[],
  piecesOf: Map<Quote, Quote[]>,
  all: Quote[],
  alone: Set<number>,
  members: Map<number, number[]>,
  byId: Map<string, Article>,
): Quote[][] {
  const indexOf = new Map(all.map((piece, index) => [piece, index]));
  const joined = new Map<number, Quote | null>();
  for (const quote of quotes) {
    const pieces = piecesOf.get(quote)!;
    for (let from = 0; from < pieces.length;) {
      let to = from;
      while (to < pieces.length && alone.has(indexOf.get(pieces[to]!)!)) to++;
      if (to - from >= 2) {
        const variant = joinPieces(quote, pieces, from, to - 1, byId.get(quote.article)!);
        pieces
          .slice(from, to)
          .forEach((piece, k) => joined.set(indexOf.get(piece)!, k === 0 ? variant : null));
      }
      from = Math.max(to, from + 1);
    }
  }
  const lists: Quote[][] = [];
  for (const [root, list] of members) {
    if (list.length === 1 && joined.has(root)) {
      const variant = joined.get(root);
      if (variant) lists.push([variant]);
    } else lists.push(list.map((index) => all[index]!));
  }
  return lists;
}

/**
 * Links the pieces of different articles that carry the same quotation: each piece to the one
 * piece of each other article that carries most of its words, when `sameQuotation` holds,
 * through an inverted index of content words rather than all pairs.
 *
 * @returns the root of each piece's group, by index into `all`
 */
function linkSameQuotations(all: Quote[], wordings: Wording[]): (index: number) => number {
  const parent = all.map((_, index) => index);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const postings = new Map<string, number[]>();
  wordings.forEach((wording, index) => {
    for (const key of wording.weights.keys()) {
      const posting = postings.get(key);
      if (posting) posting.push(index);
      else postings.set(key, [index]);
    }
  });
  const exact = new Map<string, number>();
  all.forEach((piece, i) => {
    const key = wordings[i]!.sequence.join(' ') || piece.quotation.toLowerCase();
    const seen = exact.get(key);
    if (
      seen !== undefined &&
      all[seen]!.article !== piece.article &&
      sameSpeaker(all[seen]!, piece)
    )
      parent[find(i)] = find(seen);
    else if (seen === undefined) exact.set(key, i);
  });
  all.forEach((piece, i) => {
    if (piece.kind === 'term') return;
    const best = new Map<string, { j: number; score: number }>();
    const candidates = new Set<number>();
    for (const key of wordings[i]!.weights.keys())
      for (const j of postings.get(key) ?? []) if (j !== i) candidates.add(j);
    for (const j of candidates) {
      const other = all[j]!;
      if (other.article === piece.article || other.kind === 'term' || !sameSpeaker(piece, other))
        continue;
      const score = sameQuotation(wordings[i]!, wordings[j]!);
      const known = best.get(other.article);
      if (score > 0 && (!known || score > known.score)) best.set(other.article, { j, score });
    }
    // A piece joins the pieces that carry it best, not every one it resembles: a fragment
    // ("but not about cutting crews") that another outlet quotes whole must not also join a
    // different quotation sharing two of its words, which would chain the two quotations.
    const top = Math.max(0, ...[...best.values()].map(({ score }) => score));
    for (const { j, score } of best.values()) {
      if (score >= RELATIVE_TO_BEST * top) parent[find(i)] = find(j);
    }
  });
  return find;
}

/**
 * How well two wordings carry the same quotation (0: not the same): the share of the shorter's
 * content words they have in common, synonyms counted at a discount, when it is at least
 * `MIN_CONTAINMENT` and they share at least `MIN_SHARED` words (or all the shorter has).
 */
function sameQuotation(a: Wording, b: Wording): number {
  const shared = sharedWeight(a, b);
  const score = containment(a, b, shared);
  const needed = Math.min(MIN_SHARED, a.total, b.total);
  return score >= MIN_CONTAINMENT && shared >= needed - 1e-9 ? score : 0;
}

function sameSpeaker(a: Quote, b: Quote): boolean {
  if (!a.speaker || !b.speaker) return true;
  return a.speaker.split(' ').pop() === b.speaker.split(' ').pop();
}

/**
 * The reports of `speaker` (by surname) that restate a variant: they carry at least
 * `MIN_PARAPHRASE_CONTAINMENT` of its content words, `MIN_PARAPHRASE_SHARED` in all and
 * `MIN_PARAPHRASE_OWN` outside their own quotation marks, so that a sentence that only quotes
 * the words ("described the vote as “…”") is not a paraphrase.
 */
function paraphrasesOf(speaker: string, variants: Wording[], reports: ReportIndex): Paraphrase[] {
  const bySpeaker = reports.get(speaker.split(' ').pop()!) ?? [];
  // A long article that repeats itself repeats its quotations and reports word for word: each
  // distinct wording is compared once, or the comparisons grow with the square of the copies.
  const distinct = [...new Map(variants.map((v) => [key(v), v])).values()];
  const decided = new Map<string, boolean>();
  const restates = ({ report, wording }: IndexedReport): boolean => {
    let verdict = decided.get(wording);
    if (verdict === undefined) {
      verdict = distinct.some((variant) => {
        const shared = sharedWeight(report.reported, variant);
        return (
          shared >= MIN_PARAPHRASE_SHARED &&
          containment(report.reported, variant, shared) >= MIN_PARAPHRASE_CONTAINMENT &&
          sharedWeight(report.own, variant) >= MIN_PARAPHRASE_OWN
        );
      });
      decided.set(wording, verdict);
    }
    return verdict;
  };
  return bySpeaker.filter(restates).map(({ report: { article, anchor, start, end, text } }) => ({
    article,
    anchor,
    start,
    end,
    text,
  }));
}

interface IndexedReport {
  report: ReportedSpeech;
  /** The report's wording in and out of quotation marks, as `key` writes it. */
  wording: string;
}

/** Reported speech by the speaker's surname, in reading order. */
type ReportIndex = Map<string, IndexedReport[]>;

function indexReports(reports: readonly ReportedSpeech[]): ReportIndex {
  const index: ReportIndex = new Map();
  for (const report of reports) {
    const surname = report.speaker?.split(' ').pop();
    if (surname === undefined) continue;
    const entry = { report, wording: `${key(report.reported)}\u0000${key(report.own)}` };
    const list = index.get(surname);
    if (list) list.push(entry);
    else index.set(surname, [entry]);
  }
  return index;
}

const keys = new WeakMap<Wording, string>();

/** What makes two wordings compare alike: their stems in order and the words behind them. */
function key(wording: Wording): string {
  let known = keys.get(wording);
  if (known === undefined) {
    known = `${wording.sequence.join(' ')}|${[...wording.words.values()].join(' ')}`;
    keys.set(wording, known);
  }
  return known;
}

/** True when two variants of different articles word the quotation differently. */
function differ(variants: Quote[], wordings: Wording[]): boolean {
  return variants.some((a, i) =>
    variants.some(
      (b, j) => j > i && a.article !== b.article && wordsDiffer(wordings[i]!, wordings[j]!),
    ),
  );
}

/** The `quotes` array of `/data/claims.json`. */
export function exportQuoteGroups(groups: QuoteGroup[]): QuoteGroupExport[] {
  return groups.map((group) => ({
    id: group.id,
    speaker: group.speaker,
    wordingDiffers: group.wordingDiffers,
    variants: group.variants.map((variant) => ({
      article: variant.article,
      start: variant.start,
      end: variant.end,
      text: variant.text,
      speaker: variant.speaker,
      anchor: variant.anchor,
    })),
    paraphrases: group.paraphrases.map(({ article, anchor, start, end, text }) => ({
      article,
      anchor,
      start,
      end,
      text,
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
