import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/parse/index.ts';
import { extractQuotes } from '../src/lib/quotes/index.ts';

// One small case per attribution rule and shape (src/lib/quotes/attribution.ts), each written so
// that only that rule can attribute it; through the stage's public face, as callers see it.
const read = (source: string) =>
  extractQuotes(parseArticle({ id: 'x', file: 'x.txt', source })).map((quote) => ({
    speaker: quote.speaker,
    mention: quote.speakerMention,
    kind: quote.kind,
  }));

describe('attribution rule speakerAfterQuote', () => {
  it('nameThenVerb: “…,” Vladimir Putin said.', () => {
    expect(read('Intro text here.\n\n“We will never stop,” Vladimir Putin said.')).toEqual([
      { speaker: 'Vladimir Putin', mention: 'Vladimir Putin', kind: 'speech' },
    ]);
  });

  it('pronounOrRoleThenVerb: “…,” he added, the pronoun resolved to the last subject', () => {
    expect(
      read('Intro text here.\n\nPresident Vladimir Putin spoke. “We are ready,” he added.'),
    ).toEqual([{ speaker: 'Vladimir Putin', mention: 'he', kind: 'speech' }]);
  });

  it('verbThenName: “…,” said Dmitry Peskov.', () => {
    expect(read('Intro text here.\n\n“We are ready,” said Dmitry Peskov.')).toEqual([
      { speaker: 'Dmitry Peskov', mention: 'Dmitry Peskov', kind: 'speech' },
    ]);
  });

  it('accordingTo: “…”, according to Dmitry Peskov.', () => {
    expect(read('Intro text here.\n\n“Talks are possible”, according to Dmitry Peskov.')).toEqual([
      { speaker: 'Dmitry Peskov', mention: 'Dmitry Peskov', kind: 'speech' },
    ]);
  });

  it('reads the attribution between the parts of an interrupted quote', () => {
    expect(read('Intro text here.\n\n“We are ready,” Putin said. “The door is open.”')).toEqual([
      { speaker: 'Putin', mention: 'Putin', kind: 'speech' },
    ]);
  });
});

describe('attribution rule speechVerbBefore', () => {
  it('verbJustBefore: Donald Trump said, “…”', () => {
    expect(read('Intro text here.\n\nDonald Trump said, “We will make a deal.”')).toEqual([
      { speaker: 'Donald Trump', mention: 'Trump', kind: 'speech' },
    ]);
  });

  it('after a participle with no one named before it: whom the sentence is about', () => {
    expect(
      read('Vladimir Putin spoke on Monday. Then, saying, “We are ready,” Putin left the hall.'),
    ).toEqual([{ speaker: 'Vladimir Putin', mention: null, kind: 'speech' }]);
  });
});

describe('attribution rule reportingVerbBeforeFragment', () => {
  it('a fragment after a reporting verb: the person named before the verb', () => {
    const source =
      'Intro text here.\n\nVladimir Putin said the West must face the “new realities”.';
    expect(read(source)).toEqual([{ speaker: 'Vladimir Putin', mention: 'Putin', kind: 'speech' }]);
  });
});

describe('attribution rule continuesPreviousQuote', () => {
  it('a quote that opens the paragraph after its speaker’s quote goes on with it', () => {
    const source =
      'Intro text here.\n\n“We are ready,” Vladimir Putin said.\n\n“The door is open.”';
    expect(read(source)).toEqual([
      { speaker: 'Vladimir Putin', mention: 'Vladimir Putin', kind: 'speech' },
      { speaker: 'Vladimir Putin', mention: 'Vladimir Putin', kind: 'speech' },
    ]);
  });
});

describe('no attribution rule', () => {
  it('leaves a short unattributed quote a term, with no speaker', () => {
    expect(read('Officials discussed a “peace formula” on Monday.')).toEqual([
      { speaker: null, mention: null, kind: 'term' },
    ]);
  });
});
