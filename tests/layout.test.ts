/**
 * The layout of a whole web page copied as text: the body among the site's menus and footers,
 * the headline above it, and no opinion on a pasted article.
 */
import { describe, expect, it } from 'vitest';
import { findPageLayout, isProseLine, type LayoutLine } from '../src/lib/parse/layout.ts';
import { parseArticle } from '../src/lib/parse/article.ts';

const page = (...texts: string[]): LayoutLine[] =>
  texts.map((text) => ({ text, debris: false, bullet: /^[-•]\s/.test(text) }));

const BODY = [
  'Harbour workers walked out at dawn on Monday after talks over night shifts broke down late on Sunday.',
  'The union said the ferry company had refused to discuss the length of night shifts on the harbour crossings.',
  'Ferries between the harbour and the islands were cancelled for the whole day, the ferry company said.',
  'Talks are due to resume on Thursday at the harbour offices.',
];

describe('findPageLayout', () => {
  const lines = page(
    'Skip to content',
    'Home',
    'News',
    'Sport',
    'Weather',
    'Ferry strike halts harbour crossings as night-shift talks fail',
    'Jo Bloggs',
    ...BODY,
    'Most popular',
    'Council approves new car park',
    'Weather warning for the weekend',
    'About us',
    'Contact',
  );
  const layout = findPageLayout(lines);

  it('takes menus above and link lists and footers below the body for the site’s', () => {
    expect([...layout.furniture].sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 6, 11, 12, 13, 14, 15,
    ]);
  });

  it('finds the headline by the words the body repeats, not by its place', () => {
    expect(layout.headline).toBe(5);
  });

  it('says nothing of a pasted article: a headline, a byline and paragraphs', () => {
    const pasted = findPageLayout(
      page('Ferry strike halts harbour crossings', 'By Jo Bloggs', ...BODY, 'Related'),
    );
    expect(pasted).toEqual({ furniture: new Set(), headline: null });
  });

  it('prefers the headline to a masthead the body names once', () => {
    const named = findPageLayout(
      page(
        'The Harbour Desk',
        'Subscribe',
        'Sign in',
        'Ferry strike halts harbour crossings as night-shift talks fail',
        'Share',
        ...BODY,
        'Thanks for reading The Harbour Desk.',
        'Comments',
        'Top',
        'Latest',
        'Privacy ∙ Terms',
      ),
    );
    expect(named.headline).toBe(3);
  });

  it('keeps a standfirst under the headline and drops the byline and date', () => {
    const lines = page(
      'Menu',
      'Search',
      'Sign in',
      'Ferry strike halts harbour crossings as night-shift talks fail',
      'Crews say the night shifts are too long for safe crossings, and the company will not talk',
      'Jo Bloggs',
      'Harbour correspondent',
      ...BODY,
      'Share',
      'Topics',
      'Ferries',
      'Strikes',
    );
    const { furniture, headline } = findPageLayout(lines);
    expect(headline).toBe(3);
    expect(furniture.has(4)).toBe(false);
    expect(furniture.has(5) && furniture.has(6)).toBe(true);
  });

  it('takes a run of short lines inside the body and counters for a menu', () => {
    const lines = page(
      'Home',
      'News',
      'Sport',
      'Ferry strike halts harbour crossings as night-shift talks fail',
      BODY[0]!,
      'Share',
      'Facebook',
      'Email',
      BODY[1]!,
      '1',
      BODY[2]!,
      BODY[3]!,
      'Footer',
      'Help',
    );
    const { furniture } = findPageLayout(lines);
    expect([5, 6, 7, 9].every((i) => furniture.has(i))).toBe(true);
    expect([4, 8, 10, 11].some((i) => furniture.has(i))).toBe(false);
  });
});

describe('a headline that reads as prose', () => {
  it('opens the body when it is two sentences or long, written as headlines are', () => {
    const lines = page(
      'Menu',
      'Search',
      'Sign in',
      'Subscribe',
      'Home',
      'Ferry Strike Halts the Harbour. Now the Islands Must Wait for Their Crossings.',
      ...BODY,
      'Terms',
      'Help',
    );
    expect(findPageLayout(lines).headline).toBe(5);
  });

  it('prefers the first strong line above the body to a photo caption that shares as much', () => {
    const lines = page(
      'Menu',
      'Search',
      'Sign in',
      'Harbour ferry strike halts crossings to the islands',
      'Ferries wait at the harbour on Monday as crossings to the islands are cancelled for the day',
      ...BODY,
      'Terms',
      'Help',
      'About',
    );
    expect(findPageLayout(lines).headline).toBe(3);
  });
});

describe('isProseLine', () => {
  it('reads sentences and long lines as prose, labels and headlines not', () => {
    expect(isProseLine('The museum remains closed.')).toBe(true);
    expect(isProseLine('Who pays?')).toBe(false);
    expect(isProseLine('Ferry strike halts harbour crossings')).toBe(false);
    expect(isProseLine('Privacy ∙ Terms ∙ Collection notice')).toBe(false);
  });
});

describe('a whole page through the parser', () => {
  it('gives the article its headline and leaves the site’s lines out of the text', () => {
    const source = [
      'Skip to content',
      'Home',
      'News',
      'Sport',
      'Weather',
      'Ferry strike halts harbour crossings as night-shift talks fail',
      ...BODY,
      'Most read',
      'Council approves new car park',
      'About us',
      'Contact us',
      'Terms',
    ].join('\n');
    const article = parseArticle({ id: 'page', file: 'page.txt', source });
    expect(article.meta.title).toBe(
      'Ferry strike halts harbour crossings as night-shift talks fail',
    );
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'Ferry strike halts harbour crossings as night-shift talks fail',
      ...BODY,
    ]);
  });
});
