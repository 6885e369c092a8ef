/**
 * Whether a story file still describes its articles: a `story.yaml` left behind when the articles
 * were replaced would title a new story with an old one's name.
 */
import type { Article } from '../model/index.ts';
import { contentTokens, tokenize } from '../text/index.ts';

// Share of the title's content words that must occur in the articles for the title to fit them.
const MIN_SHARED = 0.5;

/**
 * Checks a story title against the articles it names.
 *
 * @returns the title's content words that no article contains, when fewer than half of its words
 *   occur in the articles (the title is probably another story's); null when the title fits or
 *   has no content words
 */
export function unmatchedTitleWords(title: string, articles: readonly Article[]): string[] | null {
  const words = contentTokens(tokenize(title));
  if (words.length === 0 || articles.length === 0) return null;
  const present = new Set<string>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      for (const token of contentTokens(tokenize(sentence.text))) present.add(token.stem);
    }
  }
  const missing = words.filter((word) => !present.has(word.stem));
  return (words.length - missing.length) / words.length < MIN_SHARED
    ? missing.map((word) => word.raw)
    : null;
}
