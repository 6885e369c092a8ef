import { describe, expect, it } from 'vitest';
import { ArticleError, CorpusError, reasons, warnings } from '../src/lib/model/errors.ts';

// Every reason the build can give, pinned in full: a changed wording is a deliberate change here.
describe('error catalogue', () => {
  it('words every reason exactly', () => {
    const worded = {
      notAFile: reasons.notAFile(),
      wrongExtension: reasons.wrongExtension('.docx', ['.txt', '.md']),
      unsafeId: reasons.unsafeId('a b'),
      idCollision: reasons.idCollision('Kremlin', 'content/articles/kremlin.txt'),
      noArticleFiles: reasons.noArticleFiles(),
      tooLarge: reasons.tooLarge(3000000, 2097152),
      binary: reasons.binary(),
      invalidUtf8: reasons.invalidUtf8(),
      windows1252: reasons.windows1252(),
      empty: reasons.empty(),
      onlyDebris: reasons.onlyDebris(),
      onlyFrontMatter: reasons.onlyFrontMatter(),
      frontMatterUnclosed: reasons.frontMatterUnclosed(),
      frontMatterYaml: reasons.frontMatterYaml('bad indentation'),
      frontMatterNotMapping: reasons.frontMatterNotMapping(),
      frontMatterUnknownField: reasons.frontMatterUnknownField('tags', ['title', 'outlet']),
      frontMatterNotText: reasons.frontMatterNotText('title'),
      frontMatterUrl: reasons.frontMatterUrl('ftp://x'),
      frontMatterDate: reasons.frontMatterDate('last Monday'),
      frontMatterLang: reasons.frontMatterLang('english'),
      frontMatterImpossibleDate: reasons.frontMatterImpossibleDate(
        '2025-02-30',
        'February 2025 has 28 days',
      ),
      storyYaml: reasons.storyYaml('bad indentation'),
      storyNotMapping: reasons.storyNotMapping(),
      storyUnknownField: reasons.storyUnknownField('tags', ['title', 'summary']),
      storyNotText: reasons.storyNotText('title'),
      storyNotIdList: reasons.storyNotIdList('articles'),
      storySplitGroups: reasons.storySplitGroups(),
      storyArticleTwice: reasons.storyArticleTwice('cup-report'),
      notAStoryFolder: reasons.notAStoryFolder('content/stories'),
      storySplitInFolder: reasons.storySplitInFolder(),
      storyUnknownArticle: reasons.storyUnknownArticle('cup-report', 'content/articles'),
      storyArticleElsewhere: reasons.storyArticleElsewhere(
        'cup-report',
        'content/stories/cup-final/story.yaml',
      ),
      looksLikeHtml: reasons.looksLikeHtml(),
      reviewYaml: reasons.reviewYaml('bad indentation'),
      reviewNotMapping: reasons.reviewNotMapping(),
      reviewUnknownKey: reasons.reviewUnknownKey(4, 'maybe'),
      reviewNotPair: reasons.reviewNotPair(2),
      reviewUnknownSentence: reasons.reviewUnknownSentence(3, 'harbor-gazette#s-99'),
      reviewSameArticle: reasons.reviewSameArticle(5),
      reviewBothWays: reasons.reviewBothWays(7, 2),
    };
    // A reason added to the catalogue is pinned here too.
    expect(Object.keys(worded).sort()).toEqual(Object.keys(reasons).sort());
    expect(worded).toEqual({
      notAFile: 'is not a file (article folders are not nested)',
      wrongExtension: 'has extension ".docx"; articles are .txt or .md files',
      unsafeId: 'id "a b" must be letters, digits, "_", "-" or "." (it becomes a URL)',
      idCollision: 'id "Kremlin" collides with content/articles/kremlin.txt',
      noArticleFiles: 'holds no article files',
      tooLarge: 'file is 3000000 bytes, over the limit of 2097152',
      binary: 'contains NUL bytes: binary, not text',
      invalidUtf8: 'is not valid UTF-8',
      windows1252:
        'it looks like Windows-1252 (Latin-1) text: convert it with `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.tmp && mv FILE.tmp FILE` or re-save it as UTF-8',
      empty: 'is empty: no visible article text (paste the article into it, or delete the file)',
      onlyDebris: 'holds no article text once page debris is removed',
      onlyFrontMatter: 'holds only front matter, no article text',
      frontMatterUnclosed: 'front matter opened with "---" is never closed',
      frontMatterYaml: 'front matter is not valid YAML: bad indentation',
      frontMatterNotMapping: 'front matter must be a mapping of field: value',
      frontMatterUnknownField:
        'front matter field "tags" is unknown (expected one of title, outlet)',
      frontMatterNotText: 'front matter field "title" must be text',
      frontMatterUrl: 'front matter field "url" must be an http(s) URL, got "ftp://x"',
      frontMatterDate:
        'front matter field "published" must be a date as YYYY-MM-DD (or an ISO 8601 timestamp), got "last Monday"',
      frontMatterLang:
        'front matter field "lang" must be a language tag such as "en" or "ar-EG", got "english"',
      frontMatterImpossibleDate:
        'front matter field "published" is not a real date, got "2025-02-30" (February 2025 has 28 days)',
      storyYaml: 'is not valid YAML: bad indentation',
      storyNotMapping: 'must be a mapping of field: value',
      storyUnknownField: 'field "tags" is unknown (expected title or summary)',
      storyNotText: 'field "title" must be text',
      storyNotIdList: 'field "articles" must be a list of article ids',
      storySplitGroups:
        'field "split" must be a list of groups, each an article id or a list of article ids',
      storyArticleTwice: 'lists article "cup-report" twice',
      notAStoryFolder: 'is not a folder (content/stories holds one folder of articles per story)',
      storySplitInFolder:
        'field "split" only applies to the folder grouped automatically (a story folder is one story: move articles out of it to split it)',
      storyUnknownArticle:
        'lists article "cup-report", which is not an article of content/articles (only those are grouped automatically and can be pinned or split)',
      storyArticleElsewhere:
        'lists article "cup-report", which content/stories/cup-final/story.yaml lists too',
      looksLikeHtml: 'looks like HTML: save the page as text, or paste its text',
      reviewYaml: 'is not valid YAML: bad indentation',
      reviewNotMapping: 'must be a mapping with the lists "same" and "different"',
      reviewUnknownKey: 'line 4: "maybe" is unknown (expected "same" or "different")',
      reviewNotPair: 'line 2: each entry must be a pair [article#s-N, article#s-N]',
      reviewUnknownSentence:
        'line 3: "harbor-gazette#s-99" names no sentence of the story (expected article-id#s-N)',
      reviewSameArticle:
        'line 5: both sentences are in one article; a review pair joins two articles',
      reviewBothWays: 'line 7: the pair is listed both as same and as different (again on line 2)',
    });
  });

  it('words every warning exactly', () => {
    expect(warnings.storyTitleUnmatched('Tram line approved', ['Tram', 'line'])).toBe(
      'its title "Tram line approved" does not fit the articles beside it (none of them says "Tram", "line"): is it left from another story? Edit the title or delete the file.',
    );
    expect(warnings.storyTitleUnplaced('Tram line approved', 0, 6)).toBe(
      'its title "Tram line approved" fits 0 of the 6 stories its folder was grouped into, so no story takes it: list the articles it describes under "articles:".',
    );
    expect(warnings.reviewAcrossStories(3, 'a#s-1', 'tram', 'b#s-2', 'fire')).toBe(
      'line 3: "a#s-1" is in story "tram" and "b#s-2" in story "fire"; stories are aligned apart, so the pair decides nothing. To compare them, put both articles in one story (a folder of content/stories/, or "articles:" in its story.yaml).',
    );
  });

  it('names the file and the byte in an article error', () => {
    const error = new ArticleError('content/articles/a.txt', reasons.invalidUtf8(), 22);
    expect(error.message).toBe('content/articles/a.txt: is not valid UTF-8 (at byte 22)');
    expect(error.file).toBe('content/articles/a.txt');
    expect(error.byteOffset).toBe(22);
    const hinted = new ArticleError('a.txt', reasons.invalidUtf8(), 22, reasons.windows1252());
    expect(hinted.message).toBe(
      'a.txt: is not valid UTF-8 (at byte 22); it looks like Windows-1252 (Latin-1) text: ' +
        'convert it with `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.tmp && mv FILE.tmp FILE` or re-save it as UTF-8',
    );
  });

  it('carries no stack trace: the message is all a user needs, and astro prints a stack when there is one', () => {
    expect(new ArticleError('a.txt', reasons.empty()).stack).toBeUndefined();
    expect(new CorpusError([new ArticleError('a.txt', reasons.empty())]).stack).toBeUndefined();
  });

  it('lists every problem of a build in one message', () => {
    const error = new CorpusError([
      new ArticleError('content/articles/a.txt', reasons.empty()),
      new ArticleError('content/articles/b.txt', reasons.binary(), 3),
    ]);
    expect(error.message).toBe(
      '2 article files cannot be published:\n' +
        '  - content/articles/a.txt: is empty: no visible article text (paste the article into it, or delete the file)\n' +
        '  - content/articles/b.txt: contains NUL bytes: binary, not text (at byte 3)',
    );
    expect(error.problems).toHaveLength(2);
    expect(new CorpusError([new ArticleError('x', reasons.empty())]).message).toMatch(
      /^1 article file cannot/,
    );
  });
});
