import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../src/lib/input/front-matter.ts';

describe('readFrontMatter', () => {
  it('returns nothing for a file without front matter', () => {
    expect(readFrontMatter('Putin said.\n', 'a.txt')).toEqual({ data: {}, bodyStart: 0 });
  });

  it('reads the known fields and where the body starts', () => {
    const source =
      '---\ntitle: Putin congratulates Trump\noutlet: Example News\nurl: https://example.org/a\n' +
      'author: Jane Doe\npublished: 2025-01-20\n---\nBody.';
    const { data, bodyStart } = readFrontMatter(source, 'a.txt');
    expect(data).toEqual({
      title: 'Putin congratulates Trump',
      outlet: 'Example News',
      url: 'https://example.org/a',
      author: 'Jane Doe',
      published: '2025-01-20',
    });
    expect(source.slice(bodyStart)).toBe('Body.');
  });

  it('handles CRLF line endings and a BOM-less CR-only file', () => {
    const crlf = '---\r\ntitle: T\r\n---\r\nBody.';
    expect(crlf.slice(readFrontMatter(crlf, 'a.txt').bodyStart)).toBe('Body.');
    const cr = '---\rtitle: T\r---\rBody.';
    expect(readFrontMatter(cr, 'a.txt').data.title).toBe('T');
    expect(cr.slice(readFrontMatter(cr, 'a.txt').bodyStart)).toBe('Body.');
  });

  it('accepts ISO dates and timestamps', () => {
    for (const date of ['2025-01-20', '2025-01-20T09:30:00Z', '2025-01-20T09:30+03:00']) {
      expect(readFrontMatter(`---\npublished: ${date}\n---\nB.`, 'a.txt').data.published).toBe(
        date,
      );
    }
  });

  it('refuses a date shaped right that names no real day or time, saying why', () => {
    const published = (date: string) => () =>
      readFrontMatter(`---\npublished: ${date}\n---\nB.`, 'a.txt');
    expect(published('2025-02-30')).toThrow(
      'a.txt: front matter field "published" is not a real date, got "2025-02-30" (February 2025 has 28 days)',
    );
    expect(published('2024-02-30')).toThrow(/"2024-02-30" \(February 2024 has 29 days\)/);
    expect(published('2024-04-31')).toThrow(/April 2024 has 30 days/);
    expect(published('2025-13-01')).toThrow(/"2025-13-01" \(there is no month 13\)/);
    expect(published('2025-01-00')).toThrow(/January 2025 has 31 days/);
    expect(published('2025-01-20T24:00')).toThrow(/there is no hour 24/);
    expect(published('2025-01-20T09:60')).toThrow(/there is no minute 60/);
    expect(published('2025-01-20T09:30+25:00')).toThrow(/offset is out of range/);
    expect(published('2024-02-29')().data.published).toBe('2024-02-29');
    expect(published('2025-12-31T23:59:59.5-05:00')().data.published).toBe(
      '2025-12-31T23:59:59.5-05:00',
    );
  });

  it('ignores empty values and an empty block', () => {
    expect(readFrontMatter('---\n---\nBody.', 'a.txt').data).toEqual({});
    expect(readFrontMatter('---\nauthor:\n---\nBody.', 'a.txt').data).toEqual({});
  });

  it.each([
    [
      'an unclosed block',
      '---\ntitle: T\nBody.',
      /a\.txt: front matter opened with "---" is never closed/,
    ],
    ['invalid YAML', '---\ntitle: [unclosed\n---\nB.', /a\.txt: front matter is not valid YAML/],
    [
      'a list instead of a mapping',
      '---\n- a\n- b\n---\nB.',
      /a\.txt: front matter must be a mapping/,
    ],
    ['an unknown field', '---\ntitel: T\n---\nB.', /a\.txt: front matter field "titel" is unknown/],
    [
      'a non-text field',
      '---\nauthor: [a, b]\n---\nB.',
      /a\.txt: front matter field "author" must be text/,
    ],
    [
      'a URL that is not http(s)',
      '---\nurl: javascript:alert(1)\n---\nB.',
      /field "url" must be an http\(s\) URL/,
    ],
    [
      'a date that is not a date',
      '---\npublished: last Monday\n---\nB.',
      /field "published" must be a date/,
    ],
  ])('names the file and the field for %s', (_case, source, message) => {
    expect(() => readFrontMatter(source, 'a.txt')).toThrow(message);
  });
});
