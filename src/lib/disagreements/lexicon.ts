/**
 * Word lists of the disagreement stage, as data: verbs of opposite polarity and negators. Every
 * lookup is a `Map` or `Set`, never a plain object.
 */

/**
 * Antonym groups: the forms of a verb and of its opposite. A form may belong to several groups
 * ("denied" opposes both "confirmed" and "admitted").
 */
const ANTONYMS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  ['pass-fail', ['passed', 'passes', 'pass', 'passing'], ['failed', 'fails', 'fail', 'failing']],
  ['confirm-deny', ['confirmed', 'confirms', 'confirm'], ['denied', 'denies', 'deny']],
  ['admit-deny', ['admitted', 'admits', 'admit'], ['denied', 'denies', 'deny']],
  [
    'approve-reject',
    ['approved', 'approves', 'approve', 'endorsed', 'backed'],
    ['rejected', 'rejects', 'reject', 'vetoed', 'vetoes', 'veto'],
  ],
  [
    'accept-refuse',
    ['accepted', 'accepts', 'accept', 'agreed', 'agrees'],
    ['refused', 'refuses', 'refuse', 'rejected', 'rejects', 'declined'],
  ],
  [
    'rise-fall',
    [
      'rose',
      'risen',
      'rises',
      'rise',
      'increased',
      'increases',
      'grew',
      'grown',
      'climbed',
      'climbs',
      'gained',
      'jumped',
      'soared',
    ],
    [
      'fell',
      'fallen',
      'falls',
      'fall',
      'decreased',
      'decreases',
      'dropped',
      'drops',
      'declined',
      'declines',
      'shrank',
      'shrunk',
      'slumped',
      'plunged',
      'dipped',
    ],
  ],
  ['win-lose', ['won', 'wins', 'win'], ['lost', 'loses', 'lose']],
  ['open-close', ['opened', 'opens', 'reopened'], ['closed', 'closes', 'shut']],
  [
    'allow-ban',
    ['allowed', 'allows', 'permitted', 'permits', 'legalised', 'legalized'],
    ['banned', 'bans', 'forbade', 'forbidden', 'prohibited', 'prohibits', 'barred'],
  ],
  [
    'support-oppose',
    ['supported', 'supports', 'support', 'favoured', 'favored'],
    ['opposed', 'opposes', 'oppose'],
  ],
  ['include-exclude', ['included', 'includes'], ['excluded', 'excludes']],
  ['convict-acquit', ['convicted'], ['acquitted', 'cleared']],
  ['succeed-fail', ['succeeded', 'succeeds'], ['failed', 'fails']],
  ['uphold-overturn', ['upheld', 'upholds'], ['overturned', 'overturns', 'quashed']],
  ['raise-cut', ['raised', 'raises', 'hiked'], ['cut', 'cuts', 'lowered', 'lowers', 'slashed']],
];

/** One reading of a polar word: its antonym group and side (+1 first list, -1 second). */
export interface Polar {
  group: string;
  polarity: 1 | -1;
}

/** Lower-case word → its polar readings. */
export const POLAR_WORDS: ReadonlyMap<string, readonly Polar[]> = (() => {
  const map = new Map<string, Polar[]>();
  for (const [group, positive, negative] of ANTONYMS) {
    for (const [forms, polarity] of [
      [positive, 1],
      [negative, -1],
    ] as const) {
      for (const form of forms) map.set(form, [...(map.get(form) ?? []), { group, polarity }]);
    }
  }
  return map;
})();

/** Words that negate the verb they precede (within a few words): "did not pass". */
export const NEGATORS = new Set(['not', 'never', 'no', 'cannot', 'neither', 'nor']);

/** Words before a polar word that make it an adjective: "the failed inspection". */
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
]);

/**
 * Words after a polar word that change its sense: "failed to" (did not do), "passed away",
 * "declined to comment", "fell ill", "opened fire". Keyed by the polar word's first letters.
 */
const SENSE_CHANGERS: ReadonlyArray<readonly [RegExp, ReadonlySet<string>]> = [
  [/^fail/, new Set(['to'])],
  [/^declin/, new Set(['to'])],
  [/^pass/, new Set(['away', 'on', 'by', 'over', 'through', 'up', 'out', 'off', 'along'])],
  [/^(?:re)?open/, new Set(['fire', 'up'])],
  [/^(?:fell|fall)/, new Set(['ill', 'silent', 'asleep', 'short', 'apart', 'victim', 'foul'])],
  [/^drop/, new Set(['out', 'off', 'by'])],
  [/^backed/, new Set(['down', 'off', 'away'])],
  [/^(?:won|win)/, new Set(['over'])],
];

/** Whether `next` after the polar word `word` gives it another sense ("failed to"). */
export function senseChanged(word: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  for (const [pattern, words] of SENSE_CHANGERS)
    if (pattern.test(word) && words.has(next)) return true;
  return false;
}
