import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryMeta } from '../src/lib/input/story-meta.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-story-'));
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
  ])('names the file and the field for %s', (_case, text, message) => {
    expect(() => readStoryMeta(write(`${_case}.yaml`, text), 'story.yaml')).toThrow(message);
  });
});
