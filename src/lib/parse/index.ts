/**
 * Steps 2 and 3, parse: source text to the article model — an mdast tree of headline, headings,
 * paragraphs, list items and page debris, then sentences with stable ids and exact offsets.
 */
export { parseArticle, type ArticleInput } from './article.ts';
export { parseArticleTree } from './tree.ts';
export { splitSentences } from './sentences.ts';
