import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../../src/lib/corpus/read-folder.ts';
import { useSiteAndBrowser } from './server.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT });

const env = useSiteAndBrowser();

describe('article pages in Chromium', () => {
  it.each(articles.map((article) => [article.id, article] as const))(
    '%s shows every sentence with its permalink',
    async (_id, article) => {
      const page = await env.browser.newPage({ javaScriptEnabled: false });
      const response = await page.goto(`${env.site.url}/articles/${article.id}/`);
      expect(response?.status()).toBe(200);
      const ids = await page.$$eval('.sentence[id^="s-"]', (nodes) => nodes.map((n) => n.id));
      expect(ids).toEqual(article.sentences.map((sentence) => sentence.id));
      const permalinks = await page.$$eval('.sentence .permalink', (nodes) =>
        nodes.map((n) => n.getAttribute('href')),
      );
      const withPermalink = article.sentences.filter((sentence) =>
        permalinks.includes(`#${sentence.id}`),
      );
      // The headline is the page's <h1>; every other sentence carries its own permalink.
      expect(withPermalink.length).toBeGreaterThanOrEqual(article.sentences.length - 1);
      await page.close();
    },
  );

  it('opening #s-N lands on sentence N and marks it', async () => {
    const article = articles[2]!;
    const sentence = article.sentences[9]!;
    const page = await env.browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${env.site.url}/articles/${article.id}/#${sentence.id}`);
    const target = page.locator(`#${sentence.id}`);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await target.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(700);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('follows a highlight to its counterpart in another source, by keyboard, without JavaScript', async () => {
    const article = articles.find((a) => a.id.startsWith('002'))!;
    const page = await env.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${env.site.url}/articles/${article.id}/`);
    const shared = page.locator('.sentence.shared').first();
    const sentenceId = await shared.getAttribute('id');
    const count = shared.locator('.count');
    // The count is visible (generated content, so that copying the sentence leaves it out), not
    // colour alone, and named for assistive technology.
    const shown = await count.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(Number(JSON.parse(shown))).toBeGreaterThan(0);
    expect(await count.getAttribute('aria-label')).toMatch(/^Also in \d+ other sources?/);
    await count.focus();
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(`#m-${sentenceId}`);
    const note = page.locator(`#m-${sentenceId}`);
    // Fragment navigation into a closed <details> opens it.
    await expect.poll(() => note.isVisible()).toBe(true);
    const link = note.locator('a[href^="/articles/"]').first();
    const href = (await link.getAttribute('href'))!;
    const [, otherId, otherSentence] = /^\/articles\/([^/]+)\/#(s-\d+)$/.exec(href)!;
    expect(otherId).not.toBe(article.id);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/articles/${otherId}/#${otherSentence}`);
    const target = page.locator(`#${otherSentence}`);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    // Alignment is symmetric: the counterpart is highlighted as shared too.
    expect(await target.evaluate((el) => el.classList.contains('shared'))).toBe(true);
    await page.close();
  });

  it('shares a link well: title, description, canonical URL, Open Graph', async () => {
    const article = articles[0]!;
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/articles/${article.id}/`);
    const head = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    }));
    expect(head.title).toContain(article.meta.title);
    expect(head.description?.length).toBeGreaterThan(40);
    expect(head.canonical).toMatch(new RegExp(`^https?://[^/]+/articles/${article.id}/$`));
    expect(head.ogUrl).toBe(head.canonical);
    expect(head.ogTitle).toBe(article.meta.title);
    await page.close();
  });

  it('an unknown address answers 404 with the site’s page', async () => {
    const page = await env.browser.newPage();
    const response = await page.goto(`${env.site.url}/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });
});
