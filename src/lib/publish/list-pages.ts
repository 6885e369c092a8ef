/**
 * The pages of a story's long lists: its claims, quotes and differences. A large story's list is
 * cut into pages (`/claims/`, `/claims/2/`, …; with several stories `/stories/<id>/claims/2/`)
 * so that no page comes near 1 MB: a story of 499 articles listed 1,459 claims (1.3 MB), 651
 * quote groups (1.8 MB) and 154 groups of differences (0.9 MB) on one page each. A small story
 * keeps one page at the list's address.
 *
 * A page holds at most `LIST_PAGE_ITEMS` items, and closes early when the next item would take
 * its estimated HTML past `LIST_PAGE_BYTES` (an item is never cut: one item over the bound gets a
 * page of its own). Each list estimates its items (`claimEntryBytes`, `quoteGroupBytes`,
 * `differenceGroupBytes`) from the text they show and the markup around each element (tags,
 * classes and the scoped-style attribute Astro adds to each), calibrated on that story's pages. Every link into a
 * list (an article's quote speakers and differences, the differences' quotations, a quotation's
 * differences, a claim's "All claims") asks here which page holds its item.
 */
import type { DiffPart } from './diff.ts';
import { listHref, pageLinks, type PageLink } from './links.ts';
import type { Story } from './story.ts';

/** The most items (claim entries, quote groups, groups of differences) one page of a list holds. */
export const LIST_PAGE_ITEMS = 100;

/**
 * The most estimated bytes of HTML the items of one page take (the page's header, navigation and
 * introduction come on top: under 60 KB for 499 sources).
 */
export const LIST_PAGE_BYTES = 300_000;

/** How much one page of a list holds. */
export interface PageBudget {
  items: number;
  bytes: number;
}

/** The budget of a story's list pages: `story.listPageItems` items at most, when it sets one. */
export function budgetOf(story: Story): PageBudget {
  return { items: story.listPageItems ?? LIST_PAGE_ITEMS, bytes: LIST_PAGE_BYTES };
}

/**
 * Cuts `items`, in order, into pages: a page closes before the item that would take it past
 * `budget.items` items or `budget.bytes` of `weight`. Never an empty page; an item heavier than
 * the whole bound stands alone on its page. No items make one empty page (the list's page says
 * there is nothing to list).
 */
export function paginate<T>(
  items: readonly T[],
  weight: (item: T) => number,
  budget: PageBudget,
): T[][] {
  const pages: T[][] = [[]];
  let bytes = 0;
  for (const item of items) {
    const page = pages.at(-1)!;
    const cost = weight(item);
    if (page.length > 0 && (page.length >= budget.items || bytes + cost > budget.bytes)) {
      pages.push([item]);
      bytes = cost;
    } else {
      page.push(item);
      bytes += cost;
    }
  }
  return pages;
}

/** The route parameter (`undefined` for the first page) and props of one page of a list. */
export interface ListPath {
  params: { page: string | undefined };
  props: { page: number };
}

/** The static paths of a list of `pages` pages: `…/`, `…/2/`, … */
export function listPaths(pages: number): ListPath[] {
  return Array.from({ length: Math.max(1, pages) }, (_, k) => ({
    params: { page: k === 0 ? undefined : String(k + 1) },
    props: { page: k + 1 },
  }));
}

/** Where a page stands among the pages of its list, and the links between them. */
export interface ListPageNav {
  /** The page's number, from 1, and how many there are. */
  page: number;
  pages: number;
  /** Links to every page; empty when the list has one page. */
  pageLinks: PageLink[];
  prev: string | null;
  next: string | null;
}

/**
 * The page `page` of a list of `pages` pages whose first page is at `href`, clamped to the
 * pages there are.
 */
export function listPageNav(href: string, pages: number, page: number): ListPageNav {
  const current = clampPage(page, pages);
  return {
    page: current,
    pages,
    pageLinks: pages > 1 ? pageLinks(pages, current, (n) => listHref(href, n)) : [],
    prev: current > 1 ? listHref(href, current - 1) : null,
    next: current < pages ? listHref(href, current + 1) : null,
  };
}

/** `page` as a page of a list of `pages` (from 1; a page past the last is the last). */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(1, Math.floor(page)), Math.max(1, pages));
}

/**
 * Which page of a list holds each of its items' fragments (or claims), by id: built from the
 * pages `paginate` made, so placement and pages cannot disagree.
 */
export function pagesById<T>(pages: readonly T[][], ids: (item: T) => readonly string[]) {
  const pageOf = new Map<string, number>();
  pages.forEach((items, k) => {
    for (const item of items)
      for (const id of ids(item)) if (!pageOf.has(id)) pageOf.set(id, k + 1);
  });
  return pageOf;
}

/**
 * Computes `compute(story)` once per story: a list's pages are asked for by each of its pages
 * and by every page that links into it (each article page, for its quotes and differences).
 */
export function perStory<T>(compute: (story: Story) => T): (story: Story) => T {
  const cache = new WeakMap<Story, T>();
  return (story) => {
    let value = cache.get(story);
    if (value === undefined) {
      value = compute(story);
      cache.set(story, value);
    }
    return value;
  };
}

/** Estimated bytes of markup around one link, or one element with a few children. */
export const LINK_BYTES = 120;

/** Estimated HTML bytes of a word diff: its text, and the marked-up runs added or removed. */
export function diffBytes(parts: readonly DiffPart[]): number {
  return parts.reduce(
    (sum, part) => sum + part.value.length + (part.added || part.removed ? 230 : 0),
    0,
  );
}
