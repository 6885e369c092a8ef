/**
 * The overview page (`/`): the sources table, the claims most sources carry, the claims × sources
 * coverage matrix and the pairwise overlap between sources, ready to render.
 */
import type { Claim } from '../align/index.ts';
import { displayText, shorten } from '../text/index.ts';
import { claimEntries } from './claim-groups.ts';
import { coverageOf, percent } from './coverage.ts';
import { claimHeadline } from './labels.ts';
import { articleHref, claimHref, claimsHref, compareHref, differencesHref } from './links.ts';
import { disputesBySource } from './differences-view.ts';
import { storyTitle } from './stories-view.ts';
import { labelOf, type Story } from './story.ts';

/**
 * How many claims the overview lists before linking to all of them: entries, one per sentence
 * (see `claimEntries`).
 */
export const TOP_CLAIMS = 12;

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
  cells: Array<{ same: true } | { same: false; label: string; count: number; href: string }>;
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
  /** Where the sources state different facts: how many places, and the page listing them. */
  differences: { count: number; href: string };
  /** The page listing all of the story's claims. */
  claimsHref: string;
  topClaims: TopClaim[];
  /** The source labels: the matrices' columns. */
  columns: string[];
  coverage: CoverageRow[];
  overlap: OverlapRow[];
}

export function overviewView(story: Story): OverviewView {
  const disputes = disputesBySource(story);
  const { articles, alignment, meta } = story;
  const label = (id: string) => labelOf(story, id);
  const headline = (claim: Claim) => displayText(claimHeadline(claim, story.byId));
  // The claims each source carries, for the pairwise overlap.
  const claimSets = new Map(articles.map((article) => [article.id, new Set<string>()]));
  for (const claim of alignment.claims) {
    for (const span of claim.spans) claimSets.get(span.article)?.add(claim.id);
  }
  const overlap = (a: string, b: string) =>
    [...claimSets.get(a)!].filter((id) => claimSets.get(b)!.has(id)).length;
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
    sources: articles.map((article) => {
      const coverage = coverageOf(story, article);
      return {
        label: label(article.id),
        title: article.meta.title,
        href: articleHref(article.id),
        words: article.wordCount,
        shared: percent(coverage.sharedShare),
        sharedSentences: coverage.sharedSentences,
        bodySentences: coverage.bodySentences,
        unique: coverage.uniqueSentences,
        disputes: disputes.get(article.id) ?? 0,
      };
    }),
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
    columns: articles.map((article) => label(article.id)),
    coverage: alignment.claims.map((claim, index) => {
      const text = headline(claim);
      return {
        href: claimHref(claim.id),
        headline: text,
        number: index + 1,
        short: shorten(text, 60),
        cells: articles.map((article) => {
          const span = claim.spans.find((s) => s.article === article.id);
          return {
            label: label(article.id),
            href: span ? articleHref(article.id, span.sentence) : null,
          };
        }),
      };
    }),
    overlap: articles.map((a) => ({
      label: label(a.id),
      cells: articles.map((b) =>
        a === b
          ? { same: true as const }
          : {
              same: false as const,
              label: label(b.id),
              count: overlap(a.id, b.id),
              href: compareHref(a.id, b.id),
            },
      ),
    })),
  };
}
