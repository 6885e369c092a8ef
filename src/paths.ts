/** Where the site's inputs are. PARALLAX_ARTICLES points a build at another folder of articles. */
import { dirname, join } from 'node:path';

/** The folder of article files, relative to the project root. */
export const ARTICLES_DIR = process.env.PARALLAX_ARTICLES ?? 'content/articles';

/** The optional story file beside the articles folder: `content/story.yaml`. */
export const STORY_FILE = join(dirname(ARTICLES_DIR), 'story.yaml');

/** The optional editor's review beside the articles folder: `content/review.yaml`. */
export const REVIEW_FILE = join(dirname(ARTICLES_DIR), 'review.yaml');
