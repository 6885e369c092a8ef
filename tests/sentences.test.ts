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
