/**
 * The overview page (`/`): the sources table, the claims most sources carry, the claims × sources
 * coverage matrix and the pairwise overlap between sources, ready to render.
 */
import type { Claim } from '../align/index.ts';
import type { Article } from '../model/index.ts';
import { displayText, shorten } from '../text/index.ts';
import { claimEntries } from './claim-groups.ts';
import { coverageOf, percent } from './coverage.ts';
import { claimHeadline } from './labels.ts';
import { sharedClaims } from './compare-pairs.ts';
import {
  articleHref,
  claimHref,
  claimsHref,
  compareHref,
  differencesHref,
  pageLinks,
  sourcesHref,
  storyHref,
  type PageLink,
} from './links.ts';
import { disputesBySource } from './differences-view.ts';
import { storyTitle } from './stories-view.ts';
import { labelOf, type Story } from './story.ts';

/**
 * How many claims the overview lists before linking to all of them: entries, one per sentence
 * (see `claimEntries`).
 */
export const TOP_CLAIMS = 12;

/**
 * How many sources the overview's tables show: beyond it, the sources table keeps the sources
 * that carry the most claims and links to all of them (`sourcesPageView`), and the matrices take
 * the same sources as columns. Without a bound the overlap matrix grows as the square of the
 * articles (a 500-article story's overview ran to hundreds of megabytes).
 */
export const OVERVIEW_SOURCES = 30;

/** How many claims the coverage matrix shows as rows (the claims most sources carry). */
export const COVERAGE_ROWS = 50;

/** Sources per page of a large story's list of all sources. */
export const SOURCES_PER_PAGE = 100;

/** One row of the sources table. */
export interface SourceRow {
  label: string;
  title: string;
  href: string;
  words: number;
  /** Share of body sentences other sources also carry, as a percentage ("40%"). */
  shared: string;
  sharedSentences: number;
  bodySentences: number;
  /** Body sentences no other source carries. */
  unique: number;
  /** Disagreements with other sources this source takes part in (see `/differences/`). */
  disputes: number;
}

/**
 * A claim the overview ranks high, shown once per sentence: the claims of the sentence's other
 * parts (see `claimEntries`) are listed under it.
 */
export interface TopClaim {
  href: string;
  headline: string;
  sources: number;
  /** The labels of the sources that carry it, in span order, comma-separated. */
  carriers: string;
  /** The claims of the same sentence's other parts, by the part they cover. */
  parts: Array<{ href: string; part: string; sources: number }>;
}

/** A row of the coverage matrix: one claim, a cell per source (its passage, or null). */
export interface CoverageRow {
  href: string;
  /** The claim's whole headline. */
  headline: string;
  /** Its rank, from 1. */
  number: number;
  /** The headline cut to fit the row header. */
  short: string;
  cells: Array<{ label: string; href: string | null }>;
}

/** A row of the overlap matrix: one source, a cell per source. */
export interface OverlapRow {
  label: string;
  /** `href` is null when the two share no claim: such a pair has no compare page. */
  cells: Array<{ same: true } | { same: false; label: string; count: number; href: string | null }>;
}

export interface OverviewView {
  /** The page's title and description. */
  title: string;
  description: string;
  heading: string;
  summary: string | null;
  /** All sentences of all articles. */
  sentences: number;
  claims: number;
  sources: SourceRow[];
  /**
   * All of the story's sources and the first page listing them, when `sources` shows only the
   * `OVERVIEW_SOURCES` that carry the most claims; null when it shows them all.
   */
  allSources: { count: number; href: string } | null;
  /** Where the sources state different facts: how many places, and the page listing them. */
  differences: { count: number; href: string };
  /** The page listing all of the story's claims. */
  claimsHref: string;
  topClaims: TopClaim[];
  /** The source labels: the matrices' columns (the sources of `sources`). */
  columns: string[];
  /** The first `COVERAGE_ROWS` claims, ranked by sources; `claims` says how many there are. */
  coverage: CoverageRow[];
  overlap: OverlapRow[];
}

export function overviewView(story: Story): OverviewView {
  const disputes = disputesBySource(story);
  const { articles, alignment, meta } = story;
  const label = (id: string) => labelOf(story, id);
  const headline = (claim: Claim) => displayText(claimHeadline(claim, story.byId));
  // The story's order, as on any overview; only a large story leaves sources out.
  const kept = new Set(rankedSources(story).slice(0, OVERVIEW_SOURCES));
  const shown = articles.filter((article) => kept.has(article));
  return {
    title: meta.title ?? (story.id === undefined ? 'Parallax' : storyTitle(story, story.id)),
    description:
      meta.summary ??
      `How ${articles.length} sources cover one story: ${alignment.claims.length} shared claims, compared sentence by sentence.`,
    // On a site of several stories, an untitled story is named by its first headline, as in the
    // list of stories, so the reader finds the story they clicked.
    heading:
      meta.title ??
      (story.id === undefined
        ? `One story, ${articles.length} sources`
        : storyTitle(story, story.id)),
    summary: meta.summary,
    sentences: articles.reduce((sum, article) => sum + article.sentences.length, 0),
    claims: alignment.claims.length,
    differences: { count: story.disagreements.length, href: differencesHref(story.base) },
    claimsHref: claimsHref(story.base),
    sources: shown.map((article) => sourceRow(story, article, disputes)),
    allSources:
      shown.length < articles.length
        ? { count: articles.length, href: sourcesHref(story.base) }
        : null,
    topClaims: claimEntries(story)
      .slice(0, TOP_CLAIMS)
      .map(({ claim, href, headline, parts }) => ({
        href,
        headline,
        sources: claim.sources,
        carriers: [...new Set(claim.spans.map((s) => s.article))].map(label).join(', '),
        parts: parts.map((part) => ({
          href: part.href,
          part: part.part,
          sources: part.claim.sources,
        })),
      })),
    columns: shown.map((article) => label(article.id)),
    coverage: alignment.claims.slice(0, COVERAGE_ROWS).map((claim, index) => {
      const text = headline(claim);
      return {
        href: claimHref(claim.id),
        headline: text,
        number: index + 1,
        short: shorten(text, 60),
        cells: shown.map((article) => {
          const span = claim.spans.find((s) => s.article === article.id);
          return {
            label: label(article.id),
            href: span ? articleHref(article.id, span.sentence) : null,
          };
        }),
      };
    }),
    overlap: shown.map((a) => ({
      label: label(a.id),
      cells: shown.map((b) => {
        if (a === b) return { same: true as const };
        const count = sharedClaims(story, a.id, b.id);
        return {
          same: false as const,
          label: label(b.id),
          count,
          href: count > 0 ? compareHref(a.id, b.id) : null,
        };
      }),
    })),
  };
}

/**
 * The story's articles, those that carry the most claims first (the story's order among equals):
 * the sources a bounded overview shows, and the order of the list of all sources.
 */
export function rankedSources(story: Story): Article[] {
  const carried = new Map(story.articles.map((article) => [article.id, 0]));
  for (const claim of story.alignment.claims) {
    for (const id of new Set(claim.spans.map((span) => span.article))) {
      carried.set(id, (carried.get(id) ?? 0) + 1);
    }
  }
  return story.articles
    .map((article, index) => ({ article, index, claims: carried.get(article.id) ?? 0 }))
    .sort((x, y) => y.claims - x.claims || x.index - y.index)
    .map(({ article }) => article);
}

/** The sources table's row of `article`. */
function sourceRow(story: Story, article: Article, disputes: Map<string, number>): SourceRow {
  const coverage = coverageOf(story, article);
  return {
    label: labelOf(story, article.id),
    title: article.meta.title,
    href: articleHref(article.id),
    words: article.wordCount,
    shared: percent(coverage.sharedShare),
    sharedSentences: coverage.sharedSentences,
    bodySentences: coverage.bodySentences,
    unique: coverage.uniqueSentences,
    disputes: disputes.get(article.id) ?? 0,
  };
}

/** A page of a large story's list of all its sources (`/stories/<id>/sources/`, `…/2/`). */
export interface SourcesPageView {
  title: string;
  description: string;
  heading: string;
  /** The story's overview. */
  storyHref: string;
  /** The page's number, from 1, and how many there are. */
  page: number;
  pages: number;
  /** The rank of the page's first row, from 1. */
  first: number;
  sources: SourceRow[];
  /** The story's differences page, which the sources' counts link to. */
  differencesHref: string;
  pageLinks: PageLink[];
}

/** A sources page's route parameter (`undefined` for the first page) and props. */
export interface SourcesPath {
  params: { page: string | undefined };
  props: { page: number };
}

/**
 * The pages of the story's list of all sources: built only when the overview shows fewer than
 * all of them (more than `OVERVIEW_SOURCES` articles), `SOURCES_PER_PAGE` a page.
 */
export function sourcesPaths(story: Story): SourcesPath[] {
  if (story.articles.length <= OVERVIEW_SOURCES) return [];
  const pages = Math.ceil(story.articles.length / SOURCES_PER_PAGE);
  return Array.from({ length: pages }, (_, k) => ({
    params: { page: k === 0 ? undefined : String(k + 1) },
    props: { page: k + 1 },
  }));
}

/** Page `page` (from 1) of the story's list of all sources, those carrying most claims first. */
export function sourcesPageView(story: Story, page: number): SourcesPageView {
  const ranked = rankedSources(story);
  const pages = Math.max(1, Math.ceil(ranked.length / SOURCES_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const disputes = disputesBySource(story);
  const name =
    story.meta.title ?? (story.id === undefined ? 'the story' : storyTitle(story, story.id));
  return {
    title: `All ${ranked.length} sources: ${name}${current > 1 ? `, page ${current} of ${pages}` : ''}`,
    description: `The ${ranked.length} articles of ${name}, those that carry the most shared claims first.`,
    heading: `All ${ranked.length} sources`,
    storyHref: story.id === undefined ? '/' : storyHref(story.id),
    page: current,
    pages,
    first: (current - 1) * SOURCES_PER_PAGE + 1,
    sources: ranked
      .slice((current - 1) * SOURCES_PER_PAGE, current * SOURCES_PER_PAGE)
      .map((article) => sourceRow(story, article, disputes)),
    differencesHref: differencesHref(story.base),
    pageLinks: pageLinks(pages, current, (page) => sourcesHref(story.base, page)),
  };
}
