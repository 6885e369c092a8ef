/** Where the site's inputs are. PARALLAX_ARTICLES points a build at another folder of articles. */
import { dirname, join } from 'node:path';
import { STORY_FILE_NAME } from './lib/input/index.ts';

/** The folder of article files, relative to the project root. */
export const ARTICLES_DIR = process.env.PARALLAX_ARTICLES ?? 'content/articles';

/**
 * The optional story file, inside the articles folder (`content/articles/story.yaml`): it belongs
 * to those articles, and replacing the folder's files replaces it too.
 */
export const STORY_FILE = join(ARTICLES_DIR, STORY_FILE_NAME);

/** The optional editor's review beside the articles folder: `content/review.yaml`. */
export const REVIEW_FILE = join(dirname(ARTICLES_DIR), 'review.yaml');
