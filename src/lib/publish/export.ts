/**
 * The open data export, `/data/claims.json`, exactly as DESIGN.md and the README describe it.
 * Offsets index each file's text as decoded from UTF-8 (BOM excluded), in UTF-16 code units:
 * `text.slice(start, end) === span.text`.
 */
import type { Alignment, SpanEvidence } from '../align/index.ts';
import {
  exportDisagreements,
  type Disagreement,
  type DisagreementExport,
} from '../disagreements/index.ts';
import { articleHref } from './links.ts';
import { storyTitle, type StoryEntry } from './stories-view.ts';
import type { Story } from './story.ts';
import { exportQuoteGroups, type QuoteGroup, type QuoteGroupExport } from '../quotes/index.ts';
import type { Article } from '../model/index.ts';

/** The shape of `/data/claims.json` (documented in the README's "Data export" section). */
export interface ClaimsExport {
  articles: Array<{
    id: string;
    file: string;
    title: string;
    outlet: string | null;
    url: string;
    /** Every sentence (heading, list item) in reading order: `url + '#' + anchor` is its link. */
    sentences: Array<{ anchor: string; start: number; end: number }>;
  }>;
  claims: Array<{
    id: string;
    label: string;
    sources: number;
    spans: Array<{
      article: string;
      start: number;
      end: number;
      text: string;
      anchor: string;
      /** What made the match, against the claim's representative span. */
      evidence: SpanEvidence;
      /** Present (true) when the editor's review joined this span to the claim. */
      review?: true;
    }>;
  }>;
  quotes: QuoteGroupExport[];
  /** Where the outlets state different facts, each outlet's version with its value. */
  disagreements: DisagreementExport[];
}

/**
 * Builds the export from the story.
 *
 * @param articles the story's articles, in the order to list them
 * @param disagreements the story's disagreements (`findDisagreements`); none when left out
 * @returns a JSON-ready object; `url` is the article's page on this site (root-relative)
 */
export function buildClaimsExport(
  articles: readonly Article[],
  alignment: Alignment,
  quoteGroups: QuoteGroup[],
  disagreements: readonly Disagreement[] = [],
): ClaimsExport {
  return {
    articles: articles.map((article) => ({
      id: article.id,
      file: article.file,
      title: article.meta.title,
      outlet: article.meta.outlet,
      url: articleHref(article.id),
      sentences: article.sentences.map((sentence) => ({
        anchor: sentence.id,
        start: sentence.start,
        end: sentence.end,
      })),
    })),
    claims: alignment.claims.map((claim) => ({
      id: claim.id,
      label: claim.label,
      sources: claim.sources,
      spans: claim.spans.map((span) => ({
        article: span.article,
        start: span.start,
        end: span.end,
        text: span.text,
        anchor: span.sentence,
        evidence: span.evidence,
        ...(span.review ? { review: true as const } : {}),
      })),
    })),
    quotes: exportQuoteGroups(quoteGroups),
    disagreements: exportDisagreements(disagreements),
  };
}

/** One story of the site as the export lists it. */
export interface StoryExport {
  id: string;
  /** The story's title (its story.yaml's), else the headline of its first article. */
  title: string;
  /** Its articles' ids, in the order `articles` lists them. */
  articles: string[];
}

/**
 * `/data/claims.json` of a site of one or more stories: `stories` lists them, and every article,
 * claim, quote group and disagreement carries its story's id (`story`). With one story, the
 * lists are exactly `buildClaimsExport`'s, each entry with `story` added.
 */
export interface SiteExport {
  stories: StoryExport[];
  articles: Array<ClaimsExport['articles'][number] & { story: string }>;
  claims: Array<ClaimsExport['claims'][number] & { story: string }>;
  quotes: Array<QuoteGroupExport & { story: string }>;
  disagreements: Array<DisagreementExport & { story: string }>;
}

/** A story as the export reads it: its id and what the pipeline made of it. */
export interface ExportStory {
  id: string;
  title: string;
  articles: readonly Article[];
  alignment: Alignment;
  quoteGroups: QuoteGroup[];
  disagreements?: readonly Disagreement[];
}

/**
 * Builds the export of a whole site, story by story (see `buildClaimsExport` for each part).
 *
 * @param stories the site's stories, in the order to list them
 */
export function buildSiteExport(stories: readonly ExportStory[]): SiteExport {
  return joinExports(stories.map(storyExport));
}

/**
 * The export of the given stories as the site serves it, as JSON text: every story in
 * `/data/claims.json`, one in `/data/stories/<id>.json`. Each story's part is built once per
 * build, whichever files hold it.
 *
 * @param entries the stories, in the order to list them
 */
export function siteExportJson(entries: readonly StoryEntry[]): string {
  const parts = entries.map(({ id, story }) => {
    let part = exported.get(story);
    if (part === undefined) {
      part = storyExport({ ...story, id, title: storyTitle(story, id) });
      exported.set(story, part);
    }
    return part;
  });
  return JSON.stringify(joinExports(parts), null, 1);
}

const exported = new WeakMap<Story, SiteExport>();

/** One story's export: `stories` holds it alone, every entry carries its id. */
function storyExport(story: ExportStory): SiteExport {
  const part = buildClaimsExport(
    story.articles,
    story.alignment,
    story.quoteGroups,
    story.disagreements,
  );
  // `story` right after `id`, where a reader of the JSON looks for it.
  const tag = <T extends { id: string }>({ id, ...rest }: T) => ({
    id,
    story: story.id,
    ...rest,
  });
  return {
    stories: [
      {
        id: story.id,
        title: story.title,
        articles: story.articles.map((article) => article.id),
      },
    ],
    articles: part.articles.map(tag),
    claims: part.claims.map(tag),
    quotes: part.quotes.map(tag),
    disagreements: part.disagreements.map(tag),
  };
}

/** Stories' exports joined into one, in order. */
function joinExports(parts: readonly SiteExport[]): SiteExport {
  return {
    stories: parts.flatMap((part) => part.stories),
    articles: parts.flatMap((part) => part.articles),
    claims: parts.flatMap((part) => part.claims),
    quotes: parts.flatMap((part) => part.quotes),
    disagreements: parts.flatMap((part) => part.disagreements),
  };
}
