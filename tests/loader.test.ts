import { copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleLoader } from '../src/loaders/articles.ts';
import { fakeLoaderContext } from './helpers/fake-loader-context.ts';
import { runStage } from '../src/lib/corpus/index.ts';

const SEEDS = new URL('../content/articles/', import.meta.url).pathname;
const IDS = ['000_f0b5d7bc94117462', '001_c369b15ec922ea33'];

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-loader-'));
  dir = join(root, 'content/articles');
  mkdirSync(dir, { recursive: true });
  for (const id of IDS) copyFileSync(join(SEEDS, `${id}.txt`), join(dir, `${id}.txt`));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('articleLoader', () => {
  it('stores one entry per file with the article model, and reports counts', async () => {
    const { context, entries, logs } = fakeLoaderContext(root);
    await articleLoader().load(context);
    expect([...entries.keys()].sort()).toEqual(IDS);
    const entry = entries.get(IDS[1]!)!;
    expect(entry.filePath).toBe(`content/articles/${IDS[1]}.txt`);
    expect(entry.data).toMatchObject({ id: IDS[1], meta: { author: 'Richard Parks' } });
    expect(logs.at(-1)).toMatch(/^2 articles, \d+ blocks, 53 sentences \(2 parsed, 0 unchanged\)$/);
  });

  it('skips files whose bytes did not change, re-parses changed ones, deletes removed ones', async () => {
    const { context, entries, logs, parsed } = fakeLoaderContext(root);
    await articleLoader().load(context);
    parsed.length = 0;
    await articleLoader().load(context);
    expect(parsed).toEqual([]);
    expect(logs.at(-1)).toMatch(/\(0 parsed, 2 unchanged\)/);

    writeFileSync(join(dir, `${IDS[0]}.txt`), 'A new first sentence. And another.\n');
    unlinkSync(join(dir, `${IDS[1]}.txt`));
    await articleLoader().load(context);
    expect(parsed).toEqual([IDS[0]]);
    expect([...entries.keys()]).toEqual([IDS[0]]);
  });

  it('stops naming every file it cannot publish, and why', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Uint8Array.from([1, 0, 2]));
    writeFileSync(join(dir, 'notes.pdf'), 'x');
    const { context } = fakeLoaderContext(root);
    const load = articleLoader().load(context);
    await expect(load).rejects.toThrow(/notes\.pdf: has extension "\.pdf"/);
    rmSync(join(dir, 'notes.pdf'));
    const error = await articleLoader()
      .load(context)
      .then(
        () => null,
        (e: Error) => e,
      );
    expect(error?.message).toMatch(/2 article files cannot be published/);
    expect(error?.message).toMatch(/content\/articles\/binary\.txt: contains NUL bytes/);
    expect(error?.message).toMatch(/content\/articles\/empty\.txt: is empty/);
  });

  it('applies its size limit and validates its options', async () => {
    const { context } = fakeLoaderContext(root);
    await expect(articleLoader({ maxBytes: 1000 }).load(context)).rejects.toThrow(
      /000_f0b5d7bc94117462\.txt: file is \d+ bytes, over the limit of 1000/,
    );
    expect(() => articleLoader({ maxBytes: 0 })).toThrow(/maxBytes must be a positive integer/);
  });

  it('rejects ids that collide or are unsafe in a URL', async () => {
    copyFileSync(join(dir, `${IDS[0]}.txt`), join(dir, `${IDS[0]!.toUpperCase()}.md`));
    writeFileSync(join(dir, 'a b?.txt'), 'Text.');
    const { context } = fakeLoaderContext(root);
    const error = await articleLoader()
      .load(context)
      .then(
        () => null,
        (e: Error) => e,
      );
    // Both files are named: the one reported and the one it collides with.
    expect(error?.message).toMatch(
      /000_f0b5d7bc94117462\.txt: id "000_f0b5d7bc94117462" collides with/,
    );
    expect(error?.message).toMatch(/collides with content\/articles\/000_F0B5D7BC94117462\.md/);
    expect(error?.message).toMatch(/a b\?\.txt: id "a b\?" must be letters, digits/);
  });

  it('reports progress on a large folder, and nothing more on a small one', async () => {
    const small = fakeLoaderContext(root);
    await articleLoader().load(small.context);
    expect(small.logs.filter((line) => line.startsWith('parsed'))).toEqual([]);

    for (let k = 0; k < 118; k++) {
      writeFileSync(
        join(dir, `extra-${String(k).padStart(3, '0')}.txt`),
        `Article ${k} said ${k}.\n`,
      );
    }
    const large = fakeLoaderContext(root);
    await articleLoader().load(large.context);
    const progress = large.logs.filter((line) => line.startsWith('parsed'));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.length).toBeLessThanOrEqual(11);
    for (const line of progress) {
      expect(line).toMatch(/^parsed \d+\/120 articles \(\d+\.\d of \d+\.\d MB\)$/);
    }
    expect(progress.at(-1)).toMatch(/^parsed 120\/120 articles/);
    expect(large.logs.at(-1)).toMatch(/^120 articles, /);
  });
});

describe('runStage', () => {
  it('says when a stage of a large story starts and how long it took, and nothing for a small one', () => {
    const logs: string[] = [];
    expect(
      runStage(
        (m) => logs.push(m),
        false,
        'aligning 20 sentences',
        () => 7,
      ),
    ).toBe(7);
    expect(logs).toEqual([]);
    expect(
      runStage(
        (m) => logs.push(m),
        true,
        'aligning 20000 sentences',
        () => 8,
      ),
    ).toBe(8);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toBe('aligning 20000 sentences…');
    expect(logs[1]).toMatch(/^aligning 20000 sentences: done in \d+\.\d s$/);
  });
});

describe('the story file in the articles folder', () => {
  it('is not an article, and says nothing when its title fits the articles', async () => {
    writeFileSync(
      join(dir, 'story.yaml'),
      'title: Putin congratulates Trump on his inauguration\n',
    );
    const { context, entries, warnings } = fakeLoaderContext(root);
    await articleLoader().load(context);
    expect([...entries.keys()].sort()).toEqual(IDS);
    expect(warnings).toEqual([]);
  });

  it('warns, naming the file, when its title belongs to another story', async () => {
    writeFileSync(join(dir, 'story.yaml'), 'title: Council approves the harbour tram line\n');
    const { context, warnings } = fakeLoaderContext(root);
    await articleLoader().load(context);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^content\/articles\/story\.yaml: its title "Council approves the harbour tram line" does not fit/,
    );
  });

  it('stops the build naming the file when it is not valid', async () => {
    writeFileSync(join(dir, 'story.yaml'), 'title: [unclosed\n');
    const { context } = fakeLoaderContext(root);
    await expect(articleLoader().load(context)).rejects.toThrow(
      /content\/articles\/story\.yaml: is not valid YAML/,
    );
  });
});
