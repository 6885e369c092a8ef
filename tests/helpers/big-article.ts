/**
 * A very large article for scaling checks: the seed articles' paragraphs repeated, each copy with
 * its numbers changed and a copy number worked in, so that no two paragraphs are identical (as in
 * a long live blog or a transcript) while the words stay those of a real story.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = new URL('../../content/articles/', import.meta.url).pathname;
const HEADINGS = ['Latest updates', 'Reaction from Kyiv', 'What the Kremlin said', 'Analysis'];

/** The seed articles' paragraphs: lines long enough to hold a sentence or more. */
export function seedParagraphs(dir = SEEDS): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 60 && /[.!?”"]$/.test(line));
}

/**
 * The text of an article of about `targetBytes` bytes of UTF-8: a headline, then seed paragraphs
 * with their numbers changed per copy, a section heading every twenty paragraphs.
 */
export function bigArticleText(targetBytes = 1_900_000): string {
  const paragraphs = seedParagraphs();
  const parts = ['Putin and Trump: the full record of a long week\n'];
  let bytes = Buffer.byteLength(parts[0]!);
  for (let k = 0; bytes < targetBytes; k++) {
    const copy = Math.floor(k / paragraphs.length) + 1;
    let text = paragraphs[k % paragraphs.length]!.replace(/\d+/g, (n) =>
      String((Number(n) * 7 + copy * 13) % 100_000),
    );
    text += ` Update ${copy}.${k % 7} was filed at ${copy % 24}:${String(k % 60).padStart(2, '0')}.`;
    const piece = `${k % 20 === 0 ? `${HEADINGS[(k / 20) % HEADINGS.length]} ${copy}\n` : ''}${text}\n`;
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  return parts.join('');
}
