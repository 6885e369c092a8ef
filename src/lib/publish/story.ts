/**
 * The story as the publish stage sees it: the articles and what the pipeline derives from all of
 * them together (claims, quotes), indexed for the lookups pages make. Framework-free: the Astro
 * side (`src/story.ts`) reads the collection, runs the pipeline once per build and hands the
 * results to `buildStory`.
 */
import type { Alignment, Claim } from '../align/index.ts';
import type { Article } from '../model/index.ts';
import type { Quote, QuoteGroup } from '../quotes/index.ts';
import { sourceLabels } from './labels.ts';

/** A speech quote with the group of its variants across outlets. */
export interface GroupedQuote {
  quote: Quote;
  group: QuoteGroup;
}

/** What the editor says about the story (`story.yaml` in the articles folder); nulls when it says nothing. */
export interface StoryAbout {
  title: string | null;
  summary: string | null;
}

/** What the pipeline hands the publish stage. */
export interface StoryParts {
  /** The story's articles, in the order pages list them (by id). */
  articles: Article[];
  alignment: Alignment;
  quoteGroups: QuoteGroup[];
  meta: StoryAbout;
}

export interface Story extends StoryParts {
  byId: Map<string, Article>;
  claimsById: Map<string, Claim>;
  /** Article id → the source's label as every page shows it (see `sourceLabel`). */
  labels: Map<string, string>;
  /** `${article}#${sentence}` → the speech quotes that open in that sentence, with their group. */
  speechByAnchor: Map<string, GroupedQuote[]>;
}

/** Indexes the pipeline's results for the pages: computed once per build. */
export function buildStory(parts: StoryParts): Story {
  const speechByAnchor = new Map<string, GroupedQuote[]>();
  for (const group of parts.quoteGroups) {
    for (const quote of group.variants) {
      if (quote.kind !== 'speech') continue;
      const key = `${quote.article}#${quote.anchor}`;
      speechByAnchor.set(key, [...(speechByAnchor.get(key) ?? []), { quote, group }]);
    }
  }
  return {
    ...parts,
    byId: new Map(parts.articles.map((article) => [article.id, article])),
    claimsById: new Map(parts.alignment.claims.map((claim) => [claim.id, claim])),
    labels: sourceLabels(parts.articles),
    speechByAnchor,
  };
}

/** The label of the story's article `id` (see `sourceLabel`). */
export function labelOf(story: Story, id: string): string {
  return story.labels.get(id)!;
}

/** The claims a sentence takes part in. */
export function claimsOf(story: Story, article: string, sentence: string): Claim[] {
  const ids = story.alignment.bySentence.get(`${article}#${sentence}`) ?? [];
  return ids.map((id) => story.claimsById.get(id)!).filter(Boolean);
}

/** Speech quotes whose first sentence is `sentence`, with their group. */
export function quotesStartingAt(story: Story, article: string, sentence: string): GroupedQuote[] {
  return story.speechByAnchor.get(`${article}#${sentence}`) ?? [];
}
