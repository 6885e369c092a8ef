/**
 * The list of stories (`/`, then `/page/<n>/`, on a site of several stories): each story's
 * title, outlets, dates, size, how much of it the outlets share and how often they disagree,
 * newest first, a page at a time so that the page does not grow with the archive.
 */
import { bodySentences, percent } from './coverage.ts';
import {
  claimsHref,
  differencesHref,
  pageLinks,
  quotesHref,
  storyHref,
  type PageLink,
} from './links.ts';
import { claimsOf, type Story } from './story.ts';

/** How many stories one page of the list shows. */
export const STORIES_PER_PAGE = 50;

/** A story as the list needs it: its id and the story the pages show. */
export interface StoryEntry {
  id: string;
  story: Story;
}

/** One row of the list. */
export interface StoryRow {
  id: string;
  href: string;
  title: string;
  /** Whether the title is the story's own (story.yaml) or its first article's headline. */
  titled: boolean;
  /** The named outlets, each once, in article order (sources without an outlet are left out). */
  outlets: string[];
  /**
   * Who reported it, for the row: "Valley Herald and 2 unnamed sources", so that the named
   * outlets do not read as all of them; empty when no article names its outlet.
   */
  sources: string;
  articles: number;
  /** Earliest and latest publication dates (YYYY-MM-DD) given; null when no article has one. */
  dates: { first: string; last: string } | null;
  claims: number;
  /** Share of body sentences another source of the story also carries ("40%"). */
  shared: string;
  /** Share of body sentences only their own source carries. */
  unique: string;
  disagreements: number;
}

/** One page of the list. */
export interface StoriesView {
  title: string;
  description: string;
  /** Page number, from 1. */
  page: number;
  pages: number;
  /** The number of the page's first story in the whole list, from 1. */
  first: number;
  /** Stories and articles on the whole site. */
  stories: number;
  articles: number;
  rows: StoryRow[];
  /** Every page of the list, for the pagination links (empty when there is one page). */
  pageLinks: PageLink[];
  prev: string | null;
  next: string | null;
}

/** The address of page `page` of the list: `/` for the first, `/page/<n>/` after it. */
export function storiesPageHref(page: number): string {
  return page <= 1 ? '/' : `/page/${page}/`;
}

/** How many pages the list of `count` stories takes. */
export function storiesPageCount(count: number, perPage = STORIES_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** A story's title: its own (story.yaml), else the headline of its first article, else its id. */
export function storyTitle(story: Story, id: string): string {
  return story.meta.title ?? story.articles[0]?.meta.title ?? id;
}

/** The row of one story. */
export function storyRow(entry: StoryEntry): StoryRow {
  const { story } = entry;
  const dates = story.articles
    .map((article) => article.meta.published?.slice(0, 10))
    .filter((date): date is string => !!date)
    .sort();
  let body = 0;
  let shared = 0;
  for (const article of story.articles) {
    for (const sentence of bodySentences(article)) {
      body++;
      if (claimsOf(story, article.id, sentence.id).length > 0) shared++;
    }
  }
  return {
    id: entry.id,
    href: storyHref(entry.id),
    title: storyTitle(story, entry.id),
    titled: story.meta.title !== null,
    outlets: [
      ...new Set(
        story.articles
          .map((article) => article.meta.outlet)
          .filter((outlet): outlet is string => !!outlet),
      ),
    ],
    sources: sourcesLine(story),
    articles: story.articles.length,
    dates: dates.length > 0 ? { first: dates[0]!, last: dates.at(-1)! } : null,
    claims: story.alignment.claims.length,
    shared: percent(body === 0 ? 0 : shared / body),
    unique: percent(body === 0 ? 0 : (body - shared) / body),
    disagreements: story.disagreements.length,
  };
}

// The rows of a site's stories in list order, computed once per list of entries: every page of
// the list of stories and of the site-wide lists shows a slice of them, and a row reads its
// whole story.
const rowsOf = new WeakMap<readonly StoryEntry[], StoryRow[]>();

/** Every story's row, in the order of the list of stories (shared: not to be changed). */
function sortedRows(entries: readonly StoryEntry[]): StoryRow[] {
  let rows = rowsOf.get(entries);
  if (!rows) {
    rows = entries.map(storyRow).sort(compareRows);
    rowsOf.set(entries, rows);
  }
  return rows;
}

/**
 * Orders rows newest first (by the latest date an article gives), stories without dates after
 * dated ones; then largest first, then by id, so the order is stable.
 */
export function compareRows(a: StoryRow, b: StoryRow): number {
  const [x, y] = [a.dates?.last ?? '', b.dates?.last ?? ''];
  if (x !== y) return x < y ? 1 : -1;
  return b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * One page of the list of stories.
 *
 * @param entries every story of the site
 * @param page the page, from 1 (clamped to the pages there are)
 */
export function storiesView(
  entries: readonly StoryEntry[],
  page = 1,
  perPage = STORIES_PER_PAGE,
): StoriesView {
  const rows = sortedRows(entries);
  const pages = storiesPageCount(rows.length, perPage);
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const articles = entries.reduce((sum, entry) => sum + entry.story.articles.length, 0);
  return {
    title: current === 1 ? 'Parallax: stories' : `Parallax: stories, page ${current} of ${pages}`,
    description: `${rows.length} stories from ${articles} articles, each compared sentence by sentence across its sources.`,
    page: current,
    pages,
    first: (current - 1) * perPage + 1,
    stories: rows.length,
    articles,
    rows: rows.slice((current - 1) * perPage, current * perPage),
    pageLinks: pages === 1 ? [] : pageLinks(pages, current, storiesPageHref),
    prev: current > 1 ? storiesPageHref(current - 1) : null,
    next: current < pages ? storiesPageHref(current + 1) : null,
  };
}

/** What a site-wide list page (`/claims/`, `/quotes/`, `/differences/`) lists per story. */
export type StoryListKind = 'claims' | 'quotes' | 'differences';

/** A site-wide list page on a site of several stories: one link per story to its own list. */
export interface StoryLinksView {
  title: string;
  description: string;
  heading: string;
  /** This page's stories, `STORIES_PER_PAGE` a page in the order of the list of stories. */
  rows: Array<{ href: string; title: string; count: number; counted: string }>;
  page: number;
  pages: number;
  /** The number of this page's first story in the whole list, from 1. */
  first: number;
  /** Links to every page; empty when there is one. */
  pageLinks: PageLink[];
  prev: string | null;
  next: string | null;
}

/** The address of page `page` of the site-wide `kind` list: `/claims/`, `/claims/2/`, … */
export function storyLinksHref(kind: StoryListKind, page: number): string {
  return page === 1 ? `/${kind}/` : `/${kind}/${page}/`;
}

const LIST_WORDING: ReadonlyMap<StoryListKind, { title: string; heading: string; noun: string }> =
  new Map([
    ['claims', { title: 'Claims', heading: 'Claims, story by story', noun: 'claims' }],
    ['quotes', { title: 'Quotes', heading: 'Quotes, story by story', noun: 'quotations' }],
    [
      'differences',
      { title: 'Differences', heading: 'Differences, story by story', noun: 'differences' },
    ],
  ]);

/**
 * The site-wide claims, quotes or differences page of a site of several stories: each story's
 * own page holds its list (claims never join stories), so this page links to them, in the
 * order of the stories list.
 */
export function storyLinksView(
  entries: readonly StoryEntry[],
  kind: StoryListKind,
  page = 1,
  perPage = STORIES_PER_PAGE,
): StoryLinksView {
  const wording = LIST_WORDING.get(kind)!;
  const byId = new Map(entries.map((entry) => [entry.id, entry.story]));
  const pages = storiesPageCount(entries.length, perPage);
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const rows = sortedRows(entries)
    .slice((current - 1) * perPage, current * perPage)
    .map((row) => {
      const story = byId.get(row.id)!;
      const count =
        kind === 'claims'
          ? story.alignment.claims.length
          : kind === 'quotes'
            ? story.quoteGroups.filter((group) => group.variants.some((q) => q.kind === 'speech'))
                .length
            : story.disagreements.length;
      const href =
        kind === 'claims'
          ? claimsHref(story.base)
          : kind === 'quotes'
            ? quotesHref(story.base)
            : differencesHref(story.base);
      return { href, title: row.title, count, counted: `${count} ${wording.noun}` };
    });
  const hrefOf = (n: number) => storyLinksHref(kind, n);
  return {
    title: current === 1 ? wording.title : `${wording.title}, page ${current} of ${pages}`,
    description: `The ${wording.noun} of ${entries.length} stories, each story on its own page.`,
    heading: wording.heading,
    rows,
    page: current,
    pages,
    first: (current - 1) * perPage + 1,
    pageLinks: pages === 1 ? [] : pageLinks(pages, current, hrefOf),
    prev: current > 1 ? hrefOf(current - 1) : null,
    next: current < pages ? hrefOf(current + 1) : null,
  };
}

function sourcesLine(story: Story): string {
  const named = [...new Set(story.articles.map((a) => a.meta.outlet).filter((o) => !!o))];
  if (named.length === 0) return '';
  const unnamed = story.articles.filter((article) => !article.meta.outlet).length;
  const rest =
    unnamed === 0 ? '' : ` and ${unnamed} unnamed ${unnamed === 1 ? 'source' : 'sources'}`;
  return `${named.join(', ')}${rest}`;
}
