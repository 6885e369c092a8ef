/**
 * The passages compared for disagreements: every sentence of every article, and every clause
 * the alignment made a claim span of, each with its facts, its polar verbs and its words.
 */
import type { Alignment } from '../align/index.ts';
import { extractFacts, type Fact } from '../facts/index.ts';
import type { Article } from '../model/index.ts';
import { tokenize, type Token } from '../text/index.ts';
import { DETERMINERS, NEGATORS, POLAR_WORDS, senseChanged } from './lexicon.ts';

/** A verb of an antonym group in a passage, with its polarity once negation is applied. */
export interface PolarVerb {
  group: string;
  /** +1 or -1: the side of the group, flipped when negated ("did not pass" is -1). */
  polarity: 1 | -1;
  /** Source offsets of the verb (and its negator): what a page marks. */
  start: number;
  end: number;
  /** The verb as a value: "passed", "failed", "did not confirm" (lower case). */
  value: string;
  /** Index of the verb's token in `Passage.tokens`. */
  token: number;
}

/** One sentence, or one clause that is a claim span. */
export interface Passage {
  /** Position in the list of passages. */
  index: number;
  article: string;
  /** The sentence's id (`s-N`): the permalink anchor. */
  anchor: string;
  start: number;
  end: number;
  text: string;
  /** Ids of the claims this passage is a span of. */
  claims: string[];
  /** A clause of a sentence (a claim span), not a whole sentence. */
  clause: boolean;
  /** Words of `text`; token offsets are relative to `text`. */
  tokens: Token[];
  /** Facts stated, with source offsets. */
  facts: Fact[];
  polar: PolarVerb[];
  /** For each token, whether it lies inside a fact. */
  inFact: boolean[];
}

/**
 * Every sentence of every article, then every claim span that is a clause rather than a whole
 * sentence. A sentence that is itself a claim span carries that claim's id.
 */
export function buildPassages(articles: readonly Article[], alignment: Alignment): Passage[] {
  const passages: Passage[] = [];
  const byRange = new Map<string, Passage>();
  const published = new Map(articles.map((article) => [article.id, article.meta.published]));
  const add = (article: string, anchor: string, start: number, text: string, clause: boolean) => {
    const key = `${article}|${start}|${start + text.length}`;
    const seen = byRange.get(key);
    if (seen) return seen;
    const passage = makePassage(
      passages.length,
      article,
      anchor,
      start,
      text,
      published.get(article) ?? null,
    );
    passage.clause = clause;
    passages.push(passage);
    byRange.set(key, passage);
    return passage;
  };
  for (const article of articles) {
    for (const sentence of article.sentences)
      add(article.id, sentence.id, sentence.start, sentence.text, false);
  }
  for (const claim of alignment.claims) {
    for (const span of claim.spans) {
      const passage = add(span.article, span.sentence, span.start, span.text, true);
      if (!passage.claims.includes(claim.id)) passage.claims.push(claim.id);
    }
  }
  return passages;
}

function makePassage(
  index: number,
  article: string,
  anchor: string,
  start: number,
  text: string,
  published: string | null,
): Passage {
  const facts = extractFacts(text, { published, offset: start });
  // Words are only needed where there is a value to compare: most sentences have none, and
  // tokenising is the dearest step.
  const tokens = facts.length > 0 || mayHavePolarWord(text) ? tokenize(text) : [];
  const inFact = tokens.map((token) =>
    facts.some((fact) => token.start + start < fact.end && token.end + start > fact.start),
  );
  return {
    index,
    article,
    anchor,
    start,
    end: start + text.length,
    text,
    claims: [],
    clause: false,
    tokens,
    facts,
    polar: polarVerbs(tokens, start),
    inFact,
  };
}

/** A cheap test before tokenising: does any word of the text belong to an antonym group? */
function mayHavePolarWord(text: string): boolean {
  for (const match of text.matchAll(/\p{L}+/gu)) {
    if (POLAR_WORDS.has(match[0].toLowerCase())) return true;
  }
  return false;
}

/**
 * The verbs of antonym groups in a passage. A polar word after a determiner is an adjective
 * ("the failed inspection") and one followed by a sense-changing word ("failed to", "passed
 * away") means something else: neither counts. A negator up to three words before flips the
 * polarity ("did not pass", "has never confirmed", "didn't deny").
 */
function polarVerbs(tokens: readonly Token[], offset: number): PolarVerb[] {
  const out: PolarVerb[] = [];
  tokens.forEach((token, i) => {
    const word = token.exact;
    const readings = POLAR_WORDS.get(word);
    if (!readings) return;
    const before = tokens[i - 1]?.exact;
    if (before !== undefined && DETERMINERS.has(before)) return;
    if (senseChanged(word, tokens[i + 1]?.exact)) return;
    let negator = -1;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const previous = tokens[k]!.exact;
      if (NEGATORS.has(previous) || previous.endsWith("n't")) {
        negator = k;
        break;
      }
    }
    const first = negator >= 0 ? tokens[negator]! : token;
    for (const reading of readings) {
      const polarity = (negator >= 0 ? -reading.polarity : reading.polarity) as 1 | -1;
      out.push({
        group: reading.group,
        polarity,
        start: first.start + offset,
        end: token.end + offset,
        value:
          negator >= 0
            ? tokens
                .slice(negator, i + 1)
                .map((t) => t.exact)
                .join(' ')
            : word,
        token: i,
      });
    }
  });
  return out;
}

/** The passage's facts that can conflict: not dates of the reporting ("said on Sunday"). */
export function comparableFacts(passage: Passage): Fact[] {
  return passage.facts.filter(
    (fact) => !((fact.kind === 'date' || fact.kind === 'time') && fact.reporting),
  );
}
