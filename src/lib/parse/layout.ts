/**
 * The layout of a whole web page copied as text ("select all, copy", or "save page as text"):
 * where the article's body lies among the site's menus, link lists and footers, and which line
 * above it is the headline. Line rules (`debris.ts`) know the shapes of single lines; a menu
 * item ("World", "Sign in") or a related headline looks like article text on its own, and only
 * the page around it gives it away.
 *
 * The body is the run of lines that holds the most prose against the fewest other lines: each
 * prose line weighs its words, each other line a fixed penalty, and the heaviest contiguous run
 * wins (the body-text extraction idea of Finn, Kushmerick and Smyth, 2001, applied to lines).
 * Only a page with many other lines outside that run counts as a whole page; a pasted article
 * with a headline and a byline is left to the line rules.
 */
import { tokenize } from '../text/index.ts';

/** One line as the layout sees it. */
export interface LayoutLine {
  text: string;
  /** A line rule already took it as furniture: it weighs nothing either way. */
  debris: boolean;
  /** A bulleted list item. */
  bullet: boolean;
}

/** What the layout says of a page's lines; empty when the text is not a whole page. */
export interface PageLayout {
  /** Indexes of the lines that are the site's, not the article's. */
  furniture: Set<number>;
  /** Index of the headline, or null when the layout cannot tell it. */
  headline: number | null;
}

/** Weight of a line that is not prose, in words of prose. */
const OTHER_LINE_PENALTY = 8;
/** Other lines outside the body that make a text a whole page rather than a pasted article. */
const WHOLE_PAGE_LINES = 5;
/** How far above the body the headline may stand, in lines that are not rule furniture. */
const HEADLINE_REACH = 15;
const MAX_HEADLINE_WORDS = 45;
/** Share of a headline's content words the body must repeat. */
const HEADLINE_OVERLAP = 0.3;
/** A line between headline and body this long is a standfirst, shorter ones are furniture. */
const STANDFIRST_WORDS = 8;
/** Inside the body, this many short lines in a row are a menu or a tag list. */
const MENU_RUN = 3;
const MENU_WORDS = 3;

const SENTENCE_END = /[.!?…؟۔](?:["”’'»)\]]*)$/u;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A line that reads as running text: a sentence of three words or more, or a long line. */
export function isProseLine(text: string): boolean {
  const count = words(text);
  return count >= 20 || (count >= 3 && SENTENCE_END.test(text));
}

const isCounter = (text: string): boolean => /^[#№]?\d{1,4}[.)]?$/u.test(text);

/**
 * Finds the body, the headline and the furniture of a whole page. For text that is not a whole
 * page (few lines outside its body), says nothing.
 */
export function findPageLayout(lines: readonly LayoutLine[]): PageLayout {
  const none: PageLayout = { furniture: new Set(), headline: null };
  const weight = lines.map((line) => {
    if (line.debris) return 0;
    const count = words(line.text);
    if (isProseLine(line.text) || (line.bullet && count >= 4)) return count;
    return -OTHER_LINE_PENALTY;
  });
  const body = heaviestRun(weight);
  if (body === null) return none;
  const [first, last] = body;
  const outside = lines.filter(
    (line, i) => (i < first || i > last) && !line.debris && !isProseLine(line.text),
  ).length;
  if (outside < WHOLE_PAGE_LINES) return none;

  const furniture = new Set<number>();
  const bodyText = lines
    .slice(first, last + 1)
    .filter((line) => !line.debris)
    .map((line) => line.text)
    .join(' ');
  const headline = findHeadline(lines, first, bodyText);
  for (let i = 0; i < first; i++) {
    if (lines[i]!.debris || i === headline) continue;
    // Under the headline, a standfirst or subtitle is the article's; bylines, dates, section
    // labels and share rows are short.
    const standfirst =
      headline !== null &&
      i > headline &&
      (isProseLine(lines[i]!.text) || words(lines[i]!.text) >= STANDFIRST_WORDS);
    if (!standfirst) furniture.add(i);
  }
  for (let i = last + 1; i < lines.length; i++) if (!lines[i]!.debris) furniture.add(i);
  for (let i = first; i <= last; i++) {
    if (!lines[i]!.debris && isCounter(lines[i]!.text)) furniture.add(i);
  }
  for (const i of menuRuns(lines, first, last)) furniture.add(i);
  return { furniture, headline };
}

/** The contiguous run of lines with the greatest total weight, or null when none weighs > 0. */
function heaviestRun(weight: readonly number[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  weight.forEach((w, i) => {
    if (sum <= 0) [sum, start] = [0, i];
    sum += w;
    if (sum > bestSum) [bestSum, best] = [sum, [start, i]];
  });
  return best;
}

/**
 * The headline: of the lines shortly above the body that share at least two content words with
 * it (and `HEADLINE_OVERLAP` of their own), the first one sharing at least half as many as the
 * best. A masthead the body names once ("Thanks for reading The Desk!") shares two words; a
 * headline shares most of what it says, and stands above the standfirst and the photo caption
 * that may share as much.
 */
function findHeadline(
  lines: readonly LayoutLine[],
  first: number,
  bodyText: string,
): number | null {
  const inBody = new Set(contentStems(bodyText));
  const candidates: Array<{ index: number; shared: number }> = [];
  let reach = 0;
  for (let i = first - 1; i >= 0 && reach < HEADLINE_REACH; i--) {
    const line = lines[i]!;
    if (line.debris) continue;
    reach++;
    const count = words(line.text);
    if (count < 3 || count > MAX_HEADLINE_WORDS) continue;
    const stems = [...new Set(contentStems(line.text))];
    const shared = stems.filter((stem) => inBody.has(stem)).length;
    if (shared >= 2 && shared / stems.length >= HEADLINE_OVERLAP) {
      candidates.push({ index: i, shared });
    }
  }
  const best = Math.max(0, ...candidates.map((candidate) => candidate.shared));
  const strong = candidates.filter((candidate) => candidate.shared >= best / 2);
  if (strong.length > 0) return Math.min(...strong.map((candidate) => candidate.index));
  // A headline of two sentences, or a long one, reads as prose and opens the body itself.
  const opening = lines[first]!.text;
  return first < lines.length - 1 && words(opening) <= MAX_HEADLINE_WORDS && isHeadlineCase(opening)
    ? first
    : null;
}

/**
 * True when a line is written as headlines are: most of its longer words capitalised ("An Ohio
 * Town Shut Its Wells."), or a word in capitals for emphasis ("at ELEVEN times the limit").
 */
function isHeadlineCase(text: string): boolean {
  const long = text.split(/\s+/).filter((word) => /^\P{L}*\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  const shouted = long.some((word) => /^\P{L}*\p{Lu}{4,}\P{L}*$/u.test(word));
  return long.length > 0 && (capitalised / long.length >= 0.6 || shouted);
}

function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.stop && token.number === null)
    .map((token) => token.stem);
}

/** Runs of `MENU_RUN` or more short lines that are not prose, inside the body. */
function menuRuns(lines: readonly LayoutLine[], first: number, last: number): number[] {
  const found: number[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= MENU_RUN) found.push(...run);
    run = [];
  };
  for (let i = first; i <= last; i++) {
    const text = lines[i]!.text;
    if (lines[i]!.debris) continue;
    if (!isProseLine(text) && words(text) <= MENU_WORDS) run.push(i);
    else close();
  }
  close();
  return found;
}
