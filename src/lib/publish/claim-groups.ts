/**
 * Claims as lists show them: one entry per sentence. The alignment may make a claim of a whole
 * sentence and others of its clauses (each with its own set of sources), so a ranked list of
 * claims would show one sentence two or three times. Here the claims whose headlines come from
 * the same sentence become one entry: the highest ranked claim, with the others listed under it
 * as parts of that sentence. Claims, their ids and pages stay as they are.
 */
import type { Claim } from '../align/index.ts';
import { displayText } from '../text/index.ts';
import { claimHeadline, headlineSpan, type PlacedSpan } from './labels.ts';
import { claimHref } from './links.ts';
import type { Story } from './story.ts';

/** One claim of an entry, named by the part of the entry's sentence it covers. */
export interface ClaimPart {
  claim: Claim;
  href: string;
  /** "whole sentence", "first part", "second part"…: where its headline stands in the sentence. */
  part: string;
}

/** The claims whose headlines come from one sentence. */
export interface ClaimEntry extends ClaimPart {
  /** The headline of the entry's claim (the highest ranked of them), as display text. */
  headline: string;
  /** The entry's other claims, in rank order; empty when one claim shows the sentence. */
  parts: ClaimPart[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

// A story's entries and the entry of each claim, computed once per story: every claim page
// looks its entry up, and computing all entries for each would be quadratic in the claims.
const entriesOf = new WeakMap<Story, { entries: ClaimEntry[]; byClaim: Map<Claim, ClaimEntry> }>();

/**
 * The story's claims as one entry per headline sentence, in rank order (an entry stands where its
 * highest ranked claim does). Computed once per story; the list returned is shared, not to be
 * changed.
 */
export function claimEntries(story: Story): ClaimEntry[] {
  return indexedEntries(story).entries;
}

/** The entry that shows claim `claim`, with the claim's own name among its parts. */
export function claimEntryOf(story: Story, claim: Claim): ClaimEntry | undefined {
  return indexedEntries(story).byClaim.get(claim);
}

function indexedEntries(story: Story): { entries: ClaimEntry[]; byClaim: Map<Claim, ClaimEntry> } {
  let indexed = entriesOf.get(story);
  if (!indexed) {
    const entries = computeEntries(story);
    const byClaim = new Map<Claim, ClaimEntry>();
    for (const entry of entries) {
      for (const { claim } of [entry, ...entry.parts]) {
        if (!byClaim.has(claim)) byClaim.set(claim, entry);
      }
    }
    indexed = { entries, byClaim };
    entriesOf.set(story, indexed);
  }
  return indexed;
}

function computeEntries(story: Story): ClaimEntry[] {
  const groups = new Map<string, Array<{ claim: Claim; placed: PlacedSpan | undefined }>>();
  for (const claim of story.alignment.claims) {
    const placed = headlineSpan(claim, story.byId);
    // A claim whose headline span is not found stands alone.
    const key = placed ? `${placed.span.article}#${placed.span.sentence}` : `#${claim.id}`;
    const group = groups.get(key);
    if (group) group.push({ claim, placed });
    else groups.set(key, [{ claim, placed }]);
  }
  return [...groups.values()].map((members) => {
    const named = nameParts(members);
    const [first, ...rest] = named;
    return {
      ...first!,
      headline: displayText(claimHeadline(first!.claim, story.byId)),
      parts: rest,
    };
  });
}

/**
 * Names each claim by what its headline span covers of their common sentence: the whole of it,
 * or the first, second… of the clauses that stand in it, counted by where they start.
 */
function nameParts(members: Array<{ claim: Claim; placed: PlacedSpan | undefined }>): ClaimPart[] {
  const whole = ({ span, sentence }: PlacedSpan) =>
    !/[\p{L}\p{N}]/u.test(sentence.text.slice(0, span.start - sentence.start)) &&
    !/[\p{L}\p{N}]/u.test(sentence.text.slice(span.end - sentence.start));
  // Clauses in reading order: by start, then end (two claims on one clause share its name).
  const clauses = members
    .map(({ placed }) => placed)
    .filter((placed): placed is PlacedSpan => placed !== undefined && !whole(placed))
    .map(({ span }) => [span.start, span.end] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([start, end]) => `${start}-${end}`);
  const order = [...new Set(clauses)];
  return members.map(({ claim, placed }) => {
    let part = 'whole sentence';
    if (placed && !whole(placed)) {
      const nth = order.indexOf(`${placed.span.start}-${placed.span.end}`);
      part = nth < ORDINALS.length ? `${ORDINALS[nth]} part` : `part ${nth + 1}`;
    }
    return { claim, href: claimHref(claim.id), part };
  });
}
