/**
 * Step 1, input: an article file's bytes to its source text (or the reason it cannot be read),
 * its YAML front matter, and the optional story file.
 */
export { DEFAULT_MAX_BYTES, decodeArticle, type DecodeOptions } from './decode.ts';
export { readFrontMatter, type FrontMatter, type FrontMatterResult } from './front-matter.ts';
export {
  STORY_FILE_NAME,
  readStoryFile,
  readStoryMeta,
  type StoryFile,
  type StoryMeta,
} from './story-meta.ts';
export { inspectArticleText, isTagSoup, looksLikeHtml, stripTags } from './html.ts';
export { parseReview, readReview, type Review, type ReviewPair } from './review.ts';
