/**
 * The seed articles' quotations against their hand grouping (tests/fixtures/quotes/seed-groups.json,
 * written before grouping was changed): one group per quotation, every variant's exact text and
 * speaker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { groupQuotes, type QuoteGroup } from '../src/lib/quotes/index.ts';

interface Passage {
  article: string;
  text: string;
}

interface ExpectedGroup {
  name: string;
  kind: 'speech' | 'term';
  variants: Array<Passage & { speaker: string | null }>;
  paraphrases: Passage[];
}

const ROOT = new URL('..', import.meta.url).pathname;
const expected = (
  JSON.parse(readFileSync(`${ROOT}tests/fixtures/quotes/seed-groups.json`, 'utf8')) as {
    groups: ExpectedGroup[];
  }
).groups;
const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT });
const groups = groupQuotes(articles);
const key = (passage: Passage) => `${passage.article}: ${passage.text}`;

/** The group holding the variant `passage` (same article, same text). */
const groupOf = (passage: Passage): QuoteGroup | undefined =>
  groups.find((group) => group.variants.some((variant) => key(variant) === key(passage)));

describe('seed quotations, grouped as read by hand', () => {
  it('has one group per quotation, holding exactly its variants', () => {
    for (const group of expected) {
      const found = groupOf(group.variants[0]!);
      expect(found, group.name).toBeDefined();
      expect(found!.variants.map(key).sort(), group.name).toEqual(group.variants.map(key).sort());
      expect(found!.kind, group.name).toBe(group.kind);
    }
    expect(groups).toHaveLength(expected.length);
  });

  it('gives every seed quote its speaker', () => {
    for (const group of expected) {
      for (const variant of group.variants) {
        const found = groupOf(variant)!.variants.find((item) => key(item) === key(variant))!;
        expect(found.speaker, key(variant)).toBe(variant.speaker);
      }
    }
  });
});
