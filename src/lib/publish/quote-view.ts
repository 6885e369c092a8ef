/**
 * The quotes page (`/quotes/`, a page at a time when the story is large): speech quotes grouped
 * by speaker and then by quotation, each outlet's wording with where it stands and a word diff
 * against the group's reference wording (the one most sources carry: `quoteReference`), the
 * reported speech that restates each quotation (a paraphrase, not diffed); scare quotes and
 * terms apart.
 */
import type { Quote, QuoteGroup } from '../quotes/index.ts';
import { displayText, shorten } from '../text/index.ts';
import { wordDiff, type DiffPart } from './diff.ts';
import { quoteDifferences, type QuoteDifferenceView } from './differences-view.ts';
import {
  budgetOf,
  clampPage,
  diffBytes,
  LINK_BYTES,
  listPageNav,
  paginate,
  pagesById,
  perStory,
  type ListPageNav,
} from './list-pages.ts';
import { articleHref, quoteHref, quotesHref } from './links.ts';
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
  /** This is the group's reference wording, which the others are compared with. */
  reference: boolean;
  /**
   * The word diff from the reference wording to this one, and whether the two have the same
   * words; null for the reference itself, and in a group of one wording.
   */
  compare: { parts: DiffPart[]; same: boolean } | null;
}

export interface QuoteGroupView {
  id: string;
  /** The first wording, cut to fit a heading. */
  title: string;
  /** "Quoted by 3 of 5 sources", and in how many passages when outlets quote it in parts. */
  quotedBy: string;
  variants: QuoteVariantView[];
  /**
   * The reference wording's source and place, which every other wording is compared with; null
   * when the group has one wording.
   */
  reference: (QuotePlace & { label: string }) | null;
  /** Where outlets give this quotation different speakers or different words. */
  differences: QuoteDifferenceView[];
  /** Reported speech restating the quotation: shown beside the variants, never diffed. */
  paraphrases: ParaphraseView[];
}

/** An outlet's report of the quotation outside quotation marks. */
export interface ParaphraseView extends QuotePlace {
  /** The reporting passage as displayed (invisible characters dropped), cut to 300 characters. */
  text: string;
}

export interface SpeakerView {
  /** The speaker's name, or "Speaker unknown". */
  name: string;
  /** Fragment id of the speaker's section. */
  id: string;
  /** The speaker's groups began on an earlier page: the heading says "(continued)". */
  continued: boolean;
  groups: QuoteGroupView[];
}

export interface TermView {
  id: string;
  quotation: string;
  places: QuotePlace[];
}

/** One page of the story's quotes (`/quotes/`, `/quotes/2/`, …). */
export interface QuotesView extends ListPageNav {
  description: string;
  /** Speech quotations (groups), on all pages. */
  quotations: number;
  /**
   * Every speaker of the story, with the most quoted passages first and unknown speakers last:
   * a link to the page and section where their quotations begin, and how many there are.
   */
  speakerLinks: Array<{ name: string; href: string; count: number }>;
  /** The speakers of this page's quotations, with them. */
  speakers: SpeakerView[];
  /** The scare quotes and terms on this page (they follow every speech quotation). */
  terms: TermView[];
}

/** The fragment id of a speaker's section: `speaker-vladimir-putin`, `speaker-unknown`. */
export function speakerId(name: string): string {
  return `speaker-${name ? name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') : 'unknown'}`;
}

/** A wording as compared for sameness: its words and numbers, in lower case. */
function wordingKey(quotation: string): string {
  return displayText(quotation)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The group's reference wording, which each other wording is diffed against once: the wording
 * (its words, whatever the case and punctuation) that the most sources carry; among wordings
 * that as many sources carry, the one listed first (the group lists its variants by article id,
 * then place). Undefined for a group without variants.
 */
export function quoteReference(group: QuoteGroup): Quote | undefined {
  const sources = new Map<string, Set<string>>();
  for (const variant of group.variants) {
    const key = wordingKey(variant.quotation);
    sources.set(key, (sources.get(key) ?? new Set()).add(variant.article));
  }
  let best: Quote | undefined;
  let most = 0;
  for (const variant of group.variants) {
    const count = sources.get(wordingKey(variant.quotation))!.size;
    if (count > most) [best, most] = [variant, count];
  }
  return best;
}

/** One item of the quotes list as it is cut into pages: a quotation's group, or a term. */
type QuotesItem =
  { kind: 'speech'; speaker: string; group: QuoteGroupView } | { kind: 'term'; term: TermView };

/**
 * The story's quotes, cut into pages (see `list-pages.ts`): speech quotations by speaker, then
 * the terms; and the page of each group and of each speaker's first group.
 */
export const quotePages = perStory((story) => {
  const differences = quoteDifferences(story);
  const { articles, quoteGroups } = story;
  const placeOf = (passage: { article: string; anchor: string }): QuotePlace => ({
    href: articleHref(passage.article, passage.anchor),
    place: `${labelOf(story, passage.article)}, ${sentencePlace(story, passage.article, passage.anchor)}`,
  });
  const quotedBy = (group: QuoteGroup) =>
    (group.sources === 1
      ? 'Quoted by 1 source'
      : `Quoted by ${group.sources} of ${articles.length} sources`) +
    (group.variants.length > group.sources
      ? `, in ${group.variants.length} passages (some outlets quote it in parts)`
      : '');
  const groupView = (group: QuoteGroup): QuoteGroupView => {
    // One wording is the reference; each other is diffed against it once (linear in wordings).
    const reference = group.variants.length > 1 ? quoteReference(group) : undefined;
    const referenceText = reference && displayText(reference.quotation);
    const referenceKey = reference && wordingKey(reference.quotation);
    return {
      id: group.id,
      title: shorten(group.variants[0]!.quotation, 110),
      quotedBy: quotedBy(group),
      reference: reference
        ? { ...placeOf(reference), label: labelOf(story, reference.article) }
        : null,
      differences: differences.get(group.id) ?? [],
      paraphrases: group.paraphrases.map((paraphrase) => ({
        ...placeOf(paraphrase),
        text: shorten(displayText(paraphrase.text), 300),
      })),
      variants: group.variants.map((variant) => {
        const mention = variant.speakerMention;
        return {
          ...placeOf(variant),
          speaker: variant.speaker,
          mention: mention && mention !== variant.speaker ? ` (“${mention}”)` : null,
          partial: variant.partial,
          quotation: variant.quotation,
          reference: variant === reference,
          compare:
            reference && variant !== reference
              ? {
                  parts: wordDiff(referenceText!, displayText(variant.quotation)),
                  same: wordingKey(variant.quotation) === referenceKey,
                }
              : null,
        };
      }),
    };
  };

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
  const items: QuotesItem[] = [
    ...speakers.flatMap(([speaker, groups]) =>
      groups.map((group) => ({ kind: 'speech' as const, speaker, group: groupView(group) })),
    ),
    ...quoteGroups
      .filter((group) => group.kind === 'term')
      .map((group) => ({
        kind: 'term' as const,
        term: {
          id: group.id,
          quotation: group.variants[0]!.quotation,
          places: group.variants.map(placeOf),
        },
      })),
  ];
  const pages = paginate(
    items,
    (item) => (item.kind === 'speech' ? quoteGroupBytes(item.group) : termBytes(item.term)),
    budgetOf(story),
  );
  const pageOf = pagesById(pages, (item) =>
    item.kind === 'speech' ? [item.group.id, speakerId(item.speaker)] : [item.term.id],
  );
  return {
    pages,
    /** Group id, or a speaker's section id → the page it is on (a speaker's first). */
    pageOf,
    quotations: speech.length,
    speakers: speakers.map(([name, groups]) => ({
      name: name || 'Speaker unknown',
      href: `${quotesHref(story.base, pageOf.get(speakerId(name)))}#${speakerId(name)}`,
      count: groups.length,
    })),
  };
});

/** Estimated HTML bytes of one quotation's group on the quotes page (see `list-pages.ts`). */
export function quoteGroupBytes(group: QuoteGroupView): number {
  return (
    400 +
    group.title.length +
    group.quotedBy.length +
    (group.reference ? 2 * LINK_BYTES + group.reference.place.length : 0) +
    group.differences.reduce((sum, d) => sum + 4 * LINK_BYTES + d.summary.length, 0) +
    group.variants.reduce(
      (sum, v) =>
        sum +
        500 +
        v.place.length +
        (v.speaker?.length ?? 0) +
        v.quotation.length +
        (v.compare ? 250 + diffBytes(v.compare.parts) : 0),
      0,
    ) +
    group.paraphrases.reduce((sum, p) => sum + 350 + p.place.length + p.text.length, 0)
  );
}

/** Estimated HTML bytes of one scare quote or term on the quotes page. */
export function termBytes(term: TermView): number {
  return (
    60 +
    term.quotation.length +
    term.places.reduce((sum, p) => sum + LINK_BYTES + p.place.length, 0)
  );
}

/**
 * The address of quote group `group` on the story's quotes: the page that holds it, at the
 * group (a group the quotes page does not show: the first page).
 */
export function quoteGroupHref(story: Story, group: string): string {
  return quoteHref(group, story.base, quotePages(story).pageOf.get(group));
}

/** Page `page` (from 1, clamped to the pages there are) of the story's quotes. */
export function quotesView(story: Story, page = 1): QuotesView {
  const quotes = quotePages(story);
  const current = clampPage(page, quotes.pages.length);
  const items = quotes.pages[current - 1]!;
  const speakers: SpeakerView[] = [];
  for (const item of items) {
    if (item.kind !== 'speech') continue;
    const last = speakers.at(-1);
    if (last && last.id === speakerId(item.speaker)) last.groups.push(item.group);
    else
      speakers.push({
        name: item.speaker || 'Speaker unknown',
        id: speakerId(item.speaker),
        continued: quotes.pageOf.get(speakerId(item.speaker))! < current,
        groups: [item.group],
      });
  }
  return {
    ...listPageNav(quotesHref(story.base), quotes.pages.length, current),
    description: `${quotes.quotations} quotations across ${story.articles.length} sources, by speaker, with each outlet's wording compared word by word.`,
    quotations: quotes.quotations,
    speakerLinks: quotes.speakers,
    speakers,
    terms: items.flatMap((item) => (item.kind === 'term' ? [item.term] : [])),
  };
}
