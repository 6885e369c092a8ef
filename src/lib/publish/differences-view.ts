/**
 * Where the outlets disagree: the differences of a story as its differences list shows them
 * (grouped by claim or quotation, cut into pages: the page itself is `differences-page.ts`), the
 * disputed sentences of an article, and the disagreement counts per source. Every disagreement
 * shows each outlet's version side by side with the differing value marked (a `<mark>` and the
 * value spelt out, so colour is never the only signal) and a link to its sentence.
 */
import type { Disagreement, DisagreementKind } from '../disagreements/index.ts';
import type { TextRange } from '../model/index.ts';
import { displayText, segmentText, shorten, type TextSegment } from '../text/index.ts';
import { claimHeadline } from './labels.ts';
import { budgetOf, LINK_BYTES, paginate, pagesById, perStory } from './list-pages.ts';
import { articleHref, differencesHref } from './links.ts';
import { labelOf, sentencePlace, type Story } from './story.ts';

/** The address of a disagreement on page `page` of the differences list. */
export function differenceHref(id: string, base = '', page = 1): string {
  return `${differencesHref(base, page)}#${id}`;
}

/** The address of disagreement `id` of the story: the page of its differences that holds it. */
export function disagreementHref(story: Story, id: string): string {
  return differenceHref(id, story.base, differencePages(story).pageOf.get(id));
}

/** How each kind of disagreement is named on pages. */
const KIND_LABELS: Readonly<Record<DisagreementKind, string>> = {
  number: 'Numbers differ',
  date: 'Dates differ',
  negation: 'Opposite statements',
  speaker: 'Different speakers',
  'quote-wording': 'Different words in the quotation',
};

/** One outlet's version of a disputed fact. */
export interface VersionView {
  /** The source's label. */
  label: string;
  /** The sentence's permalink, and where it stands ("Daily Beacon, sentence 2"). */
  href: string;
  place: string;
  /** What `value` is: "States", "Attributed to", "Words the closest other wording lacks". */
  valueLabel: string;
  /**
   * The value this outlet states, normalised ("12", "passed", "Elena Varga"); for a quotation's
   * wording, the words the other versions lack ("" when it only lacks words).
   */
  value: string;
  /** The passage, with the words stating the value highlighted. */
  segments: TextSegment[];
}

const VALUE_LABELS: Readonly<Record<DisagreementKind, string>> = {
  number: 'States',
  date: 'States',
  negation: 'States',
  speaker: 'Attributed to',
  'quote-wording': 'Words the closest other wording lacks',
};

/** One disagreement: its versions side by side, and the values with who states each. */
export interface DifferenceView {
  /** The disagreement's id: the fragment of its entry on the differences page. */
  id: string;
  kind: DisagreementKind;
  kindLabel: string;
  /** What is disagreed about ("number of people"). */
  subject: string;
  /**
   * Each value, with the sources that state it: "12: Kelsford FM, National Newswire"; empty for
   * a quotation's wording, where the versions themselves are the values.
   */
  values: Array<{ value: string; sources: string }>;
  versions: VersionView[];
}

/** The disagreements of one claim or quotation. */
export interface DifferenceGroupView {
  /** Fragment id of the group. */
  id: string;
  /** The claim's headline, or the quotation's words. */
  heading: string;
  /** Where the claim or quotation is shown in full; null for passages in no claim. */
  link: { href: string; label: string } | null;
  differences: DifferenceView[];
}

function versionViews(story: Story, disagreement: Disagreement): VersionView[] {
  return disagreement.versions.map((version) => {
    const segments = segmentText(version.text, version.start, [], version.marks);
    const wording = disagreement.kind === 'quote-wording';
    return {
      label: labelOf(story, version.article),
      href: articleHref(version.article, version.anchor),
      place: `${labelOf(story, version.article)}, ${sentencePlace(story, version.article, version.anchor)}`,
      valueLabel: VALUE_LABELS[disagreement.kind],
      value: wording
        ? segments
            .filter((segment) => segment.highlighted)
            .map((segment) => segment.text.trim())
            .join(' … ')
        : version.value,
      segments,
    };
  });
}

/** The values of a disagreement, each with the sources stating it, in order of first version. */
function valuesOf(story: Story, disagreement: Disagreement): DifferenceView['values'] {
  const byValue = new Map<string, string[]>();
  for (const version of disagreement.versions) {
    const label = labelOf(story, version.article);
    const labels = byValue.get(version.value) ?? [];
    if (!labels.includes(label)) labels.push(label);
    byValue.set(version.value, labels);
  }
  return [...byValue].map(([value, labels]) => ({ value, sources: labels.join(', ') }));
}

/** A disagreement as the differences page shows it. */
export function differenceView(story: Story, disagreement: Disagreement): DifferenceView {
  return {
    id: disagreement.id,
    kind: disagreement.kind,
    kindLabel: KIND_LABELS[disagreement.kind],
    subject: disagreement.subject,
    values: disagreement.kind === 'quote-wording' ? [] : valuesOf(story, disagreement),
    versions: versionViews(story, disagreement),
  };
}

/** How many disagreements each source takes part in, keyed by article id. */
export function disputesBySource(story: Story): Map<string, number> {
  const counts = new Map(story.articles.map((article) => [article.id, 0]));
  for (const disagreement of story.disagreements) {
    for (const article of new Set(disagreement.versions.map((v) => v.article))) {
      counts.set(article, (counts.get(article) ?? 0) + 1);
    }
  }
  return counts;
}

function groupHeading(
  story: Story,
  key: string | null,
  first: Disagreement,
): DifferenceGroupView['heading'] {
  const claim = key === null ? undefined : story.claimsById.get(key);
  if (claim) return claimHeadline(claim, story.byId);
  const group = key === null ? undefined : story.quoteGroups.find((g) => g.id === key);
  if (group) {
    const words = shorten(displayText(group.variants[0]!.quotation), 110);
    return group.speaker ? `${group.speaker}: “${words}”` : `“${words}”`;
  }
  return shorten(displayText(first.versions[0]!.text), 140);
}

/** A group of differences as the list has it, before the link to its claim or quotation. */
export interface DifferenceGroup extends Omit<DifferenceGroupView, 'link'> {
  /** The claim or quote group the differences belong to; null for passages in no claim. */
  key: string | null;
}

/**
 * The story's differences, grouped by the claim or quotation they belong to (in the order
 * detection reports them: reading order of their first version) and cut into pages (see
 * `list-pages.ts`); and the page of each group and disagreement.
 */
export const differencePages = perStory((story) => {
  const byKey = new Map<string, Disagreement[]>();
  for (const disagreement of story.disagreements) {
    // Disagreements in no claim each stand alone.
    const key = disagreement.claim ?? `:${disagreement.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), disagreement]);
  }
  const groups = [...byKey].map(([key, list]): DifferenceGroup => {
    const claim = key.startsWith(':') ? null : key;
    return {
      id: `g-${list[0]!.id}`,
      key: claim,
      heading: groupHeading(story, claim, list[0]!),
      differences: list.map((d) => differenceView(story, d)),
    };
  });
  const pages = paginate(groups, differenceGroupBytes, budgetOf(story));
  return {
    pages,
    /** Group id or disagreement id → the page that shows it. */
    pageOf: pagesById(pages, (group) => [group.id, ...group.differences.map((d) => d.id)]),
  };
});

/** Estimated HTML bytes of one group of differences (see `list-pages.ts`). */
export function differenceGroupBytes(group: DifferenceGroup): number {
  return (
    200 +
    group.heading.length +
    (group.key === null ? 0 : LINK_BYTES) +
    group.differences.reduce(
      (sum, d) =>
        sum +
        250 +
        d.kindLabel.length +
        d.subject.length +
        d.values.reduce((s, v) => s + LINK_BYTES + v.value.length + v.sources.length, 0) +
        d.versions.reduce(
          (s, v) =>
            s +
            500 +
            v.place.length +
            v.valueLabel.length +
            v.value.length +
            v.segments.reduce(
              (t, segment) => t + segment.text.length + (segment.highlighted ? 60 : 0),
              0,
            ),
          0,
        ),
      0,
    )
  );
}

/** The differences each kind counts, in the order of `KIND_LABELS`, kinds with none left out. */
export function kindCounts(story: Story): Array<{ label: string; count: number }> {
  return (Object.keys(KIND_LABELS) as DisagreementKind[])
    .map((kind) => ({
      label: KIND_LABELS[kind],
      count: story.disagreements.filter((d) => d.kind === kind).length,
    }))
    .filter((kind) => kind.count > 0);
}

/** A disagreement a sentence takes part in, as the article page shows it beside the sentence. */
export interface DisputeView {
  id: string;
  href: string;
  kindLabel: string;
  subject: string;
  /** This source's value; null for a quotation's wording (the sentence itself is the value). */
  value: string | null;
  /** The words of the sentence stating the value (source offsets): marked in the text. */
  marks: TextRange[];
  /** The other sources' versions that differ from this one (values as for `value`). */
  others: Array<{ label: string; value: string | null; text: string; href: string }>;
}

/**
 * The disagreements sentence `sentence` of article `article` takes part in, each with the other
 * sources' differing versions; a sentence whose version every other source shares has none.
 */
export function disputesOf(story: Story, article: string, sentence: string): DisputeView[] {
  const list = story.disputesByAnchor.get(`${article}#${sentence}`) ?? [];
  return list
    .map((disagreement) => {
      const own = disagreement.versions.filter(
        (v) => v.article === article && v.anchor === sentence,
      );
      const values = new Set(own.map((v) => v.value));
      const wording = disagreement.kind === 'quote-wording';
      return {
        id: disagreement.id,
        href: disagreementHref(story, disagreement.id),
        kindLabel: KIND_LABELS[disagreement.kind],
        subject: disagreement.subject,
        value: wording ? null : [...values].join(' / '),
        marks: own.flatMap((v) => (v.marks.length ? v.marks : [])),
        others: disagreement.versions
          .filter((v) => v.article !== article && !values.has(v.value))
          .map((v) => ({
            label: labelOf(story, v.article),
            value: wording ? null : v.value,
            text: displayText(v.text),
            href: articleHref(v.article, v.anchor),
          })),
      };
    })
    .filter((dispute) => dispute.others.length > 0);
}

/** A disagreement about a quotation, as its group on the quotes page mentions it. */
export interface QuoteDifferenceView {
  kindLabel: string;
  /** The values and who gives each: "Elena Varga (Channel Six News); Tomas Reyes (Coast Herald)". */
  summary: string;
  href: string;
}

/**
 * The speaker and wording disagreements of each quote group, by group id: a disagreement is
 * listed under every group one of its versions is quoted in.
 */
export function quoteDifferences(story: Story): Map<string, QuoteDifferenceView[]> {
  const out = new Map<string, QuoteDifferenceView[]>();
  for (const disagreement of story.disagreements) {
    if (disagreement.kind !== 'speaker' && disagreement.kind !== 'quote-wording') continue;
    const view: QuoteDifferenceView = {
      kindLabel: KIND_LABELS[disagreement.kind],
      summary:
        disagreement.kind === 'speaker'
          ? valuesOf(story, disagreement)
              .map(({ value, sources }) => `${value} (${sources})`)
              .join('; ')
          : `${disagreement.versions.length} wordings in ${new Set(disagreement.versions.map((v) => v.article)).size} sources`,
      href: disagreementHref(story, disagreement.id),
    };
    for (const group of story.quoteGroups) {
      const quoted = group.variants.some((quote) =>
        disagreement.versions.some(
          (v) => v.article === quote.article && v.start >= quote.start && v.end <= quote.end,
        ),
      );
      if (quoted) out.set(group.id, [...(out.get(group.id) ?? []), view]);
    }
  }
  return out;
}
