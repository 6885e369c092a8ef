/**
 * Hostile files: every bad article file has a tested outcome, through the pipeline's folder
 * reader (`readArticleDir`), through the Astro loader, and through a real `astro build`:
 * the build stops with a message that names the file and the reason (and for invalid UTF-8, the
 * byte offset). Line-ending and BOM variants of a seed parse to the same sentences. (That no file is dropped
 * silently from the built site is checked in `tests/site/`.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listArticleFiles,
  readArticleDir,
  readArticleFile,
} from '../src/lib/corpus/read-folder.ts';
import { DEFAULT_MAX_BYTES } from '../src/lib/input/decode.ts';
import { ArticleError, CorpusError } from '../src/lib/model/errors.ts';
import { displayText } from '../src/lib/text/display.ts';
import { articleLoader } from '../src/loaders/articles.ts';
import { ROOT } from './e2e/pages.ts';
import { fakeLoaderContext } from './helpers/fake-loader-context.ts';

const SEEDS = join(ROOT, 'content/articles');
const SEED = join(SEEDS, '001_c369b15ec922ea33.txt');
const seedText = readFileSync(SEED, 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => [...part]));

/** A bad file: its name, its bytes, and what the error must say about it. */
interface BadFile {
  name: string;
  bytes: Uint8Array;
  reason: RegExp;
  byteOffset?: number;
  /** Other files the case needs beside it (a duplicate id needs its twin). */
  with?: Record<string, Uint8Array>;
  maxBytes?: number;
}

const body = '\nA sentence of the article, long enough to be a paragraph of text.\n';
const frontMatter = (yaml: string): Uint8Array => utf8(`---\n${yaml}\n---${body}`);

const BAD_FILES: BadFile[] = [
  { name: 'empty.txt', bytes: new Uint8Array(), reason: /is empty/ },
  { name: 'blank.txt', bytes: utf8(' \n\t\r\n  \n'), reason: /is empty/ },
  { name: 'bom-only.txt', bytes: concat([0xef, 0xbb, 0xbf]), reason: /is empty/ },
  {
    name: 'binary.txt',
    bytes: concat(utf8('PNG-ish header'), [0, 1, 2, 0xff]),
    reason: /NUL bytes/,
    byteOffset: 14,
  },
  {
    name: 'latin1.txt',
    bytes: concat(utf8('Caf'), [0xe9], utf8(' au lait, a Latin-1 file.')),
    reason: /not valid UTF-8 \(at byte 3\); it looks like Windows-1252 \(Latin-1\) text: convert/,
    byteOffset: 3,
  },
  {
    name: 'overlong.txt',
    bytes: concat(utf8('An overlong slash '), [0xc0, 0xaf], utf8(' here.')),
    reason: /not valid UTF-8/,
    byteOffset: 18,
  },
  {
    name: 'surrogate.txt',
    bytes: concat(utf8('A lone surrogate '), [0xed, 0xa0, 0x80], utf8(' here.')),
    reason: /not valid UTF-8/,
    byteOffset: 17,
  },
  {
    name: 'truncated.txt',
    bytes: concat(utf8('A euro sign cut short: '), [0xe2, 0x82]),
    reason: /not valid UTF-8/,
    byteOffset: 23,
  },
  {
    name: 'oversize.txt',
    bytes: utf8(`${'A sentence that repeats. '.repeat(200)}\n`),
    reason: /file is 5001 bytes, over the limit of 4096/,
    maxBytes: 4096,
  },
  {
    name: 'a.txt',
    bytes: utf8(seedText),
    with: { 'A.txt': utf8(seedText) },
    reason: /id "a" collides with .*A\.txt/,
  },
  {
    name: 'twin.txt',
    bytes: utf8(seedText),
    with: { 'twin.md': utf8(seedText) },
    reason: /id "twin" collides with .*twin\.md/,
  },
  { name: 'notes.docx', bytes: utf8(seedText), reason: /extension "\.docx"/ },
  { name: 'no extension', bytes: utf8(seedText), reason: /extension ""/ },
  { name: 'bad id!.txt', bytes: utf8(seedText), reason: /id "bad id!" must be/ },
  {
    name: 'debris-only.txt',
    bytes: utf8('Leave a Reply\nYou must be logged in to post a comment.\n'),
    reason: /no article text once page debris is removed/,
  },
  {
    name: 'fm-only.txt',
    bytes: utf8('---\ntitle: A title and nothing else\n---\n\n'),
    reason: /fm-only\.txt: holds only front matter, no article text$/,
  },
  {
    name: 'fm-unclosed.txt',
    bytes: utf8(`---\ntitle: Never closed${body}`),
    reason: /never closed/,
  },
  {
    name: 'fm-yaml.txt',
    bytes: frontMatter('title: [unbalanced'),
    reason: /front matter is not valid YAML/,
  },
  { name: 'fm-list.txt', bytes: frontMatter('- a\n- b'), reason: /must be a mapping/ },
  { name: 'fm-unknown.txt', bytes: frontMatter('tags: news'), reason: /field "tags" is unknown/ },
  {
    name: 'fm-url.txt',
    bytes: frontMatter('url: javascript:alert(1)'),
    reason: /field "url" must be an http\(s\) URL/,
  },
  {
    name: 'fm-date.txt',
    bytes: frontMatter('published: the day before yesterday'),
    reason: /field "published" must be a date/,
  },
  {
    name: 'fm-feb30.txt',
    bytes: frontMatter('published: 2025-02-30'),
    reason: /field "published" is not a real date, got "2025-02-30" \(February 2025 has 28 days\)/,
  },
  {
    name: 'fm-lang.txt',
    bytes: frontMatter('lang: Arabic'),
    reason: /field "lang" must be a language tag such as "en" or "ar-EG", got "Arabic"/,
  },
  {
    name: 'fm-type.txt',
    bytes: frontMatter('title:\n  nested: mapping'),
    reason: /field "title" must be text/,
  },
];

let work: string;
let n = 0;
/** A fresh folder holding the given files (and a good seed, so only the bad file fails). */
function folderWith(files: Record<string, Uint8Array>): { root: string; dir: string } {
  const root = join(work, `case-${n++}`);
  const dir = join(root, 'articles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.txt'), seedText);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return { root, dir };
}

function corpusErrorOf(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError, but the folder was read');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'parallax-hostile-files-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('line endings and BOM', () => {
  const files = listArticleFiles(SEEDS, { root: ROOT });
  const shape = (bytes: Uint8Array, file: (typeof files)[number]) => {
    const { article } = readArticleFile(file, {}, bytes);
    return {
      title: article.meta.title,
      sentences: article.sentences.map((s) => ({
        id: s.id,
        kind: s.kind,
        text: displayText(s.text),
      })),
    };
  };

  it.each(files.map((file) => [file.id, file] as const))(
    '%s: BOM+CRLF and CR-only copies give the same sentences',
    (_id, file) => {
      const text = readFileSync(file.path, 'utf8').replace(/\r\n?/g, '\n');
      const original = shape(utf8(text), file);
      const crlf = shape(concat([0xef, 0xbb, 0xbf], utf8(text.replace(/\n/g, '\r\n'))), file);
      const cr = shape(utf8(text.replace(/\n/g, '\r')), file);
      expect(original.sentences.length).toBeGreaterThan(5);
      expect(crlf).toEqual(original);
      expect(cr).toEqual(original);
    },
  );

  it('offsets of a BOM+CRLF copy index its own decoded text', () => {
    const file = files[1]!;
    const bytes = concat([0xef, 0xbb, 0xbf], utf8(seedText.replace(/\n/g, '\r\n')));
    const { article } = readArticleFile(file, {}, bytes);
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    for (const sentence of article.sentences) {
      expect(decoded.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});

describe('bad files stop the pipeline naming the file and the reason', () => {
  it.each(BAD_FILES.map((bad) => [bad.name, bad] as const))('%s', (_name, bad) => {
    const { root, dir } = folderWith({ ...bad.with, [bad.name]: bad.bytes });
    const options = bad.maxBytes === undefined ? { root } : { root, maxBytes: bad.maxBytes };
    const error = corpusErrorOf(() => readArticleDir(dir, options));
    expect(error.problems).toHaveLength(1);
    const [only] = error.problems as [ArticleError];
    expect(only.file).toBe(`articles/${bad.name}`);
    expect(only.message).toMatch(bad.reason);
    expect(error.message).toContain(`articles/${bad.name}`);
    if (bad.byteOffset !== undefined) {
      expect(only.byteOffset).toBe(bad.byteOffset);
      expect(only.message).toContain(`at byte ${bad.byteOffset}`);
    }
  });

  it.each(BAD_FILES.map((bad) => [bad.name, bad] as const))(
    '%s, through the Astro loader',
    async (_name, bad) => {
      const { root } = folderWith({ ...bad.with, [bad.name]: bad.bytes });
      const { context } = fakeLoaderContext(root);
      const loader = articleLoader({
        base: 'articles',
        maxBytes: bad.maxBytes ?? DEFAULT_MAX_BYTES,
      });
      const load = loader.load(context);
      await expect(load).rejects.toThrow(CorpusError);
      await expect(load).rejects.toThrow(bad.reason);
      await expect(load).rejects.toThrow(`articles/${bad.name}`);
    },
  );

  it('reports every bad file of a folder at once, bad names and bad contents together', () => {
    const files = Object.fromEntries(
      BAD_FILES.filter((bad) => !bad.with && !bad.maxBytes).map((bad) => [bad.name, bad.bytes]),
    );
    const { root, dir } = folderWith(files);
    const error = corpusErrorOf(() => readArticleDir(dir, { root }));
    expect(error.problems.map((e) => e.file).sort()).toEqual(
      Object.keys(files)
        .map((name) => `articles/${name}`)
        .sort(),
    );
  });

  it('a nested folder and an empty folder are errors too', () => {
    const nested = folderWith({});
    mkdirSync(join(nested.dir, 'more'));
    expect(corpusErrorOf(() => readArticleDir(nested.dir, nested)).message).toMatch(
      /articles\/more: is not a file/,
    );
    const empty = join(work, 'empty-folder');
    mkdirSync(empty);
    expect(corpusErrorOf(() => readArticleDir(empty)).message).toMatch(/holds no article files/);
  });

  it('the default size limit is 2 MiB: one byte more is refused', () => {
    const line = 'A line of the oversized article, repeated until the file is too big.\n';
    const big = utf8(line.repeat(Math.ceil((DEFAULT_MAX_BYTES + 1) / line.length)));
    expect(big.length).toBeGreaterThan(DEFAULT_MAX_BYTES);
    const { root, dir } = folderWith({ 'huge.txt': big });
    expect(corpusErrorOf(() => readArticleDir(dir, { root })).message).toMatch(
      new RegExp(
        `articles/huge\\.txt: file is ${big.length} bytes, over the limit of ${DEFAULT_MAX_BYTES}`,
      ),
    );
  });
});

describe('astro build with bad files', () => {
  const astro = join(
    dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin/astro.mjs',
  );
  /** Builds a folder holding a good seed and the named bad files; returns status and output. */
  function buildWith(names: string[], extra: Record<string, Uint8Array> = {}) {
    const files: Record<string, Uint8Array> = { ...extra };
    for (const bad of BAD_FILES.filter((b) => names.includes(b.name))) {
      Object.assign(files, bad.with, { [bad.name]: bad.bytes });
    }
    const { root, dir } = folderWith(files);
    const build = spawnSync(process.execPath, [astro, 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PARALLAX_ARTICLES: dir,
        PARALLAX_OUT_DIR: join(root, 'dist'),
        PARALLAX_CACHE_DIR: join(root, 'cache'),
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return {
      status: build.status,
      output: `${build.stdout}\n${build.stderr}`,
      built: existsSync(join(root, 'dist/articles/good/index.html')),
    };
  }

  it('a binary file stops the build, named with its reason and byte offset', () => {
    const build = buildWith(['binary.txt']);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(
      /binary\.txt: contains NUL bytes: binary, not text \(at byte 14\)/,
    );
    expect(build.built).toBe(false);
  });

  it('a build with several bad names names every one of them', () => {
    const build = buildWith(['a.txt', 'notes.docx']);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/a\.txt: id "a" collides with .*A\.txt/);
    expect(build.output).toMatch(/notes\.docx: has extension "\.docx"/);
  });

  it('a build with several bad contents names every file and reason, and no stack trace', () => {
    const build = buildWith(['latin1.txt', 'fm-date.txt', 'fm-unknown.txt', 'fm-only.txt']);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(
      /latin1\.txt: is not valid UTF-8 \(at byte 3\); it looks like Windows-1252 \(Latin-1\) text: convert it with `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE\.tmp && mv FILE\.tmp FILE` or re-save it as UTF-8/,
    );
    expect(build.output).toMatch(/fm-only\.txt: holds only front matter, no article text/);
    // The message is the whole story: nothing of the code that noticed the problem follows it.
    expect(build.output).not.toMatch(/Stack trace|Location:|^\s+at /m);
    expect(build.output).toMatch(/fm-date\.txt: front matter field "published" must be a date/);
    expect(build.output).toMatch(/fm-unknown\.txt: front matter field "tags" is unknown/);
    expect(build.built).toBe(false);
  });

  it('a file of HTML is published with a warning naming it, not a failure', () => {
    const page = utf8(
      '<!DOCTYPE html>\n<html>\n<head><title>Tram line approved</title></head>\n<body>\n' +
        '<p>City councillors voted 9-4 on Tuesday night to approve the tram line.</p>\n</body>\n</html>\n',
    );
    const build = buildWith([], { 'page.txt': page });
    expect(build.status, build.output).toBe(0);
    expect(build.built).toBe(true);
    expect(build.output).toMatch(
      /\[WARN\].*articles\/page\.txt: looks like HTML: save the page as text, or paste its text/,
    );
  });
});
