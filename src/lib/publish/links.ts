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

/** The address of a quotation's group on the quotes page. */
export function quoteHref(group: string): string {
  return `/quotes/#${group}`;
}
