import { describe, expect, it } from 'vitest';
import { compareQuantities, tokenQuantities } from '../src/lib/align/quantities.ts';
import { tokenize } from '../src/lib/text/index.ts';

const q = (text: string) => tokenQuantities(tokenize(text), text);
const compare = (a: string, b: string) => compareQuantities(q(a), q(b));

describe('typed quantities', () => {
  it('meets one fact written differently', () => {
    expect(compare('a €610m line', 'about 610 million euros').agree).toEqual(['610m']);
    expect(compare('a tram line costing 610 mln euro', 'the €610 million line').agree).toHaveLength(
      1,
    );
    expect(compare('voted 9-4 on Tuesday', 'by nine votes to four').agree).toEqual(['9-4']);
    expect(compare('a 14km route', 'Fourteen kilometres is enough').agree).toEqual(['14km']);
    expect(compare('The 14-kilometre line', 'a 14 km route').agree).toHaveLength(1);
    expect(compare('from 2029', 'due to begin in 2029').agree).toEqual(['2029']);
    expect(compare('about a fifth of staff', 'about 20% of staff').agree).toEqual(['fifth']);
    expect(compare('within 3 km', 'within 3,000 metres').agree).toHaveLength(1);
    expect(compare('nearly 1,000 residents', '980 residents').agree).toHaveLength(1);
    expect(compare('his second term', 'his 2nd term').agree).toHaveLength(1);
  });

  it('conflicts only on values of one kind', () => {
    expect(compare('12 people were injured', '15 people were injured').conflict).toBe(true);
    expect(compare('won 2-1', 'won 3-1').conflict).toBe(true);
    expect(compare('costs €610m', 'costs €700m').conflict).toBe(true);
    // One side states two values of a kind and one of them agrees: no conflict.
    expect(compare('610 million euro ($662 million)', 'about €610m').conflict).toBe(false);
    // Different counted words, ordinals, exact 980 vs 1,000: no conflict, no agreement.
    expect(compare('12 fire engines', '80 firefighters').conflict).toBe(false);
    expect(compare('his second term', 'the 47th president')).toEqual({
      agree: [],
      conflict: false,
    });
    expect(compare('1,000 residents', '980 residents').agree).toEqual([]);
  });

  it('keeps the wording of a clause whose tokens index its sentence', () => {
    const sentence = 'The mayor spoke, and the line will cost €610m.';
    const at = sentence.indexOf('the line');
    const tokens = tokenize(sentence).filter((t) => t.start >= at);
    expect(tokenQuantities(tokens, sentence.slice(at), at).map((x) => x.text)).toEqual(['610m']);
  });
});

describe('typed quantities on words that name object properties', () => {
  it('finds no unit, currency or fraction in "constructor", "toString" or "__proto__"', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const text = `12 ${word} and a fifth ${word}, thirty-${word}`;
      expect(q(text).map((x) => [x.kind, x.value])).toEqual([
        ['count', 12],
        ['ratio', 0.2],
        ['count', 30],
      ]);
    }
  });
});
