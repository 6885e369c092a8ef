/**
 * The archive generator behind `npm run bench:archive`: many distinct stories, not copies of one.
 */
import { describe, expect, it } from 'vitest';
import { generateArchive, readTemplates, sameStoryScores } from '../scripts/generate-archive.ts';

const templates = readTemplates();
const archive = generateArchive(templates, 300);

describe('generateArchive', () => {
  it('makes exactly the articles asked for, in stories of 2 to 10, ids not telling the story', () => {
    expect(templates.map((t) => t.name)).toEqual([
      'seeds',
      'chip-layoffs',
      'cup-final',
      'plant-fire',
      'storm-coast',
      'tram-vote',
    ]);
    expect(archive).toHaveLength(300);
    const sizes = new Map<string, number>();
    for (const a of archive) sizes.set(a.story, (sizes.get(a.story) ?? 0) + 1);
    // The last story may be cut short to reach the count exactly.
    const full = [...sizes.values()].slice(0, -1);
    expect(Math.min(...full)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...full)).toBeLessThanOrEqual(10);
    expect(sizes.size).toBeGreaterThan(40);
    const neighbours = archive.slice(1).filter((a, k) => a.story === archive[k]!.story).length;
    expect(neighbours).toBeLessThan(30);
  });

  it('is deterministic', () => {
    expect(generateArchive(templates, 300)).toEqual(archive);
    expect(generateArchive(templates, 300, { seed: 2 })).not.toEqual(archive);
  });

  it('gives each story its own names: two stories from one template share none', () => {
    // Both stories from the tram template keep its wording in part ("City Hall" may stay, as
    // "city" is a word too), never "Lisburn" or its mayor.
    const words = new Set(templates.flatMap((t) => t.articles.join(' ').match(/\p{Ll}+/gu) ?? []));
    const names = (story: string) =>
      new Set(
        archive
          .filter((a) => a.story === story)
          .flatMap((a) => [...a.source.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}+/gu)].map((m) => m[0]))
          .filter((name) => !words.has(name.toLowerCase())),
      );
    const stories = [...new Set(archive.map((a) => a.story))];
    const tram = stories.filter((story) =>
      archive.some((a) => a.story === story && /\btram\b/i.test(a.source)),
    );
    expect(tram.length).toBeGreaterThanOrEqual(2);
    const [first, second] = [names(tram[0]!), names(tram[1]!)];
    expect(first.size).toBeGreaterThan(10);
    expect([...first].filter((name) => second.has(name))).toEqual([]);
    expect(archive.some((a) => a.source.includes('Lisburn'))).toBe(false);
  });
});

describe('sameStoryScores', () => {
  it('scores same-story pairs: precision of the grouped pairs, recall of the labelled ones', () => {
    const labels = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
      ['d', 'y'],
    ]);
    expect(sameStoryScores([['a', 'b', 'c', 'd']], labels)).toMatchObject({
      precision: 0.5,
      recall: 1,
    });
    expect(sameStoryScores([['a', 'b'], ['c'], ['d']], labels)).toMatchObject({
      precision: 1,
      recall: 1 / 3,
    });
  });
});
