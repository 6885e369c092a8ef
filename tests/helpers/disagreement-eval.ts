/**
 * Scoring disagreement detection against hand labels (`labels.json` of a labelled story): the
 * real pipeline runs on the story's articles (read, align, group quotes, detect) and each
 * detection is matched to the labels by position and kind, never by wording.
 *
 * A detection is correct when its kind is a labelled disagreement's kind and two of its
 * versions, from different articles and with different values, overlap two versions of that
 * label from those articles with different labelled values (a version is where it marks its
 * value, or its whole passage when it marks nothing). A label is found when some detection is
 * correct for it. A detection whose differing versions overlap two versions of an
 * `equivalents` entry (from different articles) flags an equivalent: a false alarm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignStory } from '../../src/lib/align/index.ts';
import { readArticleDir } from '../../src/lib/corpus/index.ts';
import {
  findDisagreements,
  type Disagreement,
  type DisagreementVersion,
} from '../../src/lib/disagreements/index.ts';
import type { Article } from '../../src/lib/model/index.ts';
import { groupQuotes } from '../../src/lib/quotes/index.ts';

interface LabelVersion {
  article: string;
  text: string;
  value?: string;
}

interface Labels {
  story: string;
  disagreements: Array<{ id: string; kind: string; versions: LabelVersion[] }>;
  equivalents: Array<{ note: string; versions: LabelVersion[] }>;
}

interface Located extends LabelVersion {
  start: number;
  end: number;
}

/** The outcome for one story. */
export interface StoryScore {
  story: string;
  detected: number;
  correct: number;
  labelled: number;
  found: number;
  /** Detections matching no label, described for the report. */
  falseAlarms: string[];
  /** Labels no detection found. */
  missed: string[];
  /** Detections that flag an `equivalents` entry. */
  equivalentsFlagged: string[];
}

/** Runs the pipeline on a labelled story folder (`articles/`, `labels.json`) and scores it. */
export function scoreStory(dir: string): StoryScore {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  const articles = readArticleDir(join(dir, 'articles'));
  // As src/story.ts runs the pipeline: the quotations' speakers go into the alignment.
  const quoteGroups = groupQuotes(articles);
  const quotes = quoteGroups.flatMap((group) => group.variants);
  const detected = findDisagreements({
    articles,
    alignment: alignStory(articles, { quotes }),
    quoteGroups,
  });
  const sources = new Map(
    articles.map((article) => [
      article.id,
      readFileSync(join(dir, 'articles', `${article.id}.txt`), 'utf8').replace(/^\uFEFF/, ''),
    ]),
  );
  const locate = (version: LabelVersion): Located => {
    const article = articles.find((a) => a.id === version.article) as Article;
    const source = sources.get(version.article) ?? '';
    // Labels quote the body: search after the front matter.
    const from = article.blocks[0]?.start ?? 0;
    const start = source.indexOf(version.text, from);
    if (start < 0) throw new Error(`label text not found in ${version.article}: ${version.text}`);
    return { ...version, start, end: start + version.text.length };
  };
  const disagreements = labels.disagreements.map((d) => ({
    ...d,
    versions: d.versions.map(locate),
  }));
  const equivalents = labels.equivalents.map((e) => ({ ...e, versions: e.versions.map(locate) }));

  // Where a version states its value: its marked words, or the whole passage when none are
  // marked (speakers, a wording that only lacks words).
  const overlaps = (v: DisagreementVersion, l: Located) =>
    v.article === l.article &&
    (v.marks.length ? v.marks : [v]).some((range) => range.start < l.end && l.start < range.end);
  // Pairs of versions of a detection that state different values in different articles.
  const differing = (d: Disagreement) => {
    const pairs: Array<[DisagreementVersion, DisagreementVersion]> = [];
    d.versions.forEach((x, i) =>
      d.versions.slice(i + 1).forEach((y) => {
        if (x.article !== y.article && x.value !== y.value) pairs.push([x, y]);
      }),
    );
    return pairs;
  };
  const matches = (d: Disagreement, label: (typeof disagreements)[number]) =>
    d.kind === label.kind &&
    differing(d).some(([x, y]) =>
      label.versions.some((lx) =>
        label.versions.some((ly) => lx.value !== ly.value && overlaps(x, lx) && overlaps(y, ly)),
      ),
    );
  const flags = (d: Disagreement, equivalent: (typeof equivalents)[number]) =>
    differing(d).some(([x, y]) =>
      equivalent.versions.some((ex) =>
        equivalent.versions.some(
          (ey) => ex.article !== ey.article && overlaps(x, ex) && overlaps(y, ey),
        ),
      ),
    );
  const describe = (d: Disagreement) =>
    `${d.kind}: ${d.versions.map((v) => `${v.article} "${v.value}"`).join(' / ')}`;

  const correct = detected.filter((d) => disagreements.some((label) => matches(d, label)));
  return {
    story: labels.story,
    detected: detected.length,
    correct: correct.length,
    labelled: disagreements.length,
    found: disagreements.filter((label) => detected.some((d) => matches(d, label))).length,
    falseAlarms: detected.filter((d) => !correct.includes(d)).map(describe),
    missed: disagreements
      .filter((label) => !detected.some((d) => matches(d, label)))
      .map(
        (label) =>
          `${label.id} ${label.kind}: ${label.versions.map((v) => `${v.article} "${v.value}"`).join(' / ')}`,
      ),
    equivalentsFlagged: detected.filter((d) => equivalents.some((e) => flags(d, e))).map(describe),
  };
}

/** Totals over several stories: precision and recall (null when there is nothing to divide). */
export function totals(scores: readonly StoryScore[]) {
  const sum = (key: 'detected' | 'correct' | 'labelled' | 'found') =>
    scores.reduce((total, score) => total + score[key], 0);
  const [detected, correct, labelled, found] = [
    sum('detected'),
    sum('correct'),
    sum('labelled'),
    sum('found'),
  ];
  return {
    detected,
    correct,
    labelled,
    found,
    falseAlarms: detected - correct,
    precision: detected ? correct / detected : null,
    recall: labelled ? found / labelled : null,
  };
}

/** A table of scores for the test log. */
export function report(title: string, scores: readonly StoryScore[]): string {
  const total = totals(scores);
  const fmt = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3));
  const lines = [
    `${title}: precision ${fmt(total.precision)} (${total.correct}/${total.detected}), recall ${fmt(total.recall)} (${total.found}/${total.labelled}), false alarms ${total.falseAlarms}`,
  ];
  for (const score of scores) {
    lines.push(
      `  ${score.story.padEnd(16)} detected ${score.detected}, correct ${score.correct}, labelled ${score.labelled}, found ${score.found}`,
    );
    for (const alarm of score.falseAlarms) lines.push(`    false alarm  ${alarm}`);
    for (const flag of score.equivalentsFlagged) lines.push(`    equivalent flagged  ${flag}`);
    for (const miss of score.missed) lines.push(`    missed  ${miss}`);
  }
  return lines.join('\n');
}
