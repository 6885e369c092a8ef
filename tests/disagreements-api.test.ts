import { describe, expect, it } from 'vitest';

// Code outside src/lib/disagreements/ imports from index.ts only; a new export there is a
// decision, not an accident, so the list is pinned.
describe('disagreements public API', () => {
  it('exports exactly the values code outside the folder uses', async () => {
    const api = await import('../src/lib/disagreements/index.ts');
    expect(Object.keys(api).sort()).toEqual(['exportDisagreements', 'findDisagreements']);
  });
});
