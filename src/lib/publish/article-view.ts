/**
 * The article page (`/articles/<id>/`): the header (source, headline, metadata, coverage,
 * compare links), the body in reading order with what each sentence shares and the notes beside
 * each block, and the page debris removed from the body.
 */
import type { Article, ArticleMeta, Block, Sentence } from '../model/index.ts';
import { MONTH_NAMES, displayText, shorten } from '../text/index.ts';
import {
  bodySentences,
  coverageOf,
  percent,
  shareOf,
  type Coverage,
  type SentenceShare,
} from './coverage.ts';
import { disputesOf, type DisputeView } from './differences-view.ts';
import { sharedClaims } from './compare-pairs.ts';
import { articleHref, claimHref, compareHref } from './links.ts';
import { quoteGroupHref } from './quote-view.ts';
import { labelOf, quotesStartingAt, sentenceNumber, type Story } from './story.ts';

// How long an "only here" sentence may be in their list: the whole sentence is a link away.
const ONLY_HERE_LENGTH = 160;
/** How many "only here" sentences the list shows; the view switch marks every one in place. */
export const ONLY_HERE_LISTED = 40;

/** One sentence of the body with what it shares and the speakers of the quotes it opens. */
export interface SentenceView {
  sentence: Sentence;
  /** Its number among the body sentences, from 1 (`sentenceNumber`); undefined for a heading. */
  number: number | undefined;
  share: SentenceShare;
  /** Speakers of the quotes that start in this sentence, with where to see their variants. */
  speakers: Array<{ name: string | null; href: string }>;
  /** What other sources state differently from this sentence (`disputesOf`). */
  disputes: DisputeView[];
}

/** The note beside a block for one of its disputed sentences: the other sources' versions. */
export interface DisputeNoteView {
  /** The sentence's number among the body sentences, from 1. */
  number: number;
  /** Fragment id of the note's content, `x-s-N`: the sentence's "disputed" badge links to it. */
  id: string;
  disputes: DisputeView[];
}

/** The note beside a block for one of its shared sentences: the other sources' passages. */
export interface NoteView {
  /** The sentence's number among the body sentences, from 1. */
  number: number;
  /** Fragment id of the note's content, `m-s-N`: the sentence's count badge links to it. */
  id: string;
  /** The labels of the other sources that carry the sentence's claims, comma-separated. */
  others: string;
  passages: Array<{ label: string; text: string; href: string }>;
  /**
   * The sentence's claims: links to compare all their wordings, each with its own text ("compare
   * all 3 wordings", then "… of another claim in this sentence"), never two links alike.
   */
  claims: Array<{ href: string; sources: number; text: string }>;
}

/** A paragraph or list item: its sentences, and the notes of the shared and disputed ones. */
export interface BlockView {
  sentences: SentenceView[];
  notes: NoteView[];
  disputes: DisputeNoteView[];
}

/** What the body renders, in reading order; consecutive list items are one list. */
export type BodyPart =
  | { kind: 'list'; items: BlockView[] }
  | { kind: 'heading'; sentence: Sentence }
  | ({ kind: 'block' } & BlockView);

export interface ArticleView {
  /** The source's label. */
  source: string;
  meta: ArticleMeta;
  /** The page's description: the lede, cut to fit. */
  description: string;
  /** The sentence shown as the page's `<h1>`, when the title comes from the text. */
  headline: Sentence | undefined;
  /** The host name of the original's address, when known. */
  host: string | null;
  wordCount: number;
  sentenceCount: number;
  /** The publication date as a reader reads it ("28 November 2026, 09:15"), or null. */
  publishedText: string | null;
  coverage: Coverage & {
    /** `sharedShare` as a percentage ("84%"). */
    sharedPercent: string;
  };
  /** The other sources that share a claim with this one, with their side-by-side page. */
  compare: Array<{ label: string; href: string }>;
  /**
   * The body sentences no other source carries, in reading order, each with its permalink: the
   * first `ONLY_HERE_LISTED` of them (`coverage.uniqueSentences` counts them all).
   */
  onlyHere: Array<{ number: number; href: string; text: string }>;
  body: BodyPart[];
  /** The body sentences another source contradicts, each with its permalink. */
  disputed: Array<{ number: number; href: string }>;
  /** The author's biography from an author box, when the debris holds one. */
  bio: string | null;
  debris: Array<{ kind: string; text: string }>;
}

/** An article page's route parameter and props. */
export interface ArticlePath {
  params: { id: string };
  props: { article: Article };
}

/** Every article of the story, as the article pages' static paths. */
export function articlePaths(story: Story): ArticlePath[] {
  return story.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

export function articleView(story: Story, article: Article): ArticleView {
  const { meta } = article;
  const source = labelOf(story, article.id);
  const coverage = coverageOf(story, article);
  const title = article.blocks.find((block) => block.kind === 'title');
  const headline = title && meta.titleOrigin === 'text' ? title.sentences[0] : undefined;
  const lede = article.sentences.find((s) => s.kind === 'paragraph');
  const authorBox = article.debris.find((item) => item.kind === 'author' && item.authorBio);
  const body = bodyOf(story, article, headline);
  return {
    source,
    meta,
    description: shorten(
      lede ? displayText(lede.text) : `${meta.title}, as reported by ${source}.`,
      160,
    ),
    headline: headline === undefined ? undefined : article.sentences[headline],
    host: meta.url ? new URL(meta.url).hostname : null,
    wordCount: article.wordCount,
    // As the coverage counts them: the body's sentences, not the headline.
    sentenceCount: bodySentences(article).length,
    publishedText: meta.published ? readableDate(meta.published) : null,
    coverage: { ...coverage, sharedPercent: percent(coverage.sharedShare) },
    // Only sources that share a claim with this one: other pairs have no compare page.
    compare: story.articles
      .filter((other) => sharedClaims(story, article.id, other.id) > 0)
      .map((other) => ({
        label: labelOf(story, other.id),
        href: compareHref(article.id, other.id),
      })),
    onlyHere: bodySentences(article)
      .filter((sentence) => shareOf(story, article.id, sentence).others.length === 0)
      .slice(0, ONLY_HERE_LISTED)
      .map((sentence) => ({
        number: sentenceNumber(story, article.id, sentence.id)!,
        href: `#${sentence.id}`,
        text: shorten(displayText(sentence.text), ONLY_HERE_LENGTH),
      })),
    body,
    disputed: body
      .flatMap((part) => (part.kind === 'list' ? part.items : part.kind === 'block' ? [part] : []))
      .flatMap((block) => block.disputes)
      .map((note) => ({ number: note.number, href: `#${note.id.slice(2)}` })),
    bio: authorBox ? displayText(authorBox.authorBio ?? '') : null,
    debris: article.debris.map((item) => ({
      kind: item.kind,
      text: item.lines.map(displayText).join(' / '),
    })),
  };
}

/**
 * The article's body in reading order: headings, paragraphs, and lists of consecutive list
 * items, leaving out the block of sentence `headline` (shown as the page's `<h1>`).
 */
export function bodyOf(story: Story, article: Article, headline?: number): BodyPart[] {
  const sentenceView = (sentence: Sentence): SentenceView => ({
    sentence,
    number: sentenceNumber(story, article.id, sentence.id),
    share: shareOf(story, article.id, sentence),
    speakers: quotesStartingAt(story, article.id, sentence.id).map(({ group }) => ({
      name: group.speaker,
      href: quoteGroupHref(story, group.id),
    })),
    disputes: disputesOf(story, article.id, sentence.id),
  });
  const blockView = (block: Block): BlockView => {
    const sentences = block.sentences.map((index) => sentenceView(article.sentences[index]!));
    return {
      sentences,
      notes: notesOf(story, sentences),
      disputes: sentences
        .filter((view) => view.disputes.length > 0 && view.number !== undefined)
        .map((view) => ({
          number: view.number!,
          id: `x-${view.sentence.id}`,
          disputes: view.disputes,
        })),
    };
  };
  const parts: BodyPart[] = [];
  // The list being filled while list items follow each other; any other block ends it.
  let list: BlockView[] | undefined;
  for (const block of article.blocks) {
    if (block.kind === 'list-item') {
      if (!list) parts.push({ kind: 'list', items: (list = []) });
      list.push(blockView(block));
      continue;
    }
    list = undefined;
    if (block.sentences[0] === headline) continue;
    if (block.kind === 'title' || block.kind === 'heading') {
      parts.push({ kind: 'heading', sentence: article.sentences[block.sentences[0]!]! });
    } else {
      parts.push({ kind: 'block', ...blockView(block) });
    }
  }
  return parts;
}

/** The notes of the shared sentences among `sentences`. */
function notesOf(story: Story, sentences: SentenceView[]): NoteView[] {
  const label = (id: string) => labelOf(story, id);
  return sentences
    .filter(({ share }) => share.others.length > 0)
    .map(({ sentence, number, share }) => ({
      number: number!,
      id: `m-${sentence.id}`,
      others: share.others.map(label).join(', '),
      passages: share.counterparts.map((span) => ({
        label: label(span.article),
        text: displayText(span.text),
        href: articleHref(span.article, span.sentence),
      })),
      claims: share.claims.map((claim, index) => ({
        href: claimHref(claim.id),
        sources: claim.sources,
        text:
          `compare all ${claim.sources} wordings` +
          (index === 0 ? '' : ' of another claim in this sentence'),
      })),
    }));
}

/**
 * An ISO 8601 date, with or without a time, as a reader reads it: "2026-11-28T09:15" →
 * "28 November 2026, 09:15". The date is the one written, never shifted to another time zone.
 */
export function readableDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute] = match;
  const date = `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
  return hour === undefined ? date : `${date}, ${hour}:${minute}`;
}
