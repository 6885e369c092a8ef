/**
 * Optional `content/review.yaml`: an editor's decisions on claim alignment.
 *
 * ```yaml
 * same:
 *   - [harbor-gazette#s-3, eastbridge-courier#s-2]
 * different:
 *   - [000_f0b5d7bc94117462#s-7, 004_913725672f5aa097#s-11]
 * ```
 *
 * A `same` pair puts the two sentences in one claim; a `different` pair guarantees that no claim
 * holds both. Every problem names the file and the line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { decodeArticle } from './decode.ts';
import { ArticleError, reasons, type Article } from '../model/index.ts';

/** One decision: two `article#sentence` keys and the line it was written on. */
export interface ReviewPair {
  a: string;
  b: string;
  line: number;
}

/** The editor's decisions, checked against the story. */
export interface Review {
  same: ReviewPair[];
  different: ReviewPair[];
}

const KEYS = ['same', 'different'] as const;

/**
 * Reads the review file when there is one and checks it against the story's articles.
 *
 * @param path where the file would be
 * @param file the path to name in messages
 * @param articles the story's articles: every key must name one of their sentences
 * @returns the decisions, empty when there is no file
 * @throws ArticleError naming the file and the line of the first problem: not YAML, not the
 *   two lists of pairs, an unknown sentence, a pair within one article, or a pair listed both
 *   as same and as different
 */
export function readReview(path: string, file: string, articles: readonly Article[]): Review {
  if (!existsSync(path)) return { same: [], different: [] };
  const bytes = readFileSync(path);
  return parseReview(bytes.length === 0 ? '' : decodeArticle(bytes, file), file, articles);
}

/** Parses and checks the text of a review file, as `readReview`. */
export function parseReview(text: string, file: string, articles: readonly Article[]): Review {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const [error] = doc.errors;
  if (error) throw new ArticleError(file, reasons.reviewYaml(error.message));
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  const review: Review = { same: [], different: [] };
  if (doc.contents === null) return review;
  if (!isMap(doc.contents)) throw new ArticleError(file, reasons.reviewNotMapping());
  const sentences = new Set(
    articles.flatMap((article) => article.sentences.map((s) => `${article.id}#${s.id}`)),
  );
  for (const item of doc.contents.items) {
    const key = String((item.key as { value?: unknown } | null)?.value ?? '');
    const keyLine = lineOf(item.key as Node);
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new ArticleError(file, reasons.reviewUnknownKey(keyLine, key));
    }
    const list = item.value as Node | null;
    // An empty list (`same:` alone) holds no decision.
    if (list === null || (list as { value?: unknown }).value === null) continue;
    if (!isSeq(list)) throw new ArticleError(file, reasons.reviewNotPair(lineOf(list)));
    for (const entry of list.items as Node[]) {
      const line = lineOf(entry);
      const pair = isSeq(entry) ? entry.toJSON() : null;
      if (!Array.isArray(pair) || pair.length !== 2 || pair.some((x) => typeof x !== 'string')) {
        throw new ArticleError(file, reasons.reviewNotPair(line));
      }
      const [a, b] = (pair as string[]).map((x) => x.trim()) as [string, string];
      for (const ref of [a, b]) {
        if (!sentences.has(ref))
          throw new ArticleError(file, reasons.reviewUnknownSentence(line, ref));
      }
      if (a.split('#')[0] === b.split('#')[0]) {
        throw new ArticleError(file, reasons.reviewSameArticle(line));
      }
      review[key as (typeof KEYS)[number]].push({ a, b, line });
    }
  }
  const keyOf = (p: ReviewPair) => (p.a < p.b ? `${p.a} ${p.b}` : `${p.b} ${p.a}`);
  const sameAt = new Map(review.same.map((p) => [keyOf(p), p.line]));
  for (const p of review.different) {
    const other = sameAt.get(keyOf(p));
    if (other !== undefined) {
      const [first, second] = other < p.line ? [other, p.line] : [p.line, other];
      throw new ArticleError(file, reasons.reviewBothWays(second, first));
    }
  }
  return review;
}
