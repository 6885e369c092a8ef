import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/lib/text/index.ts';

describe('segmentText', () => {
  const text = 'A fire injured  12 people\u200b on Monday.';
  const at = (word: string) => ({
    start: 100 + text.indexOf(word),
    end: 100 + text.indexOf(word) + word.length,
  });

  it('marks ranges and highlights them independently, cleaning each run', () => {
    expect(segmentText(text, 100, [at('injured  12 people')], [at('12')])).toEqual([
      { text: 'A fire ', marked: false, highlighted: false },
      { text: 'injured ', marked: true, highlighted: false },
      { text: '12', marked: true, highlighted: true },
      { text: ' people', marked: true, highlighted: false },
      { text: ' on Monday.', marked: false, highlighted: false },
    ]);
  });

  it('keeps the text whole when nothing is marked, and clips ranges to the passage', () => {
    expect(segmentText(text, 100, [{ start: 0, end: 5 }], [{ start: 500, end: 600 }])).toEqual([
      { text: 'A fire injured 12 people on Monday.', marked: false, highlighted: false },
    ]);
  });
});
