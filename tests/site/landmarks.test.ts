/**
 * Every landmark of a page is told apart from the others of its role by its name (axe's
 * `landmark-unique`), checked on every built page from the HTML alone: axe in Chromium takes
 * hours over an archive's thousands of pages, this takes seconds, and the pages whose lists
 * bring two like items together (two quotation groups of the same words, said by different
 * speakers) are found only at archive scale.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listPages } from '../e2e/pages.ts';

const LANDMARK_ROLES = new Set([
  'banner',
  'complementary',
  'contentinfo',
  'form',
  'main',
  'navigation',
  'region',
  'search',
]);

/** The landmark role of an element, or undefined when it is none (an unnamed section or form). */
function roleOf(element: HTMLElement, named: boolean): string | undefined {
  const explicit = element.getAttribute('role');
  if (explicit) return LANDMARK_ROLES.has(explicit) ? explicit : undefined;
  switch (element.tagName.toLowerCase()) {
    case 'main':
      return 'main';
    case 'nav':
      return 'navigation';
    case 'aside':
      return 'complementary';
    case 'section':
      return named ? 'region' : undefined;
    case 'form':
      return named ? 'form' : undefined;
    default:
      return undefined;
  }
}

/** The accessible name an element gets from aria-labelledby or aria-label, whitespace folded. */
function nameOf(root: HTMLElement, element: HTMLElement): string {
  const ids = element.getAttribute('aria-labelledby');
  const name = ids
    ? ids
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ')
    : (element.getAttribute('aria-label') ?? '');
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

describe('landmarks', () => {
  it('no page has two landmarks of one role with the same name', () => {
    const problems: string[] = [];
    let landmarks = 0;
    const pages = listPages();
    for (const page of pages) {
      const root = parse(readFileSync(page.path, 'utf8'));
      const seen = new Map<string, number>();
      for (const element of root.querySelectorAll('main, nav, aside, section, form, [role]')) {
        const name = nameOf(root, element);
        const role = roleOf(element, name !== '');
        if (!role) continue;
        landmarks++;
        const key = `${role} “${name}”`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      for (const [key, count] of seen) {
        if (count > 1) problems.push(`${page.url}: ${count} landmarks ${key}`);
      }
    }
    console.log(`landmarks: ${landmarks} on ${pages.length} pages`);
    expect(problems).toEqual([]);
  });
});
