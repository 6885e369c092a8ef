/**
 * Scores page-furniture removal against hand labels: every non-blank line of an article body is
 * either furniture (labelled in the story's `labels.json`) or article text, and the parser either
 * removes it (the line lies in a debris node) or keeps it. Headlines are scored too: the parsed
 * headline (the `title` block) against the labelled one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../../src/lib/input/front-matter.ts';
import { parseArticle } from '../../src/lib/parse/article.ts';
import { splitLines } from '../../src/lib/parse/tree.ts';
import { displayText } from '../../src/lib/text/display.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
export const STORIES = join(ROOT, 'tests/fixtures/stories');

interface Labels {
  furniture: Array<{ article: string; text: string }>;
  headlines: Record<string, string>;
}

/** One article's lines as labelled and as parsed. */
export interface ArticleScore {
  story: string;
  article: string;
  /** Furniture lines the parser removed. */
  removed: string[];
  /** Furniture lines the parser kept as article text. */
  kept: string[];
  /** Article-text lines the parser removed as furniture. */
  wronglyRemoved: string[];
  /** The labelled headline, or null when the labels give none. */
  headline: string | null;
  /** The parsed headline (the title block), or null when the parser found none. */
  parsedHeadline: string | null;
}

/** Precision and recall of removed lines, and headline accuracy, over some articles. */
export interface Totals {
  articles: number;
  furniture: number;
  removed: number;
  wronglyRemoved: number;
  precision: number;
  recall: number;
  headlines: number;
  headlinesRight: number;
  headlineAccuracy: number;
}

/**
 * Scores one article's source: `isFurniture` says which lines are labelled furniture.
 */
export function scoreSource(
  story: string,
  article: string,
  source: string,
  isFurniture: (line: string) => boolean,
  headline: string | null,
): ArticleScore {
  const parsed = parseArticle({ id: article, file: `${article}.txt`, source });
  const { bodyStart } = readFrontMatter(source, `${article}.txt`);
  const inDebris = (start: number) => parsed.debris.some((d) => d.start <= start && start < d.end);
  const score: ArticleScore = {
    story,
    article,
    removed: [],
    kept: [],
    wronglyRemoved: [],
    headline,
    parsedHeadline: null,
  };
  for (const line of splitLines(source, bodyStart)) {
    const removed = inDebris(line.start);
    if (isFurniture(line.text)) (removed ? score.removed : score.kept).push(line.text);
    else if (removed) score.wronglyRemoved.push(line.text);
  }
  const title = parsed.blocks.find((block) => block.kind === 'title');
  score.parsedHeadline = title ? displayText(title.text) : null;
  return score;
}

/** Scores every article of a labelled story in `tests/fixtures/stories/`. */
export function scoreStory(story: string): ArticleScore[] {
  const labels = JSON.parse(readFileSync(join(STORIES, story, 'labels.json'), 'utf8')) as Labels;
  const dir = join(STORIES, story, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const article = name.slice(0, -'.txt'.length);
      const furniture = new Set(
        labels.furniture.filter((f) => f.article === article).map((f) => f.text.trim()),
      );
      return scoreSource(
        story,
        article,
        readFileSync(join(dir, name), 'utf8'),
        (line) => furniture.has(line),
        labels.headlines[article] ?? null,
      );
    });
}

/**
 * Scores a seed article of `content/articles/`: its golden fixture's debris lines are the
 * labels (reviewed when the fixture was written), and it has no labelled headline.
 */
export function scoreSeed(id: string): ArticleScore {
  const source = readFileSync(join(ROOT, 'content/articles', `${id}.txt`), 'utf8');
  const golden = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/seeds', `${id}.expected.json`), 'utf8'),
  ) as { debris: Array<{ lines: string[] }> };
  const debris = new Set(golden.debris.flatMap((d) => d.lines));
  return scoreSource('seeds', id, source, (line) => debris.has(line), null);
}

/** Adds up article scores. */
export function totals(scores: readonly ArticleScore[]): Totals {
  const sum = (pick: (s: ArticleScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const removed = sum((s) => s.removed.length);
  const wronglyRemoved = sum((s) => s.wronglyRemoved.length);
  const furniture = removed + sum((s) => s.kept.length);
  const labelled = scores.filter((s) => s.headline !== null);
  const right = labelled.filter((s) => s.parsedHeadline === s.headline).length;
  return {
    articles: scores.length,
    furniture,
    removed,
    wronglyRemoved,
    precision: removed + wronglyRemoved === 0 ? 1 : removed / (removed + wronglyRemoved),
    recall: furniture === 0 ? 1 : removed / furniture,
    headlines: labelled.length,
    headlinesRight: right,
    headlineAccuracy: labelled.length === 0 ? 1 : right / labelled.length,
  };
}
