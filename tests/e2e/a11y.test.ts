/**
 * Accessibility gate, in real headless Chromium:
 *
 * - axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) on every built page, in the light
 *   and the dark colour scheme: zero violations. Article pages are checked with a sentence
 *   targeted (`#s-N`) so the contrast of the marked sentence is checked too.
 * - Keyboard, for what axe cannot see, on one page of each kind (first path segment): every
 *   interactive element is reached by Tab (a radio group is one Tab stop, its other radios are
 *   reached by the arrow keys), is visible when focused and shows a focus indicator
 *   (outline, box-shadow or border differing from its unfocused style); content that focus or
 *   hover reveals as an overlay (positioned absolute/fixed, so it covers other content) is
 *   dismissed by Escape.
 * - Shared-sentence highlights do not rely on colour alone: every highlighted sentence shows a
 *   count as text. Highlights are found by selector (`.shared`, `[data-shared]`) and by colour
 *   (any element of an article body whose background is one of `--color-shared-1…4`), so a
 *   highlight cannot escape the check by its class name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR, listPages, pageKind, type BuiltPage } from './pages.ts';
import { useSiteAndBrowser } from './server.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;
/** Selectors assumed for shared-sentence highlights (besides detection by colour). */
const HIGHLIGHT_SELECTOR = '.shared, [data-shared]';

const pages = listPages();

/** One page per kind for the keyboard walk: the first page of each kind. */
const samples = [...Map.groupBy(pages, (page) => pageKind(page.url)).values()].map(
  (group) => group[0]!,
);

const env = useSiteAndBrowser(SITE_DIR);
let context: BrowserContext;

beforeAll(async () => {
  // bypassCSP: axe is injected as an inline script, which the site's own CSP forbids.
  context = await env.browser.newContext({
    colorScheme: 'light',
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
});

afterAll(async () => {
  await context?.close();
});

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Loads a built page in a tab (reused from page to page: opening a tab costs more than a
 * navigation); article pages open with their third sentence targeted.
 */
async function open(tab: Page, page: BuiltPage): Promise<void> {
  await tab.emulateMedia({ colorScheme: 'light' });
  const response = await tab.goto(`${env.site.url}${page.url}`);
  expect(response?.status(), `${page.url} status`).toBe(200);
  if (pageKind(page.url) === 'articles') {
    await tab.evaluate(() => {
      const sentences = document.querySelectorAll('.article-body [id^="s-"]');
      const target = sentences[Math.min(2, sentences.length - 1)];
      if (target) location.hash = target.id;
    });
  }
}

function formatViolations(url: string, scheme: string, violations: AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${url} [${scheme}] ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .slice(0, 8)
        .map(
          (n) => `      ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
        )
        .join('\n') +
      (v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : ''),
  );
}

describe('axe-core on every page', () => {
  const counts = { light: 0, dark: 0 };
  let tab: Page;

  beforeAll(async () => {
    tab = await context.newPage();
  });

  afterAll(async () => {
    await tab?.close();
    console.log(
      `a11y: axe on ${pages.length} pages × ${SCHEMES.length} schemes; violations ` +
        `light ${counts['light']}, dark ${counts['dark']}`,
    );
  });

  it.each(pages.map((page) => [page.url, page] as const))('%s', async (_url, page) => {
    await open(tab, page);
    await tab.addScriptTag({ content: AXE_SOURCE });
    const problems: string[] = [];
    for (const scheme of SCHEMES) {
      await tab.emulateMedia({ colorScheme: scheme });
      const violations = (await tab.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: Function } }).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return result.violations;
      }, TAGS)) as AxeViolation[];
      counts[scheme] += violations.length;
      problems.push(...formatViolations(page.url, scheme, violations));
    }
    expect(problems).toEqual([]);
  });
});

/** What the keyboard walk found on a page. */
interface WalkResult {
  expected: string[];
  reached: string[];
  problems: string[];
}

describe('keyboard', () => {
  it.each(samples.map((page) => [page.url, page] as const))(
    '%s: every interactive element is reachable by Tab, visibly focused',
    async (_url, page) => {
      const tab = await context.newPage();
      await tab.goto(`${env.site.url}${page.url}`);
      const result = await walkWithTab(tab);
      await tab.close();
      console.log(
        `a11y: keyboard ${page.url}: ${result.reached.length} of ${result.expected.length} ` +
          `interactive elements reached by Tab`,
      );
      expect(result.problems).toEqual([]);
      expect(result.expected.filter((key) => !result.reached.includes(key))).toEqual([]);
      expect(result.expected.length).toBeGreaterThan(0);
    },
  );

  it.each(samples.map((page) => [page.url, page] as const))(
    '%s: overlays revealed by hover are dismissed with Escape',
    async (_url, page) => {
      const tab = await context.newPage();
      await tab.goto(`${env.site.url}${page.url}`);
      await markHidden(tab);
      // Hover the elements that commonly reveal content: sentences, highlights, and anything
      // that declares a popup.
      const triggers = await tab.$$(
        `.sentence, ${HIGHLIGHT_SELECTOR}, [aria-describedby], [aria-haspopup], [popovertarget], [interestfor]`,
      );
      const problems: string[] = [];
      for (const trigger of triggers.slice(0, 25)) {
        if (!(await trigger.isVisible())) continue;
        await trigger.hover();
        const revealed = await revealedOverlays(tab);
        if (revealed.length === 0) continue;
        await tab.keyboard.press('Escape');
        const still = await revealedOverlays(tab);
        if (still.length > 0) {
          problems.push(
            `hovering ${await describeElement(trigger)} reveals ${still.join(', ')}: Escape does not dismiss it`,
          );
        }
        await tab.mouse.move(0, 0);
      }
      await tab.close();
      expect(problems).toEqual([]);
    },
  );

  it.each(samples.map((page) => [page.url, page] as const))(
    '%s: disclosures open and close with Enter',
    async (_url, page) => {
      const tab = await context.newPage();
      await tab.goto(`${env.site.url}${page.url}`);
      const problems: string[] = [];
      const toggles = tab.locator('details > summary:first-of-type, button[aria-expanded]');
      const count = Math.min(await toggles.count(), 10);
      for (let i = 0; i < count; i++) {
        const toggle = toggles.nth(i);
        if (!(await toggle.isVisible())) continue;
        const state = () =>
          toggle.evaluate((el) =>
            el.tagName === 'SUMMARY'
              ? String((el.parentElement as HTMLDetailsElement).open)
              : String(el.getAttribute('aria-expanded')),
          );
        const before = await state();
        await toggle.focus();
        await tab.keyboard.press('Enter');
        const after = await state();
        await tab.keyboard.press('Enter');
        const back = await state();
        const name = await toggle.evaluate((el) => (el.textContent ?? '').trim().slice(0, 40));
        if (after === before) problems.push(`"${name}": Enter does not toggle it`);
        else if (back !== before)
          problems.push(`"${name}": a second Enter does not toggle it back`);
      }
      await tab.close();
      console.log(`a11y: ${page.url}: ${count} disclosures operated by keyboard`);
      expect(problems).toEqual([]);
    },
  );

  it('every page reflows at 320 px: no horizontal scrolling (WCAG 1.4.10)', async () => {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 320, height: 640 });
    const problems: string[] = [];
    for (const page of pages) {
      await tab.goto(`${env.site.url}${page.url}`);
      const overflow = await tab.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // Name the culprits: elements whose right edge passes the viewport, outside any
        // scrolling container of their own. An absolutely positioned element escapes a scroller
        // that is not its containing block, so it is reported even inside one.
        const culprits: string[] = [];
        for (const el of document.body.querySelectorAll('*')) {
          const rect = el.getBoundingClientRect();
          if (rect.right <= width + 1) continue;
          const position = getComputedStyle(el).position;
          let contained = false;
          let positioned = false; // a containing block for `absolute` found on the way up
          for (
            let node = el.parentElement;
            node && node !== document.body;
            node = node.parentElement
          ) {
            const style = getComputedStyle(node);
            const scrolls = ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX);
            const clips =
              position === 'fixed'
                ? false
                : position === 'absolute'
                  ? positioned || style.position !== 'static'
                  : true;
            if (scrolls && clips) {
              contained = true;
              break;
            }
            if (style.position !== 'static') positioned = true;
          }
          if (contained) continue;
          const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
          culprits.push(
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (${position}, right edge ${Math.round(rect.right)}px)`,
          );
          if (culprits.length >= 3) break;
        }
        return `${document.documentElement.scrollWidth}px wide: ${culprits.join(', ')}`;
      });
      if (overflow) problems.push(`${page.url}: ${overflow}`);
    }
    await tab.close();
    console.log(`a11y: ${pages.length} pages checked for reflow at 320 px`);
    expect(problems).toEqual([]);
  });

  it('shared-sentence highlights show a count as text, not colour alone', async () => {
    const articles = pages.filter((page) => pageKind(page.url) === 'articles');
    expect(articles.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let highlights = 0;
    for (const page of articles) {
      const tab = await context.newPage();
      await tab.goto(`${env.site.url}${page.url}`);
      const found = await tab.evaluate((selector) => {
        const root = document.documentElement;
        const shared = [1, 2, 3, 4]
          .map((n) => getComputedStyle(root).getPropertyValue(`--color-shared-${n}`).trim())
          .filter(Boolean)
          .map((value) => {
            const probe = document.createElement('span');
            probe.style.backgroundColor = value;
            document.body.append(probe);
            const rgb = getComputedStyle(probe).backgroundColor;
            probe.remove();
            return rgb;
          });
        const candidates = new Set<Element>(document.querySelectorAll(selector));
        for (const el of document.querySelectorAll('.article-body *')) {
          if (shared.includes(getComputedStyle(el).backgroundColor)) candidates.add(el);
        }
        // Keep the outermost highlight of nested candidates.
        const outer = [...candidates].filter(
          (el) => ![...candidates].some((other) => other !== el && other.contains(el)),
        );
        const countText = (el: Element): boolean => {
          const visible = (node: Element): boolean =>
            node.checkVisibility({ opacityProperty: true, visibilityProperty: true });
          const pseudo = (node: Element): string =>
            ['::before', '::after']
              .map((p) => getComputedStyle(node, p).content)
              .filter((c) => c && c !== 'none' && c !== 'normal')
              .join(' ');
          const nodes = [el, ...el.querySelectorAll('*')];
          return nodes.some((node) => {
            if (!visible(node)) return false;
            if (/\d/.test(pseudo(node))) return true;
            // A short element of its own holding a number: a badge such as "3" or "+2 sources".
            if (node === el) return false;
            const text = (node.textContent ?? '').trim();
            return text.length > 0 && text.length <= 24 && /\d/.test(text);
          });
        };
        return outer.map((el) => ({
          where: el.id ? `#${el.id}` : el.tagName.toLowerCase() + '.' + [...el.classList].join('.'),
          counted: countText(el),
        }));
      }, HIGHLIGHT_SELECTOR);
      await tab.close();
      highlights += found.length;
      for (const item of found) {
        if (!item.counted) problems.push(`${page.url} ${item.where}: highlighted by colour only`);
      }
    }
    console.log(
      `a11y: ${highlights} shared-sentence highlights on ${articles.length} article pages`,
    );
    // The seed story shares sentences between its sources: finding no highlight means the
    // highlight markup changed under this gate, not that there is nothing to check.
    expect(highlights, `no shared-sentence highlight (${HIGHLIGHT_SELECTOR})`).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

/** Short description of an element for reports. */
async function describeElement(handle: ElementHandle): Promise<string> {
  return handle.evaluate((el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  });
}

/** Marks every element not rendered now, so that `revealedOverlays` can tell what appeared. */
async function markHidden(tab: Page): Promise<void> {
  await tab.evaluate(() => {
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
        el.setAttribute('data-gate-hidden', '');
      }
    }
  });
}

/** Elements hidden at load that are now shown as overlays (absolutely or fixed positioned). */
async function revealedOverlays(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('[data-gate-hidden]')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      // Content in the flow (the permalink "#" beside a sentence) covers nothing; only overlays
      // must be dismissible (WCAG 1.4.13).
      let overlay = false;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const position = getComputedStyle(node).position;
        if (position === 'absolute' || position === 'fixed' || node.matches(':popover-open')) {
          overlay = true;
          break;
        }
      }
      const parentHidden = el.parentElement?.hasAttribute('data-gate-hidden');
      if (overlay && !parentHidden && !el.matches('.skip-link')) {
        out.push(el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));
      }
    }
    return out;
  });
}

/**
 * Tabs through a page from the top, recording each focused element, whether it is visible and
 * whether its focus indicator differs from its unfocused style. Revealed overlays are checked
 * for Escape along the way.
 */
async function walkWithTab(tab: Page): Promise<WalkResult> {
  await markHidden(tab);
  const expected = await tab.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, ' +
      'iframe, [tabindex], [contenteditable="true"]';
    const keys: string[] = [];
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) continue;
      // Not rendered at all (display: none, or visibility hidden): not expected in the order.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const key = `k${n++}`;
      el.setAttribute('data-gate-key', key);
      // A radio group is one Tab stop (HTML): its checked radio, or its first when none is; the
      // other radios are reached with the arrow keys, checked after the Tab walk.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = [
          ...document.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
        ].filter((radio) => radio.name === el.name && radio.form === el.form);
        const stop = group.find((radio) => radio.checked) ?? group[0]!;
        if (stop !== el) {
          el.setAttribute('data-gate-arrow-from', stop.getAttribute('data-gate-key') ?? '');
          continue;
        }
      }
      const style = getComputedStyle(el);
      el.setAttribute(
        'data-gate-style',
        [
          style.outlineStyle,
          style.outlineWidth,
          style.outlineColor,
          style.boxShadow,
          style.borderColor,
        ].join('|'),
      );
      keys.push(key);
    }
    return keys;
  });
  const reached: string[] = [];
  const problems: string[] = [];
  await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let step = 0; step < expected.length + 5; step++) {
    await tab.keyboard.press('Tab');
    const state = await tab.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const now = [
        style.outlineStyle,
        style.outlineWidth,
        style.outlineColor,
        style.boxShadow,
        style.borderColor,
      ].join('|');
      const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const rect = el.getBoundingClientRect();
      const inView =
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth;
      return {
        key: el.getAttribute('data-gate-key'),
        name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''}`,
        indicator:
          now !== el.getAttribute('data-gate-style') &&
          (outlineVisible ||
            style.boxShadow !== 'none' ||
            now.split('|')[4] !== el.getAttribute('data-gate-style')?.split('|')[4]),
        visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && inView,
      };
    });
    if (state === null) {
      if (reached.length > 0) break; // focus left the document: the walk is done
      continue;
    }
    if (state.key === null) {
      problems.push(`${state.name} takes focus but was not expected (hidden at load?)`);
      continue;
    }
    if (reached.includes(state.key)) break; // wrapped around
    reached.push(state.key);
    if (!state.indicator) problems.push(`${state.name}: no visible focus indicator`);
    if (!state.visible) problems.push(`${state.name}: focused but not visible in the viewport`);
    const revealed = await revealedOverlays(tab);
    if (revealed.length > 0) {
      await tab.keyboard.press('Escape');
      const still = await revealedOverlays(tab);
      if (still.length > 0) {
        problems.push(
          `focusing ${state.name} reveals ${still.join(', ')}: Escape does not dismiss it`,
        );
      }
    }
  }
  // The radios of a group beyond its Tab stop: reached from it with the arrow keys.
  const arrowed = await tab.evaluate(() =>
    [...document.querySelectorAll('[data-gate-arrow-from]')].map((el) => ({
      key: el.getAttribute('data-gate-key')!,
      from: el.getAttribute('data-gate-arrow-from')!,
    })),
  );
  for (const from of new Set(arrowed.map((radio) => radio.from))) {
    const members = arrowed.filter((radio) => radio.from === from).map((radio) => radio.key);
    await tab.focus(`[data-gate-key="${from}"]`);
    const seen = new Set<string>();
    for (let i = 0; i <= members.length; i++) {
      await tab.keyboard.press('ArrowDown');
      const key = await tab.evaluate(
        () => document.activeElement?.getAttribute('data-gate-key') ?? null,
      );
      if (key) seen.add(key);
    }
    for (const key of members) {
      if (!seen.has(key)) problems.push(`radio ${key}: reached neither by Tab nor by arrow keys`);
    }
  }
  return { expected, reached, problems };
}
