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
import type { SearchIndexFile } from '../../src/lib/search/index.ts';
import { ROOT, listFiles } from '../e2e/pages.ts';
import { launchBrowser, startSite } from '../e2e/server.ts';

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

  it('gives every search record its story', () => {
    const index = JSON.parse(page('search-index.json')) as SearchIndexFile;
    const ids = new Set(index.records.map((record) => record.story));
    expect(ids.size).toBe(2);
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
