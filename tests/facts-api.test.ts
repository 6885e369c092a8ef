import { describe, expect, it } from 'vitest';

// Code outside src/lib/facts/ imports from index.ts only; a new export there is a decision,
// not an accident, so the list is pinned. Alignment (issue 11) and disagreements use it.
describe('facts public API', () => {
  it('exports exactly the values code outside the folder uses', async () => {
    const api = await import('../src/lib/facts/index.ts');
    expect(Object.keys(api).sort()).toEqual([
      'compareFacts',
      'extractFacts',
      'factValue',
      'formatNumber',
      'sameCounted',
    ]);
  });
});
