import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStoryFile, readStoryMeta } from '../src/lib/input/story-meta.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-story-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('story.yaml', () => {
  it('is optional', () => {
    expect(readStoryMeta(join(dir, 'missing.yaml'), 'story.yaml')).toEqual({
      title: null,
      summary: null,
    });
  });

  it('gives the story a title and a summary', () => {
    const path = write(
      'ok.yaml',
      'title: Putin congratulates Trump\nsummary: "Five outlets, one call."\n',
    );
    expect(readStoryMeta(path, 'story.yaml')).toEqual({
      title: 'Putin congratulates Trump',
      summary: 'Five outlets, one call.',
    });
  });

  it('cleans control and bidi characters out of the title and summary', () => {
    const path = write(
      'controls.yaml',
      'title: "Bell\\a title\\e[0m"\nsummary: "A \\u202Esummary\\x7f."\n',
    );
    expect(readStoryMeta(path, 'story.yaml')).toEqual({
      title: 'Bell title[0m',
      summary: 'A summary.',
    });
  });

  it.each([
    ['invalid YAML', 'title: [unclosed\n', /story\.yaml: is not valid YAML/],
    ['a list', '- a\n- b\n', /story\.yaml: must be a mapping/],
    ['an unknown field', 'titel: X\n', /story\.yaml: field "titel" is unknown/],
    ['a non-text field', 'title: [a, b]\n', /story\.yaml: field "title" must be text/],
    ['articles as text', 'articles: a, b\n', /story\.yaml: field "articles" must be a list of/],
    ['a nested articles list', 'articles: [[a]]\n', /field "articles" must be a list of/],
    ['split as text', 'split: a\n', /story\.yaml: field "split" must be a list of groups/],
    ['an empty split group', 'split: [[]]\n', /field "split" must be a list of groups/],
    ['an article pinned twice', 'articles: [a, b, a]\n', /story\.yaml: lists article "a" twice/],
    ['an article pinned and split', 'articles: [a]\nsplit: [[b], a]\n', /lists article "a" twice/],
  ])('names the file and the field for %s', (_case, text, message) => {
    expect(() => readStoryMeta(write(`${_case}.yaml`, text), 'story.yaml')).toThrow(message);
  });

  it('pins articles and splits groups, a bare id being a group of one', () => {
    const path = write(
      'grouping.yaml',
      'title: Cup final\narticles: [cup-report, 2024]\nsplit:\n  - [storm-a, storm-b]\n  - fire-1\n',
    );
    expect(readStoryFile(path, 'story.yaml')).toEqual({
      title: 'Cup final',
      summary: null,
      articles: ['cup-report', '2024'],
      split: [['storm-a', 'storm-b'], ['fire-1']],
    });
    // The pages' view of the file is its title and summary only.
    expect(readStoryMeta(path, 'story.yaml')).toEqual({ title: 'Cup final', summary: null });
  });

  it('says nothing about grouping when the file is missing or has no grouping fields', () => {
    expect(readStoryFile(join(dir, 'missing.yaml'), 'story.yaml')).toEqual({
      title: null,
      summary: null,
      articles: null,
      split: null,
    });
    expect(readStoryFile(write('plain.yaml', 'title: X\n'), 'story.yaml').articles).toBeNull();
  });
});
