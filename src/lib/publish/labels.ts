/**
 * How pages name things: a source, a claim's headline. Framework-free so that the search index
 * and the pages name sources alike.
 */
import type { Claim, ClaimSpan } from '../align/index.ts';
import type { Article, Sentence } from '../model/index.ts';

/**
 * The short name of an article's source: its outlet when known, otherwise a neutral "Source N"
 * (never an invented outlet), N counting only the sources without an outlet, so that "Source 2"
 * exists only when there are two unnamed sources. Two articles from one outlet are told apart by
 * number: "AP (1)", "AP (2)".
 */
export function sourceLabel(article: Article, articles: readonly Article[]): string {
  const outlet = article.meta.outlet;
  if (outlet === null) {
    const unnamed = articles.filter((other) => other.meta.outlet === null);
    return `Source ${unnamed.indexOf(article) + 1}`;
  }
  const same = articles.filter((other) => other.meta.outlet === outlet);
  return same.length === 1 ? outlet : `${outlet} (${same.indexOf(article) + 1})`;
}

/**
 * Every article's `sourceLabel`, by id, computed in one pass (`sourceLabel` looks through all
 * the articles for each one).
 */
export function sourceLabels(articles: readonly Article[]): Map<string, string> {
  const perOutlet = new Map<string, number>();
  for (const { meta } of articles) {
    if (meta.outlet !== null) perOutlet.set(meta.outlet, (perOutlet.get(meta.outlet) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  let unnamed = 0;
  for (const article of articles) {
    const outlet = article.meta.outlet;
    if (outlet === null) {
      labels.set(article.id, `Source ${++unnamed}`);
      continue;
    }
    const nth = (seen.get(outlet) ?? 0) + 1;
    seen.set(outlet, nth);
    labels.set(article.id, perOutlet.get(outlet) === 1 ? outlet : `${outlet} (${nth})`);
  }
  return labels;
}

/** The span whose text is the claim's label (its most representative wording). */
export function labelSpan(claim: Claim): ClaimSpan | undefined {
  return claim.spans.find((span) => span.text === claim.label);
}

/** A claim span with the sentence it stands in. */
export interface PlacedSpan {
  span: ClaimSpan;
  sentence: Sentence;
}

/** Whether nothing but punctuation or space stands before `span` in `sentence`. */
function startsSentence({ span, sentence }: PlacedSpan): boolean {
  return !WORD_CHAR.test(sentence.text.slice(0, span.start - sentence.start));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Sentence-final punctuation, with the closing quotes or brackets after it. */
const FINAL = /[.!?…]["”’)\]]*$/;
/** Words that join a clause to the one before it: meaningless at the head of a headline. */
const JOINING_WORD = /^(?:and|but|or|nor|so|yet|while|whereas|although|though)\s+/i;

/**
 * The span a claim's headline shows: its label span (the most representative wording) when it
 * starts its sentence; otherwise the first span that does, so that a headline reads from a
 * sentence's start where any wording of the claim allows; otherwise the label span. Undefined
 * when the chosen span's sentence is not found in `articles`.
 */
export function headlineSpan(
  claim: Claim,
  articles: ReadonlyMap<string, Article>,
): PlacedSpan | undefined {
  const place = (span: ClaimSpan | undefined): PlacedSpan | undefined => {
    const sentence =
      span && articles.get(span.article)?.sentences.find((s) => s.id === span.sentence);
    return span && sentence ? { span, sentence } : undefined;
  };
  const label = place(labelSpan(claim));
  if (label && startsSentence(label)) return label;
  for (const span of claim.spans) {
    const placed = place(span);
    if (placed && startsSentence(placed)) return placed;
  }
  return label;
}

/**
 * A claim as a headline: the text of its `headlineSpan`. A span that starts inside its sentence
 * (a clause no wording lets the headline avoid) loses its leading joining word ("and", "but"…)
 * and is capitalised, rather than opening on "…"; a span that ends inside its sentence is
 * followed by "…" (in place of a trailing comma or dash), or by the sentence's final punctuation
 * when only that is left out. Returns the label unchanged when no span's sentence is found in
 * `articles`.
 */
export function claimHeadline(claim: Claim, articles: ReadonlyMap<string, Article>): string {
  const placed = headlineSpan(claim, articles);
  if (!placed) return claim.label;
  const { span, sentence } = placed;
  let text = span.text;
  if (!startsSentence(placed)) {
    text = text.replace(/^[^\p{L}\p{N}“‘"']+/u, '').replace(JOINING_WORD, '');
    text = text.replace(
      /^([“‘"']?)(\p{Ll})/u,
      (_, quote: string, letter: string) => `${quote}${letter.toUpperCase()}`,
    );
  }
  const rest = sentence.text.slice(span.end - sentence.start).trim();
  if (WORD_CHAR.test(rest)) {
    return FINAL.test(text) ? text : `${text.replace(/[\s,;:–—-]+$/u, '')}…`;
  }
  return FINAL.test(rest) && !FINAL.test(text) ? `${text}${rest}` : text;
}
