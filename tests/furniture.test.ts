/**
 * Page furniture against the hand labels of `tests/fixtures/stories/`: cookie banners, bylines,
 * captions, prompts, link lists and the like must leave the article text, the real headline must
 * be found under whatever furniture stands above it, and no line of article text may go.
 *
 * tram-vote and plant-fire were used to develop the rules; chip-layoffs, storm-coast and
 * cup-final are held out and reported separately. The numbers are printed on every run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignStory } from '../src/lib/align/index.ts';
import { readArticleDir } from '../src/lib/corpus/index.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import {
  scoreSeed,
  scoreStory,
  totals,
  type ArticleScore,
  type Totals,
} from './helpers/furniture.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DEVELOPMENT = ['tram-vote', 'plant-fire'];
const HELD_OUT = ['chip-layoffs', 'storm-coast', 'cup-final'];

const development = DEVELOPMENT.flatMap(scoreStory);
const heldOut = HELD_OUT.flatMap(scoreStory);
const seeds = readdirSync(join(ROOT, 'content/articles'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => scoreSeed(name.slice(0, -'.txt'.length)));

function report(name: string, scores: ArticleScore[], t: Totals): void {
  console.log(
    `furniture ${name}: ${t.articles} articles, ${t.furniture} furniture lines; ` +
      `precision ${t.precision.toFixed(3)}, recall ${t.recall.toFixed(3)} ` +
      `(${t.removed} removed, ${t.furniture - t.removed} kept, ${t.wronglyRemoved} text lines removed); ` +
      `headlines ${t.headlinesRight}/${t.headlines} (${t.headlineAccuracy.toFixed(3)})`,
  );
  for (const s of scores) {
    for (const line of s.kept) console.log(`  kept as text   ${s.story}/${s.article}: ${line}`);
    for (const line of s.wronglyRemoved)
      console.log(`  text removed   ${s.story}/${s.article}: ${line}`);
    if (s.headline !== null && s.parsedHeadline !== s.headline) {
      console.log(`  headline       ${s.story}/${s.article}: ${s.parsedHeadline} ≠ ${s.headline}`);
    }
  }
}

describe('page furniture on the labelled stories', () => {
  it('development stories (tram-vote, plant-fire): furniture removed, headlines found', () => {
    const t = totals(development);
    report('development', development, t);
    expect(t.furniture).toBe(38);
    expect(t.recall).toBeGreaterThanOrEqual(0.95);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.headlineAccuracy).toBe(1);
  });

  it('held-out stories (chip-layoffs, storm-coast, cup-final): measured, not developed on', () => {
    const t = totals(heldOut);
    report('held-out', heldOut, t);
    expect(t.articles).toBe(10);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.headlineAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('removes no line of article text from the 17 labelled articles and the 5 seeds', () => {
    const all = [...development, ...heldOut, ...seeds];
    const wrong = all.flatMap((s) =>
      s.wronglyRemoved.map((line) => `${s.story}/${s.article}: ${line}`),
    );
    console.log(
      `furniture: ${wrong.length} article-text lines removed across ${all.length} articles`,
    );
    expect(all).toHaveLength(22);
    expect(wrong).toEqual([]);
    // The seeds' own furniture (comment prompts, author boxes, "Discover more from …") still goes.
    expect(totals(seeds).recall).toBe(1);
  });

  it('leaves no furniture in the claims and quote groups of a story', () => {
    for (const story of [...DEVELOPMENT, ...HELD_OUT]) {
      const labels = JSON.parse(
        readFileSync(join(ROOT, 'tests/fixtures/stories', story, 'labels.json'), 'utf8'),
      ) as { furniture: Array<{ article: string; text: string }> };
      const dir = join(ROOT, 'tests/fixtures/stories', story, 'articles');
      const articles = readArticleDir(dir, { root: ROOT });
      const furniture = (article: string, text: string) =>
        labels.furniture.some((f) => f.article === article && f.text.includes(text.trim()));
      const claimed = alignStory(articles).claims.flatMap((claim) =>
        claim.spans.filter((span) => furniture(span.article, span.text)),
      );
      const quoted = groupQuotes(articles).flatMap((group) =>
        group.variants.filter((quote) => furniture(quote.article, quote.text)),
      );
      expect(claimed, story).toEqual([]);
      expect(quoted, story).toEqual([]);
    }
    // Five stories aligned, WordNet loaded: seconds on a busy machine.
  }, 60_000);
});
