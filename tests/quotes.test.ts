import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/parse/article.ts';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import {
  exportQuoteGroups,
  extractQuotes,
  groupQuotes,
  type Quote,
} from '../src/lib/quotes/index.ts';

const root = new URL('..', import.meta.url).pathname;
const articles = readArticleDir(`${root}content/articles`, { root });
const sources = new Map(
  articles.map((article) => [article.id, readFileSync(`${root}${article.file}`, 'utf8')]),
);
const byArticle = new Map(articles.map((article) => [article.id, extractQuotes(article)]));
const quoteAt = (prefix: string, anchor: string): Quote => {
  const id = articles.find((article) => article.id.startsWith(prefix))!.id;
  const quote = byArticle.get(id)!.find((item) => item.anchor === anchor);
  if (!quote) throw new Error(`no quote at ${prefix} ${anchor}`);
  return quote;
};

const article = (source: string, id = 'x') => parseArticle({ id, file: `${id}.txt`, source });
/** The variants the seed quote at `anchor` of article `prefix` is cut into. */
const variantsOf = (prefix: string, anchor: string): Quote[] => {
  const quote = quoteAt(prefix, anchor);
  return groupQuotes(articles, byArticle)
    .flatMap((group) => group.variants)
    .filter((variant) => variant.id === quote.id || variant.id.startsWith(`${quote.id}.`))
    .sort((a, b) => a.start - b.start);
};

describe('extractQuotes on the seeds', () => {
  it('gives source offsets: text is the exact slice, and so is every part', () => {
    for (const [id, quotes] of byArticle) {
      const source = sources.get(id)!.replace(/^\uFEFF/, '');
      for (const quote of quotes) {
        expect(source.slice(quote.start, quote.end)).toBe(quote.text);
        for (const part of quote.parts)
          expect(part.start >= quote.start && part.end <= quote.end).toBe(true);
        expect(quote.anchor).toBe(quote.sentences[0]);
      }
    }
  });

  it('finds a quote interrupted by its attribution as one quote over three sentences', () => {
    const quote = quoteAt('001', 's-7');
    expect(quote.sentences).toEqual(['s-7', 's-8', 's-9']);
    expect(quote.parts).toHaveLength(2);
    expect(quote.speaker).toBe('Vladimir Putin');
    expect(quote.quotation).toMatch(/^We welcome .* with Russia … We also value .* office\.$/);
  });

  it('resolves pronouns to the person last named as a subject', () => {
    expect(quoteAt('002', 's-3')).toMatchObject({
      speaker: 'Vladimir Putin',
      speakerMention: 'he',
    });
    expect(quoteAt('001', 's-12')).toMatchObject({ speaker: 'Donald Trump', speakerMention: 'he' });
    expect(quoteAt('004', 's-2')).toMatchObject({
      speaker: 'Vladimir Putin',
      speakerMention: 'He',
    });
    expect(quoteAt('004', 's-3').speaker).toBe('Vladimir Putin');
  });

  it('attributes after the quote, with the date or a verb after the name', () => {
    expect(quoteAt('002', 's-9').speaker).toBe('Donald Trump');
    expect(quoteAt('002', 's-4')).toMatchObject({
      speaker: 'Vladimir Putin',
      sentences: ['s-4', 's-5'],
    });
    expect(quoteAt('003', 's-23').speaker).toBe('Vladimir Putin');
    expect(quoteAt('000', 's-5').speaker).toBe('Vladimir Putin');
  });

  it('tells scare quotes and terms from speech', () => {
    expect(quoteAt('002', 's-21')).toMatchObject({
      kind: 'term',
      speaker: null,
      quotation: 'peace formula',
    });
    expect(quoteAt('003', 's-22')).toMatchObject({
      kind: 'term',
      speaker: null,
      quotation: 'victory plan',
    });
    expect(quoteAt('001', 's-24')).toMatchObject({
      kind: 'speech',
      partial: true,
      speaker: 'Vladimir Putin',
      quotation: 'realities on the ground',
    });
    expect(quoteAt('002', 's-18')).toMatchObject({
      partial: true,
      quotation: 'realities on the ground',
    });
    expect(quoteAt('003', 's-29')).toMatchObject({
      kind: 'speech',
      partial: true,
      speaker: 'Donald Trump',
    });
    // "Trump’s stated intent to “restore contact…”": whose words is not certain.
    expect(quoteAt('002', 's-1')).toMatchObject({ kind: 'speech', partial: true, speaker: null });
  });
});

describe('groupQuotes on the seeds', () => {
  const groups = groupQuotes(articles, byArticle);

  it('groups the Putin statement across outlets, each variant with its own speaker', () => {
    const putin = groups[0]!;
    expect(putin.speaker).toBe('Vladimir Putin');
    expect(putin.sources).toBeGreaterThanOrEqual(4);
    const anchors = putin.variants.map((v) => `${v.article.slice(0, 3)}:${v.anchor}`);
    expect(anchors).toEqual(expect.arrayContaining(['000:s-5', '001:s-7', '002:s-3', '004:s-2']));
  });

  it('groups Trump’s “President Putin wants to meet” from two outlets', () => {
    const trump = groups.find((group) =>
      group.variants.some((v) => v.quotation.startsWith('President Putin wants')),
    );
    expect(trump).toMatchObject({ speaker: 'Donald Trump', sources: 2 });
  });

  // Groups hold quoted sentences now, not whole quotes: what must hold is that every quoted word
  // is in exactly one variant.
  it('puts every quoted character in exactly one variant, a single quote as a group of one', () => {
    const variants = groups.flatMap((group) => group.variants);
    for (const quote of [...byArticle.values()].flat()) {
      const mine = variants.filter(
        (variant) => variant.id === quote.id || variant.id.startsWith(`${quote.id}.`),
      );
      const covered = new Map<number, number>();
      for (const part of mine.flatMap((variant) => variant.parts))
        for (let at = part.start; at < part.end; at++) covered.set(at, (covered.get(at) ?? 0) + 1);
      const source = sources.get(quote.article)!;
      for (const part of quote.parts)
        for (let at = part.start; at < part.end; at++)
          if (/[\p{L}\p{N}]/u.test(source[at]!)) expect(covered.get(at), quote.id).toBe(1);
      for (const at of covered.keys())
        expect(quote.parts.some((part) => at >= part.start && at < part.end)).toBe(true);
    }
    expect(
      groups.find((group) => group.variants[0]!.quotation === 'peace formula')!.variants,
    ).toHaveLength(1);
  });

  it('cuts a statement into its sentences, each in the group of that quotation', () => {
    const pieces = variantsOf('001', 's-7');
    expect(pieces.map((piece) => piece.quotation)).toEqual([
      expect.stringMatching(/^We welcome statements/),
      expect.stringMatching(/^We also value .* third world war\.$/),
      expect.stringMatching(/^This approach deserves recognition, .* office\.$/),
    ]);
    const groupOf = (piece: Quote) =>
      groups.find((group) => group.variants.some((variant) => variant.id === piece.id))!;
    expect(new Set(pieces.map(groupOf)).size).toBe(3);
    for (const piece of pieces) expect(piece.speaker).toBe('Vladimir Putin');
  });

  it('flags different words inside the marks, not a shorter cut of the same words', () => {
    const restore = groups.find((group) => group.variants.some((v) => v.anchor === 's-5'))!;
    expect(restore.wordingDiffers).toBe(true);
    const trump = groups.find((group) =>
      group.variants.some((v) => v.quotation.startsWith('President Putin wants')),
    )!;
    expect(trump.wordingDiffers).toBe(false);
    const cut = groupQuotes([
      article('Intro.\n\n“We are being asked to sign a blank cheque,” Declan Hewitt said.', 'a'),
      article('Intro.\n\nDeclan Hewitt warned of a plan to ‘sign a blank cheque’.', 'b'),
      article('Intro.\n\n“We are asked to sign a blank and open cheque,” Declan Hewitt said.', 'c'),
    ]);
    expect(cut).toHaveLength(1);
    expect(cut[0]!.wordingDiffers).toBe(true);
    expect(
      groupQuotes([
        article('Intro.\n\n“We are being asked to sign a blank cheque,” Declan Hewitt said.', 'a'),
        article('Intro.\n\nDeclan Hewitt warned of a plan to ‘sign a blank cheque’.', 'b'),
      ])[0]!.wordingDiffers,
    ).toBe(false);
  });

  it('does not let a fragment of one quotation chain it to another of the same speaker', () => {
    const groups = groupQuotes([
      article(
        'Intro.\n\n“We will not put lives at risk with skeleton crews,” Grace Okonjo said.\n\n' +
          'Later Okonjo said: “We are ready to talk any time, but not about cutting crews.”',
        'a',
      ),
      article(
        'Intro.\n\n“We will not put lives at risk with skeleton crews,” said Grace Okonjo.',
        'b',
      ),
      article(
        'Intro.\n\n“We are ready to talk any time,” Grace Okonjo said, “but not about cutting crews.”',
        'c',
      ),
    ]);
    const quotations = groups.map((group) =>
      [...new Set(group.variants.map((variant) => variant.article))].sort().join(''),
    );
    expect(quotations.sort()).toEqual(['ab', 'ac']);
  });

  it('links reported speech to the quotation it restates, beside the variants', () => {
    const restore = groups.find((group) => group.variants.some((v) => v.anchor === 's-5'))!;
    const paraphrase = restore.paraphrases.find(
      (item) => item.article.startsWith('002') && item.anchor === 's-0',
    );
    expect(paraphrase?.text).toMatch(/^said that his country values .* with Russia$/);
    expect(sources.get(paraphrase!.article)!.slice(paraphrase!.start, paraphrase!.end)).toBe(
      paraphrase!.text,
    );
    for (const group of groups)
      for (const item of group.paraphrases)
        expect(group.variants.some((variant) => variant.text === item.text)).toBe(false);
  });

  it('takes reported speech for a paraphrase only when it restates in words of its own', () => {
    const quoted = 'Intro.\n\n“We are being asked to sign a blank cheque,” Declan Hewitt said.';
    const paraphrasesWith = (source: string) =>
      groupQuotes([article(quoted, 'a'), article(source, 'b')])
        .flatMap((group) => group.paraphrases)
        .map((item) => item.text);
    expect(
      paraphrasesWith(
        'Intro.\n\nDeclan Hewitt warned that members were being asked to ‘sign a blank cheque’.',
      ),
    ).toEqual(['warned that members were being asked to ‘sign a blank cheque’']);
    expect(
      paraphrasesWith(
        'Intro.\n\nDeclan Hewitt described the vote as “a blank cheque for the city”.',
      ),
    ).toEqual([]);
    expect(
      paraphrasesWith(
        'Intro.\n\nJane Roe warned that members were being asked to sign a blank cheque.',
      ),
    ).toEqual([]);
  });

  it('gives stable, unique ids', () => {
    const again = groupQuotes([...articles].reverse());
    expect(again.map((group) => group.id)).toEqual(groups.map((group) => group.id));
    expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
  });

  it('exports the documented shape', () => {
    const exported = exportQuoteGroups(groups);
    for (const group of exported) {
      expect(Object.keys(group).sort()).toEqual([
        'id',
        'paraphrases',
        'speaker',
        'variants',
        'wordingDiffers',
      ]);
      for (const paraphrase of group.paraphrases) {
        expect(Object.keys(paraphrase).sort()).toEqual([
          'anchor',
          'article',
          'end',
          'start',
          'text',
        ]);
        expect(sources.get(paraphrase.article)!.slice(paraphrase.start, paraphrase.end)).toBe(
          paraphrase.text,
        );
      }
      for (const variant of group.variants) {
        expect(Object.keys(variant).sort()).toEqual([
          'anchor',
          'article',
          'end',
          'speaker',
          'start',
          'text',
        ]);
        expect(sources.get(variant.article)!.slice(variant.start, variant.end)).toBe(variant.text);
      }
    }
  });
});

describe('extractQuotes on hostile input', () => {
  it('runs an unclosed quote to the end of its paragraph', () => {
    const quotes = extractQuotes(article('Putin said, “We will never stop\n\nThe end came later.'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      closed: false,
      text: 'We will never stop',
      speaker: 'Putin',
    });
  });

  it('ignores a closing mark with nothing open', () => {
    expect(extractQuotes(article('Nothing here” is quoted at all.'))).toEqual([]);
  });

  it('keeps nested quotes inside the outer one', () => {
    const quotes = extractQuotes(
      article('“He called it a “special operation” and left,” Mr. John Smith said.'),
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('He called it a “special operation” and left');
    expect(quotes[0]!.speaker).toBe('John Smith');
  });

  it('reads straight quotes, and apostrophes are not quotes', () => {
    const source = 'Officials said little. "We won\'t go," Jane Doe said. It was a "reset" plan.';
    const quotes = extractQuotes(article(source));
    expect(quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ["We won't go", 'Jane Doe', 'speech'],
      ['reset', null, 'term'],
    ]);
  });

  it('keeps markup inside quotes as text, offsets exact', () => {
    const source = 'Ann Lee said: “<script>alert(1)</script> is not news.”';
    const [quote] = extractQuotes(article(source));
    expect(quote!.text).toBe('<script>alert(1)</script> is not news.');
    expect(source.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.speaker).toBe('Ann Lee');
  });

  // No clock in the assertion: what matters is that a huge quote ends, whole and attributed.
  it('reads a 10,000-word quote whole, as one quote, and groups it', () => {
    const words = Array.from({ length: 10000 }, (_, i) => `word${i % 50}`).join(' ');
    const source = `Intro line.\n\n“${words},” Putin said.`;
    const parsed = article(source);
    const quotes = extractQuotes(parsed);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe(words);
    expect(quotes[0]!.speaker).toBe('Putin');
    const groups = groupQuotes([parsed]);
    expect(groups.flatMap((group) => group.variants.map((variant) => variant.text))).toEqual([
      words,
    ]);
  });

  it('stops a stray opening mark at the end of its sentence and reads the quotes after it', () => {
    const source =
      'Intro text here.\n\nHe said “we will go. Later, Ann Lee said “no” and left. “Yes,” Bob Jones said.';
    const quotes = extractQuotes(article(source));
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.closed])).toEqual([
      ['we will go', null, false],
      ['no', 'Ann Lee', true],
      ['Yes', 'Bob Jones', true],
    ]);
  });

  it('lets no stray mark swallow a one-paragraph article', () => {
    const long = Array.from({ length: 300 }, (_, i) => `Sentence ${i} is here.`).join(' ');
    const source = `Intro “text ${long} “Final words,” Ann Lee said.`;
    const quotes = extractQuotes(article(source));
    expect(quotes.map((quote) => quote.text)).toEqual(['text Sentence 0 is here', 'Final words']);
    expect(quotes[1]!.speaker).toBe('Ann Lee');
  });

  it('runs a quote left open at the end of the article to its end', () => {
    const source = 'Intro text here.\n\nPutin said: “We will rebuild. Every home will stand again.';
    expect(extractQuotes(article(source))).toMatchObject([
      { text: 'We will rebuild. Every home will stand again.', closed: false, speaker: 'Putin' },
    ]);
  });

  it('keeps quotes nested three deep in the outer one, and the next quote apart', () => {
    const source =
      'Intro.\n\n“He said “we will “never” go” and left,” Ann Lee said. “Next,” she said.';
    expect(extractQuotes(article(source)).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['He said “we will “never” go” and left', 'Ann Lee'],
      ['Next', 'Ann Lee'],
    ]);
  });

  it('ends on thousands of stray marks, every quote an exact slice, none overlapping', () => {
    const source = `Intro.\n\n${'“a b. '.repeat(5000)}“Last,” Ann Lee said.`;
    const quotes = extractQuotes(article(source));
    expect(quotes.length).toBeGreaterThan(0);
    let end = 0;
    for (const quote of quotes) {
      expect(source.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.start).toBeGreaterThanOrEqual(end);
      expect(quote.sentences.length).toBeLessThanOrEqual(2);
      end = quote.end;
    }
  });

  it('says unknown rather than guess', () => {
    const [quote] = extractQuotes(
      article('Intro line.\n\n“Nobody knows who said this, at all,” a source said.'),
    );
    expect(quote!.speaker).toBeNull();
    expect(quote!.kind).toBe('speech');
  });

  it('carries a speaker into a quote that goes on in the next paragraph', () => {
    const quotes = extractQuotes(
      article(
        'Intro text here.\n\nPutin said: “We will win.\n\n“And we will rebuild.”\n\nThe end.',
      ),
    );
    expect(quotes.map((quote) => [quote.speaker, quote.closed])).toEqual([
      ['Putin', false],
      ['Putin', true],
    ]);
  });

  it('reads "said NAME", "according to", a verb with an adjunct, and roles', () => {
    const speakerOf = (source: string) =>
      extractQuotes(article(`Intro text here.\n\n${source}`))[0]!.speaker;
    expect(speakerOf('“We are ready,” said Sergei Lavrov, the foreign minister.')).toBe(
      'Sergei Lavrov',
    );
    expect(speakerOf('The deal is “dead on arrival,” according to Senator Jane Roe.')).toBe(
      'Jane Roe',
    );
    expect(speakerOf('Maria Zakharova wrote on Telegram: "The West is lying."')).toBe(
      'Maria Zakharova',
    );
    expect(
      speakerOf(
        'Russian President Vladimir Putin spoke. “A good day,” the Russian president said.',
      ),
    ).toBe('Vladimir Putin');
    // Nobody is named as the Russian president: unknown, not a guess.
    expect(speakerOf('"It is over," the Russian president said.')).toBeNull();
  });
});

describe('extractQuotes with single curly quotes (British style)', () => {
  const summary = (quotes: Quote[]) =>
    quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      kind: q.kind,
      partial: q.partial,
      closed: q.closed,
      sentences: q.sentences,
    }));
  // The same text with double marks: only for texts whose every ‘ and ’ is a quotation mark.
  const doubled = (source: string) => source.replace(/‘/g, '“').replace(/’/g, '”');

  it('reads the British fixture: speech, attribution, a term, nesting, an unclosed quote', () => {
    const source = readFileSync(`${root}tests/fixtures/articles/british-quotes/input.txt`, 'utf8');
    const quotes = extractQuotes(article(source, 'british-quotes'));
    for (const quote of quotes) expect(source.slice(quote.start, quote.end)).toBe(quote.text);
    expect(summary(quotes)).toEqual([
      {
        text: 'We welcome the interest in restoring contact,’ Putin said. ‘We also value the statements about preventing a third world war.',
        speaker: 'Vladimir Putin',
        kind: 'speech',
        partial: false,
        closed: true,
        sentences: ['s-2', 's-3'],
      },
      {
        text: 'Dialogue must rest on mutual respect’, he added. ‘Nobody in Moscow is in a hurry. The allies’ demands are not serious, and we don’t accept them.',
        speaker: 'Vladimir Putin',
        kind: 'speech',
        partial: false,
        closed: true,
        sentences: ['s-4', 's-5', 's-6'],
      },
      {
        text: 'peace formula',
        speaker: null,
        kind: 'term',
        partial: false,
        closed: true,
        sentences: ['s-7'],
      },
      // s-8 and s-9 are apostrophes only.
      {
        text: 'He told me “no deal without Crimea”',
        speaker: 'Andrii Sybiha',
        kind: 'speech',
        partial: false,
        closed: true,
        sentences: ['s-10'],
      },
      {
        text: 'She called it ‘a farce’',
        speaker: 'John Smith',
        kind: 'speech',
        partial: false,
        closed: true,
        sentences: ['s-11'],
      },
      {
        text: 'We will not give up what is ours',
        speaker: 'Vladimir Putin',
        kind: 'speech',
        partial: false,
        closed: false,
        sentences: ['s-12'],
      },
      {
        text: 'And we will rebuild the country’s economy.',
        speaker: 'Vladimir Putin',
        kind: 'speech',
        partial: false,
        closed: true,
        sentences: ['s-13'],
      },
    ]);
  });

  it('attributes and classifies exactly as the same text with double marks', () => {
    const cases = [
      'Putin said little. ‘We are ready,’ Putin said.',
      'Putin said little. ‘We are ready’, he added.',
      'Putin said little. ‘We are ready’ he said.',
      'Intro text here. Putin said: ‘We are ready. We have waited long enough.’',
      'Intro text here. ‘We welcome it’, Putin said. ‘We also value it.’',
      'Intro text here. ‘We are ready,’ said Sergei Lavrov, the foreign minister.',
      'Intro text here. The deal is ‘dead on arrival’, according to Senator Jane Roe.',
      'Intro text here. Kyiv stands by its ‘peace formula’ for now.',
      'Intro text here. Critics called the envoys ‘bad actors’ and left.',
      'Intro text here. Nobody knows who said ‘this will end badly, and soon’ at all.',
    ];
    for (const source of cases) {
      const british = summary(extractQuotes(article(source)));
      expect(british.length, source).toBeGreaterThan(0);
      const american = summary(extractQuotes(article(doubled(source))));
      expect(
        british.map((q) => ({ ...q, text: doubled(q.text) })),
        source,
      ).toEqual(american);
    }
  });

  it('takes no apostrophe for a quotation mark', () => {
    const source = [
      'Trump’s team didn’t say. It felt like the ’90s, rock ’n’ roll and the Smiths’ album.',
      'The allies’ demands ’ were unchanged at nine o’clock, the Joneses’ lawyer said.',
      'Misspelt elisions too: rock ‘n’ roll in the ‘90s.',
    ].join('\n\n');
    expect(extractQuotes(article(source))).toEqual([]);
  });

  it('does not close a quote at an apostrophe inside it', () => {
    const [quote, ...rest] = extractQuotes(
      article(
        'Intro text here. ‘The allies’ demands, Trump’s team and the ’90s don’t matter to rock ’n’ roll,’ Putin said.',
      ),
    );
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({
      text: 'The allies’ demands, Trump’s team and the ’90s don’t matter to rock ’n’ roll',
      speaker: 'Putin',
      closed: true,
    });
  });

  it('nests double marks in single ones and single marks in double ones', () => {
    const [outer] = extractQuotes(
      article('Ann Lee said little. ‘He said “no”, and then “never”,’ she said.'),
    );
    expect(outer).toMatchObject({ text: 'He said “no”, and then “never”', speaker: 'Ann Lee' });
    const [inner] = extractQuotes(
      article('Ann Lee said little. “She called it ‘a farce’,” she said.'),
    );
    expect(inner).toMatchObject({ text: 'She called it ‘a farce’', speaker: 'Ann Lee' });
    const [twice] = extractQuotes(
      article('Ann Lee said little. ‘He called it a ‘farce’ twice,’ she said.'),
    );
    expect(twice).toMatchObject({ text: 'He called it a ‘farce’ twice', closed: true });
  });

  it('runs an unclosed single quote to the end of its paragraph', () => {
    const quotes = extractQuotes(article('Putin said, ‘We will never stop\n\nThe end came later.'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      closed: false,
      text: 'We will never stop',
      speaker: 'Putin',
    });
  });

  it('leaves straight single marks as apostrophes', () => {
    expect(
      extractQuotes(article("Officials said 'no' to the 'reset' plan, Jane Doe's aide said.")),
    ).toEqual([]);
  });
});

describe('speakers with apostrophes, hyphens and in great number', () => {
  it('finds surnames with an apostrophe or a hyphen, possessive or not', () => {
    const quotes = extractQuotes(
      article(
        'Council backs the new harbour plan\n' +
          'Councillor Mary O’Brien said the harbour plan was overdue. “We have waited ten years,” O’Brien said.\n' +
          'O’Brien’s deputy, Anna Smith-Jones, disagreed. “The cost is too high,” Smith-Jones said.\n' +
          '“It is a fair price,” she added after O’Brien spoke again.\n',
      ),
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerMention])).toEqual([
      ['Mary O’Brien', 'O’Brien'],
      ['Anna Smith-Jones', 'Smith-Jones'],
      ['Anna Smith-Jones', 'she'],
    ]);
  });

  it('attributes every quote of an article naming hundreds of people to its own speaker', () => {
    // Surnames were once looked for with a pattern per person over the whole text: a long
    // article naming thousands of people took minutes. (Titles are not part of a speaker's name.)
    const syllables = 'ka lo mi ren tor vel sun dar pel quin bar zed fen gol har jun'.split(' ');
    const surname = (k: number) => {
      const word = `${syllables[k % 16]}${syllables[Math.floor(k / 16) % 16]}ton`;
      return word[0]!.toUpperCase() + word.slice(1);
    };
    const count = 256;
    const lines = ['A long record of the council meeting'];
    for (let k = 0; k < count; k++) {
      lines.push(
        `Councillor Ada ${surname(k)} spoke on item ${k + 1}. “We will look at item ${k + 1} again,” ${surname(k)} said.`,
      );
    }
    const quotes = extractQuotes(article(lines.join('\n')));
    expect(quotes).toHaveLength(count);
    quotes.forEach((quote, k) => expect(quote.speaker).toBe(`Ada ${surname(k)}`));
  });
});
