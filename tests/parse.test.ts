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
    ['Advertisement', 'promo'],
    // Furniture of news pages in general, in the styles of many sites.
    ['This website uses cookies to ensure you get the best experience.', 'consent'],
    ['By clicking “Accept all”, you agree to the storing of cookies on your device.', 'consent'],
    ['Accept all cookies', 'consent'],
    ['Reject all', 'consent'],
    ['Manage preferences', 'consent'],
    ['Cookie settings', 'consent'],
    ['Get the best of our journalism delivered to your inbox every morning.', 'newsletter'],
    ['Get our free Evening Standard newsletter', 'newsletter'],
    ['Download our app', 'promo'],
    ['Get the Harbour Times app', 'promo'],
    ['Listen live', 'promo'],
    ['Watch our bulletins on demand in the app', 'promo'],
    ['Follow us on Instagram', 'promo'],
    ['Follow The Beacon on Facebook and X', 'promo'],
    ['Got a story? Email news@example.org', 'promo'],
    ['Story continues below advertisement', 'promo'],
    ['Share on WhatsApp', 'share'],
    ['Share | Tweet | Email', 'share'],
    ['Copy link', 'share'],
    ['Print', 'share'],
    ['Listen to this article', 'share'],
    ['Comments (23)', 'comments'],
    ['What do you think? Let us know in the comments below.', 'comments'],
    ['Related', 'related'],
    ['Most popular', 'related'],
    ['Read more: Why trams are back in fashion', 'related'],
    ['Related: Residents vow to fight tree felling', 'related'],
    ['Tags: transport, council, trams', 'related'],
    ['Topics: Storms, Weather', 'related'],
    ['Video: Drone footage shows the flooded harbour', 'related'],
    ['In pictures: Storm damage along the coast', 'related'],
    ['Weather warning: find out what the warnings mean for you', 'related'],
    ['The mayor outside City Hall after the vote. (Photo: Jane Roe/Reuters)', 'caption'],
    ['(Photo: Reuters)', 'caption'],
    ['Photograph: Jane Roe/Getty Images', 'caption'],
    ['The harbour wall after the storm. Photograph: Jane Roe/AFP via Getty Images', 'caption'],
    ['Image caption, Firefighters at the scene on Monday', 'caption'],
    ['Image source, Reuters', 'caption'],
    ['© 2026 Lisburn Local Ltd. All rights reserved.', 'copyright'],
    ['Copyright 2026 The Associated Press. All rights reserved.', 'copyright'],
    ['5 min read', 'date'],
    ['Reading time: 4 minutes', 'date'],
    ['Updated 14:02 GMT', 'date'],
    ['Updated 6.40pm, Sunday 4 October', 'date'],
    ['Last updated on March 9, 2026 at 8:15 a.m. ET', 'date'],
    ['2 hours ago', 'date'],
    ['Tuesday 17 February 2026, 10.42pm', 'date'],
    ['By Niamh Doherty, Local Democracy Reporter', 'author'],
    ['By Jane Doe and John Roe, Reuters', 'author'],
    ['Posted by Sam Iredale · April 15, 2026 · 4 min read', 'author'],
    ['Posted by BlueArmy94 on 16 May 2026', 'author'],
    ['Posted on 4 October 2026 by Dr. Petra Lind, senior meteorologist', 'author'],
    ['(Reporting by Dana Whitfield; Editing by Marco Bellini)', 'credit'],
  ])('recognises “%s” as %s', (line, kind) => {
    expect(classifyDebrisLine(line)?.kind).toBe(kind);
  });

  it('reads the author from bylines, and the date from a timestamp line above the text only', () => {
    expect(
      classifyDebrisLine('Posted on 4 October 2026 by Dr. Petra Lind, senior meteorologist'),
    ).toMatchObject({
      author: 'Petra Lind',
    });
    expect(classifyDebrisLine('Posted by BlueArmy94 on 16 May 2026')).toMatchObject({
      author: 'BlueArmy94',
    });
    expect(
      classifyDebrisLine('(Reporting by Dana Whitfield; Editing by Marco Bellini)'),
    ).toMatchObject({
      author: 'Dana Whitfield',
    });
    expect(classifyDebrisLine('Tuesday 17 February 2026, 10.42pm', 'header')).toMatchObject({
      published: '2026-02-17T22:42',
    });
    expect(classifyDebrisLine('18 Feb 2026', 'header')).toMatchObject({ published: '2026-02-18' });
    expect(classifyDebrisLine('Published 14:02 GMT, 9 March 2026', 'header')).toMatchObject({
      published: '2026-03-09T14:02Z',
    });
    // Never invented: no year, an update, or a line in the body gives no date.
    expect(
      classifyDebrisLine('Updated 6.40pm, Sunday 4 October', 'header')?.published,
    ).toBeUndefined();
    expect(classifyDebrisLine('Updated 9 March 2026', 'header')?.published).toBeUndefined();
    expect(classifyDebrisLine('18 Feb 2026', 'body')?.published).toBeUndefined();
    expect(classifyDebrisLine('04/05/2026', 'header')).toEqual({ kind: 'date' });
    expect(classifyDebrisLine('31 February 2026', 'header')).toBeNull();
  });

  it.each([
    'Subscribers to the newspaper complained about the coverage, the editor said on Monday evening in a long statement.',
    'Share prices fell 3% on Monday.',
    'By Monday the talks had collapsed.',
    'Sources close to the Kremlin said nothing.',
    'Comments by the minister angered Kyiv.',
    'Putin said the talks would resume.',
    // Text that looks like furniture at a glance.
    'By Tuesday evening, 40 people had been rescued.',
    "By Jane Doe's account, the vote was close.",
    'We use cookies, the company admitted, to track users.',
    'Photo identification will be required at polling stations.',
    'Copyright law changed in 2019, the minister said.',
    'Follow the money, the auditor said.',
    'Listen to the residents, the councillor said.',
    'The footage was obtained via Reuters.',
    'Advertisement revenue fell by a fifth.',
    'Most read newspapers lost subscribers last year.',
    'Tags were attached to 40 birds.',
    'Watch out for ice on the roads, police said.',
    'The message was clear: read the rules.',
    'Updated figures showed 15 deaths.',
    'March 9 was the coldest day of the year.',
    'Sunday',
    'Open the app and tap Settings.',
    'Credit, he said, was tight.',
    'Contact tracing began on Monday.',
    'Live music returns to the square on Friday.',
    'Sign language interpreters stood beside the mayor.',
  ])('leaves article text alone: “%s”', (line) => {
    expect(classifyDebrisLine(line)).toBeNull();
    expect(classifyDebrisLine(line, 'header')).toBeNull();
  });

  it('finds furniture by its place: masthead above the headline, bare byline under it, link lists', () => {
    const kinds = (source: string) =>
      parseArticleTree(source).children.map((n) =>
        n.type === 'debris' ? `debris:${n.kind}` : n.type === 'heading' ? `h${n.depth}` : n.type,
      );
    const body = 'The council voted on Tuesday. It was close.\nA second paragraph of text.\n';
    expect(kinds(`Kelsford FM News\nFire forces hundreds from homes\n${body}`)).toEqual([
      'debris:other',
      'h1',
      'paragraph',
      'paragraph',
    ]);
    expect(kinds(`Fire forces hundreds from homes\nMarcus Webb\n18 Feb 2026\n${body}`)).toEqual([
      'h1',
      'debris:author',
      'debris:date',
      'paragraph',
      'paragraph',
    ]);
    // Further down, the same lines are the article's own.
    expect(kinds(`${body}Kelsford FM News\nMarcus Webb\n`)).toEqual([
      'paragraph',
      'paragraph',
      'h2',
      'h2',
    ]);
    // Links under "Most read" go with it when furniture or the end follows them; otherwise they
    // may be the article's headings and stay.
    const list =
      'Most read\nLisburn man, 84, finishes his first marathon\nRoad closures announced for parade\n';
    expect(kinds(`${body}${list}© 2026 Lisburn Local Ltd.\n`)).toEqual([
      'paragraph',
      'paragraph',
      'debris:related',
      'debris:copyright',
    ]);
    expect(kinds(`${body}${list}`).at(-1)).toBe('debris:related');
    expect(kinds(`${body}${list}${body}`)).toEqual([
      'paragraph',
      'paragraph',
      'debris:related',
      'h2',
      'h2',
      'paragraph',
      'paragraph',
    ]);
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
