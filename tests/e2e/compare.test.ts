/**
 * The side-by-side pages in Chromium: both columns read in order, every sentence of both
 * articles once, with its permalink, and sentences only one side has in their reading place.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../../src/lib/corpus/read-folder.ts';
import { compareHref } from '../../src/lib/publish/links.ts';
import type { Article } from '../../src/lib/model/types.ts';
import { useSiteAndBrowser } from './server.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT });
const pairs = articles.flatMap((a, i) => articles.slice(i + 1).map((b) => [a, b] as const));
const body = (article: Article) =>
  article.sentences.filter((s) => s.kind === 'paragraph' || s.kind === 'list-item');

const env = useSiteAndBrowser();

/** Per row, the permalinks of each column's sentences and the column's text. */
const rowsOf = (page: Page) =>
  page.$$eval('table.compare tbody tr', (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll(':scope > td')].map((cell) => ({
        links: [...cell.querySelectorAll('a.anchor')].map((a) => a.getAttribute('href')!),
        text: cell.textContent!.trim(),
      })),
    ),
  );

describe('compare pages in Chromium', () => {
  it.each(pairs.map(([a, b]) => [`${a.id} / ${b.id}`, a, b] as const))(
    '%s reads in order on both sides, every sentence once with its permalink',
    async (_name, a, b) => {
      const page = await env.browser.newPage({ javaScriptEnabled: false });
      const response = await page.goto(`${env.site.url}${compareHref(a.id, b.id)}`);
      expect(response?.status()).toBe(200);
      const rows = await rowsOf(page);
      expect(rows.every((cells) => cells.length === 2)).toBe(true);
      const column = (n: 0 | 1) => rows.flatMap((cells) => cells[n]!.links);
      // Each column lists its article's sentences in reading order, each exactly once.
      expect(column(0)).toEqual(body(a).map((s) => `/articles/${a.id}/#${s.id}`));
      expect(column(1)).toEqual(body(b).map((s) => `/articles/${b.id}/#${s.id}`));
      // A row with nothing on one side says where that side stands.
      for (const [left, right] of rows) {
        if (left!.links.length === 0) expect(left!.text).toMatch(/^(Not in|Elsewhere in) /);
        if (right!.links.length === 0) expect(right!.text).toMatch(/^(Not in|Elsewhere in) /);
        expect(left!.links.length + right!.links.length).toBeGreaterThan(0);
      }
      // No separate list after the table: B's own sentences are rows of it.
      expect(await page.locator('h2', { hasText: /^Only in / }).count()).toBe(0);
      await page.close();
    },
  );

  it('shows sentences only the right side has in their place, and points across to crossings', async () => {
    const [a, b] = pairs[0]!;
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}${compareHref(a.id, b.id)}`);
    const rows = await rowsOf(page);
    // Some of the right side's sentences have no counterpart on the left: they are rows of the
    // table between their neighbours (the column order above), not a list after it.
    const onlyRight = rows.filter(([left]) => left!.links.length === 0);
    expect(onlyRight.length).toBeGreaterThan(0);
    for (const [left, right] of onlyRight) {
      expect(left!.text).toMatch(/^(Not in|Elsewhere in) Source 1/);
      expect(right!.links).toHaveLength(1);
    }
    // A counterpart that stands in another row (the two order the story differently) is
    // pointed to; following the pointer marks it.
    const pointer = page.locator('td a[href^="#b-s-"]').first();
    const fragment = (await pointer.getAttribute('href'))!.slice(1);
    expect(await pointer.textContent()).toMatch(/^sentence \d+$/);
    await pointer.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(fragment);
    expect(await page.locator(`#${fragment} a.anchor`).getAttribute('href')).toBe(
      `/articles/${b.id}/#${fragment.slice(2)}`,
    );
    await page.close();
  });
});
