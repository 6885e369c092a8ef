import { describe, expect, it } from 'vitest';

// Code outside src/lib/align/ imports from index.ts only; a new export there is a decision,
// not an accident, so the list is pinned.
describe('align public API', () => {
  it('exports exactly the values code outside the folder uses', async () => {
    const api = await import('../src/lib/align/index.ts');
    expect(Object.keys(api).sort()).toEqual([
      'EVIDENCE_FEATURES',
      'alignStory',
      'buildModel',
      'buildModelFromTexts',
      'compareFeatures',
      'compareSentences',
      'evidenceVector',
      'featurize',
    ]);
  });
});
