/**
 * Claims from groups: the spans a reader sees, a label for each claim, stable ids, the
 * ranking, and the sentence → claims lookup pages use.
 */
import { hash, uniquifyIds } from '../model/index.ts';
import type { ScoreGraph } from './scores.ts';
import type { Claim, ClaimSpan } from './types.ts';
import type { Unit } from './units.ts';
import { sharedWording } from './verbatim.ts';

/**
 * Turns groups of unit indexes into claims: groups from a single article are skipped; the rest
 * are ranked by number of sources, then of spans, then reading order of their first unit, and
 * their ids made unique in that order. Verbatim runs of at least `minRun` words are marked.
 */
export function claimsFromGroups(
  groups: readonly number[][],
  units: readonly Unit[],
  graph: ScoreGraph,
  minRun: number,
): Claim[] {
  const firstUnit = new Map<Claim, number>();
  const claims: Claim[] = [];
  for (const members of groups) {
    const claim = toClaim(members, units, graph, minRun);
    if (!claim) continue;
    claims.push(claim);
    firstUnit.set(claim, Math.min(...members));
  }
  claims.sort(
    (x, y) =>
      y.sources - x.sources ||
      y.spans.length - x.spans.length ||
      (firstUnit.get(x) ?? 0) - (firstUnit.get(y) ?? 0),
  );
  // Ids hash the members' positions; at tens of thousands of claims two may still meet.
  uniquifyIds(claims);
  return claims;
}

/** `${article}#${sentence}` → ids of the claims with a span in that sentence, in claim order. */
export function claimsBySentence(claims: readonly Claim[]): Map<string, string[]> {
  const bySentence = new Map<string, string[]>();
  for (const claim of claims) {
    for (const span of claim.spans) {
      const key = `${span.article}#${span.sentence}`;
      const list = bySentence.get(key);
      if (!list) bySentence.set(key, [claim.id]);
      else if (!list.includes(claim.id)) list.push(claim.id);
    }
  }
  return bySentence;
}

/** One group as a claim (spans in reading order), or null when it spans one article only. */
function toClaim(
  members: readonly number[],
  units: readonly Unit[],
  graph: ScoreGraph,
  minRun: number,
): Claim | null {
  const us = members.map((k) => units[k] as Unit).sort((a, b) => a.index - b.index);
  const sources = new Set(us.map((u) => u.article)).size;
  if (sources < 2) return null;
  const verbatim = sharedWording(us, minRun);
  const spans: ClaimSpan[] = us.map((u) => ({
    article: u.articleId,
    sentence: u.sentenceId,
    start: u.start,
    end: u.end,
    text: u.text,
    verbatim: verbatim.get(u.index) ?? [],
  }));
  const key = spans.map((s) => `${s.article}#${s.sentence}@${s.start}-${s.end}`).join('|');
  return { id: `c-${hash(key)}`, label: representative(us, graph).text, sources, spans };
}

/** The unit with the highest total score against the others; ties go to the shorter text. */
function representative(us: readonly Unit[], graph: ScoreGraph): Unit {
  let best = us[0] as Unit;
  let bestScore = -1;
  for (const u of us) {
    let sum = 0;
    for (const v of us) if (v !== u) sum += graph.get(u.index, v.index) ?? 0;
    // Sums differ by rounding when the same scores add in another order: not a real lead.
    if (
      sum > bestScore + 1e-9 ||
      (Math.abs(sum - bestScore) <= 1e-9 && u.text.length < best.text.length)
    ) {
      best = u;
      bestScore = sum;
    }
  }
  return best;
}
