/**
 * The folder of articles: every file becomes an article or is named in an error with its reason.
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
export { LARGE_STORY_SENTENCES, runStage } from './progress.ts';
