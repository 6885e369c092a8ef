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

describe('first person in quotations', () => {
  it('reads "we" as the speaker the quote stage gives', () => {
    const a = makeArticle('a', [
      'Kremlin leader Vladimir Putin congratulated the incoming chancellor on Monday.',
    ]);
    const quote = '“We congratulate the incoming chancellor,” the statement read.';
    const b = makeArticle('b', [quote]);
    const start = b.source.indexOf('We');
    const quotes = [{ article: 'b', start, end: b.source.indexOf('”'), speaker: 'Vladimir Putin' }];
    const score = (options: Parameters<typeof alignStory>[1]) => {
      const claim = alignStory([a, b], { ...options, threshold: 0.01, floor: 0.01 }).claims[0];
      return claim?.spans[0]?.evidence;
    };
    const plain = score({});
    const resolved = score({ quotes });
    expect(plain?.sharedTerms).not.toContain('Putin');
    expect(resolved?.sharedTerms).toEqual(expect.arrayContaining(['Vladimir', 'Putin']));
    expect(resolved!.score).toBeGreaterThan(plain!.score);
    // A quote without a speaker, or without "I"/"we", adds nothing.
    expect(score({ quotes: [{ ...quotes[0]!, speaker: null }] })).toEqual(plain);
  });
});
