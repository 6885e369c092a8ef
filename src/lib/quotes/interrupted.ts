/**
 * Interrupted quotes: "“…,” Putin said. “…”" is one quote in two parts, joined here before it is
 * attributed.
 */
import { LOOKAROUND, trailingMention } from './attribution.ts';
import { NAME, SPEECH_VERBS, alternation } from './lexicon.ts';
import type { Span } from './marks.ts';

/** "…,” Putin said. “…": all there is between the two parts of one interrupted quote. */
const ATTRIBUTION_ONLY = new RegExp(
  String.raw`^[\s,–—-]*(?:${NAME}(?:\s+${NAME}){0,2}|[Hh]e|[Ss]he)\s+(?:${alternation(SPEECH_VERBS)})\b[^“”"‘\n]{0,40}[.,:;]\s*$`,
  'u',
);

/**
 * Joins "“…,” Putin said. “…”" (or "‘…’, Putin said. ‘…’") into one quote: a quote whose first
 * part ends in a comma, inside or just after its closing mark, and is followed by nothing but its
 * attribution, and a next part with no attribution of its own.
 *
 * @param spans the block's spans in order (`findSpans`)
 * @returns the spans grouped, in order: each group the parts of one quote
 */
export function mergeInterrupted(text: string, spans: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const item of spans) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev && prev.close !== -1 && continuesAfterAttribution(text, prev, item)) {
      group.push(item);
      continue;
    }
    groups.push([item]);
  }
  return groups;
}

/** True when `next` goes on with `prev`, closed, across nothing but an attribution. */
function continuesAfterAttribution(text: string, prev: Span, next: Span): boolean {
  const between = text.slice(prev.close + 1, next.open);
  // The comma inside the closing mark (“…,” Putin said) or, British style, after it
  // (‘…’, Putin said).
  const endedWithComma =
    /,\s*$/.test(text.slice(prev.innerStart, prev.close)) || /^\s*,/.test(between);
  const after = next.close === -1 ? '' : text.slice(next.close + 1, next.close + 1 + LOOKAROUND);
  const ownAttribution = trailingMention(after.split(/[.!?](?:\s|$)/)[0] ?? '') !== null;
  return endedWithComma && ATTRIBUTION_ONLY.test(between) && !ownAttribution;
}
