/**
 * The story as the pages see it: the articles of the `articles` collection and what the pipeline
 * derives from all of them together. Computed once per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import type { Article } from './lib/types.ts';

export interface Story {
  /** Articles sorted by id. */
  articles: Article[];
  /** Articles by id. */
  byId: Map<string, Article>;
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
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
  };
}

/**
 * The short name a page shows for an article's source: its outlet when known, otherwise a
 * neutral "Source N" by its position in the story (never an invented outlet).
 */
export function sourceLabel(article: Article, articles: Article[]): string {
  return article.meta.outlet ?? `Source ${articles.indexOf(article) + 1}`;
}
