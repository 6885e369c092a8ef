/**
 * The story as the pages see it: the articles of the `articles` collection and what the pipeline
 * derives from all of them together (claims, quotes, disagreements). Computed once per build,
 * shared by pages; what pages show of it is computed by the publish stage (`src/lib/publish/`).
 *
 * The input holds stories (story folders, and the flat folder grouped into stories), each
 * aligned on its own and cached: `getSite()` has them all, `getStory()` the only one of a
 * single-story site.
 */
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { readStories, type StoryGroup } from './lib/corpus/index.ts';
import { readReview } from './lib/input/index.ts';
import { ArticleWarning, warnings, type Article } from './lib/model/index.ts';
import {
  buildStory,
  listPagePaths,
  storiesPageCount,
  type ListPath,
  type Story,
  type StoryListKind,
} from './lib/publish/index.ts';
import {
  cachedGroupStories,
  codeFingerprint,
  reviewAcrossStories,
  runStoriesInParallel,
  uniqueQuoteIds,
} from './lib/stories/index.ts';
import {
  ARTICLES_DIR,
  LIST_PAGE_ITEMS,
  REVIEW_FILE,
  STORIES_CACHE_DIR,
  STORIES_DIR,
  WORKERS,
} from './paths.ts';

export type { Story, StoryGroup };

/**
 * Returns the site's only story.
 *
 * @throws Error when the site holds several stories: pages then take theirs from `getSite()`
 */
export async function getStory(): Promise<Story> {
  const { stories } = await getSite();
  if (stories.length !== 1) throw new Error(`getStory: the site holds ${stories.length} stories`);
  return stories[0]!.story;
}

/** One story of the site: how its articles came together, and the story pages show. */
export interface SiteStory {
  /** The story's id: its folder's name, or a slug of its distinctive terms. */
  id: string;
  group: StoryGroup;
  story: Story;
}

/** The site's stories, and where each article and claim belongs. */
export interface Site {
  stories: SiteStory[];
  /** One story: the site is that story's, as before stories existed (`/` is its overview). */
  single: boolean;
  byId: Map<string, SiteStory>;
  /** Article id → its story. */
  byArticle: Map<string, SiteStory>;
}

let site: Promise<Site> | undefined;

/**
 * Returns every story of the input, computing them on first use: each folder of
 * `content/stories/` is a story, and the articles of the flat folder are grouped into stories by
 * what they report; each story is aligned on its own, its results cached by its content.
 * The build log gets one line per story saying why its articles are together.
 */
export async function getStories(): Promise<SiteStory[]> {
  return (await getSite()).stories;
}

/** Returns the site: its stories, indexed for the pages (computed once per build). */
export function getSite(): Promise<Site> {
  site ??= computeStories().then((stories) => ({
    stories,
    single: stories.length === 1,
    byId: new Map(stories.map((story) => [story.id, story])),
    byArticle: new Map(
      stories.flatMap((story) => story.story.articles.map((article) => [article.id, story])),
    ),
  }));
  return site;
}

/**
 * The static paths of a story's own list pages (`/stories/<id>/claims/`, `…/quotes/`,
 * `…/differences/`, and `…/2/`, `…/3/` of a large story's): a story's pages on a site of several
 * stories, none on a single-story site, whose lists stay at `/claims/`, `/quotes/` and
 * `/differences/` (see `singleListPaths`).
 */
export async function storyListPaths(kind: StoryListKind): Promise<
  Array<{
    params: { story: string; page: string | undefined };
    props: { entry: SiteStory; page: number };
  }>
> {
  const site = await getSite();
  return site.single
    ? []
    : site.stories.flatMap((entry) =>
        listPagePaths(entry.story, kind).map(({ params, props }) => ({
          params: { story: entry.id, page: params.page },
          props: { entry, page: props.page },
        })),
      );
}

/**
 * The static paths of a single-story site's list pages (`/claims/`, `/claims/2/`, …); on a site
 * of several stories, the pages that link to each story's list, as many as the list of stories
 * has (`storiesPageCount`).
 */
export async function singleListPaths(kind: StoryListKind): Promise<ListPath[]> {
  const site = await getSite();
  if (site.single) return listPagePaths(site.stories[0]!.story, kind);
  return Array.from({ length: storiesPageCount(site.stories.length) }, (_, k) => ({
    params: { page: k === 0 ? undefined : String(k + 1) },
    props: { page: k + 1 },
  }));
}

/** The story that holds article `id` (every article is in exactly one). */
export async function storyOfArticle(id: string): Promise<SiteStory> {
  return (await getSite()).byArticle.get(id)!;
}

async function computeStories(): Promise<SiteStory[]> {
  // The flat folder's articles are parsed already by the loader; story folders are read here.
  const entries = await getCollection('articles');
  const known = new Map(
    entries.map((entry) => [(entry.data as Article).file, entry.data as Article] as const),
  );
  // The code is bundled in a build: the version is the source's, read from the project.
  const version = codeFingerprint([resolve('src/lib'), resolve('package-lock.json')]);
  let groupingCached = false;
  const { articles, grouping } = readStories({
    articlesDir: ARTICLES_DIR,
    storiesDir: STORIES_DIR,
    known,
    // The flat folder's warnings were logged by the loader; these are the story folders'.
    onWarning: (warning) => console.warn(warning.message),
    group: (input, options) => {
      const result = cachedGroupStories(input, options, { dir: STORIES_CACHE_DIR, version });
      groupingCached = result.cached;
      return result.grouping;
    },
  });
  console.info(
    `[parallax] ${articles.length} articles in ${grouping.stories.length} ${grouping.stories.length === 1 ? 'story' : 'stories'}${groupingCached ? ' (grouping unchanged, cached)' : ''}`,
  );
  for (const warning of grouping.warnings) console.warn(warning);
  for (const story of grouping.stories) console.info(story.explanation);
  // The editor's review names sentences of any story; each story applies its own pairs.
  const review = readReview(resolve(REVIEW_FILE), REVIEW_FILE, articles);
  for (const pair of reviewAcrossStories(review, grouping.stories)) {
    console.warn(
      new ArticleWarning(
        REVIEW_FILE,
        warnings.reviewAcrossStories(pair.line ?? 0, pair.a, pair.storyA, pair.b, pair.storyB),
      ).message,
    );
  }
  const { runs, stats } = await runStoriesInParallel(grouping.stories, articles, {
    review,
    log: (message) => console.info(`[parallax] ${message}`),
    cacheDir: STORIES_CACHE_DIR,
    version,
    // Workers load the pipeline from the source tree: the bundle has no module of its own for them.
    workers: WORKERS,
    workerFile: resolve('src/lib/stories/story-worker.ts'),
  });
  console.info(
    `${stats.stories} ${stats.stories === 1 ? 'story' : 'stories'}: ${stats.aligned} aligned${stats.threads > 1 ? ` (${stats.threads} at a time)` : ''}, ${stats.cached} unchanged (cached)`,
  );
  const single = runs.length === 1;
  return uniqueQuoteIds(runs).map((run, k) => {
    const group = grouping.stories[k]!;
    return {
      id: run.id,
      group,
      story: buildStory({
        articles: run.articles,
        alignment: run.alignment,
        quoteGroups: run.quoteGroups,
        disagreements: run.disagreements,
        meta: { title: group.title, summary: group.summary },
        // A single story keeps today's addresses (/quotes/, /claims/); several get their own.
        ...(single ? {} : { id: run.id }),
        ...(LIST_PAGE_ITEMS === undefined ? {} : { listPageItems: LIST_PAGE_ITEMS }),
      }),
    };
  });
}
