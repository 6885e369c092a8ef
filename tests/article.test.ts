import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/parse/article.ts';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { displayText } from '../src/lib/text/display.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const seeds = readArticleDir(`${ROOT}content/articles`, { root: ROOT });
const seed = (prefix: string) => seeds.find((article) => article.id.startsWith(prefix))!;
const texts = (prefix: string) => seed(prefix).sentences.map((s) => displayText(s.text));

describe('the seed articles', () => {
  it('are all read, with ids from their file names and paths relative to the root', () => {
    expect(seeds.map((a) => a.id)).toEqual([
      '000_f0b5d7bc94117462',
      '001_c369b15ec922ea33',
      '002_1770b75772eb5171',
      '003_820483dde3d54dea',
      '004_913725672f5aa097',
    ]);
    expect(seeds[0]!.file).toBe('content/articles/000_f0b5d7bc94117462.txt');
  });

  it('have the sentence counts a reader would count', () => {
    expect(Object.fromEntries(seeds.map((a) => [a.id.slice(0, 3), a.sentences.length]))).toEqual({
      '000': 21,
      '001': 32,
      '002': 26,
      '003': 31,
      '004': 14,
    });
  });

  it('cover every character of the body: each one is in a sentence or in debris', () => {
    for (const article of seeds) {
      const source = readFileSync(`${ROOT}${article.file}`, 'utf8');
      const covered = new Uint8Array(source.length);
      for (const range of [...article.sentences, ...article.debris])
        covered.fill(1, range.start, range.end);
      const missed = [...source].filter((char, i) => !covered[i] && !/\s/.test(char));
      // List bullets are markup, not text.
      expect(
        missed.filter((char) => char !== '-'),
        article.id,
      ).toEqual([]);
    }
  });

  it('give sentence offsets that slice the file text exactly, with ids s-0, s-1, …', () => {
    for (const article of seeds) {
      const source = readFileSync(`${ROOT}${article.file}`, 'utf8');
      article.sentences.forEach((sentence, index) => {
        expect(sentence.id).toBe(`s-${index}`);
        expect(source.slice(sentence.start, sentence.end)).toBe(sentence.text);
      });
    }
  });

  it('keep the quote that closes inside the sentence as one sentence (000)', () => {
    expect(texts('000')).toContain(
      '“We see statements by the newly elected U.S. President and members of his team about the desire to restore direct contacts with Russia,” Putin said.',
    );
  });

  it('split after “the U.S.” when a new sentence starts (000)', () => {
    expect(texts('000')).toContain(
      'These actions have been facilitated by the provision of advanced weaponry from Western allies, including the U.S.',
    );
  });

  it('do not split after Gen. (003 list item) or in 1,000 and 20% (002, 001)', () => {
    expect(texts('003')).toContain(
      'Trump appointed retired Gen. Keith Kellogg as special envoy for Ukraine and Russia',
    );
    expect(texts('002').some((t) => t.includes('almost 1,000 square kilometres'))).toBe(true);
    expect(texts('001')).toContain(
      'Currently, about 20% of Ukraine’s territory, including Crimea annexed in 2014, remains under Russian control.',
    );
  });

  it('make headings and list items their own units', () => {
    const kinds = (prefix: string) => seed(prefix).sentences.map((s) => s.kind);
    expect(texts('002')[kinds('002').indexOf('heading')]).toBe('Moscow and Kyiv fight for control');
    expect(texts('003')[kinds('003').indexOf('heading')]).toBe('At a Glance');
    expect(kinds('003').filter((k) => k === 'list-item')).toHaveLength(5);
  });

  it('take the headline of 001 as its title and derive the others from the lede', () => {
    expect(seed('001').meta).toMatchObject({
      title: 'Putin Hails Trump’s Return to Power',
      titleOrigin: 'text',
    });
    expect(seed('001').sentences[0]!.kind).toBe('title');
    expect(seed('000').meta.title).toMatch(
      /^Russian President Vladimir Putin has extended congratulations/,
    );
    for (const article of seeds) expect(article.meta.title.length).toBeLessThanOrEqual(90);
  });

  it('remove debris from the body and keep what it says as metadata', () => {
    const body = (prefix: string) => texts(prefix).join('\n');
    expect(body('000')).not.toMatch(/Leave a Reply|logged in/);
    expect(seed('000').debris.map((d) => d.kind)).toEqual(['comments', 'comments']);
    expect(body('001')).not.toMatch(/Richard Parks|View all posts|^Author$/m);
    expect(seed('001').meta).toMatchObject({ author: 'Richard Parks', outlet: 'New York Mirror' });
    expect(body('002')).not.toMatch(/Additional sources/);
    expect(seed('002').meta.credit).toBe('AP');
    expect(body('004')).not.toMatch(/Discover more|Subscribe/);
    expect(seed('004').meta).toMatchObject({ outlet: 'Defence Talks', outletOrigin: 'text' });
  });

  it('never invent an outlet, an author or a date', () => {
    for (const prefix of ['000', '002', '003']) expect(seed(prefix).meta.outlet).toBeNull();
    for (const article of seeds) {
      expect(article.meta.published).toBeNull();
      expect(article.meta.url).toBeNull();
    }
  });
});

describe('parseArticle on other input', () => {
  it('falls back to a neutral title when the text has no lede', () => {
    const article = parseArticle({ id: 'x', file: 'x.txt', source: 'Leave a Reply\n' });
    expect(article.sentences).toEqual([]);
    expect(article.meta).toMatchObject({ title: 'Article x', titleOrigin: 'fallback' });
  });

  it('yields the same sentences for LF, CRLF, CR and BOM copies', () => {
    const lf = readFileSync(`${ROOT}content/articles/001_c369b15ec922ea33.txt`, 'utf8');
    const variants = [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')];
    const results = variants.map((source) =>
      parseArticle({ id: 'a', file: 'a.txt', source }).sentences.map((s) => [
        s.id,
        displayText(s.text),
      ]),
    );
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('treats a line of invisible characters as blank, so no empty title or sentence appears', () => {
    const source = '\u200B\u2060\nPutin spoke on Monday. Trump listened.\n\u202E\n';
    const article = parseArticle({ id: 'x', file: 'x.txt', source });
    expect(article.sentences.map((s) => displayText(s.text))).toEqual([
      'Putin spoke on Monday.',
      'Trump listened.',
    ]);
    expect(article.meta.title).toBe('Putin spoke on Monday.');
  });

  it('keeps markup as text', () => {
    const source =
      'Officials said <script>alert("x")</script> was found. <b onclick="x()">Bold</b> claim.';
    const article = parseArticle({ id: 'x', file: 'x.txt', source });
    expect(article.sentences.map((s) => s.text).join(' ')).toBe(source);
  });

  it('keeps control characters out of the title, the metadata and every displayed sentence', () => {
    const path = `${ROOT}tests/fixtures/hostile/articles/controls.txt`;
    const article = parseArticle({
      id: 'controls',
      file: path,
      source: readFileSync(path, 'utf8'),
    });
    const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
    expect(article.meta).toMatchObject({
      title: 'Bell and escape in a title',
      outlet: 'Control Room',
      author: 'Jane[31m Doe',
    });
    const headline = parseArticle({
      id: 'h',
      file: 'h.txt',
      source: 'A bell\u0007 rings out here\n',
    });
    expect(headline.meta.title).toBe('A bell rings out here');
    const shown = article.sentences.map((s) => displayText(s.text));
    expect(shown.join(' ')).not.toMatch(CONTROL);
    expect(shown).toContain('C1 controls such as and are not text either, nor is DEL here.');
    expect(shown).toContain('A list item with a form feed and a vertical tab between words');
  });

  it('takes author and date from the furniture of a page copy, and its headline from under a cookie banner', () => {
    const story = (name: string) =>
      readFileSync(`${ROOT}tests/fixtures/stories/tram-vote/articles/${name}.txt`, 'utf8');
    expect(
      parseArticle({ id: 'l', file: 'l.txt', source: story('lisburn-local') }).meta,
    ).toMatchObject({
      title: 'Council says yes to €610m tram line for Lisburn',
      titleOrigin: 'text',
      author: 'Niamh Doherty',
      authorOrigin: 'text',
      published: '2026-02-17T22:42',
      publishedOrigin: 'text',
    });
    expect(
      parseArticle({ id: 'r', file: 'r.txt', source: story('rail-review') }).meta,
    ).toMatchObject({
      author: 'Marcus Webb',
      published: '2026-02-18',
      publishedOrigin: 'text',
      outlet: 'Rail Review',
    });
    // Front matter wins over the text.
    expect(
      parseArticle({ id: 'c', file: 'c.txt', source: story('the-chronicle') }).meta,
    ).toMatchObject({
      published: '2026-02-17',
      publishedOrigin: 'front-matter',
    });
  });
});
