/**
 * The story as the pages see it: the articles of the `articles` collection and what the pipeline
 * derives from all of them together (claims, quotes). Computed once per build, shared by pages;
 * what pages show of it is computed by the publish stage (`src/lib/publish/`).
 *
 * `getStories()` is the many-story input (story folders and the flat folder grouped into
 * stories), each story aligned on its own and cached; pages do not use it yet.
 */
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { alignStory } from './lib/align/index.ts';
import { readStories, type StoryGroup } from './lib/corpus/index.ts';
import { readStoryMeta } from './lib/input/index.ts';
import { compareIds, type Article } from './lib/model/index.ts';
import { buildStory, type Story } from './lib/publish/index.ts';
import { groupQuotes } from './lib/quotes/index.ts';
import { codeFingerprint, runStories } from './lib/stories/index.ts';
import { ARTICLES_DIR, STORIES_CACHE_DIR, STORIES_DIR, STORY_FILE } from './paths.ts';

export type { Story, StoryGroup };

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
  return buildStory({
    articles,
    alignment: alignStory(articles),
    quoteGroups: groupQuotes(articles),
    meta: readStoryMeta(resolve(STORY_FILE), STORY_FILE),
  });
}

/** One story of a many-story site: how its articles came together, and the story pages show. */
export interface SiteStory {
  /** The story's id: its folder's name, or a slug of its distinctive terms. */
  id: string;
  group: StoryGroup;
  story: Story;
}

let stories: Promise<SiteStory[]> | undefined;

/**
 * Returns every story of the input, computing them on first use: each folder of
 * `content/stories/` is a story, and the articles of the flat folder are grouped into stories by
 * what they report; each story is aligned on its own, its results cached by its content.
 * The build log gets one line per story saying why its articles are together.
 */
export function getStories(): Promise<SiteStory[]> {
  stories ??= computeStories();
  return stories;
}

async function computeStories(): Promise<SiteStory[]> {
  // The flat folder's articles are parsed already by the loader; story folders are read here.
  const entries = await getCollection('articles');
  const known = new Map(
    entries.map((entry) => [(entry.data as Article).file, entry.data as Article] as const),
  );
  const { articles, grouping } = readStories({
    articlesDir: ARTICLES_DIR,
    storiesDir: STORIES_DIR,
    known,
  });
  for (const warning of grouping.warnings) console.warn(warning);
  for (const story of grouping.stories) console.info(story.explanation);
  const { runs, stats } = runStories(grouping.stories, articles, {
    cacheDir: STORIES_CACHE_DIR,
    // The code is bundled in a build: the version is the source's, read from the project.
    version: codeFingerprint([resolve('src/lib'), resolve('package-lock.json')]),
  });
  console.info(
    `${stats.stories} stories: ${stats.aligned} aligned, ${stats.cached} unchanged (cached)`,
  );
  return runs.map((run, k) => {
    const group = grouping.stories[k]!;
    return {
      id: run.id,
      group,
      story: buildStory({
        articles: run.articles,
        alignment: run.alignment,
        quoteGroups: run.quoteGroups,
        meta: { title: group.title, summary: group.summary },
      }),
    };
  });
}
