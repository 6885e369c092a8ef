/**
 * The story as the pages see it: the articles of the `articles` collection and what the pipeline
 * derives from all of them together (claims, quotes, disagreements). Computed once per build,
 * shared by pages; what pages show of it is computed by the publish stage (`src/lib/publish/`).
 */
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { alignStory } from './lib/align/index.ts';
import { LARGE_STORY_SENTENCES, runStage } from './lib/corpus/index.ts';
import { findDisagreements } from './lib/disagreements/index.ts';
import { readReview, readStoryMeta } from './lib/input/index.ts';
import { compareIds, type Article } from './lib/model/index.ts';
import { buildStory, type Story } from './lib/publish/index.ts';
import { groupQuotes } from './lib/quotes/index.ts';
import { REVIEW_FILE, STORY_FILE } from './paths.ts';

export type { Story };

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
  // The editor's review (content/review.yaml) forces and forbids joins; a bad file stops the
  // build with its line.
  const review = readReview(resolve(REVIEW_FILE), REVIEW_FILE, articles);
  const sentences = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  const large = sentences >= LARGE_STORY_SENTENCES;
  const log = (message: string) => console.info(`[parallax] ${message}`);
  const quoteGroups = runStage(log, large, `finding and grouping quotes`, () =>
    groupQuotes(articles),
  );
  // Speakers let alignment read a quotation's "we" as the one who says it.
  const quotes = quoteGroups.flatMap((group) => group.variants);
  const alignment = runStage(log, large, `aligning ${sentences} sentences into claims`, () =>
    alignStory(articles, { review, quotes }),
  );
  return buildStory({
    articles,
    alignment,
    quoteGroups,
    disagreements: findDisagreements({ articles, alignment, quoteGroups }),
    meta: readStoryMeta(resolve(STORY_FILE), STORY_FILE),
  });
}
