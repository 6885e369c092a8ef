/**
 * JavaScript's own property names (constructor, __proto__, toString, hasOwnProperty, valueOf)
 * are ordinary words of an article: a word list kept in a plain object would hand back
 * `Object.prototype` members for them. The hostile fixtures `constructor.txt` and `toString.txt`
 * put them in a file name, front matter, a headline, headings, sentences, quotes and list items,
 * and every stage is run over them.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { listArticleFiles, readArticleFile } from '../src/lib/corpus/read-folder.ts';
import { alignStory } from '../src/lib/align/align.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import { buildSearchIndex, buildSearchRecords } from '../src/lib/search/records.ts';
import { createSearcher } from '../src/lib/search/engine.ts';
import { buildClaimsExport } from '../src/lib/publish/export.ts';
import { tokenize } from '../src/lib/text/tokens.ts';
import { synsetsOf } from '../src/lib/text/synonyms.ts';
import type { SearchIndexFile } from '../src/lib/search/options.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const files = listArticleFiles(`${ROOT}tests/fixtures/hostile/articles`, { root: ROOT }).filter(
  (file) => file.id === 'constructor' || file.id === 'toString',
);
const articles = files.map((file) => readArticleFile(file).article);

describe('property names of Object.prototype as words', () => {
  it('tokenize treats them as words, never as numbers or aliases', () => {
    for (const word of [...WORDS, 'isPrototypeOf', '__defineGetter__', 'toLocaleString']) {
      const tokens = tokenize(`The ${word} said.`);
      for (const token of tokens) {
        expect(typeof token.norm).toBe('string');
        expect(typeof token.stem).toBe('string');
        expect(token.number).toBeNull();
      }
    }
    expect(tokenize('5 constructor').map((t) => t.number)).toEqual([5, null]);
    expect(synsetsOf('constructor')).toEqual(expect.any(Array));
  });

  it('parses a file named constructor.txt with them in front matter, headings and text', () => {
    expect(files.map((file) => file.id)).toEqual(['constructor', 'toString']);
    const [article] = articles;
    expect(article!.id).toBe('constructor');
    expect(article!.meta).toMatchObject({ title: 'constructor', outlet: 'hasOwnProperty' });
    expect(article!.sentences.map((s) => s.kind)).toContain('heading');
    expect(article!.sentences.map((s) => s.kind)).toContain('list-item');
  });

  it('finds and groups quotes with such words in them and in speaker names', () => {
    const groups = groupQuotes(articles);
    const shared = groups.find((group) => group.variants.length === 2);
    expect(shared?.variants.map((quote) => quote.article)).toEqual(['constructor', 'toString']);
    expect(shared?.speaker).toMatch(/Jane Constructor$/);
  });

  it('aligns, indexes for search and exports them', () => {
    const alignment = alignStory(articles);
    const claims = alignment.claims.filter((claim) => /constructor/i.test(claim.label));
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect(alignment.bySentence.get('constructor#s-2')).toEqual(expect.any(Array));
    expect(alignment.bySentence.get('constructor')).toBeUndefined();

    const groups = groupQuotes(articles);
    const records = buildSearchRecords(
      articles,
      groups.flatMap((group) => group.variants),
    );
    const file = JSON.parse(JSON.stringify(buildSearchIndex(records))) as SearchIndexFile;
    const searcher = createSearcher(Fuse, file);
    for (const word of WORDS) {
      expect(searcher.search(word, undefined, 100).hits.length, word).toBeGreaterThan(0);
    }

    const exported = JSON.parse(JSON.stringify(buildClaimsExport(articles, alignment, groups)));
    expect(exported.articles.map((a: { id: string }) => a.id)).toEqual(['constructor', 'toString']);
    expect(exported.claims.length).toBe(alignment.claims.length);
  });
});
