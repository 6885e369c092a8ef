/**
 * Payload budgets, measured on the built site (bytes are deterministic, so they are asserted):
 *
 * - JavaScript loaded up front by each page (its scripts plus everything they import statically),
 *   gzip: at most 15 KB (DESIGN.md: an article page "at most ~15 KB of script when enhanced").
 *   Article pages must be readable with none of it: no render-blocking classic script.
 * - JavaScript loaded later through dynamic `import()` (fuse.js for search), gzip: at most 40 KB.
 * - CSS per page (linked stylesheets plus inline `<style>`), gzip: at most 12 KB.
 * - The search index `search-index.json`, gzip: at most 64 KB for the seed corpus, and never more
 *   than 6 times the article files' own bytes uncompressed (the text, plus fields and ids).
 * - On a site of several stories: each story's shard `/search-index/<story>.json` within the same
 *   64 KB gzip, and the story directory `/search-stories.json` at most 2 KB gzip per story (it
 *   holds the archive's vocabulary, so it grows with the stories; 1.2 KB a story at 500
 *   generated articles).
 *
 * `npm test` builds first; a missing build fails loudly (see `listPages`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SITE_DIR, listPages, pageKind } from '../e2e/pages.ts';

const KB = 1024;
const BUDGET = {
  initialJs: 15 * KB,
  lazyJs: 40 * KB,
  css: 12 * KB,
  searchIndex: 64 * KB,
  searchIndexPerSourceByte: 6,
  searchDirectoryPerStory: 2 * KB,
};

const gzipped = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

interface PagePayload {
  url: string;
  kind: string;
  /** Script files and inline scripts run at load, with their static imports. */
  initialJs: Map<string, number>;
  /** Script files reachable only through dynamic import(). */
  lazyJs: Map<string, number>;
  css: Map<string, number>;
  blockingScripts: string[];
}

/** Reads a file of the built site by its absolute site path (`/_astro/x.js`). */
function readSiteFile(sitePath: string): Buffer {
  const path = join(SITE_DIR, decodeURIComponent(sitePath.split(/[?#]/)[0]!));
  if (!existsSync(path)) throw new Error(`${sitePath} is referenced but not in the build`);
  return readFileSync(path);
}

/**
 * Gzip size of a file of the built site, once per file: the pages of an archive share a few
 * stylesheets and scripts, and compressing them again for each of thousands of pages would
 * take most of the measurement.
 */
const fileSizes = new Map<string, number>();
function gzippedFile(sitePath: string): number {
  let size = fileSizes.get(sitePath);
  if (size === undefined) {
    size = gzipped(readSiteFile(sitePath));
    fileSizes.set(sitePath, size);
  }
  return size;
}

/** A module's imports, parsed once per module for the same reason. */
const moduleImports = new Map<string, { specifier: string; dynamic: boolean }[]>();
function importsOf(sitePath: string): { specifier: string; dynamic: boolean }[] {
  let list = moduleImports.get(sitePath);
  if (!list) {
    const [imports] = parseModule(readSiteFile(sitePath).toString('utf8'));
    list = imports.flatMap((item) =>
      item.n === undefined ? [] : [{ specifier: item.n, dynamic: item.d > -1 }],
    );
    moduleImports.set(sitePath, list);
  }
  return list;
}

/**
 * Follows a module's imports: static ones into `initial`, dynamic ones (with a string
 * specifier) into `lazy`, each with its own static closure.
 */
function walkModule(
  sitePath: string,
  initial: Map<string, number>,
  lazy: Map<string, number>,
  isLazy: boolean,
): void {
  const into = isLazy ? lazy : initial;
  if (initial.has(sitePath) || into.has(sitePath)) return;
  into.set(sitePath, gzippedFile(sitePath));
  for (const { specifier, dynamic } of importsOf(sitePath)) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    const target = specifier.startsWith('/')
      ? specifier
      : posix.join(posix.dirname(sitePath), specifier);
    walkModule(target, initial, lazy, isLazy || dynamic);
  }
}

function measure(url: string, html: string): PagePayload {
  const root = parse(html);
  const payload: PagePayload = {
    url,
    kind: pageKind(url),
    initialJs: new Map(),
    lazyJs: new Map(),
    css: new Map(),
    blockingScripts: [],
  };
  root.querySelectorAll('script').forEach((script, i) => {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    // Data blocks (JSON, JSON-LD) are not script.
    if (type !== '' && type !== 'module' && !type.includes('javascript')) return;
    const src = script.getAttribute('src');
    const isModule = type === 'module';
    if (!isModule && !script.hasAttribute('defer') && !script.hasAttribute('async')) {
      payload.blockingScripts.push(src ?? `inline script #${i + 1}`);
    }
    if (src) {
      const sitePath = new URL(src, `http://x${url}`).pathname;
      if (isModule) walkModule(sitePath, payload.initialJs, payload.lazyJs, false);
      else payload.initialJs.set(sitePath, gzippedFile(sitePath));
    } else {
      payload.initialJs.set(`inline script #${i + 1}`, gzipped(script.textContent));
      if (isModule) {
        // Inline modules may import bundled chunks too.
        const [imports] = parseModule(script.textContent);
        for (const item of imports) {
          if (item.n?.startsWith('/')) {
            walkModule(item.n, payload.initialJs, payload.lazyJs, item.d > -1);
          }
        }
      }
    }
  });
  for (const link of root.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const sitePath = new URL(link.getAttribute('href')!, `http://x${url}`).pathname;
    payload.css.set(sitePath, gzippedFile(sitePath));
  }
  root.querySelectorAll('style').forEach((style, i) => {
    payload.css.set(`inline style #${i + 1}`, gzipped(style.textContent));
  });
  return payload;
}

const sum = (sizes: Map<string, number>): number =>
  [...sizes.values()].reduce((total, size) => total + size, 0);

describe('payload budgets', () => {
  let payloads: PagePayload[] = [];

  beforeAll(async () => {
    await init;
    payloads = listPages().map((page) => measure(page.url, readFileSync(page.path, 'utf8')));
    // One line per kind of page (its largest page): the numbers are the same within a kind.
    const kinds = Map.groupBy(payloads, (p) => p.kind);
    console.log(
      'budgets (gzip, largest page of each kind): kind (pages) | initial JS | lazy JS | CSS\n' +
        [...kinds]
          .map(([kind, list]) => {
            const max = (pick: (p: PagePayload) => Map<string, number>) =>
              Math.max(...list.map((p) => sum(pick(p))));
            return (
              `  ${kind} (${list.length}) | ${max((p) => p.initialJs)} B | ` +
              `${max((p) => p.lazyJs)} B | ${max((p) => p.css)} B`
            );
          })
          .join('\n'),
    );
  });

  it('article pages need no script to be read', () => {
    const articles = payloads.filter((p) => p.kind === 'articles');
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) {
      expect(page.blockingScripts, `${page.url}: render-blocking scripts`).toEqual([]);
    }
  });

  it(`every page loads at most ${kb(BUDGET.initialJs)} of script up front`, () => {
    for (const page of payloads) {
      const total = sum(page.initialJs);
      expect(
        total,
        `${page.url}: ${kb(total)} of script (${[...page.initialJs.keys()].join(', ')})`,
      ).toBeLessThanOrEqual(BUDGET.initialJs);
    }
  });

  it(`script loaded on use (dynamic import) stays within ${kb(BUDGET.lazyJs)} per page`, () => {
    for (const page of payloads) {
      const total = sum(page.lazyJs);
      expect(
        total,
        `${page.url}: ${kb(total)} loaded on use (${[...page.lazyJs.keys()].join(', ')})`,
      ).toBeLessThanOrEqual(BUDGET.lazyJs);
    }
  });

  it('fuse.js is never loaded up front (DESIGN.md: only when search is used)', () => {
    for (const page of payloads) {
      const eager = [...page.initialJs.keys()].filter((name) => /fuse/i.test(name));
      expect(eager, `${page.url} loads fuse.js with the page`).toEqual([]);
    }
    const lazyFuse = payloads.filter((p) => [...p.lazyJs.keys()].some((n) => /fuse/i.test(n)));
    console.log(
      `budgets: fuse.js loaded on use by ${lazyFuse.map((p) => p.url).join(', ') || 'no page'}`,
    );
  });

  it(`every page ships at most ${kb(BUDGET.css)} of CSS`, () => {
    for (const page of payloads) {
      const total = sum(page.css);
      expect(total, `${page.url}: ${kb(total)} of CSS`).toBeLessThanOrEqual(BUDGET.css);
      expect(total, `${page.url}: no CSS at all`).toBeGreaterThan(0);
    }
  });

  it(`the search index is at most ${kb(BUDGET.searchIndex)} gzip`, (context) => {
    const path = join(SITE_DIR, 'search-index.json');
    if (!existsSync(path)) {
      context.skip('search-index.json is not built yet');
      return;
    }
    const bytes = readFileSync(path);
    const articlesDir = resolve(ROOT, process.env.PARALLAX_ARTICLES ?? 'content/articles');
    const sourceBytes = readdirSync(articlesDir)
      .filter((name) => !name.startsWith('.'))
      .reduce((total, name) => total + readFileSync(join(articlesDir, name)).length, 0);
    const packed = gzipped(bytes);
    console.log(
      `budgets: search-index.json ${bytes.length} B raw, ${packed} B gzip ` +
        `(${(bytes.length / sourceBytes).toFixed(2)}× the ${sourceBytes} B of article files)`,
    );
    expect(packed).toBeLessThanOrEqual(BUDGET.searchIndex);
    expect(bytes.length).toBeLessThanOrEqual(sourceBytes * BUDGET.searchIndexPerSourceByte);
  });

  it(`each story's search shard is at most ${kb(BUDGET.searchIndex)} gzip, the directory ${kb(BUDGET.searchDirectoryPerStory)} a story`, (context) => {
    const dir = join(SITE_DIR, 'search-index');
    if (!existsSync(dir)) {
      context.skip('a single-story site: no shards');
      return;
    }
    const shards = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(shards.length).toBeGreaterThan(1);
    let largest = 0;
    for (const name of shards) {
      const packed = gzippedFile(`/search-index/${name}`);
      largest = Math.max(largest, packed);
      expect(packed, `search-index/${name}: ${kb(packed)} gzip`).toBeLessThanOrEqual(
        BUDGET.searchIndex,
      );
    }
    const directory = gzippedFile('/search-stories.json');
    console.log(
      `budgets: ${shards.length} search shards, the largest ${kb(largest)} gzip; ` +
        `search-stories.json ${kb(directory)} gzip (${kb(directory / shards.length)} a story)`,
    );
    expect(directory).toBeLessThanOrEqual(shards.length * BUDGET.searchDirectoryPerStory);
  });
});
