/**
 * The story as the pages see it: the articles of the `articles` collection and what the pipeline
 * derives from all of them together (claims, quotes). Computed once per build, shared by pages.
 */
import { getCollection } from 'astro:content';
import { alignStory, type Alignment, type Claim, type ClaimSpan } from './lib/align/index.ts';
import { buildQuoteGroups, type Quote, type QuoteGroup } from './lib/quotes/quotes.ts';
import { resolve } from 'node:path';
import { compareIds } from './lib/model/ids.ts';
import { LARGE_STORY_SENTENCES, runStage } from './lib/corpus/index.ts';
import { readStoryMeta, type StoryMeta } from './lib/input/story-meta.ts';
import { STORY_FILE } from './paths.ts';
import type { Article, Sentence } from './lib/model/types.ts';

export { claimHeadline, labelSpan, sourceLabel } from './lib/publish/labels.ts';
export { articleHref, compareHref } from './lib/publish/links.ts';

export interface Story {
  /** Articles sorted by id. */
  articles: Article[];
  byId: Map<string, Article>;
  alignment: Alignment;
  claimsById: Map<string, Claim>;
  quoteGroups: QuoteGroup[];
  /** What `content/story.yaml` says about the story (nulls when there is no such file). */
  meta: StoryMeta;
  /** `${article}#${sentence}` → the speech quotes that open in that sentence, with their group. */
  speechByAnchor: Map<string, Array<{ quote: Quote; group: QuoteGroup }>>;
}

let story: Promise<Story> | undefined;

/** Returns the story, computing it on first use. */
export function getStory(): Promise<Story> {
  story ??= computeStory();
  return story;
}

async function computeStory(): Promise<Story> {
  const entries = await getCollection('articles');
  const articles = entries
    .map((entry) => entry.data as Article)
    .sort((a, b) => compareIds(a.id, b.id));
  const sentences = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  const large = sentences >= LARGE_STORY_SENTENCES;
  const log = (message: string) => console.info(`[parallax] ${message}`);
  const alignment = runStage(log, large, `aligning ${sentences} sentences into claims`, () =>
    alignStory(articles),
  );
  const quoteGroups = runStage(log, large, `finding and grouping quotes`, () =>
    buildQuoteGroups(articles),
  );
  const speechByAnchor = new Map<string, Array<{ quote: Quote; group: QuoteGroup }>>();
  for (const group of quoteGroups) {
    for (const quote of group.variants) {
      if (quote.kind !== 'speech') continue;
      const key = `${quote.article}#${quote.anchor}`;
      speechByAnchor.set(key, [...(speechByAnchor.get(key) ?? []), { quote, group }]);
    }
  }
  return {
    meta: readStoryMeta(resolve(STORY_FILE), STORY_FILE),
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
    alignment,
    claimsById: new Map(alignment.claims.map((claim) => [claim.id, claim])),
    quoteGroups,
    speechByAnchor,
  };
}

/** The claims a sentence takes part in. */
export function claimsOf(story: Story, article: string, sentence: string): Claim[] {
  const ids = story.alignment.bySentence.get(`${article}#${sentence}`) ?? [];
  return ids.map((id) => story.claimsById.get(id)!).filter(Boolean);
}

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
  return article.sentences.filter((s) => s.kind === 'paragraph' || s.kind === 'list-item');
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

/** Speech quotes whose first sentence is `sentence`, with their group. */
export function quotesStartingAt(
  story: Story,
  article: string,
  sentence: string,
): Array<{ quote: Quote; group: QuoteGroup }> {
  return story.speechByAnchor.get(`${article}#${sentence}`) ?? [];
}

/** Formats a 0–1 share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
