/**
 * What an article shares with the other sources: per sentence (its claims, the other sources'
 * passages) and per article (how much of its body the others also carry).
 */
import type { Claim, ClaimSpan } from '../align/index.ts';
import { compareIds, type Article, type Sentence } from '../model/index.ts';
import { claimsOf, isBodySentence, type Story } from './story.ts';

/** What one sentence shares with the other sources. */
export interface SentenceShare {
  claims: Claim[];
  /** The spans of other articles that carry the same claims, one list per claim. */
  counterparts: ClaimSpan[];
  /** Ids of the other articles that carry at least one of the sentence's claims. */
  others: string[];
  /** This sentence's own spans (a clause or the whole sentence), with their verbatim runs. */
  own: ClaimSpan[];
}

/** Collects what a sentence shares: its claims, their spans elsewhere, the other sources. */
export function shareOf(story: Story, article: string, sentence: Sentence): SentenceShare {
  const claims = claimsOf(story, article, sentence.id);
  const counterparts: ClaimSpan[] = [];
  const own: ClaimSpan[] = [];
  // Claims may overlap: the same passage of another source is listed once.
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const span of claim.spans) {
      const key = `${span.article}#${span.start}-${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (span.article === article && span.sentence === sentence.id) own.push(span);
      else if (span.article !== article) counterparts.push(span);
    }
  }
  const others = [...new Set(counterparts.map((span) => span.article))].sort(compareIds);
  return { claims, counterparts, others, own };
}

/** Body sentences: the ones that can carry claims (not titles or headings). */
export function bodySentences(article: Article): Sentence[] {
  return article.sentences.filter(isBodySentence);
}

/** Per-article coverage numbers for the overview and article headers. */
export interface Coverage {
  bodySentences: number;
  sharedSentences: number;
  /** Share of body sentences that at least one other source also carries, 0–1. */
  sharedShare: number;
  /** Body sentences no other source carries: claims only this article makes. */
  uniqueSentences: number;
  /** Claims this article takes part in. */
  claims: number;
}

export function coverageOf(story: Story, article: Article): Coverage {
  const body = bodySentences(article);
  const shared = body.filter((s) => claimsOf(story, article.id, s.id).length > 0).length;
  const claims = story.alignment.claims.filter((c) =>
    c.spans.some((s) => s.article === article.id),
  );
  return {
    bodySentences: body.length,
    sharedSentences: shared,
    sharedShare: body.length === 0 ? 0 : shared / body.length,
    uniqueSentences: body.length - shared,
    claims: claims.length,
  };
}

/** Formats a 0–1 share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
