/**
 * The quotes page (`/quotes/`): speech quotes grouped by speaker and then by quotation, each
 * outlet's wording with where it stands and a word diff against the closest other outlet's
 * wording; scare quotes and terms apart.
 */
import type { Quote, QuoteGroup } from '../quotes/index.ts';
import { displayText, shorten } from '../text/index.ts';
import { diffSimilarity, wordDiff, type DiffPart } from './diff.ts';
import { quoteDifferences, type QuoteDifferenceView } from './differences-view.ts';
import { articleHref } from './links.ts';
import { labelOf, sentencePlace, type Story } from './story.ts';

/** Where a quote stands: its sentence's permalink and "Source, sentence N". */
export interface QuotePlace {
  href: string;
  place: string;
}

export interface QuoteVariantView extends QuotePlace {
  /** The speaker this outlet names, or null. */
  speaker: string | null;
  /** " (“he”)": how the outlet refers to the speaker, when not by the name; null otherwise. */
  mention: string | null;
  partial: boolean;
  quotation: string;
  /** The word diff from the closest other outlet's wording to this one; null when none. */
  compare: { label: string; parts: DiffPart[] } | null;
}

export interface QuoteGroupView {
  id: string;
  /** The first wording, cut to fit a heading. */
  title: string;
  /** "Quoted by 3 of 5 sources", and in how many passages when outlets quote it in parts. */
  quotedBy: string;
  variants: QuoteVariantView[];
  /** Where outlets give this quotation different speakers or different words. */
  differences: QuoteDifferenceView[];
}

export interface SpeakerView {
  /** The speaker's name, or "Speaker unknown". */
  name: string;
  /** Fragment id of the speaker's section. */
  id: string;
  groups: QuoteGroupView[];
}

export interface TermView {
  id: string;
  quotation: string;
  places: QuotePlace[];
}

export interface QuotesView {
  description: string;
  /** Speech quotations (groups). */
  quotations: number;
  /** Speakers with the most quoted passages first; quotes of unknown speakers last. */
  speakers: SpeakerView[];
  terms: TermView[];
}

/** The fragment id of a speaker's section: `speaker-vladimir-putin`, `speaker-unknown`. */
export function speakerId(name: string): string {
  return `speaker-${name ? name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') : 'unknown'}`;
}

/** The wording of another outlet closest to `variant`'s: what its diff compares against. */
export function closestWording(variant: Quote, group: QuoteGroup): Quote | undefined {
  let best: Quote | undefined;
  let bestScore = -1;
  for (const other of group.variants) {
    if (other.article === variant.article) continue;
    const score = diffSimilarity(wordDiff(other.quotation, variant.quotation));
    if (score > bestScore) [best, bestScore] = [other, score];
  }
  return best;
}

export function quotesView(story: Story): QuotesView {
  const differences = quoteDifferences(story);
  const { articles, quoteGroups } = story;
  const placeOf = (quote: Quote): QuotePlace => ({
    href: articleHref(quote.article, quote.anchor),
    place: `${labelOf(story, quote.article)}, ${sentencePlace(story, quote.article, quote.anchor)}`,
  });
  const quotedBy = (group: QuoteGroup) =>
    (group.sources === 1
      ? 'Quoted by 1 source'
      : `Quoted by ${group.sources} of ${articles.length} sources`) +
    (group.variants.length > group.sources
      ? `, in ${group.variants.length} passages (some outlets quote it in parts)`
      : '');
  const groupView = (group: QuoteGroup): QuoteGroupView => ({
    id: group.id,
    title: shorten(group.variants[0]!.quotation, 110),
    quotedBy: quotedBy(group),
    differences: differences.get(group.id) ?? [],
    variants: group.variants.map((variant) => {
      const other = closestWording(variant, group);
      const mention = variant.speakerMention;
      return {
        ...placeOf(variant),
        speaker: variant.speaker,
        mention: mention && mention !== variant.speaker ? ` (“${mention}”)` : null,
        partial: variant.partial,
        quotation: variant.quotation,
        compare: other
          ? {
              label: labelOf(story, other.article),
              parts: wordDiff(displayText(other.quotation), displayText(variant.quotation)),
            }
          : null,
      };
    }),
  });

  const speech = quoteGroups.filter((group) => group.kind === 'speech');
  const bySpeaker = new Map<string, QuoteGroup[]>();
  for (const group of speech) {
    const key = group.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), group]);
  }
  const passages = (groups: QuoteGroup[]) => groups.reduce((n, g) => n + g.variants.length, 0);
  const speakers = [...bySpeaker.entries()].sort(
    ([a, groupsA], [b, groupsB]) =>
      Number(a === '') - Number(b === '') ||
      passages(groupsB) - passages(groupsA) ||
      a.localeCompare(b),
  );
  return {
    description: `${speech.length} quotations across ${articles.length} sources, by speaker, with each outlet's wording compared word by word.`,
    quotations: speech.length,
    speakers: speakers.map(([name, groups]) => ({
      name: name || 'Speaker unknown',
      id: speakerId(name),
      groups: groups.map(groupView),
    })),
    terms: quoteGroups
      .filter((group) => group.kind === 'term')
      .map((group) => ({
        id: group.id,
        quotation: group.variants[0]!.quotation,
        places: group.variants.map(placeOf),
      })),
  };
}
