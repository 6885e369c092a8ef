/**
 * Every reason the build gives for not publishing a file, in one place: each reason is a
 * function of its variable part, so the wording is written once and pinned by tests in full.
 * `ArticleError` names the file; `CorpusError` gathers every problem of one build;
 * `ArticleWarning` names a file that is published but may not be what its author meant.
 */

/**
 * Why an article (or story) file cannot go on the site. Always names the file.
 *
 * It carries no stack trace: the problem is in the user's file, not in the code, and the message
 * says everything (`astro build` prints a stack under any error that has one).
 */
export class ArticleError extends Error {
  readonly file: string;
  readonly reason: string;
  /** Byte offset in the file where the problem is, when there is one. */
  readonly byteOffset: number | undefined;
  /** What to do about it, when the reason alone does not say (after the byte offset). */
  readonly hint: string | undefined;

  constructor(file: string, reason: string, byteOffset?: number, hint?: string) {
    super(
      `${file}: ${reason}${byteOffset === undefined ? '' : ` (at byte ${byteOffset})`}` +
        `${hint === undefined ? '' : `; ${hint}`}`,
    );
    this.name = 'ArticleError';
    this.file = file;
    this.reason = reason;
    this.byteOffset = byteOffset;
    this.hint = hint;
    delete this.stack;
  }
}

/**
 * Every problem found in a folder of articles, reported together so one build shows them all.
 * (The list is `problems`, not `errors`: Astro prints only the first entry of an `errors` array.)
 */
export class CorpusError extends Error {
  readonly problems: ArticleError[];

  constructor(errors: ArticleError[]) {
    super(
      `${errors.length} article file${errors.length === 1 ? '' : 's'} cannot be published:\n` +
        errors.map((error) => `  - ${error.message}`).join('\n'),
    );
    this.name = 'CorpusError';
    this.problems = errors;
    // A list of the user's files to fix: no stack trace under it (see ArticleError).
    delete this.stack;
  }
}

/**
 * Something about an article file the user should know, that does not stop the build (the
 * loader logs it). Names the file, like an error.
 */
export class ArticleWarning {
  readonly file: string;
  readonly reason: string;
  /** `<file>: <reason>`. */
  readonly message: string;

  constructor(file: string, reason: string) {
    this.file = file;
    this.reason = reason;
    this.message = `${file}: ${reason}`;
  }
}

const list = (items: readonly string[], last: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;

/**
 * The reasons, each the text after "<file>: " in a message. Keys name the problem; parameters
 * are what varies between files.
 */
export const reasons = {
  // Reading the folder
  notAFile: () => 'is not a file (article folders are not nested)',
  wrongExtension: (extension: string, allowed: readonly string[]) =>
    `has extension "${extension}"; articles are ${list(allowed, 'or')} files`,
  unsafeId: (id: string) =>
    `id "${id}" must be letters, digits, "_", "-" or "." (it becomes a URL)`,
  idCollision: (id: string, otherFile: string) => `id "${id}" collides with ${otherFile}`,
  noArticleFiles: () => 'holds no article files',
  // Decoding
  tooLarge: (bytes: number, maxBytes: number) =>
    `file is ${bytes} bytes, over the limit of ${maxBytes}`,
  binary: () => 'contains NUL bytes: binary, not text',
  invalidUtf8: () => 'is not valid UTF-8',
  // A hint, after the byte offset of invalidUtf8.
  windows1252: () =>
    'it looks like Windows-1252 (Latin-1) text: convert it with `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.tmp && mv FILE.tmp FILE` or re-save it as UTF-8',
  empty: () => 'is empty: no visible article text (paste the article into it, or delete the file)',
  // Warnings: the file is published, but may not be what the user meant
  looksLikeHtml: () => 'looks like HTML: save the page as text, or paste its text',
  // Parsing
  onlyDebris: () => 'holds no article text once page debris is removed',
  onlyFrontMatter: () => 'holds only front matter, no article text',
  // Front matter
  frontMatterUnclosed: () => 'front matter opened with "---" is never closed',
  frontMatterYaml: (detail: string) => `front matter is not valid YAML: ${detail}`,
  frontMatterNotMapping: () => 'front matter must be a mapping of field: value',
  frontMatterUnknownField: (field: string, known: readonly string[]) =>
    `front matter field "${field}" is unknown (expected one of ${known.join(', ')})`,
  frontMatterNotText: (field: string) => `front matter field "${field}" must be text`,
  frontMatterUrl: (value: string) =>
    `front matter field "url" must be an http(s) URL, got "${value}"`,
  frontMatterDate: (value: string) =>
    `front matter field "published" must be a date as YYYY-MM-DD (or an ISO 8601 timestamp), got "${value}"`,
  frontMatterImpossibleDate: (value: string, why: string) =>
    `front matter field "published" is not a real date, got "${value}" (${why})`,
  frontMatterLang: (value: string) =>
    `front matter field "lang" must be a language tag such as "en" or "ar-EG", got "${value}"`,
  // Story file
  storyYaml: (detail: string) => `is not valid YAML: ${detail}`,
  storyNotMapping: () => 'must be a mapping of field: value',
  storyUnknownField: (field: string, known: readonly string[]) =>
    `field "${field}" is unknown (expected ${list(known, 'or')})`,
  storyNotText: (field: string) => `field "${field}" must be text`,
  storyNotIdList: (field: string) => `field "${field}" must be a list of article ids`,
  storySplitGroups: () =>
    'field "split" must be a list of groups, each an article id or a list of article ids',
  storyArticleTwice: (id: string) => `lists article "${id}" twice`,
  // Stories: folders and the grouping the user pins
  notAStoryFolder: (storiesDir: string) =>
    `is not a folder (${storiesDir} holds one folder of articles per story)`,
  storySplitInFolder: () =>
    'field "split" only applies to the folder grouped automatically (a story folder is one story: move articles out of it to split it)',
  storyUnknownArticle: (id: string, dir: string) =>
    `lists article "${id}", which is not an article of ${dir} (only those are grouped automatically and can be pinned or split)`,
  storyArticleElsewhere: (id: string, otherFile: string) =>
    `lists article "${id}", which ${otherFile} lists too`,
  // Review file
  reviewYaml: (detail: string) => `is not valid YAML: ${detail}`,
  reviewNotMapping: () => 'must be a mapping with the lists "same" and "different"',
  reviewUnknownKey: (line: number, key: string) =>
    `line ${line}: "${key}" is unknown (expected "same" or "different")`,
  reviewNotPair: (line: number) =>
    `line ${line}: each entry must be a pair [article#s-N, article#s-N]`,
  reviewUnknownSentence: (line: number, ref: string) =>
    `line ${line}: "${ref}" names no sentence of the story (expected article-id#s-N)`,
  reviewSameArticle: (line: number) =>
    `line ${line}: both sentences are in one article; a review pair joins two articles`,
  reviewBothWays: (line: number, otherLine: number) =>
    `line ${line}: the pair is listed both as same and as different (again on line ${otherLine})`,
} as const;

/** Warnings: the build goes on, and the log says what to check. Each names its file first. */
export const warnings = {
  storyTitleUnmatched: (title: string, missing: readonly string[]) =>
    `its title "${title}" does not fit the articles beside it (none of them says ${missing
      .map((word) => `"${word}"`)
      .join(', ')}): is it left from another story? Edit the title or delete the file.`,
  storyTitleUnplaced: (title: string, fits: number, stories: number) =>
    `its title "${title}" fits ${fits} of the ${stories} stories its folder was grouped into, so no story takes it: list the articles it describes under "articles:".`,
  reviewAcrossStories: (line: number, a: string, storyA: string, b: string, storyB: string) =>
    `line ${line}: "${a}" is in story "${storyA}" and "${b}" in story "${storyB}"; stories are aligned apart, so the pair decides nothing. To compare them, put both articles in one story (a folder of content/stories/, or "articles:" in its story.yaml).`,
} as const;
