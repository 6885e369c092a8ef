/**
 * Restated groups: the same claim found at sentence and at clause level, or told by fewer
 * sources less precisely, is listed once.
 */
import type { Unit } from './units.ts';

/** A group's units by their sentence (a group holds at most one unit per sentence). */
type SpansBySentence = Map<number, Unit>;

/**
 * Drops the groups that add nothing to another claim, so a reader sees each claim once:
 * - of groups over the same sentences whose spans overlap in each of them (a sentence and its
 *   main clause matching alike), the one with the finest spans stays; a whole-sentence group
 *   overlapping two disjoint clause groups (two claims of the same sentences) gives way to both;
 * - a group whose sentences are all in a larger group, its span containing that group's span
 *   in each of them, is that claim told less precisely and by fewer sources.
 * A clause claim inside a sentence that a larger claim takes whole stays: it may be a second
 * claim of that sentence. Keeps the order of `groups`; deterministic.
 */
export function dropRestatedGroups(groups: number[][], units: readonly Unit[]): number[][] {
  const spansOf: SpansBySentence[] = groups.map(
    (g) => new Map(g.map((k) => [(units[k] as Unit).sentence, units[k] as Unit])),
  );
  const order = precedence(spansOf);
  const position = new Int32Array(groups.length);
  order.forEach((gi, p) => (position[gi] = p));
  const withSentence = groupsBySentence(spansOf);
  const dropped = new Set<number>();
  for (const a of order) {
    const spansOfA = spansOf[a] as SpansBySentence;
    const first = spansOfA.keys().next().value as number;
    for (const b of withSentence.get(first) ?? []) {
      if (position[b]! < position[a]! && !dropped.has(b) && restates(spansOfA, spansOf[b]!)) {
        dropped.add(a);
        break;
      }
    }
  }
  return groups.filter((_, gi) => !dropped.has(gi));
}

/** Group indexes, more sentences first, then finer spans: a group gives way only to one before it. */
function precedence(spansOf: readonly SpansBySentence[]): number[] {
  const width = spansOf.map((spans) => {
    let sum = 0;
    for (const u of spans.values()) sum += u.end - u.start;
    return sum;
  });
  return spansOf
    .map((_, gi) => gi)
    .sort(
      (x, y) =>
        (spansOf[y] as SpansBySentence).size - (spansOf[x] as SpansBySentence).size ||
        (width[x] as number) - (width[y] as number) ||
        x - y,
    );
}

/** Sentence → indexes of the groups with a span in it, ascending. */
function groupsBySentence(spansOf: readonly SpansBySentence[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  spansOf.forEach((spans, gi) => {
    for (const sentence of spans.keys()) {
      const list = out.get(sentence);
      if (list) list.push(gi);
      else out.set(sentence, [gi]);
    }
  });
  return out;
}

/**
 * Whether group `a` restates group `b`: every sentence of `a` is in `b`, and there its span
 * overlaps `b`'s (same sentences) or lies inside `b`'s (fewer sentences).
 */
function restates(a: SpansBySentence, b: SpansBySentence): boolean {
  const sameSentences = a.size === b.size;
  for (const [sentence, u] of a) {
    const v = b.get(sentence);
    if (!v) return false;
    const fits = sameSentences
      ? u.start < v.end && v.start < u.end
      : u.start <= v.start && u.end >= v.end;
    if (!fits) return false;
  }
  return true;
}
