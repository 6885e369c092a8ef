/**
 * Makes realistic multi-story archives for benchmarks and grouping checks:
 * `node scripts/generate-archive.ts COUNT OUTDIR` writes COUNT article files into OUTDIR/articles/
 * (one flat folder, as an archive would arrive) and OUTDIR/labels.json (`[{ article, story }]`);
 * `generateArchive` returns them in memory.
 *
 * Each story (2–10 articles) is built from one of the template stories (the seed story and the
 * labelled stories of `tests/fixtures/stories/`) by a substitution of its own, applied
 * consistently to all its articles: every proper name becomes a pseudo-name, every number other
 * than a year or a small count is rescaled, and about half of the content words (stop words stay) become
 * pseudo-words, from a vocabulary of millions (syllables × 2–4). Stories made from one template
 * therefore share no names or numbers and only part of their wording, like two unrelated fires
 * reported in two towns; the articles of one story share all of it. Each article is a perturbed
 * template article: sentences dropped, paragraphs swapped, a publication date near the story's
 * (or none). Article ids are shuffled, so nothing in an id tells its story.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { STOP_WORDS } from '../src/lib/text/tokens.ts';
import { hashWord, mulberry32 } from './generate-corpus.ts';

/** A generated article file and the story it was made for. */
export interface ArchiveArticle {
  id: string;
  /** The file text, with front matter when the article has a date. */
  source: string;
  /** The generated story's id: the ground truth of a grouping. */
  story: string;
}

export interface ArchiveOptions {
  /** PRNG seed (default 1): the same options give the same archive. */
  seed?: number;
  /** Smallest and largest story, in articles (default 2 and 10). */
  minStory?: number;
  maxStory?: number;
  /** Share of content-word stems a story replaces with its own pseudo-words (default 0.5). */
  replaceRate?: number;
}

/** A template story: the texts of its articles, front matter removed. */
export interface TemplateStory {
  name: string;
  articles: string[];
}

const ROOT = new URL('..', import.meta.url).pathname;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Reads the template stories: the seed articles and each labelled story's articles. */
export function readTemplates(root = ROOT): TemplateStory[] {
  const read = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(FRONT_MATTER, ''));
  const fixtures = join(root, 'tests/fixtures/stories');
  return [
    { name: 'seeds', articles: read(join(root, 'content/articles')) },
    ...TEMPLATE_STORIES.map((name) => ({ name, articles: read(join(fixtures, name, 'articles')) })),
  ];
}

// The labelled stories the archive is made from, named so that a story added to the fixtures
// later does not change the archive, its labels or the benchmark's numbers.
const TEMPLATE_STORIES = ['chip-layoffs', 'cup-final', 'plant-fire', 'storm-coast', 'tram-vote'];

// Enough pseudo-words that two stories rarely share one by chance (48 syllables, 2–4 per word:
// about 5.4 million).
const SYLLABLES = (
  'ka lo mi ren tu sa vor pel di gan zu fe bra cor del fin gol har isk jor ' +
  'kel lun mar nor ost pra quin ros sel tav ul ven wen yar zel bo cha dru ' +
  'el fa gri hol im jun ket lis mo nev'
).split(' ');

function pseudoWord(key: string): string {
  let h = hashWord(key);
  let h2 = hashWord(`${key}#`);
  const length = 2 + (h2 % 3);
  h2 = Math.floor(h2 / 3);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += SYLLABLES[h % SYLLABLES.length];
    h = Math.floor(h / SYLLABLES.length) ^ (i === 1 ? h2 : 0);
  }
  return out;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Words written capitalised and never in lower case across a template: its proper names. */
function properNames(template: TemplateStory): Set<string> {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const text of template.articles) {
    for (const [word] of text.matchAll(/\p{L}+/gu)) {
      if (/^\p{Lu}/u.test(word)) capitalised.add(word);
      else lower.add(word);
    }
  }
  return new Set([...capitalised].filter((word) => !lower.has(word.toLowerCase())));
}

/** A story's substitution of names, numbers and words, the same in all its articles. */
function substitute(text: string, story: string, names: Set<string>, replaceRate: number): string {
  const factor = 0.55 + (hashWord(`${story}/scale`) % 1000) / 700;
  return text
    .replace(/\d[\d,]*(?:\.\d+)?/g, (number) => {
      const value = Number(number.replace(/,/g, ''));
      if (!Number.isFinite(value) || value < 10) return number;
      if (Number.isInteger(value) && value >= 1900 && value <= 2100) return number;
      const scaled = value * factor * (0.9 + (hashWord(`${story}/${number}`) % 200) / 1000);
      const digits = number.replace(/[,.]/g, '').replace(/0+$/, '').length;
      const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(scaled)) + 1 - Math.max(2, digits));
      const rounded = number.includes('.')
        ? scaled.toFixed(number.split('.')[1]!.length)
        : String(Math.max(10, Math.round(scaled / magnitude) * magnitude));
      return number.includes(',') ? Number(rounded).toLocaleString('en') : rounded;
    })
    .replace(/\p{L}+/gu, (word) => {
      if (names.has(word)) return capitalise(pseudoWord(`${story}/name/${word}`));
      const lower = word.toLowerCase();
      if (lower.length < 4 || STOP_WORDS.has(lower)) return word;
      const stem = stemmer(lower);
      if ((hashWord(`${story}/keep/${stem}`) % 1000) / 1000 >= replaceRate) return word;
      const suffix = lower.startsWith(stem) ? lower.slice(stem.length) : '';
      const pseudo = pseudoWord(`${story}/word/${stem}`) + suffix;
      return /^\p{Lu}/u.test(word) ? capitalise(pseudo) : pseudo;
    });
}

/** A template article rewritten by another outlet: sentences dropped, paragraphs swapped. */
function perturb(text: string, random: () => number): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [headline = '', ...rest] = lines;
  for (let i = 0; i + 1 < rest.length; i++) {
    if (random() < 0.15) [rest[i], rest[i + 1]] = [rest[i + 1]!, rest[i]!];
  }
  const body = rest
    .map((line) =>
      line
        .split(/(?<=[.!?][”"’']?)\s+(?=[“"‘'\p{Lu}])/u)
        .filter(() => random() > 0.12)
        .join(' '),
    )
    .filter((line) => line.trim() !== '');
  return [headline, ...body].join('\n\n');
}

const EPOCH = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

/** Generates an archive of about `count` articles (exactly `count`), story by story. */
export function generateArchive(
  templates: readonly TemplateStory[],
  count: number,
  options: ArchiveOptions = {},
): ArchiveArticle[] {
  const random = mulberry32(options.seed ?? 1);
  const minStory = options.minStory ?? 2;
  const maxStory = options.maxStory ?? 10;
  const replaceRate = options.replaceRate ?? 0.5;
  const names = templates.map(properNames);
  const out: Omit<ArchiveArticle, 'id'>[] = [];
  for (let s = 0; out.length < count; s++) {
    const story = `story-${String(s).padStart(5, '0')}`;
    const t = Math.floor(random() * templates.length);
    const template = templates[t]!;
    const size = Math.min(
      count - out.length,
      minStory + Math.floor(random() * (maxStory - minStory + 1)),
    );
    const day = EPOCH + Math.floor(random() * 730) * DAY;
    const offset = Math.floor(random() * template.articles.length);
    for (let k = 0; k < size; k++) {
      const text = template.articles[(offset + k) % template.articles.length]!;
      const body = substitute(perturb(text, random), story, names[t]!, replaceRate);
      const dated = random() < 0.6;
      const published = new Date(day + Math.floor(random() * 3) * DAY).toISOString().slice(0, 10);
      out.push({
        story,
        source: dated ? `---\npublished: ${published}\n---\n${body}\n` : `${body}\n`,
      });
    }
  }
  // Shuffled ids: a story's articles are not neighbours in the folder.
  const order = out.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.map((i, k) => ({ id: `a-${String(k).padStart(5, '0')}`, ...out[i]! }));
}

/** Pairwise precision and recall of "same story" decisions against labels. */
export interface SameStoryScores {
  precision: number;
  recall: number;
  /** Pairs of articles put in one story, pairs that are in one story, and both. */
  predictedPairs: number;
  labelledPairs: number;
  truePairs: number;
}

/**
 * Scores a grouping: of the pairs of articles it puts in one story, the share that are (precision);
 * of the pairs that are, the share it puts together (recall). Counted by cluster overlaps, so
 * an archive of thousands of articles needs no list of pairs.
 *
 * @param stories the grouping: each story's article ids
 * @param labels article id → its true story
 */
export function sameStoryScores(
  stories: readonly (readonly string[])[],
  labels: ReadonlyMap<string, string>,
): SameStoryScores {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let predictedPairs = 0;
  let truePairs = 0;
  for (const story of stories) {
    predictedPairs += pairs(story.length);
    const overlap = new Map<string, number>();
    for (const id of story) {
      const label = labels.get(id) ?? `unlabelled:${id}`;
      overlap.set(label, (overlap.get(label) ?? 0) + 1);
    }
    for (const count of overlap.values()) truePairs += pairs(count);
  }
  const sizes = new Map<string, number>();
  for (const label of labels.values()) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  let labelledPairs = 0;
  for (const size of sizes.values()) labelledPairs += pairs(size);
  return {
    precision: predictedPairs ? truePairs / predictedPairs : 1,
    recall: labelledPairs ? truePairs / labelledPairs : 1,
    predictedPairs,
    labelledPairs,
    truePairs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 50);
  const outDir = process.argv[3] ?? 'generated-archive';
  mkdirSync(join(outDir, 'articles'), { recursive: true });
  const articles = generateArchive(readTemplates(), count);
  for (const a of articles) writeFileSync(join(outDir, 'articles', `${a.id}.txt`), a.source);
  const labels = articles.map((a) => ({ article: a.id, story: a.story }));
  writeFileSync(join(outDir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  const stories = new Set(articles.map((a) => a.story)).size;
  console.log(
    `wrote ${count} articles (${stories} stories) to ${outDir}/articles/, labels.json beside`,
  );
}
