/**
 * Claims from groups: the spans a reader sees, a label for each claim, stable ids, the
 * ranking, and the sentence → claims lookup pages use.
 */
import { hash, uniquifyIds } from '../model/index.ts';
import { evidenceVector } from './evidence.ts';
import { pairKey, type ForcedPairs } from './review.ts';
import type { Match, ScoreGraph } from './scores.ts';
import type { Borderline, Claim, ClaimSpan, SpanEvidence } from './types.ts';
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
  forced: ForcedPairs = new Set(),
): Claim[] {
  const firstUnit = new Map<Claim, number>();
  const claims: Claim[] = [];
  for (const members of groups) {
    const claim = toClaim(members, units, graph, minRun, forced);
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
  forced: ForcedPairs,
): Claim | null {
  const us = members.map((k) => units[k] as Unit).sort((a, b) => a.index - b.index);
  const sources = new Set(us.map((u) => u.article)).size;
  if (sources < 2) return null;
  const verbatim = sharedWording(us, minRun);
  const rep = representative(us, graph);
  // The representative is compared with its closest partner, every other span with it.
  const partner = (u: Unit): Unit =>
    u !== rep
      ? rep
      : us.reduce((best, v) =>
          v !== u &&
          (best === u || (graph.get(u.index, v.index) ?? 0) > (graph.get(u.index, best.index) ?? 0))
            ? v
            : best,
        );
  const spans: ClaimSpan[] = us.map((u) => {
    const span: ClaimSpan = {
      article: u.articleId,
      sentence: u.sentenceId,
      start: u.start,
      end: u.end,
      text: u.text,
      verbatim: verbatim.get(u.index) ?? [],
      evidence: spanEvidence(u, partner(u)),
    };
    if (us.some((v) => v !== u && forced.has(pairKey(u.index, v.index)))) span.review = true;
    return span;
  });
  const key = spans.map((s) => `${s.article}#${s.sentence}@${s.start}-${s.end}`).join('|');
  return { id: `c-${hash(key)}`, label: rep.text, sources, spans };
}

/** The evidence of `u` against `v`, in `u`'s words. */
function spanEvidence(u: Unit, v: Unit): SpanEvidence {
  const e = evidenceVector(u.features, v.features);
  const word = (f: Unit, stem: string) => f.features.surface.get(stem) ?? stem;
  return {
    sharedTerms: e.shared.map((stem) => word(u, stem)),
    synonyms: e.synonyms.map(([x, y]) => [word(u, x), word(v, y)]),
    numbers: e.facts.agree,
    verbatim: e.verbatim,
    score: Math.round(e.score * 1000) / 1000,
  };
}

/**
 * The whole-sentence pairs scored closest to the threshold (closest first, at most
 * `settings.borderline`), each with its evidence and whether alignment joined the two.
 */
export function borderlinePairs(
  near: readonly Match[],
  units: readonly Unit[],
  bySentence: ReadonlyMap<string, readonly string[]>,
  settings: { threshold: number; borderline: number },
): Borderline[] {
  const ordered = [...near].sort(
    (x, y) =>
      Math.abs(x[0] - settings.threshold) - Math.abs(y[0] - settings.threshold) ||
      x[1] - y[1] ||
      x[2] - y[2],
  );
  return ordered.slice(0, settings.borderline).map(([, i, j]) => {
    const [a, b] = [units[i] as Unit, units[j] as Unit];
    const keyA = `${a.articleId}#${a.sentenceId}`;
    const keyB = `${b.articleId}#${b.sentenceId}`;
    const claimsOfB = bySentence.get(keyB) ?? [];
    return {
      a: keyA,
      b: keyB,
      textA: a.text,
      textB: b.text,
      joined: (bySentence.get(keyA) ?? []).some((id) => claimsOfB.includes(id)),
      evidence: spanEvidence(a, b),
    };
  });
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
