/**
 * Golden fixtures: each case in tests/fixtures/articles/<case>/ has an input.txt and the
 * expected article model in expected.json. The five seed articles are golden cases too, with
 * their expectations in tests/fixtures/seeds/<id>.expected.json. Run with UPDATE_GOLDEN=1 to
 * rewrite the expectations after a deliberate change, then review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { listArticleFiles } from '../src/lib/corpus/index.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/parse/article.ts';
import { decodeArticle } from '../src/lib/input/decode.ts';
import { displayText } from '../src/lib/text/display.ts';
import type { Article } from '../src/lib/model/types.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CASES = join(ROOT, 'tests/fixtures/articles');
const SEEDS = join(ROOT, 'content/articles');
const SEED_EXPECTED = join(ROOT, 'tests/fixtures/seeds');

/** What a golden file pins: the readable shape of the model, offsets included. */
function summarise(article: Article) {
  return {
    meta: article.meta,
    wordCount: article.wordCount,
    blocks: article.blocks.map((block) => `${block.kind}: ${displayText(block.text)}`),
    sentences: article.sentences.map((s) => ({
      id: s.id,
      kind: s.kind,
      start: s.start,
      end: s.end,
      text: displayText(s.text),
    })),
    debris: article.debris.map(({ kind, lines, author, outlet, credit }) => ({
      kind,
      lines,
      author,
      outlet,
      credit,
    })),
  };
}

function checkGolden(inputPath: string, expectedPath: string, id: string) {
  const source = decodeArticle(readFileSync(inputPath), inputPath);
  const article = parseArticle({ id, file: inputPath, source });
  for (const sentence of article.sentences) {
    expect(source.slice(sentence.start, sentence.end)).toBe(sentence.text);
  }
  const actual = summarise(article);
  if (process.env.UPDATE_GOLDEN || !existsSync(expectedPath)) {
    if (!process.env.UPDATE_GOLDEN)
      throw new Error(`missing ${expectedPath}: run with UPDATE_GOLDEN=1`);
    writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
  }
  expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
}

describe('golden fixtures', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, () =>
      checkGolden(join(CASES, name, 'input.txt'), join(CASES, name, 'expected.json'), name),
    );
  }
  mkdirSync(SEED_EXPECTED, { recursive: true });
  for (const { id, path } of listArticleFiles(SEEDS, { root: ROOT })) {
    it(`seed ${id}`, () => checkGolden(path, join(SEED_EXPECTED, `${id}.expected.json`), id));
  }
});
