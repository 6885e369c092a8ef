/**
 * Reading an article page in Chromium: selecting and copying gives the article's words and
 * nothing else (no counts, speaker chips, permalinks, markers or notes), the sentences only this
 * source carries are listed and can be brought forward without JavaScript, and sentences are
 * numbered as a reader counts them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../../src/lib/corpus/read-folder.ts';
import type { Article } from '../../src/lib/model/index.ts';
import { displayText } from '../../src/lib/text/index.ts';
import { SITE_DIR } from './pages.ts';
import { useSiteAndBrowser } from './server.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT });

const env = useSiteAndBrowser(SITE_DIR);

/** Whitespace collapsed and trimmed: how a copied paragraph is compared. */
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The article's own words for the sentences `ids`, as one paragraph reads them. */
function wordsOf(article: Article, ids: string[]): string {
  const byId = new Map(article.sentences.map((s) => [s.id, s]));
  return normal(ids.map((id) => displayText(byId.get(id)!.text)).join(' '));
}

/** Viewport point of the first or last character of an element's text. */
async function charPoint(page: Page, selector: string, index: number, last = false) {
  return page
    .locator(selector)
    .nth(index)
    .evaluate((element, fromEnd) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          (node.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
      });
      const texts: Text[] = [];
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      const node = fromEnd ? texts.at(-1)! : texts[0]!;
      const at = fromEnd
        ? node.data.trimEnd().length - 1
        : node.data.length - node.data.trimStart().length;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, last);
}

const PARAGRAPHS = '.article-body .block > p, .article-body .block-list > li';

describe('copying from an article page in Chromium', () => {
  it.each(articles.map((article) => [article.id, article] as const))(
    '%s: triple-clicking a paragraph selects exactly its words',
    async (_id, article) => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${env.site.url}/articles/${article.id}/`);
      const count = await page.locator(PARAGRAPHS).count();
      expect(count).toBeGreaterThan(3);
      const problems: string[] = [];
      for (let i = 0; i < count; i++) {
        const paragraph = page.locator(PARAGRAPHS).nth(i);
        await paragraph.scrollIntoViewIfNeeded();
        const ids = await paragraph
          .locator('.sentence')
          .evaluateAll((nodes) => nodes.map((node) => node.id));
        const { x, y } = await charPoint(page, PARAGRAPHS, i);
        await page.mouse.click(x, y, { clickCount: 3 });
        const selected = normal(await page.evaluate(() => getSelection()!.toString()));
        const expected = wordsOf(article, ids);
        if (selected !== expected)
          problems.push(`paragraph ${i + 1}:\n  ${selected}\n≠ ${expected}`);
      }
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('dragging across paragraphs selects their words, not the notes beside them', async () => {
    const article = articles.find((a) => a.id.startsWith('001'))!;
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.site.url}/articles/${article.id}/`);
    const blocks = '.article-body .block > p';
    // Paragraphs with notes beside them and a speaker chip inside (the quotation).
    const [first, second] = [1, 2];
    await page.locator(blocks).nth(first).scrollIntoViewIfNeeded();
    const from = await charPoint(page, blocks, first);
    const to = await charPoint(page, blocks, second, true);
    await page.mouse.move(from.x - 2, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x + 4, to.y, { steps: 12 });
    await page.mouse.up();
    const ids = await page
      .locator(blocks)
      .evaluateAll(
        (nodes, [a, b]) =>
          nodes
            .slice(a, b! + 1)
            .flatMap((p) => [...p.querySelectorAll('.sentence')].map((s) => s.id)),
        [first, second],
      );
    expect(await page.locator(blocks).nth(second).locator('.speaker').count()).toBeGreaterThan(0);
    expect(normal(await page.evaluate(() => getSelection()!.toString()))).toBe(
      wordsOf(article, ids),
    );
    await page.close();
  });

  it('the labels beside the words show and are announced, but are not text of the page', async () => {
    const article = articles.find((a) => a.id.startsWith('001'))!;
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/articles/${article.id}/`);
    const body = page.locator('.article-body');
    const text = await body.evaluate((el) =>
      [...el.querySelectorAll('p, li')].map((p) => p.textContent).join(' '),
    );
    expect(text).not.toMatch(/\[verbatim\]|Quote by|#/);
    const count = body.locator('.count').first();
    expect(await count.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(
      /^"\d+"$/,
    );
    expect(await count.getAttribute('aria-label')).toMatch(/^Also in \d+ other sources?/);
    const speaker = body.locator('.speaker').first();
    expect(await speaker.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(
      '"Vladimir Putin"',
    );
    expect(await speaker.getAttribute('aria-label')).toBe('Quote by Vladimir Putin');
    // The verbatim underline is explained once, in the legend, not inside each sentence.
    expect(await page.locator('.legend').textContent()).toContain('exact wording shared');
    await page.close();
  });
});

describe('what only this source says', () => {
  const article = articles.find((a) => a.id.startsWith('001'))!;

  it('lists the sentences no other source carries, each linking to its place', async () => {
    const page = await env.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${env.site.url}/articles/${article.id}/`);
    const listed = await page.$$eval('#only-here li a', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    const unshared = await page.$$eval(
      '.article-body .sentence:not(.shared):not([data-kind="heading"]):not([data-kind="title"])',
      (nodes) => nodes.map((node) => `#${node.id}`),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(unshared);
    // The header's count links to the list.
    const header = page.locator('a[href="#only-here"]');
    expect(await header.textContent()).toBe(`${listed.length} sentences`);
    await page.close();
  });

  it('switches between all, shared and only-here sentences without JavaScript, hiding no text', async () => {
    const page = await env.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${env.site.url}/articles/${article.id}/`);
    const look = () =>
      page.evaluate(() => {
        const sentences = [
          ...document.querySelectorAll<HTMLElement>(
            '.article-body .sentence[data-kind="paragraph"]',
          ),
        ];
        const painted = (el: HTMLElement) =>
          getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)';
        const muted = getComputedStyle(document.querySelector('.muted')!).color;
        return {
          visible: sentences.every((el) => el.checkVisibility({ opacityProperty: true })),
          sharedPainted: sentences.filter((el) => el.matches('.shared')).map(painted),
          onlyPainted: sentences.filter((el) => el.matches('.only-here')).map(painted),
          onlyMuted: sentences
            .filter((el) => el.matches('.only-here'))
            .map((el) => getComputedStyle(el).color === muted),
          onlyMarked: sentences
            .filter((el) => el.matches('.only-here'))
            .map((el) => getComputedStyle(el, '::after').content),
        };
      });
    const all = await look();
    expect(all.visible).toBe(true);
    expect(all.sharedPainted.every(Boolean)).toBe(true);
    expect(all.onlyPainted.some(Boolean)).toBe(false);

    await page.getByLabel('Only in this source').check();
    const only = await look();
    expect(only.visible).toBe(true);
    expect(only.sharedPainted.some(Boolean)).toBe(false);
    expect(only.onlyPainted.every(Boolean)).toBe(true);
    // Not colour alone: each is labelled.
    expect(only.onlyMarked.every((content) => content === '"only here"')).toBe(true);

    await page.getByLabel('Shared with other sources').check();
    const shared = await look();
    expect(shared.visible).toBe(true);
    expect(shared.sharedPainted.every(Boolean)).toBe(true);
    expect(shared.onlyMuted.every(Boolean)).toBe(true);

    await page.getByLabel('All sentences').check();
    expect(await look()).toEqual(all);
    await page.close();
  });

  it('numbers sentences as a reader counts them: the first body sentence is sentence 1', async () => {
    // Article 001 opens with its headline and a heading before its first paragraph.
    const page = await env.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${env.site.url}/articles/${article.id}/`);
    const first = page.locator('.article-body .block .sentence').first();
    expect(await first.getAttribute('id')).not.toBe('s-0');
    expect(await first.locator('.permalink').getAttribute('aria-label')).toBe('Link to sentence 1');
    expect(await page.locator('.note-number').first().textContent()).toBe('Sentence 1');
    await page.close();
  });
});
