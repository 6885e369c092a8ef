import { describe, expect, it } from 'vitest';
import { classifyDebrisLine, nameFromLine, outletFromBio } from '../src/lib/parse/debris.ts';
import { isHeadingLike, parseArticleTree, splitLines } from '../src/lib/parse/tree.ts';

describe('parseArticleTree', () => {
  const source =
    'Putin Hails Trump’s Return\r\n\r\nPutin spoke on Monday. He was brief.\r\n' +
    'What He Said\n- first point\n- second point\nLeave a Reply\n';
  const tree = parseArticleTree(source);

  it('yields mdast nodes of the right types in order', () => {
    expect(tree.type).toBe('root');
    expect(tree.children.map((n) => (n.type === 'heading' ? `h${n.depth}` : n.type))).toEqual([
      'h1',
      'paragraph',
      'h2',
      'list',
      'debris',
    ]);
  });

  it('positions every node in the original text, line and column included', () => {
    for (const node of tree.children) {
      const { start, end } = node.position!;
      expect(start.offset).toBeLessThan(end.offset!);
      expect(source.slice(start.offset, end.offset).trim()).toBe(
        source.slice(start.offset, end.offset),
      );
    }
    const paragraph = tree.children[1]!;
    expect(paragraph.position!.start).toEqual({ line: 3, column: 1, offset: 30 });
    const list = tree.children[3]!;
    expect(
      list.type === 'list' &&
        list.children.map((item) =>
          source.slice(item.position!.start.offset, item.position!.end.offset),
        ),
    ).toEqual(['- first point', '- second point']);
  });

  it('starts after front matter when told where the body begins', () => {
    const withFrontMatter = '---\ntitle: T\n---\nBody text here.';
    const body = parseArticleTree(withFrontMatter, 17);
    expect(body.children).toHaveLength(1);
    expect(body.children[0]!.position!.start.offset).toBe(17);
  });

  it('does not make a long or punctuated line a heading', () => {
    expect(isHeadingLike('Moscow and Kyiv fight for control')).toBe(true);
    expect(isHeadingLike('At a Glance')).toBe(true);
    expect(isHeadingLike('Could we see peace this week?')).toBe(false);
    expect(isHeadingLike('and then it ended')).toBe(false);
    expect(
      isHeadingLike(
        'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
      ),
    ).toBe(false);
  });

  it('splits lines on LF, CRLF and CR alike', () => {
    expect(splitLines('a\r\nb\rc\n\n  d  ').map((l) => l.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads an author box only when it is closed or ends the text', () => {
    const open = parseArticleTree(
      'Author\nJane Roe\nShe writes.\nA real paragraph follows here. More.\nAnd more text.\nAnd more.\nAnd still more.\nEnd.',
    );
    expect(open.children[0]).toMatchObject({ type: 'debris', lines: ['Author'] });
    expect(open.children.filter((n) => n.type === 'paragraph').length).toBeGreaterThan(3);

    const body = 'A real paragraph of the article. It goes on.\nA second paragraph, also real.\n';
    const closed = parseArticleTree(
      `${body}Author\nJane Roe\nJane Roe is a reporter at The Harbor Gazette.\nView all posts\nA closing paragraph of text.`,
    );
    const box = closed.children.find((n) => n.type === 'debris');
    expect(box).toMatchObject({
      lines: [
        'Author',
        'Jane Roe',
        'Jane Roe is a reporter at The Harbor Gazette.',
        'View all posts',
      ],
      author: 'Jane Roe',
      authorBio: 'Jane Roe is a reporter at The Harbor Gazette.',
    });
    expect(closed.children.at(-1)).toMatchObject({ type: 'paragraph' });

    const atEnd = parseArticleTree(`${body}Author\nJane Roe\nJane Roe covers the port.`);
    expect(atEnd.children.at(-1)).toMatchObject({
      type: 'debris',
      lines: ['Author', 'Jane Roe', 'Jane Roe covers the port.'],
      author: 'Jane Roe',
    });
  });
});

describe('debris rules', () => {
  it.each([
    ['Leave a Reply', 'comments'],
    ['Leave a comment', 'comments'],
    ['You must be logged in to post a comment.', 'comments'],
    ['12 Comments', 'comments'],
    ['Discover more from The Daily Planet', 'newsletter'],
    ['Subscribe to get the latest posts sent to your email.', 'newsletter'],
    ['Sign up for our newsletter', 'newsletter'],
    ['Additional sources • AP', 'credit'],
    ['Additional reporting by Reuters', 'credit'],
    ['With files from The Canadian Press', 'credit'],
    ['View all posts', 'author'],
    ['View all posts by Jane Roe', 'author'],
    ['By Jane Roe', 'author'],
    ['Share this article', 'share'],
    ['Advertisement', 'share'],
  ])('recognises “%s” as %s', (line, kind) => {
    expect(classifyDebrisLine(line)?.kind).toBe(kind);
  });

  it.each([
    'Subscribers to the newspaper complained about the coverage, the editor said on Monday evening in a long statement.',
    'Share prices fell 3% on Monday.',
    'By Monday the talks had collapsed.',
    'Sources close to the Kremlin said nothing.',
    'Comments by the minister angered Kyiv.',
    'Putin said the talks would resume.',
  ])('leaves article text alone: “%s”', (line) => {
    expect(classifyDebrisLine(line)).toBeNull();
  });

  it('keeps what debris says', () => {
    expect(
      classifyDebrisLine('Discover more from Defence Talks | Defense News Hub, Military Updates'),
    ).toMatchObject({
      outlet: 'Defence Talks',
    });
    expect(classifyDebrisLine('Additional sources • AP')).toMatchObject({ credit: 'AP' });
    expect(nameFromLine('  • Richard Parks')).toBe('Richard Parks');
    expect(nameFromLine('Richard Parks is a reporter.')).toBeNull();
    expect(
      outletFromBio('Jane is a senior correspondent for The Kyiv Independent, covering war.'),
    ).toBe('The Kyiv Independent');
    expect(outletFromBio('Jane likes tea.')).toBeNull();
  });
});
