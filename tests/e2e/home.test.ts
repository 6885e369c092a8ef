/**
 * The overview page in Chromium: the sources table fits narrow screens without scrolling
 * sideways, shows everything it shows on wide ones, and stays a table with headers; the wide
 * matrices keep their row labels in view while they scroll sideways.
 */
import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../../src/lib/corpus/read-folder.ts';
import { SITE_DIR } from './pages.ts';
import { useSiteAndBrowser } from './server.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT });

const env = useSiteAndBrowser(SITE_DIR);

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
      // Title, words, share shared (with counts), sentences only here, differences: all shown.
      expect(row.cells).toHaveLength(5);
      expect(row.cells.every((cell) => cell.visible)).toBe(true);
      expect(row.cells[1]!.text).toMatch(/\d/);
      expect(row.cells[2]!.text).toMatch(/\d+% \(\d+\/\d+\)/);
      expect(row.cells[3]!.text).toMatch(/\d/);
      expect(row.cells[4]!.text).toMatch(/\d/);
      // On narrow screens the column headers give way to a label in each number's cell.
      const labelled = row.cells.slice(1).map((cell) => cell.labelVisible);
      expect(labelled).toEqual(Array(4).fill(width < 640));
    }
    expect(layout.headersVisible).toBe(width >= 640);
    // Still a table to assistive technology, with its column and row headers.
    const table = page.getByRole('table', {
      name: 'The articles of this story and what they share',
    });
    expect(await table.getByRole('columnheader').count()).toBe(6);
    expect(await table.getByRole('rowheader').count()).toBe(articles.length);
    const cell = table.getByRole('cell').nth(1);
    // The visible labels are not read twice: the column header names the cell.
    expect(
      await cell.evaluate((el) => el.querySelector('.cell-label')?.getAttribute('aria-hidden')),
    ).toBe('true');
    await page.close();
  });
});

describe('overview matrices in Chromium', () => {
  it.each([320, 375])(
    'at %i px: scrolled sideways, every row keeps its label in view, over the cells',
    async (width) => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${env.site.url}/`);
      const matrices = page.locator('table.matrix');
      expect(await matrices.count()).toBeGreaterThan(0);
      for (let m = 0; m < (await matrices.count()); m++) {
        const state = await matrices.nth(m).evaluate((table) => {
          const box = table.parentElement!;
          box.scrollLeft = box.scrollWidth;
          const rows = [...table.querySelectorAll('tr')].map((row) => row.cells[0]!);
          return {
            scrolled: box.scrollLeft,
            // Each row's first cell still starts at the box's left edge and is painted over the
            // cells scrolling under it.
            labels: rows.map((cell) => {
              window.scrollTo(0, window.scrollY + cell.getBoundingClientRect().top - 200);
              const rect = cell.getBoundingClientRect();
              const hit = document.elementFromPoint(rect.left + 4, rect.top + 4);
              return {
                left: Math.round(rect.left - box.getBoundingClientRect().left),
                opaque: getComputedStyle(cell).backgroundColor !== 'rgba(0, 0, 0, 0)',
                onTop: hit?.closest('th, td') === cell,
              };
            }),
          };
        });
        expect(state.scrolled, 'the matrix scrolls sideways at this width').toBeGreaterThan(0);
        for (const label of state.labels) {
          expect(label).toEqual({ left: 0, opaque: true, onTop: true });
        }
      }
      await page.close();
    },
  );
});
