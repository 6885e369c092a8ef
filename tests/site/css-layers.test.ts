/**
 * The cascade layers keep their order on every built page. global.css names them (`reset, base,
 * layout, components, utilities`); a layer's rank is fixed by where the page first names it, so a
 * component stylesheet that reaches the page before global.css would name `components` first and
 * put every component rule below the reset (headings lost their margins, badges their colours).
 * Which stylesheets come first depends on how the bundler splits and links CSS, so it is checked
 * on the output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, listPages } from '../e2e/pages.ts';

const ORDER = ['reset', 'base', 'layout', 'components', 'utilities'];

/** Layer names in the order a page's CSS (linked and inline, in document order) first names them. */
function layerOrder(html: string): string[] {
  const root = parse(html);
  const css = root
    .querySelectorAll('link[rel~="stylesheet"][href], style')
    .map((node) =>
      node.tagName === 'STYLE'
        ? node.textContent
        : readFileSync(join(SITE_DIR, node.getAttribute('href')!.split(/[?#]/)[0]!), 'utf8'),
    )
    .join('\n');
  const names: string[] = [];
  for (const [, list] of css.matchAll(/@layer\s+([\w\s,.-]+?)\s*[{;]/g)) {
    for (const name of list!.split(',').map((n) => n.trim())) {
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

describe('cascade layers', () => {
  it('every page names its layers in global.css order', () => {
    const problems = listPages()
      .map((page) => ({ url: page.url, order: layerOrder(readFileSync(page.path, 'utf8')) }))
      .filter(({ order }) => order.join() !== ORDER.filter((n) => order.includes(n)).join())
      .map(({ url, order }) => `${url}: ${order.join(', ')}`);
    expect(problems).toEqual([]);
  });
});
