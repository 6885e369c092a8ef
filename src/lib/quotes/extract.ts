/**
 * Extraction: every direct quotation of one article, with its speaker and kind. The steps, each
 * in its module: find the quotation marks (`marks.ts`), the people the article names
 * (`people.ts`) and whom each sentence is about (`mentions.ts`), join interrupted quotes
 * (`interrupted.ts`), attribute (`attribution.ts`), and tell speech from terms (`kind.ts`).
 */
import type { Article, Block, TextRange } from '../model/index.ts';
import { displayText } from '../text/index.ts';
import { attribute, endsBlock, type PreviousQuote } from './attribution.ts';
import { mergeInterrupted } from './interrupted.ts';
import { isPartial, quoteKind } from './kind.ts';
import { findSpans, maskSpans, type Span } from './marks.ts';
import { sentenceSubjects, type Subjects } from './mentions.ts';
import { findPeople, type People } from './people.ts';
import type { Quote } from './types.ts';

/** A block that opens with a quotation mark: it may go on with a quote left open before it. */
const OPENS_WITH_MARK = /^\s*[“„«‘"]/u;

/** One sentence of a block, as the quote stage reads it. */
export interface SentenceInfo {
  /** Block-local range. */
  start: number;
  end: number;
  id: string;
  /** The sentence's text with quoted words blanked out: the narrative around the quotes. */
  masked: string;
}

/** One block and what the article tells about it: what reading a quote of the block needs. */
interface BlockScope {
  article: string;
  block: Block;
  index: number;
  /** The block's text with quoted words blanked out. */
  masked: string;
  sentences: SentenceInfo[];
  /** The last sentence of the block before, or null for the first block. */
  above: SentenceInfo | null;
  people: People;
  subjects: Subjects;
}

/** Where a quote stands among the sentences of its block. */
interface Placement {
  open: SentenceInfo;
  close: SentenceInfo;
  /** Ids of the sentences the quote covers. */
  sentences: string[];
  /** The narrative of the opening sentence before the quote. */
  before: string;
  /** The narrative of the closing sentence after the quote ('' when unclosed). */
  after: string;
}

/** What the quote stage reads of an article before it reads any quote. */
export interface ArticleReading {
  /** The quotation marks of each block (`findSpans`). */
  spansByBlock: Span[][];
  /** Each block's text with its quoted words blanked (`maskSpans`). */
  masked: string[];
  people: People;
  /** The sentences of each block. */
  sentences: SentenceInfo[][];
  subjects: Subjects;
}

// Grouping reads each article twice (its quotes, its reported speech); articles never change.
const readings = new WeakMap<Article, ArticleReading>();

/** Reads an article's quotation marks, the people it names and whom each sentence is about. */
export function readArticle(article: Article): ArticleReading {
  const known = readings.get(article);
  if (known) return known;
  const spansByBlock = article.blocks.map((block, index) =>
    findSpans(block.text, OPENS_WITH_MARK.test(article.blocks[index + 1]?.text ?? '')),
  );
  const masked = article.blocks.map((block, index) => maskSpans(block.text, spansByBlock[index]!));
  const people = findPeople(article, masked);
  const sentences = sentenceInfos(article, masked);
  const subjects = sentenceSubjects(sentences.flat(), people);
  const reading = { spansByBlock, masked, people, sentences, subjects };
  readings.set(article, reading);
  return reading;
}

/**
 * Finds every direct quotation of an article, with its speaker and kind.
 *
 * @returns the quotes in reading order; offsets index the article's source text
 */
export function extractQuotes(article: Article): Quote[] {
  const { spansByBlock, masked, people, sentences, subjects } = readArticle(article);
  const quotes: Quote[] = [];
  let previous: PreviousQuote | null = null;
  article.blocks.forEach((block, index) => {
    const scope: BlockScope = {
      article: article.id,
      block,
      index,
      masked: masked[index]!,
      sentences: sentences[index]!,
      above: sentences[index - 1]?.at(-1) ?? null,
      people,
      subjects,
    };
    for (const group of mergeInterrupted(block.text, spansByBlock[index]!)) {
      const quote = readQuote(scope, group, previous, `${article.id}/q-${quotes.length}`);
      quotes.push(quote);
      previous = { quote, block: index, endsBlock: endsBlock(block.text, group.at(-1)!) };
    }
  });
  return quotes;
}

/** The sentences of each block, block-local, with their narrative. */
function sentenceInfos(article: Article, masked: string[]): SentenceInfo[][] {
  return article.blocks.map((block, index) =>
    block.sentences.map((sentenceIndex) => {
      const sentence = article.sentences[sentenceIndex]!;
      const start = sentence.start - block.start;
      const end = sentence.end - block.start;
      return { start, end, id: sentence.id, masked: masked[index]!.slice(start, end) };
    }),
  );
}

/** The quote whose parts are `group` (one span unless interrupted). */
function readQuote(
  scope: BlockScope,
  group: Span[],
  previous: PreviousQuote | null,
  id: string,
): Quote {
  const [first, last] = [group[0]!, group.at(-1)!];
  const place = placement(scope, first, last);
  const inner = scope.block.text.slice(first.innerStart, first.innerEnd);
  const partial = isPartial(place.before, inner);
  const attribution = attribute({
    before: place.before,
    after: place.after,
    interruption: group.length > 1 ? scope.masked.slice(first.close + 1, group[1]!.open) : '',
    partial,
    openSentence: place.open.id,
    closeSentence: place.close.id,
    block: scope.index,
    above:
      scope.above && place.open === scope.sentences[0] && place.before.trim() === ''
        ? { text: scope.above.masked, sentence: scope.above.id }
        : null,
    previous,
    people: scope.people,
    subjects: scope.subjects,
  });
  const kind = quoteKind({
    attributed: attribution !== null,
    parts: group.length,
    inner,
    before: place.before,
    after: place.after,
  });
  const runs = quotedRuns(scope.block.text, group, partial);
  const [start, end] = [runs[0]!.start, runs.at(-1)!.end];
  const speaker = kind === 'speech' ? (attribution?.speaker ?? null) : null;
  return {
    id,
    article: scope.article,
    start: scope.block.start + start,
    end: scope.block.start + end,
    text: scope.block.text.slice(start, end),
    parts: runs.map((run) => ({
      start: scope.block.start + run.start,
      end: scope.block.start + run.end,
    })),
    quotation: runs
      .map((run) => displayText(scope.block.text.slice(run.start, run.end)))
      .join(' … '),
    sentences: place.sentences,
    anchor: place.sentences[0]!,
    speaker: speaker?.name ?? null,
    speakerMention: speaker && attribution ? attribution.mention : null,
    kind,
    partial: kind === 'speech' && partial,
    closed: last.close !== -1,
  };
}

/**
 * The sentences a quote from `first` to `last` opens in, closes in and covers, and the narrative
 * around it.
 */
function placement(scope: BlockScope, first: Span, last: Span): Placement {
  const infos = scope.sentences;
  const sentenceAt = (offset: number): SentenceInfo =>
    infos.find((info) => offset >= info.start && offset < info.end) ?? infos[infos.length - 1]!;
  const open = sentenceAt(first.open);
  const close = sentenceAt(last.close === -1 ? last.end - 1 : last.close);
  const covered = infos.filter((info) => info.end > first.innerStart && info.start < last.innerEnd);
  return {
    open,
    close,
    sentences: (covered.length ? covered : [open]).map((info) => info.id),
    before: scope.masked.slice(open.start, first.open),
    after: last.close === -1 ? '' : scope.masked.slice(last.close + 1, close.end),
  };
}

/** The block-local ranges of a quote's quoted runs. */
function quotedRuns(text: string, group: Span[], partial: boolean): TextRange[] {
  const runs = group.map((item) => ({ start: item.innerStart, end: item.innerEnd }));
  const last = runs.at(-1)!;
  // A fragment's final full stop belongs to the reporting sentence ("the “realities on the
  // ground.”"), not to the words quoted.
  if (partial && runs.length === 1 && /[^.]\.$/.test(text.slice(last.start, last.end)))
    last.end -= 1;
  return runs;
}
