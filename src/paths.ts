/**
 * Where the site's inputs are, and how it is cut into pages. PARALLAX_ARTICLES points a build at
 * another folder of articles, PARALLAX_STORIES at another folder of story folders,
 * PARALLAX_LIST_PAGE_ITEMS sets how many items a page of a story's long lists holds,
 * PARALLAX_SEARCH_STORIES how many stories the search page lists before its script adds the rest.
 */
import { dirname, join } from 'node:path';
import { STORY_FILE_NAME } from './lib/input/index.ts';

/** The folder of article files, relative to the project root. */
export const ARTICLES_DIR = process.env.PARALLAX_ARTICLES ?? 'content/articles';

/**
 * The optional story file, inside the articles folder (`content/articles/story.yaml`): it belongs
 * to those articles, and replacing the folder's files replaces it too.
 */
export const STORY_FILE = join(ARTICLES_DIR, STORY_FILE_NAME);

/**
 * The folder of story folders (`content/stories/<story>/`), relative to the project root: beside
 * the articles folder, so a build pointed at another articles folder does not mix in this one's
 * stories.
 */
export const STORIES_DIR = process.env.PARALLAX_STORIES ?? join(dirname(ARTICLES_DIR), 'stories');

/**
 * Where each story's alignment and quote groups are cached between builds, inside Astro's cache
 * directory (PARALLAX_CACHE_DIR, as in `astro.config.ts`; Astro's default otherwise).
 */
export const STORIES_CACHE_DIR = join(
  process.env.PARALLAX_CACHE_DIR ?? 'node_modules/.astro',
  'parallax-stories',
);

/** The optional editor's review beside the articles folder: `content/review.yaml`. */
export const REVIEW_FILE = join(dirname(ARTICLES_DIR), 'review.yaml');

/**
 * The most items a page of a story's claims, quotes or differences lists holds
 * (PARALLAX_LIST_PAGE_ITEMS, a whole number from 1); the publish stage's default (100) when unset.
 * Pages also close before their estimated HTML passes a byte bound, whatever this says.
 */
export const LIST_PAGE_ITEMS = wholeNumber('PARALLAX_LIST_PAGE_ITEMS');

/**
 * The most stories the search page's story filter lists (PARALLAX_SEARCH_STORIES, a whole number
 * from 1); a page of the list of stories (50) when unset. The search script adds the others from
 * the story directory, so the page stays the same size however long the archive.
 */
export const SEARCH_PAGE_STORIES = wholeNumber('PARALLAX_SEARCH_STORIES');

/**
 * How many stories a build computes at once, each in a worker thread (PARALLAX_WORKERS, a whole
 * number from 1; default 1, this thread). Measured on the two-core development machine, two
 * workers did not pay: a 500-article archive aligned in 6.2 s against 5.6 s on one thread, and
 * 1,500 articles in 12.1 s against 13.0 s, each worker's stories taking about twice as long as
 * on the main thread; a machine of more cores may gain.
 */
export const WORKERS = wholeNumber('PARALLAX_WORKERS') ?? 1;

function wholeNumber(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(`${name} must be a whole number from 1, got "${value}"`);
  }
  return Number(value);
}
