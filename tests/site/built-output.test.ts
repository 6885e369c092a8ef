/**
 * The built site (`npm test` builds it first) against the pipeline: no article file is dropped
 * silently, and the published data export is exactly what the pipeline computes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/lib/align/index.ts';
import { listArticleFiles, readArticleDir } from '../../src/lib/corpus/index.ts';
import { findDisagreements } from '../../src/lib/disagreements/index.ts';
import { buildSiteExport, type SiteExport } from '../../src/lib/publish/export.ts';
import { groupQuotes } from '../../src/lib/quotes/index.ts';
import { ROOT, SITE_DIR, listFiles } from '../e2e/pages.ts';

const ARTICLES = resolve(ROOT, process.env.PARALLAX_ARTICLES ?? 'content/articles');

describe('the built site', () => {
  it('has an article page for every file of the articles folder', () => {
    const files = listArticleFiles(ARTICLES, { root: ROOT });
    const built = listFiles(SITE_DIR)
      .filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
      .map((file) => file.split('/')[1]);
    expect(files.length).toBeGreaterThan(0);
    expect(built.sort()).toEqual(files.map((file) => file.id).sort());
  });

  it('publishes /data/claims.json exactly as the pipeline computes it', () => {
    const built = join(SITE_DIR, 'data/claims.json');
    expect(existsSync(built), `${built} is missing: run \`npm run build\` first`).toBe(true);
    const articles = readArticleDir(ARTICLES, { root: ROOT });
    const quoteGroups = groupQuotes(articles);
    // As src/story.ts: the quotations' speakers go into the alignment.
    const quotes = quoteGroups.flatMap((group) => group.variants);
    const alignment = alignStory(articles, { quotes });
    const disagreements = findDisagreements({ articles, alignment, quoteGroups });
    const data = JSON.parse(readFileSync(built, 'utf8')) as SiteExport;
    // One story: the seeds. Its id and title are the grouping's, checked in their own tests.
    expect(data.stories).toHaveLength(1);
    const [{ id, title }] = data.stories as [SiteExport['stories'][number]];
    const expected = buildSiteExport([
      { id, title, articles, alignment, quoteGroups, disagreements },
    ]);
    expect(data).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('shows on /quotes/ every wording of each quotation and the paraphrases beside it', () => {
    const page = parse(readFileSync(join(SITE_DIR, 'quotes/index.html'), 'utf8'));
    const articles = readArticleDir(ARTICLES, { root: ROOT });
    const speech = groupQuotes(articles).filter((group) => group.kind === 'speech');
    expect(speech.some((group) => group.paraphrases.length > 0)).toBe(true);
    for (const group of speech) {
      const section = page.getElementById(group.id);
      expect(section, group.id).not.toBeNull();
      expect(section!.querySelectorAll('.variants > li'), group.id).toHaveLength(
        group.variants.length,
      );
      const paraphrases = section!.querySelectorAll('.paraphrases > li');
      expect(paraphrases, group.id).toHaveLength(group.paraphrases.length);
      for (const item of paraphrases) expect(item.text).toContain('Paraphrase');
    }
  });

  it('names / the canonical address of the one story’s overview on a single-story site', () => {
    const overviews = listFiles(SITE_DIR).filter((file) =>
      /^stories\/[^/]+\/index\.html$/.test(file),
    );
    expect(overviews).toHaveLength(1);
    const page = parse(readFileSync(join(SITE_DIR, overviews[0]!), 'utf8'));
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(new URL(canonical).pathname).toBe('/');
  });
});
