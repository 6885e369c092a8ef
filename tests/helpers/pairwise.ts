import type { Alignment } from '../../src/lib/align/index.ts';

/** A labelled claim member. */
export interface LabelMember {
  article: string;
  sentence: string;
  prefix: string;
}

/** Pairwise precision/recall/F1 over unordered cross-article sentence pairs. */
export interface PairScores {
  precision: number;
  recall: number;
  f1: number;
  truePositives: string[];
  falsePositives: string[];
  falseNegatives: string[];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`;
}

/** Unordered pairs of `article#sentence` keys from different articles sharing a group. */
export function groupPairs(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i] as string;
        const b = g[j] as string;
        if (a.split('#')[0] !== b.split('#')[0]) pairs.add(pairKey(a, b));
      }
    }
  }
  return pairs;
}

/** Scores an alignment's claims against labelled groups of `article#sentence` keys. */
export function scorePairs(alignment: Alignment, gold: readonly (readonly string[])[]): PairScores {
  const predicted = groupPairs(
    alignment.claims.map((c) => [...new Set(c.spans.map((s) => `${s.article}#${s.sentence}`))]),
  );
  const expected = groupPairs(gold);
  const truePositives = [...predicted].filter((p) => expected.has(p));
  const falsePositives = [...predicted].filter((p) => !expected.has(p));
  const falseNegatives = [...expected].filter((p) => !predicted.has(p));
  const precision = predicted.size ? truePositives.length / predicted.size : 1;
  const recall = expected.size ? truePositives.length / expected.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}
