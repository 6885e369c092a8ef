import { describe, expect, it } from 'vitest';
import { ArticleError, CorpusError, reasons, warnings } from '../src/lib/model/errors.ts';

// Every reason the build can give, pinned in full: a changed wording is a deliberate change here.
describe('error catalogue', () => {
  it('words every reason exactly', () => {
    expect({
      notAFile: reasons.notAFile(),
      wrongExtension: reasons.wrongExtension('.docx', ['.txt', '.md']),
      unsafeId: reasons.unsafeId('a b'),
      idCollision: reasons.idCollision('Kremlin', 'content/articles/kremlin.txt'),
      noArticleFiles: reasons.noArticleFiles(),
      tooLarge: reasons.tooLarge(3000000, 2097152),
      binary: reasons.binary(),
      invalidUtf8: reasons.invalidUtf8(),
      empty: reasons.empty(),
      onlyDebris: reasons.onlyDebris(),
      frontMatterUnclosed: reasons.frontMatterUnclosed(),
      frontMatterYaml: reasons.frontMatterYaml('bad indentation'),
      frontMatterNotMapping: reasons.frontMatterNotMapping(),
      frontMatterUnknownField: reasons.frontMatterUnknownField('tags', ['title', 'outlet']),
      frontMatterNotText: reasons.frontMatterNotText('title'),
      frontMatterUrl: reasons.frontMatterUrl('ftp://x'),
      frontMatterDate: reasons.frontMatterDate('last Monday'),
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
    }).toEqual({
      notAFile: 'is not a file (article folders are not nested)',
      wrongExtension: 'has extension ".docx"; articles are .txt or .md files',
      unsafeId: 'id "a b" must be letters, digits, "_", "-" or "." (it becomes a URL)',
      idCollision: 'id "Kremlin" collides with content/articles/kremlin.txt',
      noArticleFiles: 'holds no article files',
      tooLarge: 'file is 3000000 bytes, over the limit of 2097152',
      binary: 'contains NUL bytes: binary, not text',
      invalidUtf8: 'is not valid UTF-8',
      empty: 'is empty: no visible article text',
      onlyDebris: 'holds no article text once page debris is removed',
      frontMatterUnclosed: 'front matter opened with "---" is never closed',
      frontMatterYaml: 'front matter is not valid YAML: bad indentation',
      frontMatterNotMapping: 'front matter must be a mapping of field: value',
      frontMatterUnknownField:
        'front matter field "tags" is unknown (expected one of title, outlet)',
      frontMatterNotText: 'front matter field "title" must be text',
      frontMatterUrl: 'front matter field "url" must be an http(s) URL, got "ftp://x"',
      frontMatterDate:
        'front matter field "published" must be a date as YYYY-MM-DD (or an ISO 8601 timestamp), got "last Monday"',
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
    });
  });

  it('words every warning exactly', () => {
    expect(warnings.storyTitleUnmatched('Tram line approved', ['Tram', 'line'])).toBe(
      'its title "Tram line approved" does not fit the articles beside it (none of them says "Tram", "line"): is it left from another story? Edit the title or delete the file.',
    );
    expect(warnings.storyTitleUnplaced('Tram line approved', 0, 6)).toBe(
      'its title "Tram line approved" fits 0 of the 6 stories its folder was grouped into, so no story takes it: list the articles it describes under "articles:".',
    );
  });

  it('names the file and the byte in an article error', () => {
    const error = new ArticleError('content/articles/a.txt', reasons.invalidUtf8(), 22);
    expect(error.message).toBe('content/articles/a.txt: is not valid UTF-8 (at byte 22)');
    expect(error.file).toBe('content/articles/a.txt');
    expect(error.byteOffset).toBe(22);
  });

  it('lists every problem of a build in one message', () => {
    const error = new CorpusError([
      new ArticleError('content/articles/a.txt', reasons.empty()),
      new ArticleError('content/articles/b.txt', reasons.binary(), 3),
    ]);
    expect(error.message).toBe(
      '2 article files cannot be published:\n' +
        '  - content/articles/a.txt: is empty: no visible article text\n' +
        '  - content/articles/b.txt: contains NUL bytes: binary, not text (at byte 3)',
    );
    expect(error.problems).toHaveLength(2);
    expect(new CorpusError([new ArticleError('x', reasons.empty())]).message).toMatch(
      /^1 article file cannot/,
    );
  });
});
