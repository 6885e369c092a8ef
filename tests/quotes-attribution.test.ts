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

  it('nameThenVerb: a capitalised “He said” resolves like “he said”', () => {
    expect(read('Intro text here.\n\nJohn Smith spoke. “We are ready,” He said.')).toEqual([
      { speaker: 'John Smith', mention: 'He', kind: 'speech' },
    ]);
  });

  it('nameDescribedThenVerb: “…,” Trump, 70, told supporters.', () => {
    expect(read('Intro text here.\n\n“We will win,” Donald Trump, 70, told supporters.')).toEqual([
      { speaker: 'Donald Trump', mention: 'Donald Trump', kind: 'speech' },
    ]);
  });

  it('describedNameThenVerb: the name in the description, not the possessive before it', () => {
    expect(
      read(
        'Intro text here.\n\n“We are ready,” Clinton’s communications director, Jennifer Palmieri, said.',
      ),
    ).toEqual([{ speaker: 'Jennifer Palmieri', mention: 'Jennifer Palmieri', kind: 'speech' }]);
  });

  it('verbThenRoleAndName: “…,” said spokesman Josh Schwerin.', () => {
    expect(read('Intro text here.\n\n“We will appeal,” said spokesman Josh Schwerin.')).toEqual([
      { speaker: 'Josh Schwerin', mention: 'Josh Schwerin', kind: 'speech' },
    ]);
  });

  it('roleAndNameThenVerb: “…,” Rovers boss Tom Hale said.', () => {
    expect(read('Intro text here.\n\n“We were robbed,” Rovers boss Tom Hale said.')).toEqual([
      { speaker: 'Tom Hale', mention: 'Tom Hale', kind: 'speech' },
    ]);
  });

  it('unnamedThenVerb: someone described is speech by no one known, a held role resolves', () => {
    expect(read('Intro text here.\n\n“It is over,” a spokesman said.')).toEqual([
      { speaker: null, mention: null, kind: 'speech' },
    ]);
    expect(
      read('The manager, Tom Hale, was furious.\n\n“We were robbed,” the gaffer said.'),
    ).toEqual([{ speaker: 'Tom Hale', mention: 'the gaffer', kind: 'speech' }]);
  });

  it('verbThenUnnamed: “…,” said the Rovers boss. — the role of that team, not the other’s', () => {
    const source = [
      'Rovers manager Tom Hale was delighted. City boss Andy Price was not.',
      '“We never stopped believing,” said the Rovers boss.',
    ].join('\n\n');
    expect(read(source)).toEqual([
      { speaker: 'Tom Hale', mention: 'the Rovers boss', kind: 'speech' },
    ]);
  });

  it('unnamedThenVerb: “…,” the 34-year-old said. — the person of that age', () => {
    expect(
      read('Lucy Moore, 34, scored the winner.\n\n“I just hit it,” the 34-year-old said.'),
    ).toEqual([{ speaker: 'Lucy Moore', mention: 'the 34-year-old', kind: 'speech' }]);
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

  it('verbAndObjectColon: Reyes told reporters: “…”', () => {
    expect(
      read('Councillor Tomas Reyes lost.\n\nOutside, Reyes told reporters: “We lost tonight.”'),
    ).toEqual([{ speaker: 'Tomas Reyes', mention: 'Reyes', kind: 'speech' }]);
  });

  it('the person before a description between commas, not one named inside it', () => {
    expect(
      read('Intro text here.\n\nAna Ruiz, who succeeded Mr John Smith, said: “We stay.”'),
    ).toEqual([{ speaker: 'Ana Ruiz', mention: 'Ruiz', kind: 'speech' }]);
  });

  it('a pronoun refers first to the person its own sentence names before it', () => {
    const source = [
      'Vladimir Putin spoke first.',
      'Donald Trump pledged peace, and ahead of his inauguration, he said: “We will meet.”',
    ].join('\n\n');
    expect(read(source)).toEqual([{ speaker: 'Donald Trump', mention: 'he', kind: 'speech' }]);
  });

  it('after a participle with no one named before it: whom the sentence is about', () => {
    expect(
      read('Vladimir Putin spoke on Monday. Then, saying, “We are ready,” Putin left the hall.'),
    ).toEqual([{ speaker: 'Vladimir Putin', mention: null, kind: 'speech' }]);
  });
});

describe('attribution rule subjectBeforeColon', () => {
  it('Evans was blunt: “…” — the person the sentence names before the colon', () => {
    expect(
      read('Intro text here.\n\nFire chief Mark Evans was blunt: “The alarms failed.”'),
    ).toEqual([{ speaker: 'Mark Evans', mention: 'Evans', kind: 'speech' }]);
  });
});

describe('attribution rule introducedAbove', () => {
  it('Sato said: ¶ “…” — the paragraph above ends in a speech verb and a colon', () => {
    expect(
      read('Premier Joan Sato spoke to reporters on Tuesday. She said:\n\n“We will rebuild.”'),
    ).toEqual([{ speaker: 'Joan Sato', mention: 'She', kind: 'speech' }]);
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

describe('speakers are people, resolved', () => {
  it('reads verbs beyond “said”: implored, responded, conceded, called', () => {
    const source = [
      'Mayor Ann Lee addressed the council.',
      '“Give us time,” she implored.',
      'Asked about the plan, Lee responded: “We looked at everything.”',
      'Lee conceded that “mistakes were made”.',
      'Lee called the vote “a betrayal of residents”.',
    ].join('\n\n');
    expect(read(source).map((quote) => quote.speaker)).toEqual([
      'Ann Lee',
      'Ann Lee',
      'Ann Lee',
      'Ann Lee',
    ]);
  });

  it('reads the tabloid’s verbs of feeling and words branding something', () => {
    const source = [
      'Ferry strike strands islanders',
      'Grandmother Ann Lee, 74, missed her appointment.',
      '‘It’s a disgrace,’ fumed pensioner Tom Hale, 80. ‘We pay our taxes too.’',
      'Ferry boss Mark Kell hit back, branding the strike ‘completely unnecessary’.',
    ].join('\n\n');
    expect(read(source)).toEqual([
      { speaker: 'Tom Hale', mention: 'Tom Hale', kind: 'speech' },
      { speaker: 'Tom Hale', mention: 'Tom Hale', kind: 'speech' },
      { speaker: 'Mark Kell', mention: 'Kell', kind: 'speech' },
    ]);
  });

  it('takes any trade written before the name after the verb for a description', () => {
    const source = [
      'Bakery to close',
      '“December is when we make our money,” said baker Gwen Ellery, who has run the shop for 20 years.',
      '“It is the end of an era,” said local shop owner Tom Hale.',
    ].join('\n\n');
    expect(read(source).map((quote) => quote.speaker)).toEqual(['Gwen Ellery', 'Tom Hale']);
  });

  it('resolves “she” past a man named since, by a title and by a pronoun used before', () => {
    const source = [
      'Jane Roe spoke first. “I am tired,” she said.',
      'Then Mr John Smith spoke. “We are ready,” she said.',
    ].join('\n\n');
    expect(read(source).map((quote) => quote.speaker)).toEqual(['Jane Roe', 'Jane Roe']);
  });

  it('takes no place phrase, title or company for a person', () => {
    expect(read('Intro text here.\n\nIn Texas, officials said: “The storm is over.”')).toEqual([
      { speaker: null, mention: null, kind: 'speech' },
    ]);
    expect(
      read('Secretary of State Hillary Clinton arrived.\n\n“We are ready,” Clinton said.')[0]!
        .speaker,
    ).toBe('Hillary Clinton');
    expect(
      read('Kestrel Semiconductor cut jobs.\n\n“It is over,” Kestrel said.')[0]!.speaker,
    ).toBeNull();
    expect(
      read(
        'Intro text here.\n\nFirefighter Tom Ward, whose firefighters came first, said: “It spread.”',
      )[0]!.speaker,
    ).toBe('Tom Ward');
  });

  it('never takes “we” inside a quote, or a quote inside a quote, for the speaker', () => {
    expect(
      read('Intro text here.\n\nPutin said: “We congratulate him, and we wish him well.”'),
    ).toEqual([{ speaker: 'Putin', mention: 'Putin', kind: 'speech' }]);
    expect(
      read('Ann Lee spoke first.\n\n“He told me ‘Mr Smith will never sign’,” she said.'),
    ).toEqual([{ speaker: 'Ann Lee', mention: 'she', kind: 'speech' }]);
  });
});

describe('titles and terms are not speech', () => {
  it('reads a title-cased programme, book or film after a cue as a term', () => {
    const kinds = (source: string) =>
      read(`Intro text here.\n\n${source}`).map((quote) => [quote.kind, quote.speaker]);
    expect(kinds('Hillary Clinton appeared on “Meet the Press.” She said little.')).toEqual([
      ['term', null],
    ]);
    expect(
      kinds('Priya Chandran told “Trading Day Live” on Wednesday that cuts would come.'),
    ).toEqual([['term', null]]);
    expect(kinds('The senator wrote in “Hard Choices” that she regretted the vote.')).toEqual([
      ['term', null],
    ]);
    expect(kinds('The plot of the film “The Long Night” is simple.')).toEqual([['term', null]]);
  });

  it('reads a word glossed or flagged as a term, even after a speech verb', () => {
    const kinds = (source: string) => read(`Intro text here.\n\n${source}`).map((q) => q.kind);
    expect(kinds('Dr. Eva Lind said it was a “weather bomb”, a term for a deepening low.')).toEqual(
      ['term'],
    );
    expect(kinds('The cuts are part of a so-called ‘right-sizing’ programme.')).toEqual(['term']);
  });

  it('keeps a title-cased quote a speaker says as speech', () => {
    expect(read('Intro text here.\n\n“Never Again,” Ann Lee said.')).toEqual([
      { speaker: 'Ann Lee', mention: 'Ann Lee', kind: 'speech' },
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

describe('a capitalised role before the name', () => {
  it('names the person after the role, not the role', () => {
    expect(
      read(
        'Talks ended.\n\n“We will not sign,” Foreign Minister Anna Berg told reporters after the session.',
      ),
    ).toEqual([{ speaker: 'Anna Berg', mention: 'Anna Berg', kind: 'speech' }]);
  });
});

describe('someone unnamed, described by a person', () => {
  it('gives no speaker rather than the person named in the description', () => {
    expect(
      read(
        'Foreign Minister Anna Berg led the talks.\n\nAn aide to the foreign minister said: “The atmosphere was frank.”',
      ),
    ).toEqual([{ speaker: null, mention: null, kind: 'speech' }]);
  });
});

describe('a description before the name is not part of it', () => {
  it('drops a tabloid descriptor word before a name: “Pensioner Ellen Marsh said”', () => {
    expect(
      read(
        'The river rose overnight.\n\nPensioner Ellen Marsh, 71, said: “The water came up to my knees.”\n\nMarsh was rescued by boat.',
      ),
    ).toEqual([{ speaker: 'Ellen Marsh', mention: 'Marsh', kind: 'speech' }]);
  });

  it('drops a hyphenated descriptor (“Mother-of-three”) before a name a pronoun resolves to', () => {
    expect(
      read(
        'The river rose overnight.\n\nMother-of-three Ines Vidal, 38, was asleep when the water came.\n\nShe told the paper: “We lost everything downstairs.”',
      ),
    ).toEqual([{ speaker: 'Ines Vidal', mention: 'She', kind: 'speech' }]);
  });
});

describe('a role given in a bare apposition', () => {
  it('“Priya Nair, head coach,” gives her the role that “the coach” later refers to', () => {
    expect(
      read(
        'Priya Nair, head coach, watched from the stand.\n\nOmar Diaz scored twice.\n\nThe coach said afterwards: “We prepared for this.”',
      ),
    ).toEqual([{ speaker: 'Priya Nair', mention: 'The coach', kind: 'speech' }]);
  });
});

describe('a role description right after a name', () => {
  it('“Leila Haddad was furious. The Harwick coach …” names her by that role', () => {
    expect(
      read(
        'Harwick lost the final.\n\nLeila Haddad was furious. The Harwick coach called the decision “a disgrace” and said her players had been “robbed”.',
      ),
    ).toEqual([
      { speaker: 'Leila Haddad', mention: 'The Harwick coach', kind: 'speech' },
      { speaker: 'Leila Haddad', mention: 'The Harwick coach', kind: 'speech' },
    ]);
  });

  it('takes no event or body the article writes after “the” for that person', () => {
    expect(
      read(
        'The Northern Cup final was played on Saturday.\n\nNorthern Cup rules were changed last year. The Rovers manager said: “We adapted.”',
      ),
    ).toEqual([{ speaker: null, mention: null, kind: 'speech' }]);
  });
});
