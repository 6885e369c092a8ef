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
 */
export function quoteHref(group: string, base = ''): string {
  return `${quotesHref(base)}#${group}`;
}

/** The address of a story's quotes page (`/quotes/`, or `/stories/<id>/quotes/`). */
export function quotesHref(base = ''): string {
  return `${base}/quotes/`;
}

/** The address of a story's list of claims (`/claims/`, or `/stories/<id>/claims/`). */
export function claimsHref(base = ''): string {
  return `${base}/claims/`;
}

/** The address of a story's differences page (`/differences/`, or `/stories/<id>/differences/`). */
export function differencesHref(base = ''): string {
  return `${base}/differences/`;
}

/**
 * The address of page `page` (from 1) of a large story's list of all sources
 * (`/sources/`, `/stories/<id>/sources/2/`).
 */
export function sourcesHref(base = '', page = 1): string {
  return `${base}/sources/${page > 1 ? `${page}/` : ''}`;
}

/** The address of a story's overview page. */
export function storyHref(story: string): string {
  return `/stories/${story}/`;
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
