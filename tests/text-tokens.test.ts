import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/lib/text/index.ts';

describe('tokenize on words that are also object property names', () => {
  it('treats "constructor", "__proto__", "toString" and "valueOf" as plain words', () => {
    const tokens = tokenize(
      'The constructor of __proto__ calls toString and valueOf hasOwnProperty',
    );
    for (const token of tokens) {
      expect(typeof token.stem).toBe('string');
      expect(token.stem).not.toMatch(/native code|\[object/);
      expect(token.number).toBeNull();
    }
    expect(tokens.find((t) => t.raw === 'constructor')?.stem).toBe('constructor');
  });

  it('still reads number words and scales', () => {
    const [twelve, million] = tokenize('twelve 3 million');
    expect(twelve?.number).toBe(12);
    expect(million?.number).toBe(3e6);
  });
});

describe('tokenize, computed once per text', () => {
  it('gives every caller the same tokens in an array of its own', () => {
    const text = 'The £2.4bn deal, signed on Tuesday, was “a turning point”, Ms Okafor said.';
    const first = tokenize(text);
    const again = tokenize(text);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(again[0]).toBe(first[0]);
    first.splice(0, first.length);
    expect(tokenize(text)).toEqual(again);
  });
});
