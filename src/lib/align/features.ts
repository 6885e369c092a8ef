/**
 * The evidence each unit brings to a comparison. Today that is the word evidence of
 * `similarity.ts` (IDF-weighted stems, bigrams, numbers, synonyms) over a model of the story's
 * own sentences; further evidence about a unit is gathered here, beside it.
 */
import type { Token } from '../text/index.ts';
import { buildModel, featurize, type SimilarityModel } from './similarity.ts';
import type { Unit, UnitText } from './units.ts';

/** The story's model and its units with their evidence. */
interface DescribedUnits {
  model: SimilarityModel;
  /** The input units in the same order, `index` set to their position. */
  units: Unit[];
}

/**
 * Builds the story's model from its sentences (one document each, so clauses do not count a
 * word twice) and attaches each unit's features under that model. Deterministic; never throws.
 */
export function describeUnits(
  texts: readonly UnitText[],
  sentences: readonly (readonly Token[])[],
): DescribedUnits {
  const model = buildModel(sentences);
  const units = texts.map((u, index) => ({
    ...u,
    index,
    // Token offsets index the enclosing sentence; the unit starts `start - base` into it.
    features: featurize(u.tokens, model, u.text, u.start - u.base),
  }));
  return { model, units };
}
