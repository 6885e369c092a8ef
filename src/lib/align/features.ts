/**
 * The evidence each unit brings to a comparison: the word evidence of `similarity.ts`
 * (IDF-weighted stems, bigrams, synonyms) and the facts of `quantities.ts`, over a model of the
 * story's own sentences. A quotation's first person ("we congratulate him") is read as its
 * speaker, so "we" meets the speaker's name in another outlet's reported speech; between two
 * quotations of one speaker the name is no evidence (each unit records whom it quotes).
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
    const described = withoutDescriptions(u);
    const spoken = byArticle.get(u.articleId) ?? [];
    const tokens = [...described, ...speakerTokens(u, spoken)];
    // Token offsets index the enclosing sentence; the unit starts `start - base` into it.
    const features = featurize(tokens, model, u.text, u.start - u.base);
    const quoted = quotedSpeakers(u, spoken);
    if (quoted.size > 0) features.quoted = quoted;
    return { ...u, index, features };
  });
  return { model, units };
}

// "Ana Ruiz, who chairs the union, said …", "Priya Chandran, chief strategist at Halden, said …":
// a name of two or more capitalised words, then a comma and a description up to the next comma;
// or, closing the sentence, a description opening with a determiner ("…, said Ana Ruiz, the
// union's leader.").
const APPOSITIVE =
  /\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)+,\s+((?:who\s|(?:an?\s|the\s)?\p{Ll})[^,;:"\u201C\u201D]{2,90}(?=,)|(?:an?|the|its|his|her|their)\s[^,;:"\u201C\u201D]{2,90}?(?=[.!?]?["'\u201D\u2019]?\s*$))/dgu;
// "Its general secretary, Ana Ruiz, said …", "Halden's chief strategist, Priya Chandran, said …":
// a description opening the sentence or a clause, then the name between commas.
const DESCRIPTION_BEFORE =
  /(?:^|[,;:]\s+)((?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['\u2019]s\s+)\p{Ll}[^,;:"\u201C\u201D]{2,60}),\s+\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)+,/dgu;
// Words that open an adverbial phrase, not a description of the person named before them.
const NOT_DESCRIPTION = new Map(
  [
    'ahead',
    'after',
    'before',
    'during',
    'meanwhile',
    'however',
    'speaking',
    'in',
    'on',
    'at',
    'for',
    'from',
    'with',
    'by',
    'when',
    'while',
    'as',
    'and',
    'but',
    'also',
    'though',
    'too',
  ].map((w) => [w, true] as const),
);

/**
 * The unit's tokens without the descriptions of people it names ("Priya Chandran, chief market
 * strategist at Halden Securities, said"): who is who is no claim, and two outlets describing
 * one person the same way made different statements of theirs look alike.
 */
function withoutDescriptions(u: UnitText): Token[] {
  const shift = u.start - u.base;
  const ranges: Array<[number, number]> = [];
  for (const m of u.text.matchAll(APPOSITIVE)) {
    const description = m[1] as string;
    const first = /^[\p{L}]+/u.exec(description)?.[0].toLowerCase() ?? '';
    if (NOT_DESCRIPTION.has(first)) continue;
    const [from, to] = m.indices?.[1] as [number, number];
    ranges.push([from + shift, to + shift]);
  }
  for (const m of u.text.matchAll(DESCRIPTION_BEFORE)) {
    const [from, to] = m.indices?.[1] as [number, number];
    ranges.push([from + shift, to + shift]);
  }
  if (ranges.length === 0) return u.tokens;
  return u.tokens.filter((t) => !ranges.some(([from, to]) => t.start >= from && t.end <= to));
}

/** The stems of the names of the speakers whose quotations overlap the unit. */
function quotedSpeakers(u: UnitText, quotes: readonly SpokenQuote[]): Set<string> {
  const stems = new Set<string>();
  for (const q of quotes) {
    if (q.end <= u.start || q.start >= u.end) continue;
    for (const t of tokenize(q.speaker as string)) if (!t.stop) stems.add(t.stem);
  }
  return stems;
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
