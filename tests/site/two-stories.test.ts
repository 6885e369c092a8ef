/**
 * A site of two unrelated stories mixed in one flat folder (tests/fixtures/two-stories: a bridge
 * closure and panda twins, both saying "Nobody was injured."): built, it lists two stories,
 * gives each its overview and lists, and no claim, quote group, compare page or disagreement
 * joins the two. Built with two items a page of each list (PARALLAX_LIST_PAGE_ITEMS), its lists
 * have pages as a large story's do, and every link into them finds its fragment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { SiteExport } from '../../src/lib/publish/export.ts';
import type { SearchDirectory, SearchIndexFile } from '../../src/lib/search/index.ts';
import { ROOT, listFiles } from '../e2e/pages.ts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startSite, type Site } from '../e2e/server.ts';

const astro = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);
const root = mkdtempSync(join(tmpdir(), 'parallax-two-stories-'));
const dist = join(root, 'dist');
const BRIDGE = ['marlow-post-bridge', 'valley-herald-bridge'];
const PANDA = ['kelby-courier-panda', 'northgate-times-panda'];

let output = '';
let status: number | null = null;
beforeAll(() => {
  const build = spawnSync(process.execPath, [astro, 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PARALLAX_ARTICLES: join(ROOT, 'tests/fixtures/two-stories/articles'),
      PARALLAX_OUT_DIR: dist,
      PARALLAX_CACHE_DIR: join(root, 'cache'),
      // Two items a page: the stories' lists are cut into pages as a large story's are.
      PARALLAX_LIST_PAGE_ITEMS: '2',
      // One story listed by the search page, as a long archive lists its newest 50 only.
      PARALLAX_SEARCH_STORIES: '1',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  status = build.status;
  output = `${build.stdout}\n${build.stderr}`;
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('a flat folder of two unrelated stories', () => {
  it('builds, saying in the log how the articles were grouped', () => {
    expect(status, output).toBe(0);
    expect(output).toMatch(/2 stories: 2 aligned/);
  });

  it('exports two stories, and no claim, quote group or disagreement across them', () => {
    const data = JSON.parse(page('data/claims.json')) as SiteExport;
    expect(data.stories.map((story) => [...story.articles].sort())).toEqual(
      expect.arrayContaining([BRIDGE, PANDA]),
    );
    expect(data.stories).toHaveLength(2);
    const storyOf = new Map(
      data.stories.flatMap((story) => story.articles.map((id) => [id, story.id] as const)),
    );
    expect(data.claims.length).toBeGreaterThan(3);
    for (const claim of data.claims) {
      for (const span of claim.spans) expect(storyOf.get(span.article)).toBe(claim.story);
    }
    for (const group of data.quotes) {
      for (const variant of group.variants) expect(storyOf.get(variant.article)).toBe(group.story);
    }
    for (const d of data.disagreements) {
      for (const version of d.versions) expect(storyOf.get(version.article)).toBe(d.story);
    }
    // The bait: both stories say it, and only the bridge story's two articles share it.
    const injured = data.claims.filter((c) =>
      c.spans.some((s) => s.text === 'Nobody was injured.'),
    );
    for (const claim of injured) {
      expect(claim.spans.every((span) => BRIDGE.includes(span.article))).toBe(true);
    }
  });

  it('exports each story on its own too, in the same schema, linked from its pages', () => {
    const all = JSON.parse(page('data/claims.json')) as SiteExport;
    for (const story of all.stories) {
      const own = JSON.parse(page(`data/stories/${story.id}.json`)) as SiteExport;
      const mine = <T extends { story: string }>(list: T[]) =>
        list.filter((item) => item.story === story.id);
      expect(own).toEqual({
        stories: [story],
        articles: mine(all.articles),
        claims: mine(all.claims),
        quotes: mine(all.quotes),
        disagreements: mine(all.disagreements),
      });
      const overview = parse(page(`stories/${story.id}/index.html`));
      expect(overview.querySelectorAll('footer a').map((a) => a.getAttribute('href'))).toEqual([
        '/data/claims.json',
        `/data/stories/${story.id}.json`,
      ]);
    }
    expect(listFiles(join(dist, 'data/stories'))).toHaveLength(2);
  });

  it('lists the stories at / and gives each its overview and lists under /stories/<id>/', () => {
    const data = JSON.parse(page('data/claims.json')) as SiteExport;
    const home = page('index.html');
    for (const story of data.stories) {
      expect(home).toContain(`href="/stories/${story.id}/"`);
      for (const list of ['', 'claims/', 'quotes/', 'differences/']) {
        expect(existsSync(join(dist, `stories/${story.id}/${list}index.html`))).toBe(true);
      }
    }
    expect(page('claims/index.html')).toContain(`href="/stories/${data.stories[0]!.id}/claims/"`);
  });

  it('cuts a story’s lists into pages, and links into them name the page of their fragment', () => {
    const data = JSON.parse(page('data/claims.json')) as SiteExport;
    const files = listFiles(dist).filter((file) => file.endsWith('.html'));
    for (const story of data.stories) {
      const claims = data.claims.filter((claim) => claim.story === story.id).length;
      if (claims > 2) expect(files).toContain(`stories/${story.id}/claims/2/index.html`);
    }
    const second = parse(page(`stories/${data.stories[0]!.id}/claims/2/index.html`));
    expect(second.querySelector('title')!.text).toMatch(/^Claims, page 2 of \d+/);
    const nav = second.querySelector('nav[aria-label="Pages of claims"]')!;
    expect(nav.querySelector('a[aria-current="page"]')!.text.trim()).toMatch(/2$/);
    expect(nav.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(
      `/stories/${data.stories[0]!.id}/claims/`,
    );
    // Every link into a list page (`/stories/<id>/quotes/2/#q-…`), from any page, finds its id.
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        const root = parse(page(file));
        ids.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.id)));
      }
      return ids.get(file)!;
    };
    const links = new Set<string>();
    for (const file of files) {
      for (const anchor of parse(page(file)).querySelectorAll('a[href*="#"]')) {
        const href = anchor.getAttribute('href')!;
        if (/^\/stories\/[^/]+\/(?:claims|quotes|differences)\/(?:\d+\/)?#/.test(href))
          links.add(href);
      }
    }
    const broken = [...links].filter((href) => {
      const [path, fragment] = href.split('#') as [string, string];
      return (
        !existsSync(join(dist, path, 'index.html')) ||
        !idsOf(`${path.slice(1)}index.html`).has(fragment)
      );
    });
    expect(broken).toEqual([]);
    expect([...links].some((href) => /\/\d+\/#/.test(href))).toBe(true);
  });

  it('builds compare pages only within a story', () => {
    const pairs = listFiles(dist)
      .filter((file) => file.startsWith('compare/') && file.endsWith('index.html'))
      .map((file) => file.split('/').slice(1, 3).sort());
    expect(pairs).toEqual(expect.arrayContaining([BRIDGE, PANDA]));
    expect(pairs).toHaveLength(2);
  });

  it('gives every search record its story, in its story’s shard; no whole index', () => {
    const directory = JSON.parse(page('search-stories.json')) as SearchDirectory;
    expect(directory.stories).toHaveLength(2);
    for (const story of directory.stories) {
      const shard = JSON.parse(page(`search-index/${story.id}.json`)) as SearchIndexFile;
      expect(shard.records).toHaveLength(story.records);
      expect(new Set(shard.records.map((record) => record.story))).toEqual(new Set([story.id]));
    }
    expect(existsSync(join(dist, 'search-index.json'))).toBe(false);
    expect(page('search/index.html')).toContain('name="story"');
  });

  it('searches one story from its shard, without loading the whole index', async () => {
    const data = JSON.parse(page('data/claims.json')) as SiteExport;
    const panda = data.stories.find((story) => story.articles.includes(PANDA[0]!))!;
    expect(existsSync(join(dist, `search-index/${panda.id}.json`))).toBe(true);
    const site = await startSite(dist);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const fetched: string[] = [];
      tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await tab.goto(`${site.url}/search/?q=injured&story=${panda.id}`);
      await tab.waitForSelector('[data-search-results] li');
      // Listed by the page or not (it lists one story), the story of the URL is chosen.
      expect(await tab.$eval('select[name="story"]', (s) => (s as HTMLSelectElement).value)).toBe(
        panda.id,
      );
      const links = await tab.$$eval('[data-search-results] a', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(PANDA).toContain(link.split('/')[2]);
      expect(fetched).toContain(`/search-index/${panda.id}.json`);
      expect(fetched).not.toContain('/search-index.json');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});

describe('searching all stories: the directory, then only the shards that can match', () => {
  let site: Site;
  let browser: Browser;
  let stories: Map<string, string>;
  beforeAll(async () => {
    const data = JSON.parse(page('data/claims.json')) as SiteExport;
    const idOf = (article: string) => data.stories.find((s) => s.articles.includes(article))!.id;
    stories = new Map([
      ['bridge', idOf(BRIDGE[0]!)],
      ['panda', idOf(PANDA[0]!)],
    ]);
    site = await startSite(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /**
   * Opens `/search/?…` and waits for the search to finish; `perRound` rewrites the page's
   * stories-per-round (`data-shards`) as a site with a smaller round would have it.
   */
  async function searchAll(query: string, perRound?: number) {
    const tab = await browser.newPage();
    const fetched: string[] = [];
    tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    if (perRound !== undefined) {
      await tab.route('**/search/?*', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          /data-shards="\d+"/,
          `data-shards="${perRound}"`,
        );
        await route.fulfill({ response, body: html });
      });
    }
    await tab.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    await settled(tab);
    return { tab, fetched };
  }

  const settled = (tab: Page) =>
    tab.waitForFunction(
      () =>
        !document.querySelector('parallax-search')!.hasAttribute('aria-busy') &&
        /^(?:\d+ results?|No results)/.test(
          document.querySelector('[data-search-status]')!.textContent!,
        ),
    );
  const resultsOf = (tab: Page) =>
    tab.$$eval('[data-search-results] a', (anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute('href')!,
        meta: a.querySelector('.search-result-meta')!.textContent!,
        text: a.querySelector('.search-result-text')!.textContent!,
      })),
    );
  const shardsOf = (fetched: string[]) =>
    fetched.filter((path) => path.startsWith('/search-index')).sort();

  it('loads the directory and the one shard that holds the words closely, and links to the sentences', async () => {
    const { tab, fetched } = await searchAll('panda twins');
    try {
      expect(fetched).toContain('/search-stories.json');
      expect(shardsOf(fetched)).toEqual([`/search-index/${stories.get('panda')}.json`]);
      const found = await resultsOf(tab);
      expect(found.length).toBeGreaterThan(0);
      for (const result of found) {
        expect(result.href).toMatch(/^\/articles\/[^/]+\/#s-\d+$/);
        expect(PANDA).toContain(result.href.split('/')[2]);
        expect(result.meta).toContain('Kelby Zoo celebrates birth of panda twins');
      }
      // The bridge story holds "and" (two typos from "panda"): a loose match, left for later.
      expect(await tab.textContent('[data-search-status]')).toMatch(
        /^\d+ results? for “panda twins”; searched 1 of 2 stories, all that hold its words closely; 1 more holds only loose spellings of them\.$/,
      );
      expect(await tab.textContent('[data-search-more]')).toBe('Search 1 more story');
      // Each result is the exact sentence: following it makes that sentence the :target.
      const first = found[0]!;
      await Promise.all([tab.waitForURL(/\/articles\//), tab.click('[data-search-results] a')]);
      const anchor = first.href.split('#')[1]!;
      expect(await tab.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
      expect((await tab.textContent(`#${anchor}`))!.toLowerCase()).toContain('panda');
    } finally {
      await tab.close();
    }
  });

  it('forgives a typo and finds a number written in words, in the one story that has them', async () => {
    for (const [query, expected] of [
      ['Ferow Bridge', 'Ferrow Bridge'],
      ['6 weeks', 'six weeks'],
    ] as const) {
      const { tab, fetched } = await searchAll(query);
      try {
        expect(shardsOf(fetched), query).toEqual([`/search-index/${stories.get('bridge')}.json`]);
        expect(await tab.textContent('[data-search-status]'), query).toMatch(
          /; searched the one story of 2 that holds its words\.$/,
        );
        const found = await resultsOf(tab);
        expect(
          found.some((result) => result.text.includes(expected)),
          query,
        ).toBe(true);
        for (const result of found) expect(BRIDGE).toContain(result.href.split('/')[2]);
      } finally {
        await tab.close();
      }
    }
  });

  it('searches both stories for words both hold, and loads nothing for words neither holds', async () => {
    const both = await searchAll('injured');
    try {
      expect(shardsOf(both.fetched)).toEqual(
        [...stories.values()].map((id) => `/search-index/${id}.json`).sort(),
      );
      const articles = new Set((await resultsOf(both.tab)).map((r) => r.href.split('/')[2]));
      expect([...articles].some((id) => BRIDGE.includes(id!))).toBe(true);
      expect([...articles].some((id) => PANDA.includes(id!))).toBe(true);
    } finally {
      await both.tab.close();
    }
    const none = await searchAll('xylophone quartz');
    try {
      expect(none.fetched).toContain('/search-stories.json');
      expect(shardsOf(none.fetched)).toEqual([]);
      expect(await none.tab.textContent('[data-search-status]')).toMatch(/^No results/);
      expect(await none.tab.isVisible('.search-empty')).toBe(true);
    } finally {
      await none.tab.close();
    }
  });

  it('searches a round of stories at a time, saying how many, and the next on request', async () => {
    const { tab, fetched } = await searchAll('injured', 1);
    try {
      expect(shardsOf(fetched)).toHaveLength(1);
      expect(await tab.textContent('[data-search-status]')).toMatch(
        /^\d+ results? for “injured”; searched 1 of 2 stories, those likeliest to match; 1 more may\.$/,
      );
      const more = tab.locator('[data-search-more]');
      expect(await more.textContent()).toBe('Search 1 more story');
      const before = (await resultsOf(tab)).length;
      await more.click();
      await tab.waitForFunction(() =>
        /searched the 2 stories/.test(document.querySelector('[data-search-status]')!.textContent!),
      );
      expect(shardsOf(fetched)).toHaveLength(2);
      expect((await resultsOf(tab)).length).toBeGreaterThan(before);
      expect(await more.isVisible()).toBe(false);
      expect(new URL(tab.url()).searchParams.get('q')).toBe('injured');
    } finally {
      await tab.close();
    }
  });

  it('offers the sources and speakers of the chosen story only, from its shard', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${site.url}/search/`);
      const options = (name: string) =>
        tab.$$eval(`select[name="${name}"] option`, (all) =>
          all.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
        );
      // The page lists no story's sources or speakers: it does not grow with the archive.
      expect(await options('source')).toEqual([]);
      expect(await options('speaker')).toEqual([]);
      // The page lists the newest story only; reaching for the filter lists every story.
      expect(await options('story')).toHaveLength(1);
      await tab.focus('select[name="story"]');
      await tab.waitForFunction(
        () => document.querySelectorAll('select[name="story"] option').length === 3,
      );
      expect((await options('story')).sort()).toEqual([...stories.values()].sort());
      await tab.selectOption('select[name="story"]', stories.get('bridge')!);
      await settled(tab);
      expect((await options('source')).sort()).toEqual([...BRIDGE].sort());
      await tab.selectOption('select[name="source"]', BRIDGE[1]!);
      await settled(tab);
      for (const result of await resultsOf(tab)) {
        expect(result.href.split('/')[2]).toBe(BRIDGE[1]);
      }
      // Another story: the bridge source is not one of its sources, so it is dropped.
      await tab.selectOption('select[name="story"]', stories.get('panda')!);
      await settled(tab);
      expect((await options('source')).sort()).toEqual([...PANDA].sort());
      expect(await tab.$eval('select[name="source"]', (s) => (s as HTMLSelectElement).value)).toBe(
        '',
      );
      expect(new URL(tab.url()).searchParams.get('source')).toBeNull();
      expect(await options('speaker')).toContain('Tomas Brandt');
    } finally {
      await tab.close();
    }
  });

  it('keeps the source and speaker filters: only the story that has them is loaded', async () => {
    const tab = await browser.newPage();
    const fetched: string[] = [];
    tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await tab.goto(`${site.url}/search/?speaker=${encodeURIComponent('Tomas Brandt')}`);
      await settled(tab);
      expect(shardsOf(fetched)).toEqual([`/search-index/${stories.get('panda')}.json`]);
      const found = await resultsOf(tab);
      expect(found.length).toBeGreaterThan(0);
      for (const result of found) expect(result.meta).toContain('Tomas Brandt');
      fetched.length = 0;
      await tab.goto(`${site.url}/search/?q=said&source=${BRIDGE[1]}`);
      await settled(tab);
      expect(shardsOf(fetched)).toEqual([`/search-index/${stories.get('bridge')}.json`]);
      for (const result of await resultsOf(tab)) {
        expect(result.href.split('/')[2]).toBe(BRIDGE[1]);
      }
    } finally {
      await tab.close();
    }
  });
});
