import { describe, expect, it } from 'vitest';

// Code outside src/lib/quotes/ imports from index.ts only; a new export there is a decision,
// not an accident, so the list is pinned.
describe('quotes public API', () => {
  it('exports exactly the values code outside the folder uses', async () => {
    const api = await import('../src/lib/quotes/index.ts');
    expect(Object.keys(api).sort()).toEqual(['exportQuoteGroups', 'extractQuotes', 'groupQuotes']);
  });
});
