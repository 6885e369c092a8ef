/**
 * The passages alignment compares: every body sentence, and the clauses of long sentences, so
 * a sentence that carries two claims can meet each of them separately.
 */
import type { Article } from '../model/index.ts';
import { tokenize, type Token } from '../text/index.ts';
import type { Features } from './similarity.ts';

/** A passage to compare (a body sentence or a clause of one) before its evidence is known. */
export interface UnitText {
  /** Position of the article in the story's article list. */
  article: number;
  articleId: string;
  /** Story-wide sentence number: the clauses of one sentence share it and never meet. */
  sentence: number;
  sentenceId: string;
  /** Absolute offset of the enclosing sentence: token offsets are relative to it. */
  base: number;
  /** Absolute offsets into the article's source: `source.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The whole sentence (not one of its clauses). */
  whole: boolean;
}

/** A passage with its evidence, ready to be compared. */
export interface Unit extends UnitText {
  /** Position in the story's unit list, which is reading order (article, then source). */
  index: number;
  features: Features;
}

/** The story's units in reading order, and the tokens of each sentence they come from. */
interface CollectedUnits {
  units: UnitText[];
  /** One entry per aligned sentence, indexed by `UnitText.sentence`. */
  sentences: Token[][];
}

/** A clause of a sentence: offsets relative to the sentence, and its tokens. */
interface Clause {
  start: number;
  end: number;
  tokens: Token[];
}

// A sentence this long (in content words) is also tried clause by clause.
const CLAUSE_MIN_SENTENCE = 14;
// A clause shorter than this (in content words) is folded into its neighbour.
const CLAUSE_MIN_WORDS = 4;
const CLAUSE_BREAK = /\s*(?:[;:]|\s[\u2013\u2014-]\s|,["\u201D\u2019]?\s+(?=\S))/g;
const CLAUSE_CONJUNCTIONS =
  /^(and|but|while|whereas|although|though|which|who|as|after|before|because|since|including|seeking|expressing|stating|highlighting|adding|saying|prompting|where|when|so)\b/i;

/**
 * Collects the units of a story: each paragraph sentence and list item with at least one content
 * word, followed (when `clauses` is true) by its clauses if it splits into two or more. Titles
 * and headings are left out. Units come in reading order; never throws.
 */
export function collectUnits(articles: readonly Article[], clauses: boolean): CollectedUnits {
  const sentences: Token[][] = [];
  const units: UnitText[] = [];
  articles.forEach((article, ai) => {
    for (const s of article.sentences) {
      if (s.kind === 'title' || s.kind === 'heading') continue;
      const tokens = tokenize(s.text);
      if (!tokens.some((t) => !t.stop)) continue;
      const whole: UnitText = {
        article: ai,
        articleId: article.id,
        sentence: sentences.length,
        sentenceId: s.id,
        base: s.start,
        start: s.start,
        end: s.end,
        text: s.text,
        tokens,
        whole: true,
      };
      sentences.push(tokens);
      units.push(whole);
      if (!clauses) continue;
      for (const c of splitClauses(s.text, tokens)) {
        units.push({
          ...whole,
          start: s.start + c.start,
          end: s.start + c.end,
          text: s.text.slice(c.start, c.end),
          tokens: c.tokens,
          whole: false,
        });
      }
    }
  });
  return { units, sentences };
}

/**
 * Splits a long sentence into clauses at `;`, `:`, dashes, closing quotes followed by a comma,
 * and commas followed by a conjunction, a relative pronoun or a participle. Returns [] when the
 * sentence is short or does not split into at least two clauses of useful length.
 */
function splitClauses(text: string, tokens: readonly Token[]): Clause[] {
  if (contentWords(tokens) < CLAUSE_MIN_SENTENCE) return [];
  const clauses: Clause[] = [];
  for (const [s, e] of clauseRanges(text)) {
    const inside = tokens.filter((t) => t.start >= s && t.end <= e);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (!first || !last) continue;
    clauses.push({ start: first.start, end: last.end, tokens: inside });
  }
  const folded = foldShortClauses(clauses);
  return folded.length >= 2 ? folded : [];
}

/** The stretches of `text` between clause breaks (the whole text when there is none). */
function clauseRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const mark = m[0].trim();
    const after = text.slice(m.index + m[0].length);
    // A plain comma breaks only before a conjunction: most commas sit inside one claim.
    if (mark.startsWith(',') && !/["\u201D\u2019]/.test(mark) && !CLAUSE_CONJUNCTIONS.test(after)) {
      continue;
    }
    ranges.push([from, m.index]);
    from = m.index + m[0].length;
  }
  ranges.push([from, text.length]);
  return ranges;
}

/** Folds each short clause into the previous one (a short first clause takes in the next). */
function foldShortClauses(clauses: readonly Clause[]): Clause[] {
  const folded: Clause[] = [];
  for (const c of clauses) {
    const prev = folded[folded.length - 1];
    if (
      prev &&
      (contentWords(c.tokens) < CLAUSE_MIN_WORDS || contentWords(prev.tokens) < CLAUSE_MIN_WORDS)
    ) {
      folded[folded.length - 1] = {
        start: prev.start,
        end: c.end,
        tokens: [...prev.tokens, ...c.tokens],
      };
    } else {
      folded.push(c);
    }
  }
  return folded;
}

function contentWords(tokens: readonly Token[]): number {
  return tokens.filter((t) => !t.stop).length;
}
