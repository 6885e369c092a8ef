/**
 * The seed articles' quotations against their hand grouping (tests/fixtures/quotes/seed-groups.json,
 * written before grouping was changed): one group per quotation, every variant's exact text and
 * speaker, and the reported speech that restates each quotation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import type { TextRange } from '../src/lib/model/index.ts';
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
const sourceOf = new Map(
  articles.map((article) => [
    article.id,
    readFileSync(`${ROOT}${article.file}`, 'utf8').replace(/^\uFEFF/, ''),
  ]),
);
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

  it('links the reported speech read by hand to its quotation', () => {
    const extra: string[] = [];
    for (const group of expected) {
      const found = groupOf(group.variants[0]!)!;
      for (const paraphrase of group.paraphrases) {
        const at = sourceOf.get(paraphrase.article)!.indexOf(paraphrase.text);
        const range: TextRange = { start: at, end: at + paraphrase.text.length };
        const linked = found.paraphrases.some(
          (item) =>
            item.article === paraphrase.article &&
            Math.min(item.end, range.end) - Math.max(item.start, range.start) >=
              0.5 * (range.end - range.start),
        );
        expect(linked, `${group.name}: ${key(paraphrase)}`).toBe(true);
      }
      for (const item of found.paraphrases)
        if (!group.paraphrases.some((paraphrase) => item.article === paraphrase.article))
          extra.push(`${group.name}: ${item.article}: ${item.text}`);
    }
    // Links the hand reading did not list, for a reader to judge (not failures by themselves).
    if (extra.length) console.log(`paraphrases beyond the hand reading:\n${extra.join('\n')}`);
  });
});
