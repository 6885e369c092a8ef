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

  it('keeps punctuation and equivalent marks at the edges of a change', () => {
    expect(wordDiff('Prices rose, sharply.', 'Prices rose, very sharply.')).toEqual([
      { value: 'Prices rose, ' },
      { value: 'very ', added: true },
      { value: 'sharply.' },
    ]);
    expect(
      wordDiff('Prices rose sharply, analysts said.', 'Costs rose sharply, analysts said.'),
    ).toEqual([
      { value: 'Prices ', removed: true },
      { value: 'Costs ', added: true },
      { value: 'rose sharply, analysts said.' },
    ]);
    // The quotes on both sides of the change are kept (in `b`'s spelling), not diffed.
    expect(wordDiff('He said “no”, then left.', 'He said "yes", then left.')).toEqual([
      { value: 'He said "' },
      { value: 'no', removed: true },
      { value: 'yes', added: true },
      { value: '", then left.' },
    ]);
    expect(wordDiff('He said “no” then', 'He said "no" and then')).toEqual([
      { value: 'He said "no" ' },
      { value: 'and ', added: true },
      { value: 'then' },
    ]);
  });

  it('keeps initialisms with and without dots next to a change', () => {
    expect(wordDiff('the U.S. said so', 'the US did say so')).toEqual([
      { value: 'the US ' },
      { value: 'said ', removed: true },
      { value: 'did say ', added: true },
      { value: 'so' },
    ]);
    expect(wordDiff('talks with the U.S.', 'talks with the US today')).toEqual([
      { value: 'talks with the US ' },
      { value: 'today', added: true },
    ]);
  });

  it('gives up past maxEditLength edits, and not at it', () => {
    const whole = (a: string, b: string) => [
      { value: a, removed: true },
      { value: b, added: true },
    ];
    expect(wordDiff('one two three', 'one two four', { maxEditLength: 1 })).toEqual(
      whole('one two three', 'one two four'),
    );
    expect(wordDiff('one two three', 'one two four', { maxEditLength: 2 })).toEqual([
      { value: 'one two ' },
      { value: 'three', removed: true },
      { value: 'four', added: true },
    ]);
    expect(wordDiff('one two', 'one two three', { maxEditLength: 0 })).toEqual(
      whole('one two', 'one two three'),
    );
  });

  it('measures similarity', () => {
    expect(diffSimilarity(wordDiff('a b c', 'a b c'))).toBe(1);
    expect(diffSimilarity(wordDiff('a b c', 'x y z'))).toBe(0);
  });
});
