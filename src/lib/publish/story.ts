/**
 * The story as the publish stage sees it: the articles and what the pipeline derives from all of
 * them together (claims, quotes), indexed for the lookups pages make. Framework-free: the Astro
 * side (`src/story.ts`) reads the collection, runs the pipeline once per build and hands the
 * results to `buildStory`.
 */
import type { Alignment, Claim } from '../align/index.ts';
import type { Disagreement } from '../disagreements/index.ts';
import type { Article, Sentence } from '../model/index.ts';
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
  /** Where the outlets state different facts (see `findDisagreements`); none when left out. */
  disagreements?: Disagreement[];
  meta: StoryAbout;
  /**
   * The story's id on a site of several stories (its pages are under `/stories/<id>/`); absent
   * on a single-story site.
   */
  id?: string;
  /**
   * The most items a page of the story's claims, quotes and differences lists holds
   * (`PARALLAX_LIST_PAGE_ITEMS`); `LIST_PAGE_ITEMS` (100) when absent. See `list-pages.ts`.
   */
  listPageItems?: number;
}

export interface Story extends StoryParts {
  disagreements: Disagreement[];
  /**
   * The prefix of the story's own list pages (claims, quotes, differences): '' on a
   * single-story site (`/quotes/`), `/stories/<id>` otherwise (`/stories/<id>/quotes/`).
   */
  base: string;
  byId: Map<string, Article>;
  claimsById: Map<string, Claim>;
  /** Article id → the source's label as every page shows it (see `sourceLabel`). */
  labels: Map<string, string>;
  /** `${article}#${sentence}` → the speech quotes that open in that sentence, with their group. */
  speechByAnchor: Map<string, GroupedQuote[]>;
  /** `${article}#${sentence}` → the body sentence's number as pages show it (`sentenceNumber`). */
  numbers: Map<string, number>;
  /** `${article}#${sentence}` → the disagreements with a version in that sentence. */
  disputesByAnchor: Map<string, Disagreement[]>;
}

/** Whether a sentence is of the body (a paragraph's or list item's), not a title or heading. */
export function isBodySentence(sentence: Sentence): boolean {
  return sentence.kind === 'paragraph' || sentence.kind === 'list-item';
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
  // Body sentences are numbered among themselves: the first sentence a reader reads is
  // "sentence 1" even when a headline and a heading come before it. Ids (`s-N`) count every
  // sentence and stay as they are, so permalinks do not change.
  const numbers = new Map<string, number>();
  for (const article of parts.articles) {
    let number = 0;
    for (const sentence of article.sentences) {
      if (isBodySentence(sentence)) numbers.set(`${article.id}#${sentence.id}`, ++number);
    }
  }
  const disagreements = parts.disagreements ?? [];
  const disputesByAnchor = new Map<string, Disagreement[]>();
  for (const disagreement of disagreements) {
    for (const version of disagreement.versions) {
      const key = `${version.article}#${version.anchor}`;
      const list = disputesByAnchor.get(key) ?? [];
      if (!list.includes(disagreement)) list.push(disagreement);
      disputesByAnchor.set(key, list);
    }
  }
  return {
    ...parts,
    disagreements,
    base: parts.id === undefined ? '' : `/stories/${parts.id}`,
    disputesByAnchor,
    byId: new Map(parts.articles.map((article) => [article.id, article])),
    claimsById: new Map(parts.alignment.claims.map((claim) => [claim.id, claim])),
    labels: sourceLabels(parts.articles),
    speechByAnchor,
    numbers,
  };
}

/**
 * The number pages show for sentence `sentence` of article `article`: its position among the
 * article's body sentences, from 1; undefined for a title or heading (they are not numbered).
 */
export function sentenceNumber(
  story: Story,
  article: string,
  sentence: string,
): number | undefined {
  return story.numbers.get(`${article}#${sentence}`);
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

/**
 * Where sentence `sentence` of article `article` stands, as pages word it: "sentence N" for a
 * body sentence (see `sentenceNumber`), "headline" or "heading" otherwise.
 */
export function sentencePlace(story: Story, article: string, sentence: string): string {
  const number = sentenceNumber(story, article, sentence);
  if (number !== undefined) return `sentence ${number}`;
  const kind = story.byId.get(article)?.sentences.find((s) => s.id === sentence)?.kind;
  return kind === 'title' ? 'headline' : 'heading';
}
