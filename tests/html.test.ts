/**
 * HTML pasted as text: the file is published (its markup stays literal text), but the build
 * warns naming the file, and the title is never a line of tags.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { isTagSoup, looksLikeHtml, stripTags } from '../src/lib/input/html.ts';
import { parseArticle } from '../src/lib/parse/article.ts';
import type { ArticleWarning } from '../src/lib/model/errors.ts';
import { articleLoader } from '../src/loaders/articles.ts';
import { fakeLoaderContext } from './helpers/fake-loader-context.ts';

const ROOT = new URL('..', import.meta.url).pathname;
// Folders the tests make, removed when they are done.
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A news page saved as HTML instead of text. */
const SAVED_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council approves tram line | Lisburn Local</title>
<link rel="stylesheet" href="/site.css">
</head>
<body>
<div class="article">
<h1>Council approves tram line</h1>
<p>City councillors voted 9-4 on Tuesday night to approve the tram line.</p>
<p>The first passengers are due to board in 2029.</p>
</div>
</body>
</html>
`;

/** The body of a page pasted from the browser's source view: no doctype, tags on every line. */
const PASTED_SOURCE = `<div class="story">
<p class="lede">City councillors voted 9-4 on Tuesday night to approve the tram line.</p>
<p>The first passengers are due to board in 2029.</p>
<p>Construction is set to start in 2027.</p>
</div>
`;

/** Every text file the project treats as an article: none of them is HTML. */
function textArticles(): string[] {
  const dirs = [
    join(ROOT, 'content/articles'),
    join(ROOT, 'tests/fixtures/hostile/articles'),
    ...readdirSync(join(ROOT, 'tests/fixtures/stories'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(ROOT, 'tests/fixtures/stories', entry.name, 'articles')),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(dir, name)),
  );
}

describe('HTML pasted as text', () => {
  it('is recognised in a saved page and in pasted page source', () => {
    expect(looksLikeHtml(SAVED_PAGE)).toBe(true);
    expect(looksLikeHtml(PASTED_SOURCE)).toBe(true);
  });

  it('is not seen in text that mentions or quotes markup, nor in any article of the project', () => {
    const files = textArticles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(looksLikeHtml(readFileSync(file, 'utf8')), file).toBe(false);
    expect(looksLikeHtml('Why <div> tags matter\nThe <p> element holds a paragraph.\n')).toBe(
      false,
    );
  });

  it('tells a line of markup from a line that mentions a tag', () => {
    expect(isTagSoup('<p class="lede">City councillors voted.</p>')).toBe(true);
    expect(isTagSoup('<br><br><img src="x.png"> Photo')).toBe(true);
    expect(
      isTagSoup('Markup in text must stay text <script>alert(1)</script> here, as typed.'),
    ).toBe(false);
    expect(isTagSoup('Why <div> tags matter')).toBe(false);
    expect(stripTags('<h1>Tram line <b>approved</b></h1>').replace(/\s+/g, ' ').trim()).toBe(
      'Tram line approved',
    );
  });

  it('never gives a title made of tags', () => {
    const saved = parseArticle({ id: 'page', file: 'page.txt', source: SAVED_PAGE });
    expect(saved.meta.title).toBe('Council approves tram line | Lisburn Local');
    const pasted = parseArticle({ id: 'src', file: 'src.txt', source: PASTED_SOURCE });
    expect(pasted.meta.title).toBe(
      'City councillors voted 9-4 on Tuesday night to approve the tram line.',
    );
    const onlyTags = parseArticle({ id: 'x', file: 'x.txt', source: '<div>\n<p>\n</p>\n</div>\n' });
    expect(onlyTags.meta).toMatchObject({ title: 'Article x', titleOrigin: 'fallback' });
  });

  it('is read all the same, with a warning naming the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-html-'));
    temps.push(root);
    const dir = join(root, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'page.txt'), SAVED_PAGE);
    writeFileSync(
      join(dir, 'good.txt'),
      readFileSync(join(ROOT, 'content/articles/000_f0b5d7bc94117462.txt')),
    );

    const warnings: ArticleWarning[] = [];
    const articles = readArticleDir(dir, { root, onWarning: (w) => warnings.push(w) });
    expect(articles.map((a) => a.id)).toEqual(['good', 'page']);
    expect(warnings.map((w) => w.message)).toEqual([
      'articles/page.txt: looks like HTML: save the page as text, or paste its text',
    ]);

    // The loader logs it as a warning, on every build: also when the file is unchanged.
    const { context, warns } = fakeLoaderContext(root);
    await articleLoader({ base: 'articles' }).load(context);
    await articleLoader({ base: 'articles' }).load(context);
    expect(warns).toEqual([
      'articles/page.txt: looks like HTML: save the page as text, or paste its text',
      'articles/page.txt: looks like HTML: save the page as text, or paste its text',
    ]);
  });
});
