/**
 * HTML pasted where text belongs: a page saved as HTML ("Save page as…" with the wrong format) or
 * its source copied instead of its text. Parallax reads such a file as text like any other (its
 * markup stays literal and inert), but the result is tag soup, so the build warns, naming the
 * file, and no tag soup line becomes the title.
 */

import { ArticleWarning, reasons } from '../model/index.ts';

// Elements a web page is made of. A line opening with one of these is markup, not prose that
// mentions a tag ("Markup in article text must stay text <script>…" opens with words).
const ELEMENTS =
  'html|head|body|title|meta|link|script|style|noscript|div|span|p|a|b|i|em|strong|br|hr|img|' +
  'picture|source|figure|figcaption|h[1-6]|header|footer|nav|main|article|section|aside|ul|ol|' +
  'li|dl|dt|dd|table|thead|tbody|tr|td|th|form|input|button|label|select|option|iframe|svg|' +
  'path|blockquote|time|small|sup|sub|template';
const TAG = new RegExp(
  `<\\/?(?:${ELEMENTS})(?=[\\s/>])[^<>]*>|<!--[^]*?-->|<!doctype[^<>]*>`,
  'gi',
);
const OPENS_WITH_TAG = new RegExp(`^(?:${TAG.source})`, 'i');
const DOCUMENT_START = /^\s*(?:<!doctype\s+html|<html[\s>])/i;
// At least this many markup lines, making up at least this share of the non-blank lines.
const MIN_MARKUP_LINES = 3;
const MARKUP_SHARE = 0.5;

/**
 * Whether one line is markup rather than text: it opens with an HTML tag, or tags make up at
 * least half of its visible characters.
 */
export function isTagSoup(line: string): boolean {
  const text = line.trim();
  if (OPENS_WITH_TAG.test(text)) return true;
  const visible = text.replace(/\s+/g, '').length;
  const tags = (text.match(TAG) ?? []).reduce(
    (sum, tag) => sum + tag.replace(/\s+/g, '').length,
    0,
  );
  return visible > 0 && tags * 2 >= visible;
}

/** A line with its HTML tags and comments removed: "<h1>Tram line <b>approved</b></h1>" → "Tram line approved". */
export function stripTags(line: string): string {
  return line.replace(TAG, ' ');
}

/**
 * What the build should warn about in an article file's text: today, HTML where text belongs.
 *
 * @param text the decoded file
 * @param file the file's path, named in the warnings
 */
export function inspectArticleText(text: string, file: string): ArticleWarning[] {
  return looksLikeHtml(text) ? [new ArticleWarning(file, reasons.looksLikeHtml())] : [];
}

/**
 * Whether an article file's text is HTML rather than text: it opens as an HTML document, or most
 * of its lines are markup.
 *
 * @param text the decoded file (front matter, if any, is ignored: it never opens with a tag)
 */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  let lines = 0;
  let markup = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    lines++;
    if (isTagSoup(line)) markup++;
  }
  return markup >= MIN_MARKUP_LINES && markup >= MARKUP_SHARE * lines;
}
