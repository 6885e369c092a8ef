import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignStory } from '../src/lib/align/index.ts';
import { parseArticle } from '../src/lib/parse/article.ts';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { buildClaimsExport, type ClaimsExport } from '../src/lib/publish/export.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import type { Article } from '../src/lib/model/types.ts';

const ROOT = new URL('..', import.meta.url).pathname;

function exportOf(articles: Article[]): ClaimsExport {
  return buildClaimsExport(articles, alignStory(articles), groupQuotes(articles));
}

/** Checks the contract of DESIGN.md against the texts the spans claim to index. */
function checkContract(data: ClaimsExport, textOf: (id: string) => string) {
  const ids = new Set(data.articles.map((a) => a.id));
  const anchorsOf = (id: string) => data.articles.find((a) => a.id === id);
  expect(ids.size).toBe(data.articles.length);
  for (const claim of data.claims) {
    expect(new Set(claim.spans.map((s) => s.article)).size).toBeGreaterThanOrEqual(2);
    expect(claim.sources).toBe(new Set(claim.spans.map((s) => s.article)).size);
    expect(claim.label.length).toBeGreaterThan(0);
    for (const span of claim.spans) {
      expect(ids.has(span.article)).toBe(true);
      expect(anchorsOf(span.article)).toBeDefined();
      expect(span.anchor).toMatch(/^s-\d+$/);
      expect(textOf(span.article).slice(span.start, span.end)).toBe(span.text);
    }
  }
  // Every passage starts in the sentence its anchor names.
  const inAnchor = (passage: { article: string; anchor: string; start: number }) => {
    const sentence = anchorsOf(passage.article)!.sentences.find((s) => s.anchor === passage.anchor);
    expect(sentence, `${passage.article}#${passage.anchor}`).toBeDefined();
    expect(passage.start).toBeGreaterThanOrEqual(sentence!.start);
    expect(passage.start).toBeLessThan(sentence!.end);
  };
  for (const article of data.articles) {
    expect(article.sentences.map((s) => s.anchor)).toEqual(
      article.sentences.map((_, index) => `s-${index}`),
    );
    let end = 0;
    for (const sentence of article.sentences) {
      expect(sentence.start).toBeGreaterThanOrEqual(end);
      expect(sentence.end).toBeGreaterThan(sentence.start);
      expect(textOf(article.id).slice(sentence.start, sentence.end).trim()).not.toBe('');
      end = sentence.end;
    }
  }
  for (const claim of data.claims) for (const span of claim.spans) inAnchor(span);
  for (const group of data.quotes) {
    expect(group.variants.length).toBeGreaterThanOrEqual(1);
    expect(typeof group.wordingDiffers).toBe('boolean');
    for (const passage of [...group.variants, ...group.paraphrases]) {
      expect(textOf(passage.article).slice(passage.start, passage.end)).toBe(passage.text);
      expect(passage.anchor).toMatch(/^s-\d+$/);
      inAnchor(passage);
    }
  }
}

describe('/data/claims.json', () => {
  const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT });
  const data = exportOf(articles);
  const fileText = (id: string) => {
    const article = data.articles.find((a) => a.id === id)!;
    return readFileSync(`${ROOT}${article.file}`, 'utf8').replace(/^\uFEFF/, '');
  };

  it('lists every article with its file, title, outlet and page', () => {
    expect(data.articles).toHaveLength(5);
    for (const article of data.articles) {
      expect(existsSync(`${ROOT}${article.file}`)).toBe(true);
      expect(article.url).toBe(`/articles/${article.id}/`);
    }
    expect(data.articles.find((a) => a.id.startsWith('004'))!.outlet).toBe('Defence Talks');
    expect(data.articles.find((a) => a.id.startsWith('000'))!.outlet).toBeNull();
  });

  it('holds claims and quotes whose offsets slice the files exactly', () => {
    expect(data.claims.length).toBeGreaterThan(5);
    expect(data.quotes.length).toBeGreaterThan(5);
    checkContract(data, fileText);
  });

  it('lists each article’s sentences as the article model has them', () => {
    for (const article of articles) {
      const exported = data.articles.find((a) => a.id === article.id)!;
      expect(exported.sentences).toEqual(
        article.sentences.map((s) => ({ anchor: s.id, start: s.start, end: s.end })),
      );
    }
  });

  it('exports each quotation’s paraphrases and whether outlets word it differently', () => {
    expect(data.quotes.some((group) => group.wordingDiffers)).toBe(true);
    expect(data.quotes.some((group) => !group.wordingDiffers)).toBe(true);
    expect(data.quotes.some((group) => group.paraphrases.length > 0)).toBe(true);
  });

  it('indexes the decoded text without the BOM, CRLF kept, for a BOM+CRLF file', () => {
    const source = readFileSync(`${ROOT}content/articles/002_1770b75772eb5171.txt`, 'utf8');
    const crlf = source.replace(/\n/g, '\r\n');
    const copies = [articles[0]!, parseArticle({ id: 'crlf', file: 'crlf.txt', source: crlf })];
    const copyData = exportOf(copies);
    const texts: Record<string, string> = { crlf, [articles[0]!.id]: fileText(articles[0]!.id) };
    checkContract(copyData, (id) => texts[id]!);
    expect(copyData.claims.length).toBeGreaterThan(0);
  });
});
