/**
 * The input: every article file becomes an article or is named in an error with its reason, and
 * the articles are grouped into stories (story folders as filed, the flat folder automatically).
 */
export {
  ARTICLE_EXTENSIONS,
  listArticleFiles,
  readArticleDir,
  readArticleFile,
  scanArticleDir,
  type ArticleFile,
  type ReadArticle,
  type ReadOptions,
} from './read-folder.ts';
export { unmatchedTitleWords } from './story-file.ts';
export {
  STORY_THRESHOLD,
  groupStories,
  type FolderStory,
  type GroupingInput,
  type GroupingOptions,
  type GroupingStats,
  type StoryGroup,
  type StoryGrouping,
  type StoryOrigin,
} from './group-stories.ts';
export { readStories, scanStories, type StoriesOptions, type StoryLayout } from './story-layout.ts';
export { LARGE_STORY_SENTENCES, runStage } from './progress.ts';
