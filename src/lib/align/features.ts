/**
 * The evidence each unit brings to a comparison: the word evidence of `similarity.ts`
 * (IDF-weighted stems, bigrams, synonyms) and the facts of `quantities.ts`, over a model of the
 * story's own sentences. A quotation's first person ("we congratulate him") is read as its
 * speaker, so "we" meets the speaker's name in another outlet's reported speech.
 */
import { tokenize, type Token } from '../text/index.ts';
import { buildModel, featurize, type SimilarityModel } from './similarity.ts';
import type { SpokenQuote } from './types.ts';
import type { Unit, UnitText } from './units.ts';

/** The story's model and its units with their evidence. */
interface DescribedUnits {
  model: SimilarityModel;
  /** The input units in the same order, `index` set to their position. */
  units: Unit[];
}

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'our', 'my', 'ours', 'myself', 'ourselves']);

/**
 * Builds the story's model from its sentences (one document each, so clauses do not count a
 * word twice) and attaches each unit's features under that model. `quotes` (with their
 * speakers) resolve the first person inside quotations. Deterministic; never throws.
 */
export function describeUnits(
  texts: readonly UnitText[],
  sentences: readonly (readonly Token[])[],
  quotes: readonly SpokenQuote[] = [],
): DescribedUnits {
  const model = buildModel(sentences);
  const byArticle = new Map<string, SpokenQuote[]>();
  for (const q of quotes) {
    if (q.speaker) byArticle.set(q.article, [...(byArticle.get(q.article) ?? []), q]);
  }
  const units = texts.map((u, index) => {
    const tokens = [...u.tokens, ...speakerTokens(u, byArticle.get(u.articleId) ?? [])];
    return {
      ...u,
      index,
      // Token offsets index the enclosing sentence; the unit starts `start - base` into it.
      features: featurize(tokens, model, u.text, u.start - u.base),
    };
  });
  return { model, units };
}

/**
 * The speaker's name, as name tokens, once for each speaker whose quotation inside the unit
 * says "I" or "we". The tokens carry no offsets into the text (they are not in it).
 */
function speakerTokens(u: UnitText, quotes: readonly SpokenQuote[]): Token[] {
  const out: Token[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    const speaker = q.speaker as string;
    if (seen.has(speaker) || q.end <= u.start || q.start >= u.end) continue;
    const spoken = u.tokens.some((t) => {
      const at = u.base + t.start;
      return FIRST_PERSON.has(t.exact) && at >= q.start && at < q.end;
    });
    if (!spoken) continue;
    seen.add(speaker);
    for (const t of tokenize(speaker)) {
      if (t.stop) continue;
      out.push({
        ...t,
        start: u.end - u.base,
        end: u.end - u.base,
        entity: true,
        initialCap: false,
      });
    }
  }
  return out;
}
