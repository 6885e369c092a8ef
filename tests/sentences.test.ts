import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/lib/parse/sentences.ts';

const split = (text: string) =>
  splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets exact', () => {
    const text = '  Putin spoke. Trump listened!  Did anyone reply? ';
    expect(split(text)).toEqual(['Putin spoke.', 'Trump listened!', 'Did anyone reply?']);
    expect(splitSentences(text)[0]).toEqual({ start: 2, end: 14 });
  });

  it('keeps a quote that ends inside the sentence with its attribution', () => {
    const text =
      '“We see statements by the newly elected U.S. President and members of his team about the ' +
      'desire to restore direct contacts with Russia,” Putin said. He also noted Trump’s remarks.';
    expect(split(text)).toEqual([
      '“We see statements by the newly elected U.S. President and members of his team about the desire to restore direct contacts with Russia,” Putin said.',
      'He also noted Trump’s remarks.',
    ]);
  });

  it('ends a sentence after a quote that closes after the full stop', () => {
    expect(split('He said, “We agree.” Then he left.')).toEqual([
      'He said, “We agree.”',
      'Then he left.',
    ]);
    expect(split('"It is over." Nobody replied.')).toEqual(['"It is over."', 'Nobody replied.']);
  });

  it('does not split a question inside a quote followed by its attribution', () => {
    expect(split('“Why now?” he asked. Nobody knew.')).toEqual([
      '“Why now?” he asked.',
      'Nobody knew.',
    ]);
  });

  it.each([
    ['titles', 'Trump appointed retired Gen. Keith Kellogg as envoy. He agreed.', 2],
    ['Mr. and Dr.', 'Mr. Smith met Dr. Jones. They talked.', 2],
    ['months', 'On Jan. 9 he spoke. Then on Feb. 3 again.', 2],
    ['initials', 'Donald J. Trump took office. Putin called.', 2],
    ['e.g.', 'Some allies, e.g. Hungary, agreed. Others did not.', 2],
    ['No. before a number', 'He was No. 1 in the polls. Then he fell.', 2],
    ['decimals and thousands', 'Russia holds 18.5% of the land, about 1,000 km. It is a lot.', 2],
  ])('does not split after %s', (_case, text, count) => {
    expect(split(text)).toHaveLength(count);
  });

  it('treats U.S. before a title or institution as part of the sentence', () => {
    expect(split('The U.S. President spoke to the U.S. Senate today.')).toHaveLength(1);
    expect(split('Relations with the U.S. administration improved.')).toHaveLength(1);
  });

  it('ends a sentence at U.S. when a new sentence clearly starts', () => {
    expect(
      split(
        'Weapons came from Western allies, including the U.S. Ukrainian forces have struck oil sites.',
      ),
    ).toEqual([
      'Weapons came from Western allies, including the U.S.',
      'Ukrainian forces have struck oil sites.',
    ]);
    expect(split('He flew to the U.S. The talks began.')).toHaveLength(2);
  });

  it.each([
    [
      'J.K. Rowling',
      'A new novel by J.K. Rowling sold out. Critics were divided.',
      ['A new novel by J.K. Rowling sold out.', 'Critics were divided.'],
    ],
    [
      'U.N. General Assembly',
      'The U.N. General Assembly voted on Friday. The U.S. abstained.',
      ['The U.N. General Assembly voted on Friday.', 'The U.S. abstained.'],
    ],
    [
      'U.S. Steel',
      'Nippon Steel agreed to buy U.S. Steel for $14.9 billion. The deal was blocked.',
      ['Nippon Steel agreed to buy U.S. Steel for $14.9 billion.', 'The deal was blocked.'],
    ],
    [
      'H.R. McMaster',
      'National security adviser H.R. McMaster resigned. He was replaced in April.',
      ['National security adviser H.R. McMaster resigned.', 'He was replaced in April.'],
    ],
    [
      'J.C. Penney',
      'The retailer J.C. Penney filed for bankruptcy. Its stores stayed open.',
      ['The retailer J.C. Penney filed for bankruptcy.', 'Its stores stayed open.'],
    ],
    [
      'The U.K. Panel',
      'The U.K. Panel on Takeovers and Mergers ruled on Monday.',
      ['The U.K. Panel on Takeovers and Mergers ruled on Monday.'],
    ],
    [
      'a clock time before a new sentence',
      'The polls closed at 5 p.m. Officials said turnout was high.',
      ['The polls closed at 5 p.m.', 'Officials said turnout was high.'],
    ],
    [
      'a clock time before a weekday',
      'The talks resume at 5 p.m. Monday. Officials said so.',
      ['The talks resume at 5 p.m. Monday.', 'Officials said so.'],
    ],
    [
      'Co. KG',
      'Shares are held by Porsche GmbH & Co. KG, filings show. The family controls it.',
      ['Shares are held by Porsche GmbH & Co. KG, filings show.', 'The family controls it.'],
    ],
    [
      'Co. at the end of a sentence',
      'They closed the deal with Pitt, Briggs & Co. It closed yesterday.',
      ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.'],
    ],
    [
      'No. 1026',
      'The case, No. 1026, was filed as No. 1026. It was dismissed.',
      ['The case, No. 1026, was filed as No. 1026.', 'It was dismissed.'],
    ],
    [
      'N°. before coordinates',
      'You can find it at N°. 1026.253.553. That is where the treasure is.',
      ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.'],
    ],
    [
      'the pronoun I',
      'It was between him and I. Did he mean it? Ask Albert I. Jones.',
      ['It was between him and I.', 'Did he mean it?', 'Ask Albert I. Jones.'],
    ],
  ])('reads the word after an abbreviation: %s', (_case, text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it('splits an inline list at its markers, not after them', () => {
    expect(split('1.) The first item 2.) The second item')).toEqual([
      '1.) The first item',
      '2.) The second item',
    ]);
    expect(split('• 9. The first item • 10. The second item')).toEqual([
      '• 9. The first item',
      '• 10. The second item',
    ]);
    expect(split('The vote was 1 to 2. Then it was 3 to 2.')).toHaveLength(2);
  });

  it('reads ellipses: three spaced dots inside a sentence, four at its end', () => {
    expect(split('the thing is . . . I didn’t mean it.')).toHaveLength(1);
    const text = 'They wrote compounds. . . . The practice was not abandoned.';
    expect(split(text)).toEqual(['They wrote compounds.', '. . . The practice was not abandoned.']);
    expect(split('"Bohr [...] used stairways [...]" (Smith 55).')).toHaveLength(1);
  });

  it('splits a multi-sentence quote into its sentences', () => {
    expect(split('“We value his intent. This deserves recognition.”')).toEqual([
      '“We value his intent.',
      'This deserves recognition.”',
    ]);
  });

  it('returns one range for text without final punctuation (headings, list items)', () => {
    expect(
      split('Putin expressed openness to dialogue with the U.S. on Ukraine conflict'),
    ).toHaveLength(1);
  });

  it('splits a paragraph of hundreds of kilobytes (linear scan, no copying of the rest)', () => {
    const sentence = (i: number) =>
      `“Statement ${i} by the U.S. President,” Mr. Putin said on Jan. 9.`;
    const text = Array.from({ length: 8000 }, (_, i) => sentence(i)).join(' ');
    const ranges = splitSentences(text);
    expect(ranges).toHaveLength(8000);
    expect(text.slice(ranges[4321]!.start, ranges[4321]!.end)).toBe(sentence(4321));
  });

  it('finds the markers of a long inline list in linear time', () => {
    const text = Array.from({ length: 60000 }, (_, i) => `${i + 1}. Item`).join(' ');
    const ranges = splitSentences(text);
    expect(ranges).toHaveLength(60000);
    expect(text.slice(ranges[59999]!.start, ranges[59999]!.end)).toBe('60000. Item');
  });

  it('survives hostile input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
    expect(split('...')).toEqual(['...']);
    const long = `${'word '.repeat(5000).trim()}.`;
    expect(split(long)).toEqual([long]);
    expect(split('<script>alert(1)</script>. Next.')).toEqual([
      '<script>alert(1)</script>.',
      'Next.',
    ]);
  });
});
