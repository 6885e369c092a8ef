import { describe, expect, it } from 'vitest';
import { decodeArticle, findInvalidUtf8, looksLikeWindows1252 } from '../src/lib/input/decode.ts';
import { ArticleError } from '../src/lib/model/errors.ts';
import { displayText, segmentText } from '../src/lib/text/display.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops only a leading BOM', () => {
    expect(decodeArticle(utf8('\uFEFFPutin said.\r\nTrump said.'), 'a.txt')).toBe(
      'Putin said.\r\nTrump said.',
    );
    expect(decodeArticle(utf8('Ünïcödé “quotes” — fine.'), 'a.txt')).toBe(
      'Ünïcödé “quotes” — fine.',
    );
  });

  it('keeps a BOM that is not at the start (it is text, shown as nothing)', () => {
    expect(decodeArticle(utf8('A\uFEFFB.'), 'a.txt')).toBe('A\uFEFFB.');
  });

  it.each([
    ['empty', new Uint8Array(), /a\.txt: is empty/],
    ['only a BOM and whitespace', utf8('\uFEFF  \r\n\t\n'), /a\.txt: is empty/],
    ['only invisible characters', utf8('\u200B\n\u202E\u2066\n'), /a\.txt: is empty/],
    [
      'binary with NUL bytes',
      Uint8Array.from([0x41, 0x42, 0x00, 0x43]),
      /a\.txt: contains NUL bytes.*at byte 2/,
    ],
    [
      'a lone continuation byte',
      Uint8Array.from([0x41, 0x80, 0x42]),
      /a\.txt: is not valid UTF-8 \(at byte 1\)/,
    ],
    [
      'a truncated sequence',
      Uint8Array.from([0x41, 0x42, 0xe2, 0x80]),
      /not valid UTF-8 \(at byte 2\)/,
    ],
    ['an overlong encoding', Uint8Array.from([0xc0, 0xaf]), /not valid UTF-8 \(at byte 0\)/],
    [
      'an encoded surrogate',
      Uint8Array.from([0x20, 0xed, 0xa0, 0x80]),
      /not valid UTF-8 \(at byte 1\)/,
    ],
    [
      'Latin-1 text',
      Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x2e]),
      /not valid UTF-8 \(at byte 3\)/,
    ],
  ])('rejects %s, naming the file', (_case, bytes, message) => {
    expect(() => decodeArticle(bytes, 'a.txt')).toThrow(message);
    expect(() => decodeArticle(bytes, 'a.txt')).toThrow(ArticleError);
  });

  it('rejects a file over the size limit, which is configurable', () => {
    const bytes = utf8('word '.repeat(30));
    expect(() => decodeArticle(bytes, 'big.txt', { maxBytes: 100 })).toThrow(
      /big\.txt: file is 150 bytes, over the limit of 100/,
    );
    expect(decodeArticle(bytes, 'big.txt', { maxBytes: 150 })).toHaveLength(150);
  });

  it('reports the byte offset on the error object', () => {
    try {
      decodeArticle(Uint8Array.from([0x41, 0xff]), 'x.txt');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ file: 'x.txt', byteOffset: 1 });
    }
  });
});

describe('Windows-1252 files', () => {
  // "Café “au lait” for £3" as Windows-1252 bytes.
  const cp1252 = Uint8Array.from([
    ...utf8('Caf'),
    0xe9,
    ...utf8(' '),
    0x93,
    ...utf8('au lait'),
    0x94,
    ...utf8(' for '),
    0xa3,
    ...utf8('3.'),
  ]);

  it('are recognised by their lone high bytes between ASCII', () => {
    expect(looksLikeWindows1252(cp1252)).toBe(true);
    expect(looksLikeWindows1252(utf8('plain ASCII'))).toBe(false);
    // UTF-8 with one damaged byte: its multi-byte runs are not Windows-1252.
    expect(looksLikeWindows1252(Uint8Array.from([...utf8('Café “x” '), 0xff]))).toBe(false);
    // 0x81 is not a Windows-1252 character.
    expect(looksLikeWindows1252(Uint8Array.from([0x41, 0x81, 0x42]))).toBe(false);
  });

  it('are refused with the byte offset and how to convert them', () => {
    expect(() => decodeArticle(cp1252, 'notes.txt')).toThrow(
      'notes.txt: is not valid UTF-8 (at byte 3); it looks like Windows-1252 (Latin-1) text: ' +
        'convert it with `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.tmp && mv FILE.tmp FILE` or re-save it as UTF-8',
    );
    expect(() => decodeArticle(Uint8Array.from([...utf8('“x” '), 0xff]), 'u.txt')).toThrow(
      /^u\.txt: is not valid UTF-8 \(at byte 8\)$/,
    );
  });
});

describe('findInvalidUtf8', () => {
  it('accepts every valid sequence length, including the largest code point', () => {
    expect(findInvalidUtf8(utf8('a é € 𝄞 \u{10FFFF}'))).toBe(-1);
  });
  it('rejects code points above U+10FFFF', () => {
    expect(findInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});

describe('displayText', () => {
  it('removes bidi controls, zero-width characters and soft hyphens', () => {
    expect(displayText('Pu\u200Btin \u202Esaid\u202C it\u00AD.')).toBe('Putin said it.');
  });
  it('removes C0 and C1 control characters, keeping the whitespace ones as a space', () => {
    expect(displayText('bell\u0007 escape\u001b[31mred\u001b[0m DEL\u007f C1\u0080\u009b.')).toBe(
      'bell escape[31mred[0m DEL C1.',
    );
    expect(displayText('a\u0000b\u0008c')).toBe('abc');
    expect(displayText('form\ffeed\vtab\u0085next\tline')).toBe('form feed tab next line');
    expect(displayText('\u0007\u001b')).toBe('');
  });
  it('segmentText removes control characters from every run, marked or not', () => {
    const text = 'A bell\u0007 rang and\u001b an escape.';
    const segments = segmentText(text, 10, [{ start: 10, end: 18 }]);
    expect(segments.map((s) => s.text).join('')).toBe('A bell rang and an escape.');
    expect(segments[0]).toEqual({ text: 'A bell ', marked: true, highlighted: false });
  });
  it('collapses whitespace and line breaks', () => {
    expect(displayText('  a\r\n b\t c  ')).toBe('a b c');
  });
  it('returns clean text as it is, and cleans any text with one character to clean', () => {
    const clean = 'Ms Okafor said: “It’s a £2.4bn deal — done.”';
    expect(displayText(clean)).toBe(clean);
    // One character of each kind displayText changes, inside, at the start and at the end.
    const dirty = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00A0',
      '\u0085',
      '\u2028',
      '\u200B',
      '\u00AD',
      '\u202E',
      '\uFEFF',
      '\u0007',
      '\u009B',
    ];
    for (const c of dirty) {
      for (const text of [`a${c}b c`, `${c}a b`, `a b${c}`, `a  b${c}`]) {
        const expected = text
          .replace(
            /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u00AD\uFEFF]/g,
            '',
          )
          .replace(/[\s\u0085]+/g, ' ')
          .trim();
        expect(displayText(text), JSON.stringify(text)).toBe(expected);
      }
    }
  });
  it('leaves markup characters alone: escaping is the renderer’s job', () => {
    expect(displayText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
