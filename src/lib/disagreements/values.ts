/**
 * Comparing the values of two passages: their facts (numbers, dates) and their polar verbs.
 * Agreements are matched first; what is left can conflict, but only one to one and only where
 * the words around the two values have something in common ("injured" / "hurt"), so that two
 * numbers of different things in similar sentences are not taken for one.
 */
import { compareFacts, factValue, type Fact } from '../facts/index.ts';
import { synsetsOf } from '../text/index.ts';
import type { DisagreementKind } from './types.ts';
import { comparableFacts, type Passage, type PolarVerb } from './passages.ts';

/** One stated value in one passage. */
export interface ValueNode {
  /** Identity: the same words found through a sentence and through its clause are one node. */
  key: string;
  article: string;
  passage: Passage;
  kind: Exclude<DisagreementKind, 'speaker' | 'quote-wording'>;
  /** Source offsets of the words stating the value. */
  start: number;
  end: number;
  value: string;
  subject: string;
}

/** Two values found to agree or to conflict. */
export interface ValueEdge {
  x: ValueNode;
  y: ValueNode;
  relation: 'agree' | 'conflict';
}

// Content words either side of a value that tell what it is about: the verb or noun next to
// it ("injured 12 people", "15 people were hurt", "the plant passed its inspection").
const NEIGHBOURS = 2;
// Words that belong to a date or time ("Saturday evening", "late on Sunday"), not to what it
// dates.
const TIME_WORDS = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
  'late',
  'early',
  'hours',
  'midnight',
  'noon',
  'midday',
  'dawn',
  'day',
  'week',
  'weekend',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
]);
// Punctuation that ends a clause: the words beyond it are about something else.
const CLAUSE_BREAK = /[,;:.!?()"“”—–]/;

const DIMENSION_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['percent', 'share'],
  ['points', 'percentage points'],
  ['money', 'amount of money'],
  ['length', 'distance'],
  ['speed', 'speed'],
  ['mass', 'weight'],
  ['area', 'area'],
  ['volume', 'volume'],
  ['temperature', 'temperature'],
  ['duration', 'duration'],
  ['pressure', 'pressure'],
  ['power', 'power'],
  ['energy', 'energy'],
  ['degrees', 'degrees'],
]);

function factSubject(fact: Fact): string {
  switch (fact.kind) {
    case 'quantity':
      if (fact.dimension === 'count') return `number of ${fact.counted?.word ?? 'things'}`;
      if (fact.dimension === 'percent' && fact.counted) return `share of ${fact.counted.word}`;
      return DIMENSION_SUBJECTS.get(fact.dimension) ?? fact.dimension;
    case 'ordinal':
      return fact.counted ? `which ${fact.counted.word}` : 'order';
    case 'tally':
      return fact.of === 'vote' ? 'vote' : 'score';
    case 'date':
      return 'date';
    case 'time':
      return 'time of day';
  }
}

function factNode(passage: Passage, fact: Fact): ValueNode {
  const kind = fact.kind === 'date' || fact.kind === 'time' ? 'date' : 'number';
  return {
    key: `${passage.article}|${fact.start}|${fact.end}|${kind}`,
    article: passage.article,
    passage,
    kind,
    start: fact.start,
    end: fact.end,
    value: factValue(fact),
    subject: factSubject(fact),
  };
}

function verbNode(passage: Passage, verb: PolarVerb): ValueNode {
  const [positive, negative] = verb.group.split('-');
  return {
    key: `${passage.article}|${verb.start}|${verb.end}|negation|${verb.group}`,
    article: passage.article,
    passage,
    kind: 'negation',
    start: verb.start,
    end: verb.end,
    value: verb.value,
    subject: `${positive} or ${negative}`,
  };
}

/** The content words next to a value: their stems, and their verb and adjective senses. */
interface Context {
  stems: Set<string>;
  senses: Set<number>;
}

/**
 * The nearest content words on each side of source range [start, end) of a passage, within its
 * clause: values, numbers and `skip` words (the counted noun, the verb compared) left out.
 */
function contextOf(
  passage: Passage,
  start: number,
  end: number,
  skip: (word: string) => boolean,
): Context {
  const tokens = passage.tokens;
  const relativeStart = start - passage.start;
  const relativeEnd = end - passage.start;
  let first = tokens.findIndex((token) => token.end > relativeStart);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < relativeEnd) last++;
  const stems = new Set<string>();
  const senses = new Set<number>();
  const walk = (from: number, step: 1 | -1) => {
    let found = 0;
    for (let i = from; i >= 0 && i < tokens.length && found < NEIGHBOURS; i += step) {
      const [left, right] = step === 1 ? [tokens[i - 1], tokens[i]] : [tokens[i], tokens[i + 1]];
      if (left && right && CLAUSE_BREAK.test(passage.text.slice(left.end, right.start))) break;
      const token = tokens[i]!;
      if (token.stop || token.number !== null || passage.inFact[i] || skip(token.exact)) continue;
      if (TIME_WORDS.has(token.exact)) continue;
      stems.add(token.stem);
      // Synonyms through verb and adjective senses only ("injured" / "hurt"): nouns such as
      // "team" / "crew" are too loosely related to tie two numbers together.
      for (const id of synsetsOf(token.norm)) if (id % 4 === 1 || id % 4 === 2) senses.add(id);
      found++;
    }
  };
  walk(first - 1, -1);
  walk(last + 1, 1);
  return { stems, senses };
}

/** Shared words, plus one if a word has a verb or adjective synonym on the other side. */
function overlap(a: Context, b: Context): number {
  let shared = 0;
  for (const stem of a.stems) if (b.stems.has(stem)) shared++;
  for (const id of a.senses) if (b.senses.has(id)) return shared + 1;
  return shared;
}

/**
 * Matches two lists of values: agreements first (every agreeing pair is an edge), then
 * conflicts between values left unmatched, kept only when one to one and supported by the
 * words around both values.
 */
function matchValues<T>(
  xs: readonly T[],
  ys: readonly T[],
  relate: (x: T, y: T) => 'agree' | 'conflict' | 'unrelated',
  support: (x: T, y: T) => number,
): { agree: Array<[T, T]>; conflict: Array<[T, T]> } {
  const agree: Array<[T, T]> = [];
  const agreedX = new Set<number>();
  const agreedY = new Set<number>();
  const conflicts: Array<[number, number]> = [];
  xs.forEach((x, i) =>
    ys.forEach((y, j) => {
      const relation = relate(x, y);
      if (relation === 'agree') {
        agree.push([x, y]);
        agreedX.add(i);
        agreedY.add(j);
      } else if (relation === 'conflict') conflicts.push([i, j]);
    }),
  );
  const open = conflicts
    .filter(([i, j]) => !agreedX.has(i) && !agreedY.has(j))
    .map(([i, j]) => ({ i, j, score: support(xs[i]!, ys[j]!) }))
    .filter((c) => c.score > 0);
  const conflict: Array<[T, T]> = [];
  for (const c of open) {
    // One to one: no other open conflict of either value is as well supported.
    const rival = open.some((d) => d !== c && (d.i === c.i || d.j === c.j) && d.score >= c.score);
    if (!rival) conflict.push([xs[c.i]!, ys[c.j]!]);
  }
  return { agree, conflict };
}

/** The agreeing and conflicting values of two passages of different articles. */
export function valueEdges(a: Passage, b: Passage): ValueEdge[] {
  const edges: ValueEdge[] = [];
  const facts = matchValues(comparableFacts(a), comparableFacts(b), compareFacts, (x, y) => {
    const countedX = x.kind === 'quantity' || x.kind === 'ordinal' ? x.counted?.word : undefined;
    const countedY = y.kind === 'quantity' || y.kind === 'ordinal' ? y.counted?.word : undefined;
    const skip = (word: string) => word === countedX || word === countedY;
    return overlap(contextOf(a, x.start, x.end, skip), contextOf(b, y.start, y.end, skip));
  });
  for (const [x, y] of facts.agree)
    edges.push({ x: factNode(a, x), y: factNode(b, y), relation: 'agree' });
  for (const [x, y] of facts.conflict)
    edges.push({ x: factNode(a, x), y: factNode(b, y), relation: 'conflict' });

  const verbs = matchValues(
    a.polar,
    b.polar,
    (x, y) =>
      x.group !== y.group ? 'unrelated' : x.polarity === y.polarity ? 'agree' : 'conflict',
    (x, y) => {
      const skip = (word: string) =>
        word === a.tokens[x.token]?.exact || word === b.tokens[y.token]?.exact;
      return overlap(contextOf(a, x.start, x.end, skip), contextOf(b, y.start, y.end, skip));
    },
  );
  for (const [x, y] of verbs.agree)
    edges.push({ x: verbNode(a, x), y: verbNode(b, y), relation: 'agree' });
  for (const [x, y] of verbs.conflict)
    edges.push({ x: verbNode(a, x), y: verbNode(b, y), relation: 'conflict' });
  return edges;
}
