import { describe, expect, it } from 'vitest';
import {
  articleView,
  differencesView,
  overviewView,
  quotesView,
  type Story,
} from '../src/lib/publish/index.ts';
import { fixtureStory } from './helpers/make-story.ts';

const storyFrom = (name: string): Story => fixtureStory(name);

describe('the differences page', { timeout: 120_000 }, () => {
  const fire = storyFrom('plant-fire');
  const view = differencesView(fire);

  it('counts the differences by kind and by source', () => {
    expect(view.count).toBe(2);
    expect(view.kinds).toEqual([
      { label: 'Numbers differ', count: 1 },
      { label: 'Opposite statements', count: 1 },
    ]);
    expect(view.sources.map((source) => source.count)).toEqual([2, 1, 2]);
    expect(view.description).toMatch(/^2 places where the 3 sources state different facts/);
  });

  it('shows each version with its source, its value spelt out and marked, and its sentence', () => {
    const number = view.groups
      .flatMap((group) => group.differences)
      .find((d) => d.kind === 'number')!;
    expect(number.subject).toBe('number of people');
    expect(number.values.map((value) => value.value)).toEqual(['15', '12']);
    expect(number.values[1]!.sources.split(', ')).toHaveLength(2);
    const beacon = number.versions[0]!;
    expect(beacon.href).toBe('/articles/daily-beacon/#s-2');
    expect(beacon.place).toMatch(/, sentence \d+$/);
    expect(beacon.valueLabel).toBe('States');
    expect(beacon.value).toBe('15');
    expect(beacon.segments.filter((s) => s.highlighted).map((s) => s.text)).toEqual([
      'A total of 15',
    ]);
    expect(beacon.segments.map((s) => s.text).join('')).toBe(
      'A total of 15 people were hurt in the inferno at the Varden Chemicals site in Kelsford.',
    );
  });

  it('groups differences by claim, heading each with the claim or its first passage', () => {
    const [first, second] = view.groups;
    expect(first!.link?.href).toMatch(/^\/claims\/c-/);
    expect(first!.heading.length).toBeGreaterThan(10);
    // Passed / failed: the alignment keeps the two apart, so they are in no claim.
    expect(second!.link).toBeNull();
    expect(second!.heading).toMatch(/safety inspection/);
    expect(second!.differences[0]!.versions.map((v) => v.value)).toEqual(['failed', 'passed']);
  });

  it('says so when the sources never disagree', () => {
    const calm = differencesView(storyFrom('cup-final'));
    expect(calm).toMatchObject({ count: 0, kinds: [], groups: [] });
    expect(calm.description).toMatch(/state no conflicting facts/);
  });
});

describe('disagreements on the other pages', { timeout: 120_000 }, () => {
  const fire = storyFrom('plant-fire');

  it('marks the disputed sentence of an article and gives the other version', () => {
    const beacon = articleView(fire, fire.byId.get('daily-beacon')!);
    expect(beacon.disputed.map((sentence) => sentence.href)).toEqual(['#s-2', '#s-3']);
    const blocks = beacon.body.flatMap((part) => (part.kind === 'block' ? [part] : []));
    const hurt = blocks.flatMap((block) => block.sentences).find((v) => v.sentence.id === 's-2')!;
    const [dispute] = hurt.disputes;
    expect(dispute!.value).toBe('15');
    expect(dispute!.href).toMatch(/^\/differences\/#d-/);
    expect(dispute!.others.map((other) => other.value)).toEqual(['12', '12']);
    expect(dispute!.others[0]!.href).toBe('/articles/kelsford-fm/#s-1');
    const source = fire.byId.get('daily-beacon')!.sentences[2]!;
    const marked = dispute!.marks.map((m) =>
      source.text.slice(m.start - source.start, m.end - source.start),
    );
    expect(marked).toEqual(['A total of 15']);
    const note = blocks.flatMap((block) => block.disputes).find((n) => n.id === 'x-s-2')!;
    expect(note.disputes).toEqual([dispute]);
  });

  it('leaves undisputed sentences alone', () => {
    const newswire = articleView(fire, fire.byId.get('national-newswire')!);
    const sentences = newswire.body.flatMap((part) =>
      part.kind === 'block'
        ? part.sentences
        : part.kind === 'list'
          ? part.items.flatMap((i) => i.sentences)
          : [],
    );
    const disputed = sentences.filter((v) => v.disputes.length > 0).map((v) => v.sentence.id);
    expect(disputed).toEqual(['s-1', 's-9']);
  });

  it('counts each source’s differences on the overview', () => {
    const overview = overviewView(fire);
    expect(overview.differences).toEqual({ count: 2, href: '/differences/' });
    expect(overview.sources.map((row) => row.disputes)).toEqual([2, 1, 2]);
  });

  it('lists speaker and wording differences on the quotes page', () => {
    const storm = storyFrom('storm-coast');
    const groups = quotesView(storm).speakers.flatMap((speaker) => speaker.groups);
    const notes = groups.flatMap((group) => group.differences);
    expect(notes.map((note) => note.kindLabel).sort()).toEqual([
      'Different speakers',
      'Different speakers',
      'Different words in the quotation',
    ]);
    const speaker = notes.find((note) => note.kindLabel === 'Different speakers')!;
    expect(speaker.summary).toMatch(/Elena Varga \(.+\); Tomas Reyes \(.+\)/);
    expect(speaker.href).toMatch(/^\/differences\/#d-/);
  });
});
