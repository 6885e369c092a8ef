import { describe, expect, it } from 'vitest';
import { alignStory } from '../src/lib/align/index.ts';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { sideBySide, type SidePair, type SideRow } from '../src/lib/publish/side-by-side.ts';
import type { Article } from '../src/lib/model/types.ts';

/** Checks the layout's contract: both sides in order, every sentence once, rows matched. */
function checkLayout(rows: SideRow[], leftCount: number, rightCount: number, pairs: SidePair[]) {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  expect(rows.flatMap((row) => row.left)).toEqual(range(leftCount));
  expect(rows.flatMap((row) => row.right)).toEqual(range(rightCount));
  const matched = new Set(pairs.map((pair) => `${pair.left}:${pair.right}`));
  for (const row of rows) {
    expect(row.left.length + row.right.length).toBeGreaterThan(0);
    if (row.left.length === 0 || row.right.length === 0) continue;
    for (const i of row.left) expect(row.right.some((j) => matched.has(`${i}:${j}`))).toBe(true);
    for (const j of row.right) expect(row.left.some((i) => matched.has(`${i}:${j}`))).toBe(true);
  }
}

describe('sideBySide', () => {
  it('faces matches kept in order and gives the others rows in their reading place', () => {
    const pairs = [
      { left: 0, right: 1 },
      { left: 2, right: 2 },
    ];
    const rows = sideBySide(4, 4, pairs);
    expect(rows).toEqual([
      { left: [], right: [0] },
      { left: [0], right: [1] },
      { left: [1], right: [] },
      { left: [2], right: [2] },
      { left: [3], right: [] },
      { left: [], right: [3] },
    ]);
    checkLayout(rows, 4, 4, pairs);
  });

  it('keeps a crossing match out of the facing chain: more pairs first, then closer ones', () => {
    // 0↔2 crosses 1↔0 and 2↔1: the two of them win over the one.
    const crossing = [
      { left: 0, right: 2, weight: 1.9 },
      { left: 1, right: 0, weight: 1.1 },
      { left: 2, right: 1, weight: 1.1 },
    ];
    expect(sideBySide(3, 3, crossing)).toEqual([
      { left: [0], right: [] },
      { left: [1], right: [0] },
      { left: [2], right: [1] },
      { left: [], right: [2] },
    ]);
    // Of two crossing single pairs, the closer wording faces.
    const rows = sideBySide(2, 2, [
      { left: 0, right: 1, weight: 1.2 },
      { left: 1, right: 0, weight: 1.8 },
    ]);
    expect(rows).toEqual([
      { left: [0], right: [] },
      { left: [1], right: [0] },
      { left: [], right: [1] },
    ]);
  });

  it('puts neighbours that match one sentence in its row', () => {
    // Left 1 says in one sentence what right 1 and 2 say in two.
    const pairs = [
      { left: 0, right: 0 },
      { left: 1, right: 1 },
      { left: 1, right: 2 },
      { left: 2, right: 3 },
    ];
    const rows = sideBySide(3, 4, pairs);
    expect(rows).toEqual([
      { left: [0], right: [0] },
      { left: [1], right: [1, 2] },
      { left: [2], right: [3] },
    ]);
    checkLayout(rows, 3, 4, pairs);
  });

  it('ignores pairs out of range, duplicates and empty texts', () => {
    expect(sideBySide(0, 0, [])).toEqual([]);
    expect(sideBySide(0, 2, [{ left: 0, right: 0 }])).toEqual([
      { left: [], right: [0] },
      { left: [], right: [1] },
    ]);
    const pairs = [
      { left: 0, right: 0 },
      { left: 0, right: 0, weight: 3 },
      { left: 5, right: 0 },
      { left: -1, right: 0 },
      { left: 0.5, right: 0 },
      { left: 0, right: 1, weight: 0 },
    ];
    expect(sideBySide(1, 2, pairs)).toEqual([
      { left: [0], right: [0] },
      { left: [], right: [1] },
    ]);
  });

  it('lays out random match sets within its contract', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const leftCount = Math.floor(random() * 12);
      const rightCount = Math.floor(random() * 12);
      const pairs: SidePair[] = [];
      for (let k = Math.floor(random() * 15); k > 0 && leftCount && rightCount; k--) {
        pairs.push({
          left: Math.floor(random() * leftCount),
          right: Math.floor(random() * rightCount),
          weight: 1 + random(),
        });
      }
      checkLayout(sideBySide(leftCount, rightCount, pairs), leftCount, rightCount, pairs);
    }
  });

  it('faces as many pairs as a longest common subsequence on the seed articles', () => {
    const root = new URL('..', import.meta.url).pathname;
    const articles: Article[] = readArticleDir(`${root}content/articles`, { root });
    const alignment = alignStory(articles);
    const body = (article: Article) =>
      article.sentences.filter((s) => s.kind === 'paragraph' || s.kind === 'list-item');
    for (const [n, a] of articles.entries()) {
      for (const b of articles.slice(n + 1)) {
        const left = body(a);
        const right = body(b);
        const rightIndex = new Map(right.map((sentence, j) => [sentence.id, j]));
        const pairs: SidePair[] = left.flatMap((sentence, i) =>
          (alignment.bySentence.get(`${a.id}#${sentence.id}`) ?? []).flatMap((claimId) => {
            const claim = alignment.claims.find((c) => c.id === claimId)!;
            return claim.spans
              .filter((span) => span.article === b.id)
              .map((span) => ({ left: i, right: rightIndex.get(span.sentence)! }));
          }),
        );
        const rows = sideBySide(left.length, right.length, pairs);
        checkLayout(rows, left.length, right.length, pairs);
        // The facing chain is as long as the longest order-keeping set of matches.
        const matched = new Set(pairs.map((pair) => `${pair.left}:${pair.right}`));
        const lcs: number[][] = Array.from({ length: left.length + 1 }, () =>
          new Array<number>(right.length + 1).fill(0),
        );
        for (let i = 1; i <= left.length; i++) {
          for (let j = 1; j <= right.length; j++) {
            lcs[i]![j] = Math.max(
              lcs[i - 1]![j]!,
              lcs[i]![j - 1]!,
              lcs[i - 1]![j - 1]! + (matched.has(`${i - 1}:${j - 1}`) ? 1 : 0),
            );
          }
        }
        const facingRows = rows.filter((row) => row.left.length > 0 && row.right.length > 0);
        expect(facingRows.length).toBe(lcs[left.length]![right.length]);
      }
    }
    // Aligns the seeds (WordNet loaded): seconds on a busy two-core machine.
  }, 30_000);
});
