/**
 * Where the site's inputs are. PARALLAX_ARTICLES points a build at another folder of articles,
 * PARALLAX_STORIES at another folder of story folders.
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
