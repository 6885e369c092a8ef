import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignStory } from '../src/lib/align/index.ts';
import { readArticleDir } from '../src/lib/corpus/index.ts';
import {
  exportDisagreements,
  findDisagreements,
  type Disagreement,
} from '../src/lib/disagreements/index.ts';
import type { Article } from '../src/lib/model/index.ts';
import { groupQuotes, type Quote, type QuoteGroup } from '../src/lib/quotes/index.ts';
import { makeArticle } from './helpers/make-article.ts';

type Source = Article & { source: string };

/** An article of one sentence per string, optionally with a publication date. */
function article(id: string, sentences: string[], published: string | null = null): Source {
  const made = makeArticle(id, sentences);
  made.meta.published = published;
  return made;
}

/** The real pipeline on hand-made articles. */
function detect(...articles: Source[]): Disagreement[] {
  return findDisagreements({
    articles,
    alignment: alignStory(articles),
    quoteGroups: groupQuotes(articles),
  });
}

/** Each disagreement as kind and the values of its versions by article. */
function summary(found: Disagreement[]): Array<[string, Record<string, string>]> {
  return found.map((d) => [
    d.kind,
    Object.fromEntries(d.versions.map((v) => [v.article, v.value])),
  ]);
}

describe('findDisagreements: numbers and dates', () => {
  it('reports different counts of the same thing, with the agreeing outlets', () => {
    const found = detect(
      article('a', ['A fire at the Varden chemical plant injured 12 people on Monday.']),
      article('b', ['Twelve people were injured in a fire at the Varden chemical plant.']),
      article('c', ['A total of 15 people were hurt in the blaze at the Varden chemical plant.']),
    );
    expect(summary(found)).toEqual([['number', { a: '12', b: '12', c: '15' }]]);
    expect(found[0]!.subject).toBe('number of people');
  });

  it('reports nothing for equivalent statements', () => {
    const pairs: Array<[string, string]> = [
      ['About a fifth of the workforce was on site.', 'Roughly 20% of the workforce was on site.'],
      [
        'Residents within 3 km of the plant left.',
        'Residents within 3,000 metres of the plant left.',
      ],
      ['Nearly 1,000 residents were evacuated.', 'Police evacuated 980 residents.'],
      [
        'The council approved the €610m tram line.',
        'The council approved the 610 million euro tram line.',
      ],
      [
        'The council voted 9-4 for the tram line.',
        'The council backed the tram line by nine votes to four.',
      ],
      ['About 80 firefighters fought the blaze.', 'Around 80 firefighters fought the blaze.'],
      ['Twelve fire engines attended the blaze.', 'A dozen fire engines attended the blaze.'],
    ];
    for (const [x, y] of pairs) {
      expect(detect(article('a', [x]), article('b', [y])), `${x} / ${y}`).toEqual([]);
    }
  });

  it('resolves a weekday against the publication date', () => {
    const monday = article('a', ['The fire at the Varden plant started on Monday.'], '2026-03-10');
    const ninth = article('b', ['The fire at the Varden plant started on March 9.']);
    const tenth = article('c', ['The fire at the Varden plant started on 10 March 2026.']);
    expect(detect(monday, ninth)).toEqual([]);
    expect(summary(detect(monday, tenth))).toEqual([['date', { a: 'Monday', c: '10 March 2026' }]]);
  });

  it('reports different weekdays but not different days of reporting', () => {
    expect(
      summary(
        detect(
          article('a', ['The bridge over the River Carn collapsed on Wednesday.']),
          article('b', ['The bridge over the River Carn collapsed on Tuesday.']),
        ),
      ),
    ).toEqual([['date', { a: 'Wednesday', b: 'Tuesday' }]]);
    expect(
      detect(
        article('a', ['The bridge over the River Carn collapsed, officials said on Wednesday.']),
        article('b', ['The bridge over the River Carn collapsed, officials said on Thursday.']),
      ),
    ).toEqual([]);
  });

  it('does not take counts of different things for one', () => {
    expect(
      detect(
        article('a', ['The storm killed 15 people and destroyed 40 homes in Port Ellery.']),
        article('b', ['The storm killed 15 people and destroyed 200 boats in Port Ellery.']),
      ),
    ).toEqual([]);
    expect(
      detect(
        article('a', ['Rescue teams are still searching for four people who are missing.']),
        article('b', ['The lifeboat crew rescued 11 people from cars trapped on the coast road.']),
      ),
    ).toEqual([]);
  });

  it('leaves out an article that contradicts itself', () => {
    const selfContradicting = article('a', [
      'Twelve people were injured in the fire at the Varden chemical plant.',
      'Fifteen people were injured in the fire at the Varden chemical plant.',
    ]);
    const other = article('b', [
      'Twelve people were injured in the fire at the Varden chemical plant.',
    ]);
    expect(detect(selfContradicting)).toEqual([]);
    expect(detect(selfContradicting, other)).toEqual([]);
  });

  it('survives odd numbers and never flags them without two outlets disagreeing', () => {
    const odd = [
      'Costs rose to 1.5m, or 1,5 Mio, or £3bn, a dozen times two-thirds of 12-15 people.',
      'No. 10 said it was 30°C on the M25 and COVID-19 cases hit 1.2.3 on March 32.',
      'constructor __proto__ toString 12 constructor hasOwnProperty valueOf.',
    ];
    expect(() => detect(article('a', odd), article('b', odd))).not.toThrow();
    expect(detect(article('a', odd), article('b', odd))).toEqual([]);
  });
});

describe('findDisagreements: opposite verbs', () => {
  const plant = (verb: string) => `The Varden plant ${verb} its most recent safety inspection.`;

  it('reports antonyms and negations of the main verb', () => {
    expect(
      summary(detect(article('a', [plant('passed')]), article('b', [plant('FAILED')]))),
    ).toEqual([['negation', { a: 'passed', b: 'failed' }]]);
    expect(
      summary(detect(article('a', [plant('passed')]), article('b', [plant('did not pass')]))),
    ).toEqual([['negation', { a: 'passed', b: 'not pass' }]]);
    expect(
      summary(
        detect(
          article('a', ['Mayor Helen Ashdown confirmed that the Kingsway library would close.']),
          article('b', ['Mayor Helen Ashdown denied that the Kingsway library would close.']),
        ),
      ),
    ).toEqual([['negation', { a: 'confirmed', b: 'denied' }]]);
  });

  it('reads a double negation as agreement', () => {
    expect(detect(article('a', [plant('passed')]), article('b', [plant('did not fail')]))).toEqual(
      [],
    );
  });

  it('passes over adjectives, other senses and verbs about different things', () => {
    expect(
      detect(
        article('a', [plant('passed')]),
        article('b', [
          'The company did not comment on the failed safety inspection at the Varden plant.',
        ]),
      ),
    ).toEqual([]);
    expect(
      detect(
        article('a', ['Crews stopped the fire spreading to the tanks at the Varden plant.']),
        article('b', ['Crews failed to stop the fire spreading to the tanks at the Varden plant.']),
      ),
    ).toEqual([]);
    expect(
      detect(
        article('a', [
          'The regional government has opened a helpline for people looking for relatives.',
        ]),
        article('b', [
          'Schools will be closed on Monday, and the regional government has asked people to stay home.',
        ]),
      ),
    ).toEqual([]);
  });
});

describe('findDisagreements: quotations', () => {
  it('reports different words inside the marks of one quotation, marking them', () => {
    const a = article('a', ['“We will rebuild every single home,” Governor Elena Varga said.']);
    const b = article('b', ['“We will rebuild every home,” Governor Elena Varga said.']);
    const found = detect(a, b);
    expect(summary(found)).toEqual([
      [
        'quote-wording',
        { a: 'We will rebuild every single home', b: 'We will rebuild every home' },
      ],
    ]);
    const version = found[0]!.versions.find((v) => v.article === 'a')!;
    expect(version.marks.map((m) => a.source.slice(m.start, m.end))).toEqual(['single']);
  });

  it('reports a different last word, but not a quotation cut shorter', () => {
    const history = article('a', [
      '“We will not sign any deal that ignores our history,” Anna Berg said.',
    ]);
    const borders = article('b', [
      '“We will not sign any deal that ignores our borders,” Anna Berg said.',
    ]);
    const shorter = article('c', ['“We will not sign any deal,” Anna Berg said.']);
    expect(summary(detect(history, borders))).toEqual([
      [
        'quote-wording',
        {
          a: 'We will not sign any deal that ignores our history',
          b: 'We will not sign any deal that ignores our borders',
        },
      ],
    ]);
    expect(detect(history, shorter)).toEqual([]);
  });

  it('ignores punctuation, case, ellipses, fragments and stop words', () => {
    const variants = [
      '“Peace is still possible, but not at any price,” Piotr Salo said.',
      '“Peace is still possible – but not at any price,” Piotr Salo said.',
      'Piotr Salo said: “peace is still possible... but not at any price.”',
      'Piotr Salo said peace was “still possible, but not at any price”.',
      '“Peace is still possible, but not at a price,” Piotr Salo said.',
    ];
    const articles = variants.map((text, i) => article(`v${i}`, [text]));
    expect(detect(...articles)).toEqual([]);
  });

  it('reports the same words attributed to different people, but not an unknown speaker', () => {
    const varga = article('a', [
      '“No family will be left to face this alone,” Governor Elena Varga said.',
    ]);
    const reyes = article('b', ['“No family will be left to face this alone,” Tomas Reyes said.']);
    const unnamed = article('c', [
      '“No family will be left to face this alone,” a spokesman said.',
    ]);
    expect(summary(detect(varga, reyes, unnamed))).toEqual([
      ['speaker', { a: 'Elena Varga', b: 'Tomas Reyes' }],
    ]);
    expect(detect(varga, unnamed)).toEqual([]);
  });

  it('never takes a news outlet for a speaker', () => {
    const a = article('a', ['“We built for a market that did not arrive,” Daniel Okafor said.']);
    const b = article('b', ['HARWICK (Capital Wire) — Kestrel cut jobs.', 'x']);
    const quote = (source: Source, speaker: string, text: string): Quote => {
      const start = source.source.indexOf(text);
      return {
        id: `${source.id}/q-0`,
        article: source.id,
        start,
        end: start + text.length,
        text,
        parts: [{ start, end: start + text.length }],
        quotation: text,
        sentences: ['s-0'],
        anchor: 's-0',
        speaker,
        speakerMention: speaker,
        kind: 'speech',
        partial: false,
        closed: true,
      };
    };
    const words = 'We built for a market that did not arrive';
    const c = article('c', [
      'HARWICK (Capital Wire) — “We built for a market that did not arrive,” he said.',
    ]);
    const groups: QuoteGroup[] = [
      {
        id: 'q-1',
        speaker: 'Daniel Okafor',
        kind: 'speech',
        sources: 1,
        wordingDiffers: false,
        paraphrases: [],
        variants: [quote(a, 'Daniel Okafor', words)],
      },
      {
        id: 'q-2',
        speaker: 'Capital Wire',
        kind: 'speech',
        sources: 1,
        wordingDiffers: false,
        paraphrases: [],
        variants: [quote(c, 'Capital Wire', words)],
      },
    ];
    const articles = [a, b, c];
    expect(
      findDisagreements({ articles, alignment: alignStory(articles), quoteGroups: groups }),
    ).toEqual([]);
  });
});

describe('findDisagreements: output', () => {
  const a = article('a', ['A fire at the Varden chemical plant injured 12 people on Monday.']);
  const c = article('c', [
    'A total of 15 people were hurt in the blaze at the Varden chemical plant.',
  ]);
  const found = detect(a, c);
  const sources = new Map([a, c].map((x) => [x.id, x.source]));

  it('gives versions whose offsets index the source and whose marks lie inside them', () => {
    expect(found).toHaveLength(1);
    for (const version of found[0]!.versions) {
      const source = sources.get(version.article)!;
      expect(source.slice(version.start, version.end)).toBe(version.text);
      expect(version.anchor).toMatch(/^s-\d+$/);
      for (const mark of version.marks) {
        expect(mark.start).toBeGreaterThanOrEqual(version.start);
        expect(mark.end).toBeLessThanOrEqual(version.end);
      }
    }
    expect(found[0]!.id).toMatch(/^d-[0-9a-z]{11}$/);
  });

  it('is stable: the same story gives the same ids', () => {
    expect(detect(a, c).map((d) => d.id)).toEqual(found.map((d) => d.id));
  });

  it('exports the documented shape', () => {
    expect(exportDisagreements(found)).toEqual([
      {
        id: found[0]!.id,
        kind: 'number',
        claim: found[0]!.claim,
        versions: found[0]!.versions.map((v) => ({
          article: v.article,
          start: v.start,
          end: v.end,
          text: v.text,
          anchor: v.anchor,
          value: v.value,
        })),
      },
    ]);
  });

  it('runs on the hostile corpus without throwing', () => {
    const articles = readArticleDir(join(import.meta.dirname, 'fixtures/hostile/articles'));
    expect(() =>
      findDisagreements({
        articles,
        alignment: alignStory(articles),
        quoteGroups: groupQuotes(articles),
      }),
    ).not.toThrow();
  });
});
