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
