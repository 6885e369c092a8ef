/**
 * The hand-labelled stories of `tests/fixtures/stories/` (and the seeds) as gold groups of
 * `article#sentence` keys, for pairwise scoring of claim alignment.
 */
import { readFileSync } from 'node:fs';
import { alignStory, type Alignment } from '../../src/lib/align/index.ts';
import { readArticleDir } from '../../src/lib/corpus/index.ts';
import { groupQuotes } from '../../src/lib/quotes/index.ts';
import type { Article } from '../../src/lib/model/index.ts';
import type { LabelMember } from './pairwise.ts';

/** Stories whose labels may be used to fit weights and thresholds. */
export const FIT_STORIES = ['tram-vote', 'plant-fire'] as const;
/** Stories never fitted on: the held-out estimate. */
export const HELD_OUT_STORIES = ['chip-layoffs', 'storm-coast', 'cup-final'] as const;

/** A story's articles and its labelled claims as groups of sentence keys. */
export interface LabelledStory {
  id: string;
  articles: Article[];
  /** One group per labelled claim: the `article#sentence` keys of its passages. */
  gold: string[][];
  /** Passages left out because they lie in a title or heading, which alignment never takes. */
  skippedPassages: number;
}

interface StoryLabels {
  claims: Array<{ id: string; passages: Array<{ article: string; text: string }> }>;
}

/**
 * Reads `tests/fixtures/stories/<id>`: each passage becomes the sentences it overlaps (a
 * passage is an exact substring of the article file). Passages inside a title or heading are
 * dropped: alignment compares body sentences only, by design.
 */
export function readLabelledStory(id: string, root = 'tests/fixtures/stories'): LabelledStory {
  const dir = `${root}/${id}`;
  const articles = readArticleDir(`${dir}/articles`);
  const labels = JSON.parse(readFileSync(`${dir}/labels.json`, 'utf8')) as StoryLabels;
  let skippedPassages = 0;
  const gold = labels.claims.map((claim) => {
    const keys = new Set<string>();
    for (const p of claim.passages) {
      const article = articles.find((a) => a.id === p.article);
      const source = readFileSync(`${dir}/articles/${p.article}.txt`, 'utf8').replace(
        /^\uFEFF/,
        '',
      );
      const at = source.indexOf(p.text);
      if (!article || at < 0) throw new Error(`${id}: passage not found: ${p.text}`);
      const hit = article.sentences.filter(
        (s) =>
          s.start < at + p.text.length && at < s.end && s.kind !== 'title' && s.kind !== 'heading',
      );
      if (hit.length === 0) skippedPassages++;
      for (const s of hit) keys.add(`${article.id}#${s.id}`);
    }
    return [...keys];
  });
  return { id, articles, gold, skippedPassages };
}

/** The five seed articles and their hand labels (`tests/fixtures/claims/seed-labels.json`). */
export function readSeedStory(): LabelledStory {
  const articles = readArticleDir('content/articles');
  const labels = JSON.parse(readFileSync('tests/fixtures/claims/seed-labels.json', 'utf8')) as {
    claims: Array<{ members: LabelMember[] }>;
  };
  const gold = labels.claims.map((c) => c.members.map((m) => `${m.article}#${m.sentence}`));
  return { id: 'seeds', articles, gold, skippedPassages: 0 };
}

/** Aligns articles as the site does (`src/story.ts`): with the quote stage's speakers. */
export function alignAsTheSite(articles: readonly Article[]): Alignment {
  const quotes = groupQuotes([...articles]).flatMap((group) => group.variants);
  return alignStory(articles, { quotes });
}
