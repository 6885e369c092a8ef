/**
 * Right-to-left articles: the direction and, where the letters tell, the language are read from
 * the text (or given as `lang` in front matter), carried in the model, and set on the article
 * page's <article> element.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/parse/article.ts';
import { readFrontMatter } from '../src/lib/input/front-matter.ts';
import { guessScript, languageDirection } from '../src/lib/text/script.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const ARABIC = readFileSync(join(ROOT, 'tests/fixtures/articles/rtl-arabic/input.txt'), 'utf8');
const PERSIAN =
  'شورای شهر با خط تراموای جدید موافقت کرد و گفت که ساخت آن از سال آینده آغاز می‌شود.';
const URDU = 'شہر کی کونسل نے نئی ٹرام لائن کی منظوری دے دی ہے۔ پہلی ٹرام 2029 میں چلے گی۔';
const HEBREW = 'מועצת העיר אישרה את קו הרכבת הקלה החדש. הנוסעים הראשונים יעלו ב-2029.';
const parse = (source: string) => parseArticle({ id: 'a', file: 'a.txt', source });

describe('script direction and language', () => {
  it('are read from the letters: Arabic, Persian, Urdu and Hebrew are right to left', () => {
    expect(guessScript(ARABIC)).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(guessScript(PERSIAN)).toEqual({ dir: 'rtl', lang: 'fa' });
    expect(guessScript(URDU)).toEqual({ dir: 'rtl', lang: 'ur' });
    expect(guessScript(HEBREW)).toEqual({ dir: 'rtl', lang: 'he' });
  });

  it('give no language for left-to-right scripts, and nothing for a text without letters', () => {
    expect(guessScript('The council approved the tram line (خط الترام) on Tuesday.')).toEqual({
      dir: 'ltr',
      lang: null,
    });
    expect(guessScript('Совет одобрил линию')).toEqual({ dir: 'ltr', lang: null });
    expect(guessScript('2029 — 14, 18!')).toEqual({ dir: null, lang: null });
    expect(languageDirection('ar-EG')).toBe('rtl');
    expect(languageDirection('he')).toBe('rtl');
    expect(languageDirection('ku-Arab')).toBe('rtl');
    expect(languageDirection('en-GB')).toBe('ltr');
  });

  it('are carried in the model, and Arabic text splits into sentences with a headline', () => {
    const article = parse(ARABIC);
    expect(article.meta).toMatchObject({
      title: 'المجلس البلدي يوافق على خط الترام الجديد',
      titleOrigin: 'text',
      lang: 'ar',
      dir: 'rtl',
    });
    // Arabic has no capitals: a sentence starts with any letter, and ؟ ends one.
    expect(article.sentences.filter((s) => s.kind === 'paragraph')).toHaveLength(7);
    expect(parse(HEBREW).sentences).toHaveLength(2);
    expect(parse(URDU).sentences).toHaveLength(2);
    expect(parse('The council approved the tram line.').meta).toMatchObject({
      lang: null,
      dir: 'ltr',
    });
  });

  it('may be given in front matter: lang is a language tag, the text still decides direction', () => {
    expect(readFrontMatter('---\nlang: AR-eg\n---\nB.', 'a.txt').data.lang).toBe('ar-EG');
    expect(() => readFrontMatter('---\nlang: english\n---\nB.', 'a.txt')).toThrow(
      'a.txt: front matter field "lang" must be a language tag such as "en" or "ar-EG", got "english"',
    );
    expect(parse('---\nlang: ar\n---\n2029 — 14 — 18\n').meta).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
    });
    expect(parse(`---\nlang: en\n---\n${HEBREW}\n`).meta).toMatchObject({
      lang: 'en',
      dir: 'rtl',
    });
  });
});

describe('astro build of a right-to-left article', () => {
  const work = mkdtempSync(join(tmpdir(), 'parallax-rtl-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('sets dir and lang on the article page’s <article>, and ltr on the others', () => {
    const dir = join(work, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'arabic.txt'), ARABIC);
    writeFileSync(
      join(dir, 'english.txt'),
      readFileSync(join(ROOT, 'content/articles/000_f0b5d7bc94117462.txt')),
    );
    const astro = join(
      dirname(createRequire(import.meta.url).resolve('astro/package.json')),
      'bin/astro.mjs',
    );
    const build = spawnSync(process.execPath, [astro, 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PARALLAX_ARTICLES: dir,
        PARALLAX_OUT_DIR: join(work, 'dist'),
        PARALLAX_CACHE_DIR: join(work, 'cache'),
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const page = (id: string) => join(work, 'dist/articles', id, 'index.html');
    expect(existsSync(page('arabic'))).toBe(true);
    const article = (id: string) => /<article\b[^>]*>/.exec(readFileSync(page(id), 'utf8'))?.[0];
    expect(article('arabic')).toMatch(/\bdir="rtl"/);
    expect(article('arabic')).toMatch(/\blang="ar"/);
    expect(article('english')).toMatch(/\bdir="ltr"/);
    expect(article('english')).not.toMatch(/\blang=/);
  }, 180_000);
});
