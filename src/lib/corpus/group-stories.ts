/**
 * Stories from the input: the articles of a story folder are one story, as the user filed them;
 * the articles of the flat folder are grouped into stories by what they report (names, specific
 * numbers, wording, dates), through an inverted index over their features and average linkage
 * (`story-links.ts`, `story-linkage.ts`). The user's word is final: a story file's `articles:`
 * pins articles to its story, and the flat folder's `split:` keeps groups of articles apart.
 */
import type { StoryFile } from '../input/index.ts';
import {
  ArticleError,
  CorpusError,
  compareIds,
  hash,
  reasons,
  warnings,
  type Article,
} from '../model/index.ts';
import { contentTokens, tokenize } from '../text/index.ts';
import { unmatchedTitleWords } from './story-file.ts';
import {
  FEATURE_WEIGHT,
  NAME_PREFIX,
  WORD_PREFIX,
  articleFeatures,
  featureDictionary,
  featureKind,
  type ArticleFeatures,
  type FeatureDictionary,
} from './story-features.ts';
import { averageLinkage } from './story-linkage.ts';
import {
  DEFAULT_MAX_DF,
  allPairLinks,
  featureVectors,
  indexedLinks,
  type Link,
  type LinkOptions,
} from './story-links.ts';

/** A story folder (`content/stories/<id>/`): its articles are one story. */
export interface FolderStory {
  /** The folder's name: the story's id. */
  id: string;
  /** The folder, as named in messages. */
  dir: string;
  /** Its story file, as named in messages (whether or not it exists). */
  file: string;
  story: StoryFile;
  /** Ids of the article files in the folder. */
  articles: string[];
}

/** What to group: every article, the story folders, and the flat folder's story file. */
export interface GroupingInput {
  /** Every article, of the flat folder and of the story folders. */
  articles: readonly Article[];
  /** The story folders; articles in none of them are the flat folder's, grouped automatically. */
  folders?: readonly FolderStory[];
  /** The flat folder (as named in messages) and its story file, when it has one. */
  flat?: { dir: string; file: string; story: StoryFile };
}

/** How a story's articles came together. */
export type StoryOrigin = 'folder' | 'pinned' | 'automatic';

/** One story of the grouping. */
export interface StoryGroup {
  /** The folder's name, or a slug of the story's most distinctive terms. Unique. */
  id: string;
  /** Ids of its articles, in id order. */
  articles: string[];
  origin: StoryOrigin;
  title: string | null;
  summary: string | null;
  /** What the articles share that others do not, most telling first (automatic stories). */
  terms: string[];
  /** One line for the build log: the story, its size and why its articles are together. */
  explanation: string;
}

/** Counters of the grouping, for the build log and the benchmark. */
export interface GroupingStats {
  articles: number;
  /** Articles of the flat folder (grouped automatically or pinned there). */
  flat: number;
  /** Distinct features, and those kept as evidence (in 2 to `maxDf` articles). */
  features: number;
  evidence: number;
  /** Article pairs scored, and pairs similar enough to be kept as links. */
  candidatePairs: number;
  links: number;
}

/** The stories of the input. */
export interface StoryGrouping {
  /** Story folders first (by id), then the flat folder's stories (by first article). */
  stories: StoryGroup[];
  /** What the build should warn about, each naming its file. */
  warnings: string[];
  stats: GroupingStats;
}

/** Tuning of the automatic grouping; the defaults are what the build uses. */
export interface GroupingOptions extends LinkOptions {
  /**
   * Average similarity two groups of articles need to become one story (default 0.1).
   * Calibrated on the labelled stories and on generated archives of 500–5,000 articles
   * (`npm run bench:archive`): different stories stayed below it, one story's articles above.
   */
  threshold?: number;
  /** `index` (default), or every pair of articles: the quadratic baseline, for benchmarks. */
  candidates?: 'index' | 'all-pairs';
}

/** The default `threshold`: average similarity for two groups of articles to be one story. */
export const STORY_THRESHOLD = 0.1;
// Four terms say what a story is about; three keep an automatic story's id short.
const SHOWN_TERMS = 4;
const ID_TERMS = 3;

/**
 * Groups articles into stories.
 *
 * @throws CorpusError when a story file pins or splits an article that is not in the flat
 *   folder or that another list names too, splits a story folder, or a story folder has no
 *   articles
 */
export function groupStories(input: GroupingInput, options: GroupingOptions = {}): StoryGrouping {
  const folders = [...(input.folders ?? [])].sort((a, b) => compareIds(a.id, b.id));
  const inFolder = new Set(folders.flatMap((folder) => folder.articles));
  const flatArticles = input.articles
    .filter((article) => !inFolder.has(article.id))
    .sort((a, b) => compareIds(a.id, b.id));
  const pins = checkPins(input, folders, new Set(flatArticles.map((article) => article.id)));
  const flatFile = input.flat?.story;
  const flatPinned = new Set(flatFile?.articles ?? []);
  // Articles pinned into a story folder leave the flat folder's grouping: the user placed them.
  const local = flatArticles.filter((article) => !pins.has(article.id));
  const dictionary = featureDictionary();
  const features = local.map((article) => articleFeatures(article, dictionary));
  const vectors = featureVectors(features, dictionary, options);
  const linked = (options.candidates === 'all-pairs' ? allPairLinks : indexedLinks)(
    vectors,
    options,
  );
  // Only articles left to the automatic grouping are clustered; pinned ones are already placed.
  const free = local.map((article, k) => (flatPinned.has(article.id) ? -1 : k));
  const pool = free.filter((k) => k >= 0);
  const position = new Map(pool.map((k, p) => [k, p]));
  const links: Link[] = [];
  for (const link of linked.links) {
    const [a, b] = [position.get(link.a), position.get(link.b)];
    if (a !== undefined && b !== undefined) links.push({ a, b, score: link.score });
  }
  const poolIndex = new Map(pool.map((k, p) => [local[k]!.id, p]));
  const seeds = (flatFile?.split ?? []).map((group) => group.map((id) => poolIndex.get(id)!));
  const clusters = averageLinkage(pool.length, links, options.threshold ?? STORY_THRESHOLD, seeds);
  const seeded = new Set(seeds.flat());

  const describe = new Describer(local, features, dictionary, vectors.df, options.maxDf);
  const stories = folders.map(folderStory);
  const flatStories: StoryGroup[] = [];
  if (flatPinned.size > 0) {
    const members = local.flatMap((article, k) => (flatPinned.has(article.id) ? [k] : []));
    flatStories.push(describe.story(members, 'pinned'));
  }
  const split = new Set<StoryGroup>();
  for (const cluster of clusters) {
    const story = describe.story(
      cluster.map((p) => pool[p]!),
      'automatic',
    );
    if (cluster.some((p) => seeded.has(p))) split.add(story);
    flatStories.push(story);
  }
  flatStories.sort((a, b) => compareIds(a.articles[0]!, b.articles[0]!));
  // Folder names are the user's and stay; an automatic id that repeats one (in any case, as
  // hosts may compare URLs) gives way.
  const used = new Set(stories.map((story) => story.id.toLowerCase()));
  for (const story of flatStories) {
    let id = story.id;
    for (let k = 2; used.has(id.toLowerCase()); k++) id = `${story.id}-${k}`;
    used.add(id.toLowerCase());
    story.id = id;
  }
  stories.push(...flatStories);

  const notes: string[] = [];
  placeFlatTitle(input.flat, flatStories, describe, notes);
  const byId = new Map(input.articles.map((article) => [article.id, article]));
  folders.forEach((folder, k) => {
    const story = stories[k]!;
    const { title } = story;
    const missing =
      title === null
        ? null
        : unmatchedTitleWords(
            title,
            story.articles.map((id) => byId.get(id)!),
          );
    if (title !== null && missing) {
      notes.push(`${folder.file}: ${warnings.storyTitleUnmatched(title, missing)}`);
    }
    story.explanation = explainFolder(story, folder, input.flat);
  });
  for (const story of flatStories) story.explanation = explain(story, input.flat, split.has(story));
  return {
    stories,
    warnings: notes,
    stats: {
      articles: input.articles.length,
      flat: flatArticles.length,
      features: dictionary.keys.length,
      evidence: vectors.evidence,
      candidatePairs: linked.stats.candidatePairs,
      links: links.length,
    },
  };
}

/** A story folder's story: its files and the articles its story file pins. */
function folderStory(folder: FolderStory): StoryGroup {
  const articles = new Set([...folder.articles, ...(folder.story.articles ?? [])]);
  return {
    id: folder.id,
    articles: [...articles].sort(compareIds),
    origin: 'folder',
    title: folder.story.title,
    summary: folder.story.summary,
    terms: [],
    explanation: '',
  };
}

/**
 * Checks what the story files pin and split, and says which story file takes each pinned
 * article away from the flat folder.
 *
 * @returns pinned article id → the story folder's id that takes it
 * @throws CorpusError listing every problem
 */
function checkPins(
  input: GroupingInput,
  folders: readonly FolderStory[],
  flatIds: ReadonlySet<string>,
): Map<string, string> {
  const problems: ArticleError[] = [];
  const listedBy = new Map<string, string>();
  const taken = new Map<string, string>();
  const flatDir = input.flat?.dir ?? 'the flat articles folder';
  const claim = (id: string, file: string): boolean => {
    if (!flatIds.has(id)) {
      problems.push(new ArticleError(file, reasons.storyUnknownArticle(id, flatDir)));
      return false;
    }
    const other = listedBy.get(id);
    if (other !== undefined) {
      problems.push(new ArticleError(file, reasons.storyArticleElsewhere(id, other)));
      return false;
    }
    listedBy.set(id, file);
    return true;
  };
  for (const folder of folders) {
    if (folder.story.split)
      problems.push(new ArticleError(folder.file, reasons.storySplitInFolder()));
    const own = new Set(folder.articles);
    for (const id of folder.story.articles ?? []) {
      // A folder's own article listed in its file is already its own.
      if (!own.has(id) && claim(id, folder.file)) taken.set(id, folder.id);
    }
    if (folder.articles.length === 0 && (folder.story.articles ?? []).length === 0) {
      problems.push(new ArticleError(folder.dir, reasons.noArticleFiles()));
    }
  }
  if (input.flat) {
    const { file, story } = input.flat;
    for (const id of [...(story.articles ?? []), ...(story.split ?? []).flat()]) claim(id, file);
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return taken;
}

/** Names and explains the stories of the flat folder from their features. */
class Describer {
  private readonly articles: readonly Article[];
  private readonly features: readonly ArticleFeatures[];
  private readonly dictionary: FeatureDictionary;
  private readonly df: Int32Array;
  private readonly maxDf: number;
  private readonly index: Map<string, number>;

  constructor(
    articles: readonly Article[],
    features: readonly ArticleFeatures[],
    dictionary: FeatureDictionary,
    df: Int32Array,
    maxDf = DEFAULT_MAX_DF,
  ) {
    this.articles = articles;
    this.features = features;
    this.dictionary = dictionary;
    this.df = df;
    this.maxDf = maxDf;
    this.index = new Map(articles.map((article, k) => [article.id, k]));
  }

  /** The articles of these ids (of the flat folder). */
  articlesOf(ids: readonly string[]): Article[] {
    return ids.map((id) => this.articles[this.index.get(id)!]!);
  }

  /** Whether any of these articles holds one of the stems as a name or a word. */
  mentionsAny(ids: readonly string[], stems: readonly string[]): boolean {
    const wanted = new Set<number>();
    for (const stem of stems) {
      for (const key of [`${NAME_PREFIX}${stem}`, `${WORD_PREFIX}${stem}`]) {
        const id = this.dictionary.ids.get(key);
        if (id !== undefined) wanted.add(id);
      }
    }
    return ids.some((id) =>
      this.features[this.index.get(id)!]!.features.some((feature) => wanted.has(feature)),
    );
  }

  /** The story of the articles at `members` (indexes into the flat articles). */
  story(members: readonly number[], origin: StoryOrigin): StoryGroup {
    const articles = members.map((k) => this.articles[k]!.id).sort(compareIds);
    const terms = this.terms(members);
    return {
      id: slug(terms.slice(0, ID_TERMS)) || `story-${hash(articles.join('\n'))}`,
      articles,
      origin,
      title: null,
      summary: null,
      terms: terms.slice(0, SHOWN_TERMS),
      explanation: '',
    };
  }

  /**
   * The story's most distinctive features, as written: those most of its articles share and few
   * others have (share of the story × share of the holders that are in the story × kind weight);
   * word pairs repeat their words and are left out.
   */
  private terms(members: readonly number[]): string[] {
    const held = new Map<number, { articles: number; times: number }>();
    for (const k of members) {
      const { features, counts } = this.features[k]!;
      features.forEach((id, i) => {
        const entry = held.get(id) ?? { articles: 0, times: 0 };
        entry.articles++;
        entry.times += counts[i]!;
        held.set(id, entry);
      });
    }
    const least = members.length > 1 ? 2 : 1;
    const scored: { id: number; key: string; score: number; times: number }[] = [];
    for (const [id, { articles, times }] of held) {
      const key = this.dictionary.keys[id]!;
      const kind = featureKind(key);
      if (kind === 'pair' || articles < least || this.df[id]! > this.maxDf) continue;
      const score = (articles / members.length) * (articles / this.df[id]!) * FEATURE_WEIGHT[kind];
      scored.push({ id, key, score, times });
    }
    scored.sort((a, b) => b.score - a.score || b.times - a.times || (a.key < b.key ? -1 : 1));
    const shown: string[] = [];
    const seen = new Set<string>();
    for (const { id } of scored) {
      const surface = this.dictionary.surface[id]!;
      if (seen.has(surface.toLowerCase())) continue;
      seen.add(surface.toLowerCase());
      shown.push(surface);
      if (shown.length === SHOWN_TERMS) break;
    }
    return shown;
  }
}

/** A URL-safe id from terms: "Lisburn", "tram", "€610m" → `lisburn-tram-610m`. */
export function slug(terms: readonly string[]): string {
  return terms
    .map((term) =>
      term
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Gives the flat folder's story file to its story: the pinned one, or the only story of the
 * folder, or the only one whose articles its title fits; otherwise no story takes it and the
 * build says so.
 */
function placeFlatTitle(
  flat: GroupingInput['flat'],
  stories: StoryGroup[],
  describe: Describer,
  notes: string[],
): void {
  if (!flat || stories.length === 0) return;
  const { title, summary } = flat.story;
  if (title === null && summary === null) return;
  const pinned = stories.find((story) => story.origin === 'pinned');
  let target = pinned ?? (stories.length === 1 ? stories[0] : undefined);
  if (!target && title !== null) {
    // Only stories whose features hold a word of the title are read again to check the fit:
    // re-reading every story of an archive would double the grouping's work.
    const stems = contentTokens(tokenize(title)).map((token) => token.stem);
    const fits = stories.filter(
      (story) =>
        describe.mentionsAny(story.articles, stems) &&
        unmatchedTitleWords(title, describe.articlesOf(story.articles)) === null,
    );
    if (fits.length === 1) target = fits[0];
    else {
      notes.push(
        `${flat.file}: ${warnings.storyTitleUnplaced(title, fits.length, stories.length)}`,
      );
    }
  }
  if (target) Object.assign(target, { title, summary });
}

/** The build log's line for a story: its id and size. */
function head(story: StoryGroup): string {
  const size = `${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`;
  return `story \`${story.id}\`: ${size}`;
}

/** The build log's line for a story folder's story. */
function explainFolder(
  story: StoryGroup,
  folder: FolderStory,
  flat: GroupingInput['flat'],
): string {
  const pinned = story.articles.length - folder.articles.length;
  const from = flat?.dir ?? 'the flat folder';
  return `${head(story)}, filed in ${folder.dir}${pinned ? ` (${pinned} pinned from ${from} by ${folder.file})` : ''}`;
}

/** The build log's line for a story of the flat folder. */
function explain(story: StoryGroup, flat: GroupingInput['flat'], split: boolean): string {
  if (story.origin === 'pinned') return `${head(story)}, pinned by ${flat!.file}`;
  const terms = story.terms.join(', ');
  const why =
    story.articles.length === 1
      ? `, alone: no other article reports the same${terms ? ` (about: ${terms})` : ''}`
      : `, grouped by: ${terms || 'their wording'}`;
  return `${head(story)}${why}${split ? `; kept apart from other groups by ${flat!.file} (split)` : ''}`;
}
