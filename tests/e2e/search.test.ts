/**
 * Search in a real Chromium against the built site: typing, typos, quotes across sources,
 * following a result to its sentence, and restoring a search from its URL.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './pages.ts';
import { useSiteAndBrowser } from './server.ts';

const env = useSiteAndBrowser(SITE_DIR);

const results = (page: Page) =>
  page.$$eval('[data-search-results] li', (items) =>
    items.map((item) => ({
      href: item.querySelector('a')!.getAttribute('href')!,
      meta: item.querySelector('.search-result-meta')!.textContent!,
      text: item.querySelector('.search-result-text')!.textContent!,
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent!),
    })),
  );

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.goto(`${env.site.url}/search/`);
  await page.fill('#search-q', '');
  await page.click('#search-q');
  await page.keyboard.type(query, { delay: 10 });
  await page.waitForFunction(
    (typed) =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${typed}”`),
    query,
  );
}

describe('search in Chromium', () => {
  it('loads fuse.js and the index only once search is used', async () => {
    const page = await env.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.url}/search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.some((path) => path.endsWith('search-index.json'))).toBe(false);
    await page.focus('#search-q');
    await page.waitForResponse((response) => response.url().endsWith('/search-index.json'));
    await page.close();
  });

  it('shows results while typing, with the matched words marked and the URL updated', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, 'third world war');
    const found = await results(page);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found[0]!.marks.join(' ').toLowerCase()).toContain('world');
    expect(found[0]!.href).toMatch(/^\/articles\/[^/]+\/#s-\d+$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('third world war');
    const status = await page.textContent('[role="status"]');
    expect(status).toMatch(/^\d+ results? for “third world war”/);
    await page.close();
  });

  it('forgives a typo', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, 'Zelenskyy peace formla');
    const found = await results(page);
    expect(found.some((result) => result.text.includes('peace formula'))).toBe(true);
    await page.close();
  });

  it('finds a quote in more than one source, with its speaker', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/search/?q=President+Putin+wants+to+meet&kind=quote`);
    await page.waitForSelector('[data-search-results] li');
    const found = await results(page);
    const articles = new Set(found.map((result) => result.href.split('/')[2]));
    expect(articles.size).toBeGreaterThanOrEqual(2);
    for (const result of found) expect(result.meta).toContain('Donald Trump');
    await page.close();
  });

  it('lists each passage once: a quoted sentence is one result, with its speaker', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, 'restore direct contacts');
    const found = await results(page);
    // Two sources quote Putin's words: two results (a sentence and its quote were four).
    expect(found.length).toBeGreaterThanOrEqual(2);
    const hrefs = found.map((result) => result.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const quotes = found.filter((result) => result.meta.includes(' · Quote'));
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const result of quotes) expect(result.meta).toContain('Vladimir Putin');
    // The speaker filter keeps the quoted sentences, each once.
    await page.goto(
      `${env.site.url}/search/?q=restore+direct+contacts&speaker=${encodeURIComponent('Vladimir Putin')}`,
    );
    await page.waitForSelector('[data-search-results] li');
    const bySpeaker = await results(page);
    expect(bySpeaker.map((result) => result.href).sort()).toEqual(
      quotes.map((result) => result.href).sort(),
    );
    await page.close();
  });

  it('follows a result to the sentence, which is the :target', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, 'realities on the ground');
    const [first] = await results(page);
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(first!.href);
    await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press('Enter')]);
    const anchor = first!.href.split('#')[1]!;
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe(anchor);
    expect(await page.textContent(`#${anchor}`)).toContain('realities on the ground');
    await page.close();
  });

  it('restores the results when a /search/?q= URL is reloaded', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, 'Kellogg');
    const before = await results(page);
    expect(before.length).toBeGreaterThan(0);
    await page.reload();
    await page.waitForSelector('[data-search-results] li');
    expect(await page.inputValue('#search-q')).toBe('Kellogg');
    expect(await results(page)).toEqual(before);
    await page.close();
  });

  it('says so when nothing matches, and Escape clears the box', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, 'xylophonequartz');
    expect(await page.textContent('[role="status"]')).toMatch(/^No results/);
    expect(await page.isVisible('.search-empty')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-q')).toBe('');
    await page.close();
  });

  it('finds a number however it is written: "4 regions" finds "four regions", marked', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, '4 regions');
    const found = await results(page);
    const hit = found.find((result) => result.text.includes('four regions'));
    expect(hit).toBeDefined();
    expect(hit!.marks.map((mark) => mark.toLowerCase())).toEqual(
      expect.arrayContaining(['four', 'regions']),
    );
    await page.close();
  });

  it('shows each result as one link card: pointer, arrow, hover and focus styles', async () => {
    const page = await env.browser.newPage();
    await typeQuery(page, 'third world war');
    const card = page.locator('[data-search-results] li').first();
    const link = card.locator('a.search-result');
    const look = () =>
      link.evaluate((el) => ({
        border: getComputedStyle(el).borderColor,
        background: getComputedStyle(el).backgroundColor,
        underline: getComputedStyle(el.querySelector('.search-result-meta')!).textDecorationLine,
      }));
    const [cardBox, linkBox] = [await card.boundingBox(), await link.boundingBox()];
    // The link is the whole card.
    expect(linkBox).toEqual(cardBox);
    expect(await link.evaluate((el) => getComputedStyle(el).cursor)).toBe('pointer');
    expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"→"');
    const idle = await look();
    await page.mouse.move(0, 0);
    await link.hover();
    const hovered = await look();
    expect(hovered.border).not.toBe(idle.border);
    expect(hovered.background).not.toBe(idle.background);
    expect(hovered.underline).toBe('underline');
    await page.mouse.move(0, 0);
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    expect(await look()).toEqual(hovered);
    await page.close();
  });

  it.each([320, 375, 768, 1024, 1280])(
    'at %i px, the header search box shows its whole placeholder',
    async (width) => {
      const page = await env.browser.newPage({ viewport: { width, height: 700 } });
      await page.goto(`${env.site.url}/`);
      const fit = await page.locator('#site-search-q').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fit.text).toBeLessThanOrEqual(fit.room);
      await page.close();
    },
  );

  it('without JavaScript, explains and links to quotes and claims', async () => {
    const page = await env.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${env.site.url}/search/?q=putin`);
    const links = await page.$$eval('.search-noscript a', (nodes) =>
      nodes.map((node) => node.getAttribute('href')),
    );
    expect(links).toEqual(expect.arrayContaining(['/quotes/', '/claims/']));
    await page.close();
  });
});
