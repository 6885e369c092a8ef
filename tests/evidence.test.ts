import { describe, expect, it } from 'vitest';
import { alignStory } from '../src/lib/align/index.ts';
import { describeEvidence } from '../src/lib/publish/evidence.ts';
import { makeArticle } from './helpers/make-article.ts';

describe('match evidence', () => {
  it('names the facts, words and score that joined two spans', () => {
    const a = makeArticle('a', [
      'City councillors voted 9-4 on Tuesday to approve the €610m tram line.',
      'The mayor opened a library.',
    ]);
    const b = makeArticle('b', [
      'The council approved a tram line costing 610 million euros by nine votes to four.',
      'Dockworkers began a strike.',
    ]);
    const [claim] = alignStory([a, b]).claims;
    expect(claim?.spans).toHaveLength(2);
    const evidence = claim!.spans.find((s) => s.article === 'a')!.evidence;
    expect(evidence.numbers).toEqual(['9-4', '610m']);
    expect(evidence.sharedTerms).toEqual(expect.arrayContaining(['tram', 'line']));
    expect(evidence.score).toBeGreaterThan(0.25);
    expect(describeEvidence(evidence)).toMatch(
      /^same facts: 9-4, 610m; shared words: .*tram.*; score \d+%$/,
    );
  });

  it('lists synonyms and verbatim runs, and only the score when nothing is shared', () => {
    expect(
      describeEvidence({
        sharedTerms: [],
        synonyms: [['restore', 'reestablish']],
        numbers: [],
        verbatim: 5,
        score: 0.4,
      }),
    ).toBe('5 words verbatim; synonyms: restore ~ reestablish; score 40%');
    expect(
      describeEvidence({ sharedTerms: [], synonyms: [], numbers: [], verbatim: 0, score: 0 }),
    ).toBe('score 0%');
  });
});
