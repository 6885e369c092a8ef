/** The site's addresses: the permalink scheme every page, the search index and the export share. */
import { compareIds } from '../model/index.ts';

/**
 * The address of an article's page, or of one sentence on it (`#s-N`): the permalink scheme
 * every page, the search index and the data export share.
 */
export function articleHref(article: string, anchor?: string): string {
  return `/articles/${article}/${anchor ? `#${anchor}` : ''}`;
}

/** The address of the side-by-side page of two articles (the same whichever comes first). */
export function compareHref(a: string, b: string): string {
  return `/compare/${[a, b].sort(compareIds).join('/')}/`;
}

/** The address of a claim's page, where every wording of it is compared. */
export function claimHref(claim: string): string {
  return `/claims/${claim}/`;
}

/**
 * The address of a quotation's group on its story's quotes page.
 *
 * @param base the story's address prefix (`Story.base`): '' for a single-story site's
 *   `/quotes/`, `/stories/<id>` when the site holds several stories
 * @param page the page of the quotes list that holds the group (see `quoteGroupHref`)
 */
export function quoteHref(group: string, base = '', page = 1): string {
  return `${quotesHref(base, page)}#${group}`;
}

/** The address of page `page` of a story's quotes (`/quotes/`, `/stories/<id>/quotes/2/`). */
export function quotesHref(base = '', page = 1): string {
  return listHref(`${base}/quotes/`, page);
}

/** The address of page `page` of a story's list of claims (`/claims/`, `/stories/<id>/claims/2/`). */
export function claimsHref(base = '', page = 1): string {
  return listHref(`${base}/claims/`, page);
}

/**
 * The address of page `page` of a story's differences (`/differences/`,
 * `/stories/<id>/differences/2/`).
 */
export function differencesHref(base = '', page = 1): string {
  return listHref(`${base}/differences/`, page);
}

/** Page `page` of a list whose first page is at `first`: `first` itself, then `first` + `2/`, … */
export function listHref(first: string, page = 1): string {
  return page > 1 ? `${first}${page}/` : first;
}

/**
 * The address of page `page` (from 1) of a large story's list of all sources
 * (`/sources/`, `/stories/<id>/sources/2/`).
 */
export function sourcesHref(base = '', page = 1): string {
  return listHref(`${base}/sources/`, page);
}

/**
 * The address of one story's data export on a site of several stories (the same schema as
 * `/data/claims.json`, that story alone).
 */
export function storyDataHref(story: string): string {
  return `/data/stories/${story}.json`;
}

/** The address of a story's overview page. */
export function storyHref(story: string): string {
  return `/stories/${story}/`;
}

/**
 * How a link of the site's main navigation is marked on the page at `pathname`: `page` on the
 * page it points to, `true` on the later pages of the list it points to (`/claims/2/` for
 * `/claims/`; `/page/2/` for the list of stories at `/`), so the reader sees which section
 * they are in; none elsewhere.
 */
export function navCurrent(pathname: string, href: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  const rest = href === '/' && pathname.startsWith('/page/') ? pathname.slice(6) : null;
  const later = rest ?? (pathname.startsWith(href) ? pathname.slice(href.length) : null);
  return later !== null && /^[1-9]\d*\/$/.test(later) ? 'true' : undefined;
}

/** A link to one page of a paginated list. */
export interface PageLink {
  number: number;
  href: string;
  /** The page being shown: marked `aria-current`, not a way out. */
  current: boolean;
}

/** Links to pages 1 … `pages` of a list, `href` giving each page's address. */
export function pageLinks(
  pages: number,
  current: number,
  href: (page: number) => string,
): PageLink[] {
  return Array.from({ length: pages }, (_, k) => ({
    number: k + 1,
    href: href(k + 1),
    current: k + 1 === current,
  }));
}
