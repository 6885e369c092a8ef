/**
 * The claim pages: the list of claims (`/claims/`), ranked by how many sources carry them, one
 * entry per sentence (see `claimEntries`), and one claim (`/claims/<id>/`) with every wording
 * diffed against the wording of its headline.
 */
import type { Claim, ClaimSpan } from '../align/index.ts';
import { displayText, shorten } from '../text/index.ts';
import { wordDiff, type DiffPart } from './diff.ts';
import { claimEntries, claimEntryOf, type ClaimPart } from './claim-groups.ts';
import { describeEvidence } from './evidence.ts';
import { claimHeadline, headlineSpan, labelSpan } from './labels.ts';
import {
  budgetOf,
  clampPage,
  LINK_BYTES,
  listPageNav,
  paginate,
  pagesById,
  perStory,
  type ListPageNav,
} from './list-pages.ts';
import { articleHref, claimsHref, compareHref } from './links.ts';
import { labelOf, sentencePlace, type Story } from './story.ts';

/** Another claim of the same sentence: the part of it it covers, and how many sources carry it. */
export interface RelatedClaim {
  href: string;
  part: string;
  sources: number;
}

/** One entry of the list: a claim, and the claims of its sentence's other parts. */
export interface ClaimListItem {
  /** The entry's claim's id: the fragment of its entry on the list. */
  id: string;
  href: string;
  headline: string;
  sources: number;
  /**
   * The claim's first `LISTED_PASSAGES` passages: "Source (sentence N)" and its permalink (the
   * claim's page has them all).
   */
  passages: Array<{ label: string; href: string }>;
  /** How many passages the list leaves to the claim's page. */
  morePassages: number;
  /** The claims of the same sentence's other parts (a clause, the whole), in rank order. */
  parts: RelatedClaim[];
}

/**
 * How many passages of a claim the list of claims links: a claim of a large story may be carried
 * by hundreds of sources, and every passage of every claim made that page grow as claims times
 * sources (1.5 MB for one story of 500 articles).
 */
export const LISTED_PASSAGES = 10;

/** One page of the list of claims (`/claims/`, `/claims/2/`, …). */
export interface ClaimListView extends ListPageNav {
  /** The page's entries, one per sentence, ranked. */
  claims: ClaimListItem[];
  /** The rank of the page's first entry, from 1 (the `start` of its numbered list). */
  first: number;
  /** How many entries the list holds on all its pages. */
  entries: number;
  /** How many claims the entries hold in all. */
  total: number;
}

/** One wording of a claim on its page. */
export interface WordingView {
  /** The label of its source. */
  sourceLabel: string;
  /** Its permalink. */
  href: string;
  /** What made it match, in words (shared facts, verbatim run, shared words, synonyms, score). */
  evidence: string;
  /** The editor's review joined it to the claim. */
  review: boolean;
}

export interface ClaimView {
  /** The claim's entry on the story's list of claims, on the page that lists it. */
  listHref: string;
  /** The headline cut to fit the page's `<h1>` (and, after "Claim: ", its title). */
  title: string;
  description: string;
  /** The wording the headline shows (see `headlineSpan`): the one the others are diffed against. */
  reference: WordingView & { text: string };
  /**
   * The part of its sentence the claim covers ("whole sentence", "first part"…) when other claims
   * cover other parts of the same sentence; null when it is the sentence's only claim.
   */
  part: string | null;
  /** The claims of the same sentence's other parts, in rank order. */
  related: RelatedClaim[];
  others: Array<
    WordingView & {
      /** The word diff from the reference wording to this one. */
      parts: DiffPart[];
      /** The side-by-side page of its article and the reference's; null within one article. */
      compare: string | null;
    }
  >;
}

/** A claim page's route parameter and props. */
export interface ClaimPath {
  params: { id: string };
  props: { claim: Claim };
}

/** Every claim of the story, as the claim pages' static paths. */
export function claimPaths(story: Story): ClaimPath[] {
  return story.alignment.claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}

/** The story's list of claims, cut into pages (see `list-pages.ts`), and the page of each claim. */
export const claimPages = perStory((story) => {
  const passage = (span: ClaimSpan) => ({
    label: `${labelOf(story, span.article)} (${sentencePlace(story, span.article, span.sentence)})`,
    href: articleHref(span.article, span.sentence),
  });
  const entries = claimEntries(story).map(({ claim, href, headline, parts }) => ({
    item: {
      id: claim.id,
      href,
      headline,
      sources: claim.sources,
      passages: claim.spans.slice(0, LISTED_PASSAGES).map(passage),
      morePassages: Math.max(0, claim.spans.length - LISTED_PASSAGES),
      parts: parts.map(related),
    } satisfies ClaimListItem,
    claims: [claim.id, ...parts.map((part) => part.claim.id)],
  }));
  const pages = paginate(entries, ({ item }) => claimEntryBytes(item), budgetOf(story));
  return {
    pages: pages.map((page) => page.map(({ item }) => item)),
    /** Claim id (an entry's, or one of its parts') → the page of its entry. */
    pageOf: pagesById(pages, ({ claims }) => claims),
    /** Claim id → the id of the entry that lists it. */
    entryOf: new Map(entries.flatMap(({ item, claims }) => claims.map((id) => [id, item.id]))),
  };
});

/** Estimated HTML bytes of one entry of the list of claims (see `list-pages.ts`). */
export function claimEntryBytes(item: ClaimListItem): number {
  return (
    250 +
    item.headline.length +
    item.passages.reduce((sum, passage) => sum + LINK_BYTES + passage.label.length, 0) +
    (item.morePassages > 0 ? LINK_BYTES : 0) +
    item.parts.length * 2 * LINK_BYTES
  );
}

/**
 * Claim `claim`'s entry on the story's list of claims: the page that lists it, at its entry (a
 * claim of a sentence's part is listed under the sentence's entry).
 */
export function claimListHref(story: Story, claim: string): string {
  const { pageOf, entryOf } = claimPages(story);
  const entry = entryOf.get(claim);
  return entry === undefined
    ? claimsHref(story.base)
    : `${claimsHref(story.base, pageOf.get(claim))}#${entry}`;
}

/** Page `page` (from 1, clamped to the pages there are) of the story's list of claims. */
export function claimListView(story: Story, page = 1): ClaimListView {
  const { pages } = claimPages(story);
  const current = clampPage(page, pages.length);
  const before = pages.slice(0, current - 1).reduce((sum, items) => sum + items.length, 0);
  return {
    ...listPageNav(claimsHref(story.base), pages.length, current),
    claims: pages[current - 1]!,
    first: before + 1,
    entries: pages.reduce((sum, items) => sum + items.length, 0),
    total: story.alignment.claims.length,
  };
}

export function claimView(story: Story, claim: Claim): ClaimView {
  // The headline's wording is the reference every other wording is diffed against, so that the
  // page's title and its first wording agree.
  const reference = headlineSpan(claim, story.byId)?.span ?? labelSpan(claim) ?? claim.spans[0]!;
  const entry = claimEntryOf(story, claim);
  const members = entry ? [entry, ...entry.parts] : [];
  const headline = displayText(claimHeadline(claim, story.byId));
  const wording = (span: ClaimSpan): WordingView => ({
    sourceLabel: labelOf(story, span.article),
    href: articleHref(span.article, span.sentence),
    evidence: describeEvidence(span.evidence),
    review: span.review === true,
  });
  return {
    listHref: claimListHref(story, claim.id),
    title: shorten(headline, 80),
    description: `${claim.sources} sources carry this claim: “${shorten(headline, 120)}”`,
    reference: { ...wording(reference), text: displayText(reference.text) },
    part: members.length > 1 ? members.find((member) => member.claim === claim)!.part : null,
    related: members.filter((member) => member.claim !== claim).map(related),
    others: claim.spans
      .filter((span) => span !== reference)
      .map((span) => ({
        ...wording(span),
        parts: wordDiff(displayText(reference.text), displayText(span.text)),
        compare:
          span.article === reference.article ? null : compareHref(span.article, reference.article),
      })),
  };
}

/** A claim of a sentence's entry, as a link to it. */
function related(part: ClaimPart): RelatedClaim {
  return { href: part.href, part: part.part, sources: part.claim.sources };
}
