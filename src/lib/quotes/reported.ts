/**
 * Reported speech: what an article says someone said outside quotation marks ("Putin said his
 * country values the new US administration's statements…"). Grouping links it to the quotation
 * it restates, as a paraphrase beside the quoted variants.
 */
import type { Article, TextRange } from '../model/index.ts';
import { REPORTING_BEFORE, leadingVerbAt, speakerOfVerb } from './attribution.ts';
import { readArticle } from './extract.ts';
import { findMentions } from './mentions.ts';
import { wordingOf, type Wording } from './wording.ts';

/** A report says at least this many content words of its own: "said on Tuesday" says nothing. */
const MIN_OWN_WORDS = 2;
const OPENING_MARK = /[“„«‘"]/u;
/** ", Mayor Orla Brennan said" at the end of a verb's narrative: a comma, a few words, the verb. */
const TRAILING_ATTRIBUTION = /,\s+(?:[^\s,;:“”"‘]+\s+){1,6}\S+$/u;
/** A closing mark, then a few words without a clause break: a verb that attributes a quote. */
const QUOTE_ATTRIBUTION = /[”’"][\s,]*(?:[^\s,.;:“”"‘’]+\s+){0,5}$/u;
const PASSIVE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+$/;

/** One report of speech in one sentence: a speech verb and what follows it. */
export interface ReportedSpeech extends TextRange {
  article: string;
  /** The sentence it stands in: its permalink anchor. */
  anchor: string;
  /** `source.slice(start, end)`: from the speech verb to the end of what is reported. */
  text: string;
  /** The fullest name of who is reported, or null when no one is named. */
  speaker: string | null;
  /**
   * The content words reported outside quotation marks and not quoted in it (the verb left out):
   * what the report says in its own words ("said the vote was “a vote of confidence”" has none).
   */
  own: Wording;
  /** The content words reported, quoted words included (the verb left out). */
  reported: Wording;
}

/**
 * The reported speech of an article: in every sentence of prose, each speech or reporting verb
 * ("said", "warned", "noted") with what follows it up to the next such verb, the speech verb
 * that leads into a quote ("…, stating, “…”"), or the sentence's end. Reports with no word of
 * their own outside quotation marks ("said: “…”", "“…,” Putin said.") are left out: they only
 * attribute a quote.
 */
export function findReportedSpeech(article: Article): ReportedSpeech[] {
  const { masked, sentences, people, subjects } = readArticle(article);
  const reports: ReportedSpeech[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') return;
    for (const sentence of sentences[index]!) {
      const narrative = masked[index]!.slice(sentence.start, sentence.end);
      // A verb starts a report when it is active ("were being asked" is not) and someone is
      // named since the last report began ("X said … and Y warned …"); otherwise it goes on
      // with that report ("said … and noted …").
      const verbs: RegExpExecArray[] = [];
      for (const verb of narrative.matchAll(REPORTING_BEFORE)) {
        if (PASSIVE.test(narrative.slice(0, verb.index))) continue;
        const last = verbs[verbs.length - 1];
        const between = last ? narrative.slice(last.index + last[0].length, verb.index) : '';
        if (!last || findMentions(between, people).some((item) => !item.possessive))
          verbs.push(verb);
      }
      const add = (from: number, to: number, verbAt: number, start: number) => {
        const outside = narrative.slice(from, to);
        const inside = [...block.text.slice(sentence.start + from, sentence.start + to)]
          .map((char, k) => (char === outside[k] ? ' ' : char))
          .join('');
        const own = without(wordingOf(outside), wordingOf(inside));
        if (own.total < MIN_OWN_WORDS) return;
        const who = speakerOfVerb(narrative, verbAt, sentence.id, people, subjects);
        const [first, last] = [
          sentence.start + start,
          trimEnd(block.text, sentence.start + start, sentence.start + to),
        ];
        reports.push({
          article: article.id,
          anchor: sentence.id,
          start: block.start + first,
          end: block.start + last,
          text: block.text.slice(first, last),
          speaker: who?.speaker?.name ?? null,
          own,
          reported: wordingOf(block.text.slice(sentence.start + from, sentence.start + to)),
        });
      };
      verbs.forEach((verb, n) => {
        const from = verb.index + verb[0].length;
        // "“…,” Trump said on 9 January.": only the attribution of a quote.
        if (QUOTE_ATTRIBUTION.test(narrative.slice(0, verb.index))) return;
        // "The line will have 18 stops, Mayor Orla Brennan said on Tuesday.": the report is the
        // clause before the attribution that ends the sentence.
        const rest = narrative.slice(from);
        const trailing =
          n === verbs.length - 1 ? TRAILING_ATTRIBUTION.exec(narrative.slice(0, from)) : null;
        if (trailing && !OPENING_MARK.test(rest) && !/\S+(?:\s+\S+){5}/.test(rest.trim())) {
          add(0, trailing.index, verb.index, 0);
          return;
        }
        let to = verbs[n + 1]?.index ?? narrative.length;
        // "…, stating, “…”": a speech verb leading into a quote ends the report before it.
        const quoteAt = narrative.slice(from).search(OPENING_MARK);
        if (quoteAt >= 0 && from + quoteAt < to) {
          const lead = leadingVerbAt(narrative.slice(0, from + quoteAt));
          if (lead >= from) to = lead;
        }
        add(from, to, verb.index, verb.index);
      });
    }
  });
  return reports;
}

/** `wording` without the stems of `other`. */
function without(wording: Wording, other: Wording): Wording {
  const sequence = wording.sequence.filter((stem) => !other.weights.has(stem));
  const weights = new Map([...wording.weights].filter(([stem]) => !other.weights.has(stem)));
  const words = new Map([...wording.words].filter(([stem]) => !other.weights.has(stem)));
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { sequence, weights, words, total };
}

/** `end` moved back over spaces and the punctuation that closes or joins a clause. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:.–—-]/.test(text[end - 1]!)) end--;
  return end;
}
