/**
 * How pages name things: a source, a claim's headline. Framework-free so that the search index
 * and the pages name sources alike.
 */
import type { Claim, ClaimSpan } from '../align/index.ts';
import type { Article } from '../model/types.ts';

/**
 * The short name of an article's source: its outlet when known, otherwise a neutral "Source N"
 * by its position in the story (never an invented outlet). Two articles from one outlet are
 * told apart by number: "AP (1)", "AP (2)".
 */
export function sourceLabel(article: Article, articles: readonly Article[]): string {
  const outlet = article.meta.outlet;
  if (outlet === null) return `Source ${articles.indexOf(article) + 1}`;
  const same = articles.filter((other) => other.meta.outlet === outlet);
  return same.length === 1 ? outlet : `${outlet} (${same.indexOf(article) + 1})`;
}

/** The span whose text is the claim's label (its most representative wording). */
export function labelSpan(claim: Claim): ClaimSpan | undefined {
  return claim.spans.find((span) => span.text === claim.label);
}

/**
 * A claim's label as a headline: the text of its label span, with "…" where that span starts or
 * ends inside its sentence (a clause), so a fragment does not read as a whole sentence. Returns
 * the label unchanged when its span or sentence is not found in `articles`.
 */
export function claimHeadline(claim: Claim, articles: ReadonlyMap<string, Article>): string {
  const span = labelSpan(claim);
  const sentence =
    span && articles.get(span.article)?.sentences.find((s) => s.id === span.sentence);
  if (!span || !sentence) return claim.label;
  const before = span.start > sentence.start ? '…' : '';
  const after = span.end < sentence.end && !/[.!?…]["”’)]*$/.test(span.text) ? '…' : '';
  return `${before}${span.text}${after}`;
}
