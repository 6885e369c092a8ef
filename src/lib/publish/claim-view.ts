/**
 * The claim pages: the list of claims (`/claims/`), ranked by how many sources carry them, and
 * one claim (`/claims/<id>/`) with every wording diffed against its most representative one.
 */
import type { Claim, ClaimSpan } from '../align/index.ts';
import { displayText, shorten } from '../text/index.ts';
import { wordDiff, type DiffPart } from './diff.ts';
import { describeEvidence } from './evidence.ts';
import { claimHeadline, labelSpan } from './labels.ts';
import { articleHref, claimHref, compareHref } from './links.ts';
import { labelOf, type Story } from './story.ts';

export interface ClaimListItem {
  href: string;
  headline: string;
  sources: number;
  /** Every passage of the claim: "Source (sentence N)" and its permalink. */
  passages: Array<{ label: string; href: string }>;
}

export interface ClaimListView {
  claims: ClaimListItem[];
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
  /** The headline cut to fit the page's `<h1>` (and, after "Claim: ", its title). */
  title: string;
  description: string;
  /** The most representative wording: the one the others are diffed against. */
  reference: WordingView & { text: string };
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

export function claimListView(story: Story): ClaimListView {
  const passage = (span: ClaimSpan) => ({
    label: `${labelOf(story, span.article)} (sentence ${Number(span.sentence.slice(2)) + 1})`,
    href: articleHref(span.article, span.sentence),
  });
  return {
    claims: story.alignment.claims.map((claim) => ({
      href: claimHref(claim.id),
      headline: displayText(claimHeadline(claim, story.byId)),
      sources: claim.sources,
      passages: claim.spans.map(passage),
    })),
  };
}

export function claimView(story: Story, claim: Claim): ClaimView {
  // The representative wording is the reference every other wording is diffed against.
  const reference = labelSpan(claim) ?? claim.spans[0]!;
  const headline = displayText(claimHeadline(claim, story.byId));
  const wording = (span: ClaimSpan): WordingView => ({
    sourceLabel: labelOf(story, span.article),
    href: articleHref(span.article, span.sentence),
    evidence: describeEvidence(span.evidence),
    review: span.review === true,
  });
  return {
    title: shorten(headline, 80),
    description: `${claim.sources} sources carry this claim: “${shorten(headline, 120)}”`,
    reference: { ...wording(reference), text: displayText(reference.text) },
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
