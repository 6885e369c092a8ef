/**
 * Quotes cut into quoted sentences: outlets quote one statement in different cuts (one quotes it
 * whole, another one sentence of it), so quotations are matched sentence by sentence, and each
 * group holds the variants of one quoted sentence.
 */
import type { Article, TextRange } from '../model/index.ts';
import { displayText } from '../text/index.ts';
import type { Quote } from './types.ts';

/**
 * The quoted sentences of a quote: each part of it (an interrupted quote has several) cut at the
 * article's sentence boundaries. A quote of one sentence is its own single piece, unchanged; a
 * piece of a longer one is a quote of its own: `id` the quote's id and `.n`, and `text`,
 * `parts`, `quotation`, `sentences` and `anchor` its own; speaker, kind and the rest the quote's.
 */
export function quotePieces(quote: Quote, article: Article): Quote[] {
  const pieces: Array<{ range: TextRange; sentence: string }> = [];
  for (const part of quote.parts) {
    for (const id of quote.sentences) {
      const sentence = article.sentences[Number(id.slice(2))];
      if (sentence?.id !== id) continue;
      const range = trim(article, {
        start: Math.max(part.start, sentence.start),
        end: Math.min(part.end, sentence.end),
      });
      if (range) pieces.push({ range, sentence: id });
    }
  }
  if (pieces.length <= 1) return [quote];
  return pieces.map(({ range, sentence }, n) =>
    piece(quote, article, [range], [sentence], `${quote.id}.${n}`),
  );
}

/**
 * One variant made of the consecutive pieces `from` to `to` of a quote's `pieces`, for a run of
 * sentences that no other outlet quotes apart: it stays one variant, as it reads (all of them:
 * the quote itself).
 */
export function joinPieces(
  quote: Quote,
  pieces: readonly Quote[],
  from: number,
  to: number,
  article: Article,
): Quote {
  if (from === 0 && to === pieces.length - 1) return quote;
  const run = pieces.slice(from, to + 1);
  return piece(
    quote,
    article,
    run.flatMap((item) => item.parts),
    [...new Set(run.flatMap((item) => item.sentences))],
    `${quote.id}.${from}-${to}`,
  );
}

/** A quote of `quote`'s speaker and kind over `parts` (source ranges, in order). */
function piece(
  quote: Quote,
  article: Article,
  parts: TextRange[],
  sentences: string[],
  id: string,
): Quote {
  // Consecutive ranges of one part are one run: they touch but for the spaces between them.
  const runs: TextRange[] = [];
  for (const part of parts) {
    const last = runs[runs.length - 1];
    const parent = quote.parts.find((run) => run.start <= part.start && run.end >= part.end);
    if (last && parent && last.start >= parent.start && last.end <= parent.end) last.end = part.end;
    else runs.push({ start: part.start, end: part.end });
  }
  const [start, end] = [runs[0]!.start, runs[runs.length - 1]!.end];
  return {
    ...quote,
    id,
    start,
    end,
    text: textOf(article, { start, end }),
    parts: runs,
    quotation: runs.map((run) => displayText(textOf(article, run))).join(' … '),
    sentences,
    anchor: sentences[0]!,
  };
}

/** The article's source text over `range`, through the block that holds it. */
function textOf(article: Article, range: TextRange): string {
  const block = article.blocks.find((item) => item.start <= range.start && item.end >= range.end);
  return block ? block.text.slice(range.start - block.start, range.end - block.start) : '';
}

/**
 * `range` without spaces and opening marks at its start, nor spaces, closing marks or a final
 * , ; : at its end (where a sentence boundary falls among them); null when no word is left.
 */
function trim(article: Article, range: TextRange): TextRange | null {
  if (range.end <= range.start) return null;
  const text = textOf(article, range);
  const lead = /^[\s“„«‘"]*/u.exec(text)![0].length;
  const tail = /[\s”»",;:]*$/u.exec(text.slice(lead))![0].length;
  const start = range.start + lead;
  const end = range.end - tail;
  if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(lead, text.length - tail))) return null;
  return { start, end };
}
