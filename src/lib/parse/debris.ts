/**
 * Page debris: lines copied from a web page along with the article that are not part of it
 * (comment prompts, newsletter boxes, author boxes, share buttons, wire credits). The rules
 * describe the shapes such lines take on news sites in general, not the exact strings of any one
 * site, and keep what the debris says about the article (author, outlet, credit).
 */
import type { DebrisKind } from '../model/index.ts';

/** What one line tells when it is debris. */
export interface DebrisLine {
  kind: DebrisKind;
  outlet?: string;
  credit?: string;
  author?: string;
  /** The line opens an author box: the lines after it (name, bio) belong to it too. */
  opensAuthorBox?: boolean;
  /** The line closes an author box ("View all posts"). */
  closesAuthorBox?: boolean;
}

interface Rule {
  pattern: RegExp;
  classify: (match: RegExpExecArray) => DebrisLine;
}

const RULES: Rule[] = [
  // Comment prompts and comment-form leftovers.
  {
    pattern:
      /^(?:leave a (?:reply|comment)|post a comment|add a comment|cancel reply|\d+\s+comments?|comments?(?: \(\d+\))?|join the (?:discussion|conversation)|show comments|view comments)[.!:]?$/i,
    classify: () => ({ kind: 'comments' }),
  },
  {
    pattern:
      /^you must be (?:logged|signed) in to (?:post|leave|write) a (?:comment|reply)|^(?:log|sign) in to (?:comment|reply)|^your email address will not be published/i,
    classify: () => ({ kind: 'comments' }),
  },
  // Newsletter and subscription boxes; "Discover more from OUTLET" names the outlet.
  {
    pattern: /^(?:discover|get) more (?:from|of) (.{2,120}?)\.?$/i,
    classify: (m) => ({ kind: 'newsletter', outlet: outletName(m[1]!) }),
  },
  {
    pattern:
      /^(?:subscribe|sign up|join (?:our|the) (?:newsletter|mailing list)|type your email|enter your email|continue reading|get the latest (?:news|posts|updates))\b.*$/i,
    classify: () => ({ kind: 'newsletter' }),
  },
  // Author boxes: a heading line, then name and bio, closed by a link to the author's posts.
  {
    pattern: /^(?:author|about the author|about the writer|written by|posted by)[.:]?$/i,
    classify: () => ({ kind: 'author', opensAuthorBox: true }),
  },
  {
    pattern: /^(?:view|see|read) (?:all|more) (?:posts|articles|stories)(?: by (.+?))?[.›»→]*$/i,
    classify: (m) => ({
      kind: 'author',
      closesAuthorBox: true,
      ...(m[1] ? { author: m[1].trim() } : {}),
    }),
  },
  // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
  {
    pattern:
      /^by\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s*){2,4})?(?:\s*[,|•–—]\s*(.{1,60}))?$/iu,
    classify: (m) => ({ kind: 'author', author: m[1]!.trim() }),
  },
  // Wire and agency credits: "Additional reporting by Reuters", "Sources: AP, AFP".
  {
    pattern:
      /^(?:additional reporting by|(?:with )?(?:additional )?(?:reporting|files) (?:from|by)|reporting by|compiled by|edited by)\s*[:•·|–—-]?\s*(.{1,80}?)\.?$/i,
    classify: (m) => ({ kind: 'credit', credit: m[1]!.trim() }),
  },
  {
    pattern: /^(?:additional )?sources?\s*[:•·|–—-]\s*(.{1,80}?)\.?$/i,
    classify: (m) => ({ kind: 'credit', credit: m[1]!.trim() }),
  },
  // Share buttons, ads and reading prompts: alone on their line, or a prompt and a colon.
  {
    pattern:
      /^(?:share(?: this(?: article| story| post)?)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|email))?|tweet|print|email|advertisement|sponsored(?: content)?|related(?: articles| stories| posts)?|recommended(?: for you)?|most read)[.:]?$/i,
    classify: () => ({ kind: 'share' }),
  },
  {
    pattern:
      /^(?:read more|also read|related|recommended|tags|filed under|more on this story)\s*:\s*.+$/i,
    classify: () => ({ kind: 'share' }),
  },
];

/**
 * Decides whether one trimmed line is page debris.
 *
 * Lines ending in sentence punctuation are only debris when a rule expects punctuation (comment
 * prompts): a real sentence that happens to start with "Subscribe" stays article text unless it
 * is short.
 *
 * @returns what the line tells, or null when it is article text
 */
export function classifyDebrisLine(line: string): DebrisLine | null {
  const text = line.trim();
  if (text === '' || text.length > 160) return null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const result = rule.classify(match);
    // Long lines are only debris for the comment-form rules; elsewhere they are real sentences.
    if (result.kind !== 'comments' && wordCount(text) > 14) return null;
    return result;
  }
  return null;
}

/** Strips a trailing site description ("Defence Talks | Defense News Hub, …") from an outlet. */
function outletName(raw: string): string {
  return raw.split(/\s+[|–—:]\s+/)[0]!.trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A person's name as it appears on a line of an author box: "• Richard Parks" → "Richard Parks". */
export function nameFromLine(line: string): string | null {
  const text = line
    .trim()
    .replace(/^[-–—•·*]\s*/, '')
    .replace(/^by\s+/i, '');
  // Two to four capitalised words, each possibly with an initial or apostrophe.
  return /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(text) ? text : null;
}

/**
 * The outlet an author bio names: "… is a reporter at New York Mirror, known for …" → "New York
 * Mirror". Only a capitalised name right after a newsroom role counts.
 */
export function outletFromBio(bio: string): string | null {
  const match =
    /\b(?:reporter|journalist|writer|editor|correspondent|contributor|columnist|staff writer)\s+(?:at|for|with)\s+((?:\p{Lu}[\p{L}&'’.-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'’.-]*){0,5})/u.exec(
      bio,
    );
  return match ? match[1]!.replace(/[.]$/, '') : null;
}
