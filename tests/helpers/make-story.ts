import {
  alignStory,
  type Alignment,
  type Claim,
  type ClaimSpan,
} from '../../src/lib/align/index.ts';
import { readArticleDir } from '../../src/lib/corpus/index.ts';
import { compareIds, type Article } from '../../src/lib/model/index.ts';
import { findDisagreements } from '../../src/lib/disagreements/index.ts';
import {
  buildStory,
  type Story,
  type StoryAbout,
  type StoryParts,
} from '../../src/lib/publish/index.ts';
import { groupQuotes, type Quote, type QuoteGroup } from '../../src/lib/quotes/index.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A claim span covering sentence `index` of `article` (or `[start, end)` of it). */
export function spanOf(article: Article, index: number, start?: number, end?: number): ClaimSpan {
  const sentence = article.sentences[index]!;
  const from = start ?? sentence.start;
  const to = end ?? sentence.end;
  const offset = from - sentence.start;
  return {
    article: article.id,
    sentence: sentence.id,
    start: from,
    end: to,
    text: sentence.text.slice(offset, offset + to - from),
    verbatim: [],
    evidence: { sharedTerms: [], synonyms: [], numbers: [], verbatim: 0, score: 1 },
  };
}

/** A claim of `spans`, labelled by the first span's text unless `label` says otherwise. */
export function claimOf(id: string, spans: ClaimSpan[], label = spans[0]!.text): Claim {
  return { id, label, sources: new Set(spans.map((s) => s.article)).size, spans };
}

/** The alignment `alignStory` would return for these claims (in this order). */
export function alignmentOf(claims: Claim[]): Alignment {
  const bySentence = new Map<string, string[]>();
  for (const claim of claims) {
    for (const span of claim.spans) {
      const key = `${span.article}#${span.sentence}`;
      const ids = bySentence.get(key) ?? [];
      if (!ids.includes(claim.id)) ids.push(claim.id);
      bySentence.set(key, ids);
    }
  }
  return {
    claims,
    bySentence,
    stats: { sentences: 0, units: 0, candidatePairs: 0, matchedPairs: 0 },
    borderline: [],
  };
}

/** A quote spanning sentence `index` of `article`, its quotation `quotation`. */
export function quoteOf(
  article: Article,
  index: number,
  quotation: string,
  extra: Partial<Quote> = {},
): Quote {
  const sentence = article.sentences[index]!;
  return {
    id: `${article.id}/q-${index}`,
    article: article.id,
    start: sentence.start,
    end: sentence.end,
    text: quotation,
    parts: [{ start: sentence.start, end: sentence.end }],
    quotation,
    sentences: [sentence.id],
    anchor: sentence.id,
    speaker: null,
    speakerMention: null,
    kind: 'speech',
    partial: false,
    closed: true,
    ...extra,
  };
}

/** A quote group of `variants`. */
export function groupOf(
  id: string,
  variants: Quote[],
  speaker: string | null = variants[0]!.speaker,
  kind: Quote['kind'] = variants[0]!.kind,
): QuoteGroup {
  const sources = new Set(variants.map((q) => q.article)).size;
  return { id, speaker, kind, variants, sources, wordingDiffers: false, paraphrases: [] };
}

/** A story of hand-made claims and quote groups. */
export function storyOf(
  articles: Article[],
  claims: Claim[] = [],
  quoteGroups: QuoteGroup[] = [],
  meta: StoryAbout = { title: null, summary: null },
): Story {
  return buildStory({ articles, alignment: alignmentOf(claims), quoteGroups, meta });
}

/** The seed story, through the real pipeline, as `src/story.ts` builds it. */
export function seedStory(): Story {
  const articles = readArticleDir(`${ROOT}content/articles`, { root: ROOT }).sort((a, b) =>
    compareIds(a.id, b.id),
  );
  return buildStory({
    articles,
    alignment: alignStory(articles),
    quoteGroups: groupQuotes(articles),
    meta: { title: null, summary: null },
  });
}

/**
 * A labelled story of `tests/fixtures/stories/` through the real pipeline (quotes, alignment
 * with their speakers, disagreements), as `src/story.ts` builds it; `parts` are passed on to
 * `buildStory` (an id, a page size).
 */
export function fixtureStory(
  name: string,
  parts: Partial<Pick<StoryParts, 'id' | 'listPageItems'>> = {},
): Story {
  const articles = readArticleDir(`${ROOT}tests/fixtures/stories/${name}/articles`).sort((a, b) =>
    compareIds(a.id, b.id),
  );
  const quoteGroups = groupQuotes(articles);
  const alignment = alignStory(articles, {
    quotes: quoteGroups.flatMap((group) => group.variants),
  });
  return buildStory({
    articles,
    alignment,
    quoteGroups,
    disagreements: findDisagreements({ articles, alignment, quoteGroups }),
    meta: { title: null, summary: null },
    ...parts,
  });
}
