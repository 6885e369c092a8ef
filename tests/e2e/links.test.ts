/**
 * Link gate: every internal href/src on every built page (a, area, link, script, img, source,
 * iframe, form action, og:url/og:image) resolves to a file of the built site, and every
 * `#fragment` names an element (id, or a[name]) of its target page. Pages and their anchors are
 * read with an HTML parser, not with regular expressions. The site's own absolute URLs (canonical,
 * og:url) count as internal: they must resolve as well.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.ts';
import { SITE_DIR, listPages } from './pages.ts';

const SITE_ORIGIN = new URL(config.site ?? 'https://parallax.example.org').origin;
/** Origin the pages are resolved against; the site's published origin is mapped onto it. */
const LOCAL = 'http://site.invalid';

interface Reference {
  page: string;
  attribute: string;
  value: string;
}

/** Elements and attributes that point at another resource. */
const SELECTORS: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
];

/** Elements that load a resource (as opposed to links a reader follows). */
const LOADS = new Set(['link', 'script', 'img', 'source', 'iframe', 'video', 'audio']);

function referencesOf(root: HTMLElement, page: string): (Reference & { loads: boolean })[] {
  const out: (Reference & { loads: boolean })[] = [];
  for (const [selector, attribute] of SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      const raw = element.getAttribute(attribute) ?? '';
      const tag = element.tagName.toLowerCase();
      // A <link rel="canonical"> or alternate is a link, not something the page loads.
      const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const loads =
        LOADS.has(tag) &&
        !(tag === 'link' && rel.some((r) => ['canonical', 'alternate', 'author'].includes(r)));
      const values =
        attribute === 'srcset'
          ? raw
              .split(',')
              .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
              .filter(Boolean)
          : [raw];
      for (const value of values)
        out.push({ page, attribute: `${tag}[${attribute}]`, value, loads });
    }
  }
  return out;
}

/** Ids and anchor names of a page: what a fragment can point at. */
function anchorsOf(root: HTMLElement): Set<string> {
  const anchors = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) anchors.add(element.getAttribute('id')!);
  for (const element of root.querySelectorAll('a[name]'))
    anchors.add(element.getAttribute('name')!);
  return anchors;
}

/**
 * Finds the built file a site path is served from, as a static host with `trailingSlash:
 * 'always'` serves it: `/x/` → `x/index.html`, `/file.ext` → that file.
 *
 * @returns the file's path relative to the site folder, or an error message
 */
function fileForPath(pathname: string): { file: string } | { error: string } {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { error: 'path is not valid percent-encoding' };
  }
  if (path.split('/').includes('..')) return { error: 'path climbs out of the site' };
  const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
  const full = join(SITE_DIR, file);
  if (existsSync(full) && statSync(full).isFile()) return { file };
  if (!path.endsWith('/') && existsSync(join(full, 'index.html'))) {
    return { error: `directory without its trailing slash (site uses trailingSlash: 'always')` };
  }
  return { error: `no file ${file} in the build` };
}

describe('internal links and fragments', () => {
  const pages = listPages();
  const roots = new Map<string, HTMLElement>();
  const anchors = new Map<string, Set<string>>();
  const rootOf = (file: string): HTMLElement => {
    let root = roots.get(file);
    if (!root) {
      root = parse(readFileSync(join(SITE_DIR, file), 'utf8'));
      roots.set(file, root);
    }
    return root;
  };
  const anchorsFor = (file: string): Set<string> => {
    let set = anchors.get(file);
    if (!set) {
      set = anchorsOf(rootOf(file));
      anchors.set(file, set);
    }
    return set;
  };

  it('every internal link, asset and #fragment resolves', () => {
    const problems: string[] = [];
    const stats = { links: 0, fragments: 0, external: 0, assets: 0 };
    const checkUrl = (ref: Reference, base: string, loads: boolean): void => {
      const value = ref.value.trim();
      const where = `${ref.page} ${ref.attribute}="${ref.value}"`;
      if (value === '') {
        problems.push(`${where}: empty URL`);
        return;
      }
      let url: URL;
      try {
        url = new URL(
          value.startsWith(SITE_ORIGIN) ? value.slice(SITE_ORIGIN.length) || '/' : value,
          base,
        );
      } catch {
        problems.push(`${where}: not a valid URL`);
        return;
      }
      if (url.protocol === 'javascript:') {
        problems.push(`${where}: javascript: URL`);
        return;
      }
      if (url.origin !== LOCAL) {
        if (loads) problems.push(`${where}: loads a resource from another origin`);
        if (url.protocol === 'http:' || url.protocol === 'https:') stats.external++;
        return;
      }
      stats.links++;
      const target = fileForPath(url.pathname);
      if ('error' in target) {
        problems.push(`${where}: ${target.error}`);
        return;
      }
      if (loads) stats.assets++;
      if (url.hash.length > 1) {
        stats.fragments++;
        if (!target.file.endsWith('.html')) {
          problems.push(`${where}: fragment on a non-HTML file`);
          return;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (!anchorsFor(target.file).has(id)) {
          problems.push(`${where}: no element with id or name "${id}" in ${target.file}`);
        }
      }
    };

    for (const page of pages) {
      const base = new URL(page.url, LOCAL).href;
      for (const ref of referencesOf(rootOf(page.file), page.url)) {
        checkUrl(ref, base, ref.loads);
      }
    }
    // A page must be reachable: every page but the 404 is linked from some page, starting at /.
    console.log(
      `links: ${pages.length} pages, ${stats.links} internal links and assets resolved ` +
        `(${stats.assets} loaded assets), ${stats.fragments} #fragments checked, ` +
        `${stats.external} external links not followed`,
    );
    expect([...new Set(problems)]).toEqual([]);
    expect(stats.links).toBeGreaterThan(0);
  });

  // The editor's /review/ page is built but deliberately linked from nowhere (and noindex).
  const UNLINKED = ['404.html', 'review/index.html'];

  it('every page except 404 and the review page is reachable by links from the home page', () => {
    const seen = new Set<string>(['index.html']);
    const queue = ['index.html'];
    while (queue.length > 0) {
      const file = queue.shift()!;
      const base = new URL(file === 'index.html' ? '/' : `/${file}`, LOCAL).href;
      for (const anchor of rootOf(file).querySelectorAll('a[href]')) {
        let url: URL;
        try {
          url = new URL(anchor.getAttribute('href')!, base);
        } catch {
          continue;
        }
        if (url.origin !== LOCAL) continue;
        const target = fileForPath(url.pathname);
        if ('file' in target && target.file.endsWith('.html') && !seen.has(target.file)) {
          seen.add(target.file);
          queue.push(target.file);
        }
      }
    }
    const orphans = pages
      .map((page) => page.file)
      .filter((file) => !UNLINKED.includes(file) && !seen.has(file));
    // And the review page really is unlinked.
    expect(seen.has('review/index.html')).toBe(false);
    console.log(`links: ${seen.size} of ${pages.length} pages reachable from /`);
    expect(orphans).toEqual([]);
  });

  it('the data export points at sentences that exist', (context) => {
    const path = join(SITE_DIR, 'data/claims.json');
    if (!existsSync(path)) {
      context.skip('dist/data/claims.json is not built yet');
      return;
    }
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const problems: string[] = [];
    let checked = 0;
    // Any object with `article` and `anchor` is a span; any `url` string starting with "/" is
    // a page address. Both must resolve on the built site.
    const visit = (node: unknown, where: string): void => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => visit(item, `${where}[${i}]`));
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const targets: string[] = [];
      if (typeof record['article'] === 'string' && typeof record['anchor'] === 'string') {
        targets.push(`/articles/${record['article']}/#${record['anchor']}`);
      }
      if (typeof record['url'] === 'string' && record['url'].startsWith('/')) {
        targets.push(record['url']);
      }
      for (const target of targets) {
        checked++;
        const url = new URL(target, LOCAL);
        const file = fileForPath(url.pathname);
        if ('error' in file) problems.push(`${where} → ${target}: ${file.error}`);
        else if (url.hash.length > 1 && !anchorsFor(file.file).has(url.hash.slice(1))) {
          problems.push(`${where} → ${target}: no such anchor`);
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${where}.${key}`);
    };
    visit(data, 'claims.json');
    console.log(`links: ${checked} addresses in data/claims.json checked`);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
