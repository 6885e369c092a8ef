/**
 * Where the outlets disagree: the differences page (`/differences/`), the disputed sentences of
 * an article, and the disagreement counts per source. Every disagreement shows each outlet's
 * version side by side with the differing value marked (a `<mark>` and the value spelt out, so
 * colour is never the only signal) and a link to its sentence.
 */
import type { Disagreement, DisagreementKind } from '../disagreements/index.ts';
import type { TextRange } from '../model/index.ts';
import { displayText, segmentText, shorten, type TextSegment } from '../text/index.ts';
import { claimHeadline } from './labels.ts';
import { articleHref, claimHref, differencesHref, quoteHref } from './links.ts';
import { labelOf, sentencePlace, type Story } from './story.ts';

/** The address of the differences page. */
export const DIFFERENCES_HREF = differencesHref();

/** The address of a disagreement on the differences page. */
export function differenceHref(id: string, base = ''): string {
  return `${differencesHref(base)}#${id}`;
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

export interface DifferencesView {
  description: string;
  /** Number of disagreements. */
  count: number;
  /** How many of each kind, in the order of `KIND_LABELS`, kinds with none left out. */
  kinds: Array<{ label: string; count: number }>;
  /** Per source, the disagreements it takes part in, in the story's order of sources. */
  sources: Array<{ label: string; href: string; count: number }>;
  groups: DifferenceGroupView[];
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

function groupLink(story: Story, key: string | null): DifferenceGroupView['link'] {
  if (key === null) return null;
  if (story.claimsById.has(key))
    return { href: claimHref(key), label: 'every wording of this claim' };
  if (story.quoteGroups.some((group) => group.id === key))
    return { href: quoteHref(key, story.base), label: 'every wording of this quotation' };
  return null;
}

/**
 * The differences page: every disagreement of the story, grouped by the claim or quotation it
 * belongs to (in the order detection reports them: reading order of their first version), with
 * counts by kind and by source.
 */
export function differencesView(story: Story): DifferencesView {
  const groups = new Map<string, Disagreement[]>();
  for (const disagreement of story.disagreements) {
    // Disagreements in no claim each stand alone.
    const key = disagreement.claim ?? `:${disagreement.id}`;
    groups.set(key, [...(groups.get(key) ?? []), disagreement]);
  }
  const counts = disputesBySource(story);
  const kinds = (Object.keys(KIND_LABELS) as DisagreementKind[])
    .map((kind) => ({
      label: KIND_LABELS[kind],
      count: story.disagreements.filter((d) => d.kind === kind).length,
    }))
    .filter((kind) => kind.count > 0);
  const count = story.disagreements.length;
  return {
    description:
      count === 0
        ? `The ${story.articles.length} sources state no conflicting facts that Parallax can detect.`
        : `${count} places where the ${story.articles.length} sources state different facts: numbers, dates, opposite statements, speakers and quoted words, side by side.`,
    count,
    kinds,
    sources: story.articles.map((article) => ({
      label: labelOf(story, article.id),
      href: articleHref(article.id),
      count: counts.get(article.id) ?? 0,
    })),
    groups: [...groups].map(([key, list]) => {
      const claim = key.startsWith(':') ? null : key;
      return {
        id: `g-${list[0]!.id}`,
        heading: groupHeading(story, claim, list[0]!),
        link: groupLink(story, claim),
        differences: list.map((d) => differenceView(story, d)),
      };
    }),
  };
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
        href: differenceHref(disagreement.id, story.base),
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
      href: differenceHref(disagreement.id, story.base),
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
