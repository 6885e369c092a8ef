/**
 * The overview page in Chromium: the sources table fits narrow screens without scrolling
 * sideways, shows everything it shows on wide ones, and stays a table with headers.
 */
import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../../src/lib/corpus/read-folder.ts';
import { useSiteAndBrowser } from './server.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT });

const env = useSiteAndBrowser();

describe('overview sources table in Chromium', () => {
  it.each([320, 375, 1280])('at %i px: fits, every value labelled, a table', async (width) => {
    const page = await env.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${env.site.url}/`);
    const layout = await page.evaluate(() => {
      const table = document.querySelector<HTMLTableElement>('table.sources')!;
      const box = table.parentElement!;
      const visible = (el: Element) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 1 && rect.height > 1;
      };
      return {
        scroll: [box.scrollWidth, box.clientWidth],
        tableRight: table.getBoundingClientRect().right,
        viewport: document.documentElement.clientWidth,
        headersVisible: visible(table.tHead!),
        rows: [...table.querySelectorAll('tbody tr')].map((row) => ({
          source: row.querySelector('th[scope="row"]')!.textContent!.trim(),
          link: visible(row.querySelector('a')!),
          cells: [...row.querySelectorAll('td')].map((cell) => ({
            visible: visible(cell),
            labelVisible: [...cell.querySelectorAll('.cell-label')].some(visible),
            text: (cell as HTMLElement).innerText.trim(),
          })),
        })),
      };
    });
    // No sideways scrolling, of the page or of the table's box.
    expect(layout.scroll[0]).toBeLessThanOrEqual(layout.scroll[1]!);
    expect(layout.tableRight).toBeLessThanOrEqual(layout.viewport);
    expect(layout.rows).toHaveLength(articles.length);
    for (const row of layout.rows) {
      expect(row.source.length).toBeGreaterThan(0);
      expect(row.link).toBe(true);
      // Title, words, share shared (with counts), sentences only here: all shown.
      expect(row.cells).toHaveLength(4);
      expect(row.cells.every((cell) => cell.visible)).toBe(true);
      expect(row.cells[1]!.text).toMatch(/\d/);
      expect(row.cells[2]!.text).toMatch(/\d+% \(\d+\/\d+\)/);
      expect(row.cells[3]!.text).toMatch(/\d/);
      // On narrow screens the column headers give way to a label in each number's cell.
      const labelled = row.cells.slice(1).map((cell) => cell.labelVisible);
      expect(labelled).toEqual(width < 640 ? [true, true, true] : [false, false, false]);
    }
    expect(layout.headersVisible).toBe(width >= 640);
    // Still a table to assistive technology, with its column and row headers.
    const table = page.getByRole('table', {
      name: 'The articles of this story and what they share',
    });
    expect(await table.getByRole('columnheader').count()).toBe(5);
    expect(await table.getByRole('rowheader').count()).toBe(articles.length);
    const cell = table.getByRole('cell').nth(1);
    // The visible labels are not read twice: the column header names the cell.
    expect(
      await cell.evaluate((el) => el.querySelector('.cell-label')?.getAttribute('aria-hidden')),
    ).toBe('true');
    await page.close();
  });
});
