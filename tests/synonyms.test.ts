import { describe, expect, it } from 'vitest';
import { buildModelFromTexts, compareSentences } from '../src/lib/align/index.ts';
import { synsetIds, synsetsOf } from '../src/lib/text/synonyms.ts';

const shareSynset = (a: string, b: string): boolean => {
  const other = new Set(synsetsOf(b));
  return synsetsOf(a).some((id) => other.has(id));
};

describe('synsetsOf (WordNet)', () => {
  it('finds synonyms through inflected forms', () => {
    expect(shareSynset('restored', 'reestablishing')).toBe(true);
    expect(shareSynset('talks', 'negotiations')).toBe(true);
    expect(shareSynset('acknowledged', 'recognizes')).toBe(true);
    expect(shareSynset('nuclear', 'atomic')).toBe(true);
  });

  it('does not make unrelated words or names synonyms', () => {
    expect(shareSynset('president', 'ukraine')).toBe(false);
    expect(shareSynset('troops', 'weather')).toBe(false);
  });

  it('answers empty for words WordNet does not know, without throwing', () => {
    expect(synsetsOf('zzqxv')).toEqual([]);
    expect(synsetsOf('')).toEqual([]);
    expect(synsetsOf('<script>')).toEqual([]);
  });

  it('reads the synset offsets of an index line after its pointer symbols', () => {
    // `pledge v 5 4 @ ~ * + 5 1 offsets…` from index.verb, lemma removed.
    const ids = synsetIds('v 5 4 @ ~ * + 5 1 00886061 02304230 01177764 00887802 00886467  ', 1);
    expect(ids).toEqual([886061, 2304230, 1177764, 887802, 886467].map((o) => o * 4 + 1));
    expect(synsetIds('v x', 1)).toEqual([]);
  });
});

describe('synonyms in claim similarity', () => {
  it('count a synonym as shared evidence, less than the same word', () => {
    const texts = [
      'The minister acknowledged the statements on the pipeline.',
      'The minister recognized the statements on the pipeline.',
      'The minister ignored the statements on the pipeline.',
    ];
    const model = buildModelFromTexts(texts);
    const [a, synonym, unrelated] = texts as [string, string, string];
    const withSynonym = compareSentences(a, synonym, model).score;
    expect(withSynonym).toBeGreaterThan(compareSentences(a, unrelated, model).score);
    expect(withSynonym).toBeLessThan(compareSentences(a, a, model).score);
    expect(withSynonym).toBeCloseTo(compareSentences(synonym, a, model).score, 10);
  });
});
