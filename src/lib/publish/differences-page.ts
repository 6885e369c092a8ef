/**
 * The differences page (`/differences/`, a page at a time when the story is large): every
 * disagreement of the story, grouped by the claim or quotation it belongs to, with counts by
 * kind and by source on the first page.
 */
import { clampPage, listPageNav, type ListPageNav } from './list-pages.ts';
import {
  differencePages,
  disputesBySource,
  kindCounts,
  type DifferenceGroup,
  type DifferenceGroupView,
} from './differences-view.ts';
import { articleHref, claimHref, differencesHref } from './links.ts';
import { quoteGroupHref } from './quote-view.ts';
import { labelOf, type Story } from './story.ts';

/** One page of the story's differences (`/differences/`, `/differences/2/`, …). */
export interface DifferencesView extends ListPageNav {
  description: string;
  /** Number of disagreements, on all pages. */
  count: number;
  /** How many of each kind, kinds with none left out. */
  kinds: Array<{ label: string; count: number }>;
  /**
   * Per source, the disagreements it takes part in, in the story's order of sources: on the
   * first page only (empty on the others).
   */
  sources: Array<{ label: string; href: string; count: number }>;
  /** The page's groups. */
  groups: DifferenceGroupView[];
}

/** Where a group's claim or quotation is shown in full; null for passages in no claim. */
function groupLink(story: Story, group: DifferenceGroup): DifferenceGroupView['link'] {
  const key = group.key;
  if (key === null) return null;
  if (story.claimsById.has(key))
    return { href: claimHref(key), label: 'every wording of this claim' };
  if (story.quoteGroups.some((quotes) => quotes.id === key))
    return { href: quoteGroupHref(story, key), label: 'every wording of this quotation' };
  return null;
}

/** Page `page` (from 1, clamped to the pages there are) of the story's differences. */
export function differencesView(story: Story, page = 1): DifferencesView {
  const { pages } = differencePages(story);
  const current = clampPage(page, pages.length);
  const counts = disputesBySource(story);
  const count = story.disagreements.length;
  return {
    ...listPageNav(differencesHref(story.base), pages.length, current),
    description:
      count === 0
        ? `The ${story.articles.length} sources state no conflicting facts that Parallax can detect.`
        : `${count} places where the ${story.articles.length} sources state different facts: numbers, dates, opposite statements, speakers and quoted words, side by side.`,
    count,
    kinds: kindCounts(story),
    sources:
      current > 1
        ? []
        : story.articles.map((article) => ({
            label: labelOf(story, article.id),
            href: articleHref(article.id),
            count: counts.get(article.id) ?? 0,
          })),
    groups: pages[current - 1]!.map(({ key, ...group }) => ({
      ...group,
      link: groupLink(story, { key, ...group }),
    })),
  };
}
