import { describe, expect, it } from 'vitest';
import { diffSimilarity, wordDiff, type DiffPart } from '../src/lib/publish/diff.ts';

const side = (parts: DiffPart[], which: 'a' | 'b') =>
  parts
    .filter((part) => (which === 'a' ? !part.added : !part.removed))
    .map((part) => part.value)
    .join('');

describe('wordDiff', () => {
  it('marks replaced words, keeping both wordings recoverable', () => {
    const a = 'We see statements by the newly elected U.S. President.';
    const b = 'We welcome statements from the new U.S. President.';
    const parts = wordDiff(a, b);
    expect(side(parts, 'a')).toBe(a);
    expect(side(parts, 'b')).toBe(b);
    expect(parts.filter((part) => part.removed).map((part) => part.value.trim())).toEqual([
      'see',
      'by',
      'newly elected',
    ]);
    expect(parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual([
      'welcome',
      'from',
      'new',
    ]);
  });

  it('treats curly and straight quotes and dashes as the same', () => {
    const parts = wordDiff('He said “no” – twice', 'He said "no" - twice');
    expect(parts.every((part) => !part.added && !part.removed)).toBe(true);
  });

  it('treats initialisms with and without dots as the same', () => {
    expect(wordDiff('the U.S. President', 'the US President')).toEqual([
      { value: 'the US President' },
    ]);
  });

  it('handles empty and identical input', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('same', 'same')).toEqual([{ value: 'same' }]);
    expect(wordDiff('', 'new')).toEqual([{ value: 'new', added: true }]);
    expect(wordDiff('old', '')).toEqual([{ value: 'old', removed: true }]);
  });

  it('keeps markup as plain text', () => {
    const parts = wordDiff('say <b>hi</b>', 'say <script>alert(1)</script>');
    expect(side(parts, 'b')).toBe('say <script>alert(1)</script>');
  });

  // Speed is measured by `npm run bench`, never asserted here.
  it('gives up cleanly on a 5,000-word rewrite', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `alpha${i % 97}`).join(' ');
    const b = Array.from({ length: 5000 }, (_, i) => `beta${i % 89}`).join(' ');
    const parts = wordDiff(a, b);
    expect(parts).toEqual([
      { value: a, removed: true },
      { value: b, added: true },
    ]);
  });

  it('diffs a 5,000-word quote with one change exactly', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const a = words.join(' ');
    const b = [...words.slice(0, 2500), 'CHANGED', ...words.slice(2501)].join(' ');
    const parts = wordDiff(a, b);
    expect(parts.filter((part) => part.added || part.removed)).toHaveLength(2);
    expect(side(parts, 'b')).toBe(b);
  });

  it('measures similarity', () => {
    expect(diffSimilarity(wordDiff('a b c', 'a b c'))).toBe(1);
    expect(diffSimilarity(wordDiff('a b c', 'x y z'))).toBe(0);
  });
});
