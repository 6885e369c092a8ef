/**
 * The public face of each early stage, pinned (unified's "should expose the public api"): a new
 * export is a decision, not an accident. quotes/, align/ and publish/ pin theirs beside their
 * own tests.
 */
import { describe, expect, it } from 'vitest';

const faces: Record<string, string[]> = {
  model: [
    'ArticleError',
    'ArticleWarning',
    'CorpusError',
    'articleMetaSchema',
    'articleSchema',
    'blockSchema',
    'compareIds',
    'debrisSchema',
    'hash',
    'reasons',
    'sentenceSchema',
    'textRangeSchema',
    'uniquifyIds',
    'warnings',
  ],
  input: [
    'DEFAULT_MAX_BYTES',
    'STORY_FILE_NAME',
    'decodeArticle',
    'inspectArticleText',
    'isTagSoup',
    'looksLikeHtml',
    'parseReview',
    'readFrontMatter',
    'readReview',
    'readStoryFile',
    'readStoryMeta',
    'stripTags',
  ],
  text: [
    'MONTHS',
    'MONTH_NAMES',
    'ORDINAL_WORDS',
    'SMALL_NUMBERS',
    'TENS',
    'WEEKDAYS',
    'WEEKDAY_NAMES',
    'contentTokens',
    'countWords',
    'displayText',
    'guessScript',
    'languageDirection',
    'segmentText',
    'shorten',
    'synsetsOf',
    'tokenize',
  ],
  parse: ['parseArticle', 'parseArticleTree', 'splitSentences'],
  corpus: [
    'ARTICLE_EXTENSIONS',
    'LARGE_STORY_SENTENCES',
    'STORY_THRESHOLD',
    'groupStories',
    'listArticleFiles',
    'readArticleDir',
    'readArticleFile',
    'readStories',
    'runStage',
    'scanArticleDir',
    'scanStories',
    'unmatchedTitleWords',
  ],
  search: [
    'FILTER_PARAMS',
    'RESULT_LIMIT',
    'SEARCH_DIRECTORY_PATH',
    'SEARCH_DIRECTORY_VERSION',
    'SEARCH_INDEX_PATH',
    'SEARCH_INDEX_VERSION',
    'SHARDS_PER_ROUND',
    'buildSearchDirectory',
    'buildSearchIndex',
    'buildSearchRecords',
    'createSearcher',
    'createStoryPicker',
    'prepareQuery',
    'storySearchRecords',
  ],
};

describe('stage faces', () => {
  it.each(Object.entries(faces))('%s/index.ts exposes its public API', async (stage, expected) => {
    const face = (await import(`../src/lib/${stage}/index.ts`)) as Record<string, unknown>;
    expect(Object.keys(face).sort()).toEqual(expected);
  });
});
