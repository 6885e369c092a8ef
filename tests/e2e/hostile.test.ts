/**
 * Security gate: article text is text.
 *
 * The hostile corpus (`tests/fixtures/hostile/articles/`: markup, event handlers, `javascript:`
 * URLs, `</script>` inside quotes, entities, Markdown, bidi, zero-width and control characters,
 * JavaScript's own property names; plus a 5,000-word sentence and a 10,000-line file generated
 * here) is built into a temporary folder by a real `astro build`, served, and every page is
 * opened in Chromium: no dialog opens, no element or attribute from the input reaches the DOM,
 * the text shows literally, and no request leaves the site. The main site (`dist/`) is checked
 * for the same: no request to another origin, no console error (a Content Security Policy
 * violation shows up there), no page error.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleDir } from '../../src/lib/corpus/read-folder.ts';
import { ROOT, SITE_DIR, listPages, pageKind, type BuiltPage } from './pages.ts';
import { launchBrowser, startSite, useSiteAndBrowser, type Site } from './server.ts';

const require = createRequire(import.meta.url);
const ASTRO = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const FIXTURES = join(ROOT, 'tests/fixtures/hostile/articles');

/** Characters that must never reach a page: bidi controls, zero-width/invisible ones, controls. */
const INVISIBLE =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u00AD\uFEFF]/u;
const LONG_SENTENCE_WORDS = 5000;
const LONG_FILE_LINES = 10_000;

/** Strings of the markup fixture that must appear on its page exactly as typed. */
const LITERAL = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<svg onload=alert(3)><b data-hostile="svg">bold</b></svg>',
  '<a href="javascript:alert(4)" data-hostile="link">click me</a>',
  '</script><script>alert(7)</script>',
  '&lt;b&gt; and &amp; and &quot; and &#60;script&#62;',
  '<style>body{display:none}</style>',
  '{{7*7}} and ${alert(8)} and {alert(9)} and <!-- a comment -->',
  `<b onclick="alert(11)" data-hostile="item">markup</b>`,
];

/** Writes the generated members of the corpus: one huge sentence, one very long file. */
function generateBigFiles(dir: string): void {
  const words = Array.from({ length: LONG_SENTENCE_WORDS }, (_, i) => `word${i % 997}`);
  // One unbroken 400-character token as well: it must wrap, not widen the page.
  words[2500] = 'x'.repeat(400);
  writeFileSync(
    join(dir, 'long-sentence.txt'),
    `A sentence of ${LONG_SENTENCE_WORDS} words\n${words.join(' ')}.\n`,
  );
  const lines = Array.from(
    { length: LONG_FILE_LINES },
    (_, i) =>
      `Line ${i + 1} of the long file reports figure ${(i * 7919) % 100_003} for item ${i}.`,
  );
  writeFileSync(join(dir, 'ten-thousand-lines.txt'), `${lines.join('\n')}\n`);
}

interface Visit {
  dialogs: string[];
  offsite: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Opens a page with listeners for dialogs, requests to other origins and errors. */
async function visit(context: BrowserContext, site: Site, page: BuiltPage, width = 1024) {
  const tab = await context.newPage();
  await tab.setViewportSize({ width, height: 800 });
  const record: Visit = { dialogs: [], offsite: [], consoleErrors: [], pageErrors: [] };
  tab.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  tab.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${site.url}/`) && !url.startsWith('data:')) record.offsite.push(url);
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  tab.on('pageerror', (error) => record.pageErrors.push(error.message));
  const response = await tab.goto(`${site.url}${page.url}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { tab, record };
}

/** What in the DOM could only have come from interpreting the input as markup. */
async function inertnessProblems(tab: Page): Promise<string[]> {
  return tab.evaluate((origin) => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const name = el.tagName.toLowerCase();
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) problems.push(`<${name} ${attr}> event-handler attribute`);
        const value = el.getAttribute(attr) ?? '';
        if (/^\s*javascript:/i.test(value)) problems.push(`<${name} ${attr}="${value}">`);
      }
      if (el.hasAttribute('data-hostile')) problems.push(`<${name} data-hostile> from input`);
      if (['iframe', 'object', 'embed', 'frame'].includes(name)) problems.push(`<${name}>`);
    }
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (src && new URL(src, location.href).origin !== origin) {
        problems.push(`<script src="${src}"> from another origin`);
      }
      if (/alert\(/.test(script.textContent ?? '')) problems.push('<script> with input text');
    }
    for (const img of document.querySelectorAll('img')) {
      if (new URL(img.src, location.href).origin !== origin)
        problems.push(`<img src="${img.src}">`);
    }
    if (!document.body.checkVisibility()) problems.push('the body is hidden (input <style>?)');
    return problems;
  }, new URL(tab.url()).origin);
}

describe('hostile corpus renders inert', () => {
  let work: string;
  let outDir: string;
  let site: Site;
  let browser: Browser;
  let context: BrowserContext;
  let pages: BuiltPage[] = [];
  let expectedSentences = new Map<string, number>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const articles = join(work, 'articles');
    outDir = join(work, 'dist');
    mkdirSync(articles);
    cpSync(FIXTURES, articles, { recursive: true });
    generateBigFiles(articles);
    const build = spawnSync(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PARALLAX_ARTICLES: articles,
        PARALLAX_OUT_DIR: outDir,
        PARALLAX_CACHE_DIR: join(work, 'cache'),
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) {
      throw new Error(`the hostile corpus does not build:\n${build.stdout}\n${build.stderr}`);
    }
    expectedSentences = new Map(
      readArticleDir(articles, { root: ROOT }).map((a) => [a.id, a.sentences.length]),
    );
    pages = listPages(outDir);
    site = await startSite(outDir);
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the detectors catch a live payload (so that they can fail)', async () => {
    const tab = await context.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await tab.goto(`${site.url}/404.html`);
    await tab.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<b data-hostile="x" onclick="1">x</b><a href="javascript:void 0">y</a>',
      );
    });
    await tab.evaluate(() => setTimeout(() => alert('payload'), 0));
    await tab.waitForEvent('dialog');
    const problems = await inertnessProblems(tab);
    await tab.close();
    expect(dialogs).toEqual(['payload']);
    expect(problems).toEqual(
      expect.arrayContaining([
        '<b onclick> event-handler attribute',
        '<b data-hostile> from input',
        '<a href="javascript:void 0">',
      ]),
    );
  });

  it('every article of the corpus has its page with every sentence', async () => {
    const articlePages = pages.filter((page) => pageKind(page.url) === 'articles');
    expect(articlePages.map((page) => page.url).sort()).toEqual(
      [...expectedSentences.keys()].map((id) => `/articles/${id}/`).sort(),
    );
    for (const [id, count] of expectedSentences) {
      const page = articlePages.find((p) => p.url === `/articles/${id}/`)!;
      const { tab } = await visit(context, site, page);
      const shown = await tab.locator('.sentence[id^="s-"]').count();
      await tab.close();
      expect(shown, `${id}: sentences on the page`).toBe(count);
    }
    expect(expectedSentences.get('ten-thousand-lines')).toBe(LONG_FILE_LINES);
  });

  it('no page runs input, holds input markup or loads anything from elsewhere', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const { tab, record } = await visit(context, site, page);
      // `goto` waited for the load event, which waits for every image (failed ones too): any
      // onerror/onload from the input would have fired by now.
      for (const problem of await inertnessProblems(tab)) problems.push(`${page.url}: ${problem}`);
      for (const dialog of record.dialogs) problems.push(`${page.url}: dialog ${dialog}`);
      for (const url of record.offsite) problems.push(`${page.url}: request to ${url}`);
      for (const error of record.pageErrors) problems.push(`${page.url}: page error ${error}`);
      // A CSP violation (an injected inline script, style or remote image) is a console error.
      for (const error of record.consoleErrors) problems.push(`${page.url}: console ${error}`);
      const html = await tab.content();
      if (INVISIBLE.test(html)) {
        const at = html.search(INVISIBLE);
        problems.push(
          `${page.url}: invisible/bidi character U+${html.codePointAt(at)!.toString(16).toUpperCase()} ` +
            `near "${html.slice(Math.max(0, at - 40), at + 10)}"`,
        );
      }
      await tab.close();
    }
    console.log(`hostile: ${pages.length} pages of the hostile corpus opened in Chromium`);
    expect(problems).toEqual([]);
  }, 300_000);

  it('markup in the text is shown literally, entities included', async () => {
    const page = pages.find((p) => p.url === '/articles/markup/')!;
    const { tab } = await visit(context, site, page);
    // innerText: what is rendered (text-transform applies, so the outlet is read from the DOM).
    const text = await tab.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    const source = await tab.evaluate(() => document.body.textContent.replace(/\s+/g, ' '));
    const title = await tab.title();
    const heading = await tab.locator('h1').innerText();
    await tab.close();
    expect(LITERAL.filter((literal) => !text.includes(literal))).toEqual([]);
    expect(heading).toContain(`<script>alert('title')</script> Markup in a headline`);
    expect(title).toContain(`<script>alert('title')</script>`);
    expect(source).toContain(`<img src=x onerror=alert('outlet')> Outlet`);
  });

  it('bidi and zero-width characters are removed from what is shown', async () => {
    const page = pages.find((p) => p.url === '/articles/bidi/')!;
    const { tab } = await visit(context, site, page);
    const text = await tab.evaluate(() => document.body.innerText);
    await tab.close();
    expect(text).toContain('The file name gpj.exe looks reversed');
    expect(text).toContain('Zerowidth spaces, joiners and a wordjoiner');
    expect(INVISIBLE.test(text)).toBe(false);
  });

  it('a 5,000-word sentence with a 400-character word wraps at 320 px', async () => {
    const page = pages.find((p) => p.url === '/articles/long-sentence/')!;
    const { tab } = await visit(context, site, page, 320);
    const layout = await tab.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      words: (document.querySelector('.article-body')?.textContent ?? '').split(/\s+/).length,
    }));
    await tab.close();
    expect(layout.words).toBeGreaterThanOrEqual(LONG_SENTENCE_WORDS);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
  });
});

describe('the main site stays on its own origin', () => {
  const env = useSiteAndBrowser(SITE_DIR);
  let context: BrowserContext;

  beforeAll(async () => {
    context = await env.browser.newContext();
  });

  it('every page has a CSP without unsafe-inline script or style, requests nothing elsewhere, logs no error', async () => {
    const pages = listPages();
    const problems: string[] = [];
    for (const page of pages) {
      const { tab, record } = await visit(context, env.site, page);
      for (const url of record.offsite) problems.push(`${page.url}: request to ${url}`);
      for (const error of record.consoleErrors) problems.push(`${page.url}: console ${error}`);
      for (const error of record.pageErrors) problems.push(`${page.url}: page error ${error}`);
      for (const dialog of record.dialogs) problems.push(`${page.url}: dialog ${dialog}`);
      const csp = await tab.evaluate(
        () =>
          document
            .querySelector('meta[http-equiv="content-security-policy" i]')
            ?.getAttribute('content') ?? null,
      );
      if (csp === null) problems.push(`${page.url}: no Content Security Policy`);
      // Scripts and styles from the site only: an inline one on any page is then a console
      // error above.
      for (const directive of ['script-src', 'style-src']) {
        const sources = csp?.match(new RegExp(`(?:^|;)\\s*${directive}([^;]*)`))?.[1] ?? null;
        if (csp === null) continue;
        if (sources === null) problems.push(`${page.url}: CSP without ${directive}`);
        else if (/'unsafe-(inline|eval|hashes)'|\*|https?:|data:/.test(sources)) {
          problems.push(`${page.url}: CSP ${directive} allows too much: ${sources.trim()}`);
        }
      }
      await tab.close();
    }
    console.log(
      `hostile: ${pages.length} pages of dist/ opened under their CSP, no request left the site`,
    );
    expect(problems).toEqual([]);
  });
});
