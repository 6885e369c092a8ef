/**
 * Makes larger corpora from the seed articles for benchmarks: `node scripts/generate-corpus.ts
 * COUNT OUTDIR` writes COUNT article files; `generateCorpus` returns them in memory.
 *
 * Articles come in groups of `groupSize` (a "story"): each group replaces a share of the seeds'
 * content words by group-specific pseudo-words, so different groups do not all say the same
 * thing, while the articles of one group still overlap like the seeds do. Each article is a
 * perturbed seed: paragraphs shuffled, sentences dropped, words swapped for synonyms, and a
 * sentence or two mixed in from another seed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A generated article file. */
export interface GeneratedArticle {
  id: string;
  file: string;
  source: string;
}

export interface GenerateOptions {
  /** Articles per story group (default 5). */
  groupSize?: number;
  /** PRNG seed (default 1): the same options give the same corpus. */
  seed?: number;
  /** Share of content words a group replaces with its own pseudo-words (default 0.8). */
  replaceRate?: number;
}

// A Map, not an object: words such as "constructor" must not find Object.prototype members.
const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: 'stated',
    stated: 'said',
    talks: 'negotiations',
    war: 'conflict',
    conflict: 'war',
    troops: 'forces',
    forces: 'troops',
    meeting: 'session',
    statements: 'remarks',
    remarks: 'statements',
    desire: 'wish',
    rejected: 'dismissed',
    seeking: 'aiming',
    significant: 'major',
    key: 'major',
    launched: 'began',
    territory: 'land',
  }),
);

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 32-bit FNV-1a hash of a text: stable choices keyed by a word or a name. */
export function hashWord(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'pel', 'di', 'gan', 'zu', 'fe'];

function pseudoWord(group: number, word: string): string {
  let h = hashWord(`${group}:${word.toLowerCase()}`);
  let out = '';
  for (let i = 0; i < 3; i++) {
    out += SYLLABLES[h % SYLLABLES.length];
    h = Math.floor(h / SYLLABLES.length);
  }
  out += String(group % 997);
  return /^\p{Lu}/u.test(word) ? out[0]?.toUpperCase() + out.slice(1) : out;
}

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?][”"]?)\s+(?=[“"A-Z])/);
}

/** Generates `count` perturbed articles from the seed sources. Deterministic. */
export function generateCorpus(
  seeds: readonly { id: string; source: string }[],
  count: number,
  options: GenerateOptions = {},
): GeneratedArticle[] {
  const groupSize = options.groupSize ?? 5;
  const replaceRate = options.replaceRate ?? 0.8;
  const random = mulberry32(options.seed ?? 1);
  const seedParagraphs = seeds.map((s) =>
    s.source
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
  );
  const out: GeneratedArticle[] = [];
  for (let k = 0; k < count; k++) {
    const group = Math.floor(k / groupSize);
    const seedIndex = k % Math.max(1, seeds.length);
    const paragraphs = [...(seedParagraphs[seedIndex] ?? [])];
    // Light shuffle: swap a few neighbouring paragraphs (the headline stays first).
    for (let i = 1; i + 1 < paragraphs.length; i++) {
      if (random() < 0.2)
        [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1] ?? '', paragraphs[i] ?? ''];
    }
    const other = seedParagraphs[(seedIndex + 1 + Math.floor(random() * 4)) % seeds.length] ?? [];
    const body = paragraphs.map((p) => {
      const sentences = splitSentences(p).filter(() => random() > 0.1);
      if (random() < 0.1 && other.length > 0) {
        const borrowed = splitSentences(other[Math.floor(random() * other.length)] ?? '');
        sentences.push(borrowed[Math.floor(random() * borrowed.length)] ?? '');
      }
      return sentences.join(' ').replace(/\p{L}+/gu, (word) => {
        const lower = word.toLowerCase();
        const synonym = SYNONYMS.get(lower);
        if (synonym && random() < 0.3) return synonym;
        if (word.length >= 4 && hashWord(`${group}/${lower}`) % 1000 < replaceRate * 1000) {
          return pseudoWord(group, word);
        }
        return word;
      });
    });
    const id = `gen-${String(k).padStart(5, '0')}`;
    out.push({
      id,
      file: `generated/${id}.txt`,
      source: body.filter((p) => p.trim()).join('\n\n'),
    });
  }
  return out;
}

/** Reads the seed article files of a directory (`*.txt`, sorted). */
export function readSeeds(dir: string): { id: string; source: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: basename(f, '.txt'), source: readFileSync(join(dir, f), 'utf8') }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 50);
  const outDir = process.argv[3] ?? 'generated';
  mkdirSync(outDir, { recursive: true });
  for (const a of generateCorpus(readSeeds('content/articles'), count)) {
    writeFileSync(join(outDir, `${a.id}.txt`), a.source);
  }
  console.log(`wrote ${count} articles to ${outDir}/`);
}
