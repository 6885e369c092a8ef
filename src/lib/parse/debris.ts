/**
 * Page debris ("furniture"): lines copied from a web page along with the article that are not
 * part of it — cookie and consent notices, newsletter, app and social prompts, share and comment
 * rows, related and most-read links, photo captions and credits, bylines and timestamps, reading
 * times, tags, copyright lines, ads, author boxes, wire credits. The rules describe the shapes
 * such lines take on news sites in general, not the exact strings of any one site, and keep what
 * the debris says about the article (author, outlet, credit, publication date).
 *
 * A rule sees one trimmed line and where it stands: in the page's header (before the first
 * paragraph of text, where bylines and dates live) or in the body. Some shapes only count in one
 * place: a "Video: …" link is furniture in the body, but could be a live page's headline.
 */
import type { DebrisKind } from '../model/index.ts';
import { readTimestamp } from './timestamps.ts';

/** What one line tells when it is debris. */
export interface DebrisLine {
  kind: DebrisKind;
  outlet?: string;
  credit?: string;
  author?: string;
  /** The publication date (ISO 8601) a standalone timestamp line in the header gives. */
  published?: string;
  /** The line opens an author box: the lines after it (name, bio) belong to it too. */
  opensAuthorBox?: boolean;
  /** The line closes an author box ("View all posts"). */
  closesAuthorBox?: boolean;
  /** The line heads a list of links ("Most read"): headline-shaped lines after it may follow. */
  opensLinkList?: boolean;
}

/** Where a line stands: before the first paragraph of text (the header), or after it. */
export type LinePosition = 'header' | 'body';

interface Rule {
  pattern: RegExp;
  /** What the matched line tells, or null when a closer look finds it is text after all. */
  classify: (match: RegExpExecArray) => DebrisLine | null;
  /** Longest line (in words) the rule takes: longer lines are article text (default 14). */
  maxWords?: number;
  /** Only in the header, or only in the body (default: anywhere). */
  only?: LinePosition;
}

// A person's name: two to four capitalised words, initials and particles allowed (no `i` flag:
// under it \p{Lu} would match any letter).
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:de|da|di|van|von|der|den|la|le|bin|al|el)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}`;
const TITLE = String.raw`(?:(?:Dr|Prof|Professor|Sir|Dame|Rev|Mr|Mrs|Ms|Mx)\.?\s+)`;
const SEPARATOR = String.raw`\s*(?:[,|•·–—]|\s-)\s*`;
const SOCIAL =
  'facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky|mastodon|whatsapp|telegram|reddit|pinterest|messenger|flipboard';
const PHOTO_AGENCIES =
  'getty images|getty|reuters|ap|afp|epa|epa-efe|pa|pa media|pa wire|shutterstock|alamy|bloomberg|anadolu|xinhua|zuma|sipa|dpa|ansa|efe|istock';

const RULES: Rule[] = [
  // Comment prompts and comment-form leftovers.
  {
    pattern:
      /^(?:leave a (?:reply|comment)|post a comment|add a comment|cancel reply|\d+\s+comments?|comments?(?: \(\d+\))?|join the (?:discussion|conversation|debate)|show comments|view comments|see all comments|read all comments)[.!:]?$/i,
    classify: () => ({ kind: 'comments' }),
  },
  {
    pattern:
      /^you must be (?:logged|signed) in to (?:post|leave|write) a (?:comment|reply)|^(?:log|sign) in to (?:comment|reply)|^your email address will not be published/i,
    classify: () => ({ kind: 'comments' }),
    maxWords: 30,
  },
  {
    // "What do you think? Let us know in the comments below."
    pattern:
      /^(?:what do you think\?\s*)?(?:let us know|tell us|have your say|share your (?:views|thoughts)|join the debate)\b.*\b(?:comments?(?: section)?|below)[.!]?$/i,
    classify: () => ({ kind: 'comments' }),
    maxWords: 20,
  },
  // Cookie and consent notices: the site speaking of its cookies, and the banner's buttons.
  {
    pattern:
      /^(?=.*\b(?:experience|personali[sz]|analytics|advertising|improve|consent|accept|agree|policy|settings|preferences|browsing|(?:this|our) (?:web)?site)\b)(?:we|this (?:web)?site|our (?:web)?site|our partners|by (?:continuing|using|clicking)\b[^.]*?),?\s.*\bcookies\b/i,
    classify: () => ({ kind: 'consent' }),
    maxWords: 45,
  },
  {
    pattern:
      /^(?:(?:accept|reject|allow|decline|refuse|deny)(?: all| only)?(?: (?:necessary|essential|optional|non-essential))?(?: cookies)?|(?:manage|customi[sz]e|change|update|review|set|adjust)(?: (?:my|your|cookie|privacy|consent|ad))* (?:preferences|settings|cookies|choices|options|consent)|(?:cookie|privacy|consent)(?: and privacy)? (?:settings|preferences|policy|notice|choices)|i (?:agree|accept)|agree and (?:continue|close)|continue without (?:accepting|agreeing))[.!]?$/i,
    classify: () => ({ kind: 'consent' }),
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
  {
    // "Get the day's top stories delivered to your inbox every morning."
    pattern:
      /^(?:get|have|receive|sign up|subscribe|join|stay|start your day)\b.*\b(?:to|in|into|straight to) your (?:inbox|email)\b/i,
    classify: () => ({ kind: 'newsletter' }),
    maxWords: 25,
  },
  {
    pattern:
      /^(?:get|try|receive|register for|sign up for)\s+(?:our|the|a)\b.{0,40}?\b(?:newsletters?|briefings?|email updates)\b/i,
    classify: () => ({ kind: 'newsletter' }),
  },
  // App, radio and social prompts, tip lines, ads.
  {
    // "Download our app", "Get the Kelsford FM app" (not "Open the app and tap Settings.").
    pattern:
      /^(?:[Dd]ownload|[Gg]et|[Ii]nstall|[Tt]ry) (?:our|the) (?:free |new |official )?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,4}app(?:\s+(?:now|today|for free|here))?[.!]?$/u,
    classify: () => ({ kind: 'promo' }),
  },
  {
    pattern:
      /^(?:(?:listen|watch)(?: again| back| now)? live|live (?:tv|radio|stream)|(?:listen|watch)\b.{0,90}\b(?:app|dab|\d+(?:\.\d+)?\s?fm|podcast|bulletin|live ?stream|on demand))\b.*$/i,
    classify: () => ({ kind: 'promo' }),
    maxWords: 20,
  },
  {
    // "Follow us on Instagram", "Follow The Beacon on Facebook and X" (not "find him on X").
    pattern: new RegExp(
      String.raw`^(?:follow|like|find|join) (us|.{1,40}?) on (?:${SOCIAL})\b.{0,40}$`,
      'i',
    ),
    classify: (m) => (m[1] === 'us' || /^\p{Lu}/u.test(m[1]!) ? { kind: 'promo' } : null),
  },
  {
    pattern:
      /^(?:(?:got|have you got|do you have) (?:a )?(?:story|news tip|tip|tip-off|story to tell)\b|(?:email|contact|write to|message) us\b)/i,
    classify: () => ({ kind: 'promo' }),
  },
  {
    pattern:
      /^(?:advertisement|advert|ad|ads|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post|partnership)|partner content|(?:story|article) continues (?:below|after (?:the )?advertisement)(?: advertisement)?|skip (?:advert|advertisement|ad))[.:]?$/i,
    classify: () => ({ kind: 'promo' }),
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
  // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Posted by Sam Iredale ·
  // April 15, 2026 · 4 min read", "Posted on 4 October 2026 by Dr. Petra Lind, meteorologist".
  {
    pattern:
      /^(?:(?:posted|written|published|words|story|text|report|reported)\s+)?(?:on\s+(.{4,40}?)\s+)?by\s+(.+)$/i,
    classify: (m) => byline(m[1], m[2]!),
    maxWords: 20,
  },
  // Wire and agency credits: "Additional reporting by Reuters", "Sources: AP, AFP",
  // "(Reporting by Dana Whitfield; Editing by Marco Bellini)".
  {
    pattern: new RegExp(
      String.raw`^\((?:(?:additional |further )?reporting|writing|written|editing|edited|compiled|research|graphics)(?:\s+and\s+\w+)?\s+by\s+(${NAME})?[^()]{0,200}\)$`,
      'iu',
    ),
    classify: (m) =>
      m[1] && personName(m[1]) ? { kind: 'credit', author: m[1] } : { kind: 'credit' },
    maxWords: 40,
  },
  {
    pattern:
      /^(?:additional reporting by|(?:with )?(?:additional )?(?:reporting|files) (?:from|by)|reporting by|compiled by|edited by)\s*[:•·|–—-]?\s*(.{1,80}?)\.?$/i,
    classify: (m) => ({ kind: 'credit', credit: m[1]!.trim() }),
  },
  {
    pattern: /^(?:additional )?sources?\s*[:•·|–—-]\s*(.{1,80}?)\.?$/i,
    classify: (m) => ({ kind: 'credit', credit: m[1]!.trim() }),
  },
  // Photo captions and credits: "… (Photo: Jane Roe/Reuters)", "Photograph: Jane Roe/Getty
  // Images", "Image caption, …", "Image source, Reuters".
  {
    pattern:
      /[([](?:photo|photograph|picture|pic|image|credit|photo credit|image credit|video|graphic|illustration|file photo)s?\s*:\s*[^()[\]]{2,100}[)\]]\.?$/i,
    classify: () => ({ kind: 'caption' }),
    maxWords: 50,
  },
  {
    pattern:
      /^(?:(?:image|photo|picture|media|video) (?:caption|source|credit)s?\s*[:,]|(?:photo|photograph|picture|pic|image|caption|credit|photo credit|illustration)s?\s*:)\s*\S/i,
    classify: () => ({ kind: 'caption' }),
    maxWords: 50,
  },
  {
    // A credit closing a caption: "… Jane Roe/Getty Images", "… AFP via Getty Images".
    pattern: new RegExp(String.raw`(?:\/\s*(?:${PHOTO_AGENCIES})|\bvia getty images)\)?\.?$`, 'i'),
    classify: () => ({ kind: 'caption' }),
    maxWords: 50,
  },
  // Copyright lines.
  {
    pattern: /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))|\ball rights reserved\.?$/i,
    classify: () => ({ kind: 'copyright' }),
    maxWords: 30,
  },
  // Reading times: "5 min read", "Reading time: 4 minutes".
  {
    pattern:
      /^(?:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read|reading time\s*:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s?\s+reading time|listen\s*\(?\d+\s*min(?:ute)?s?\)?)$/i,
    classify: () => ({ kind: 'date' }),
  },
  // Share rows and buttons: alone on their line, or a row of them.
  {
    pattern: new RegExp(
      String.raw`^(?:(?:share|share this(?: article| story| post| page)?|share (?:on|via|to) (?:${SOCIAL}|email|e-mail)|tweet|email|e-mail|print|print this (?:article|page)|copy link|copy url|copy the link|link copied|save|save article|bookmark|gift (?:this )?article|listen to this (?:article|story)|${SOCIAL})(?:\s*[|•·,/]\s*|\s+|$))+[.:]?$`,
      'i',
    ),
    classify: () => ({ kind: 'share' }),
  },
  // Related, recommended and most-read lists, and the links in them.
  {
    pattern:
      /^(?:related(?: articles| stories| posts| content| coverage| links| reading)?|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared|watched)|(?:top|latest|more|popular) stories|trending(?: now| stories)?|you (?:may|might) (?:also )?like|read (?:more|next)|also read|more on this (?:story|topic)|editor'?s picks|popular now|don'?t miss|in other news)[.:]?$/i,
    classify: () => ({ kind: 'related', opensLinkList: true }),
  },
  {
    pattern:
      /^(?:read more|also read|related|recommended|read next|see also|more on this story|more|tags|topics|related topics|filed under|categories|category|keywords|more on)\s*:\s*.+$/i,
    classify: () => ({ kind: 'related' }),
  },
  {
    pattern: /^(?:tags|topics|related topics)$/i,
    classify: () => ({ kind: 'related' }),
  },
  {
    // Links to other media and live pages: "Video: Drone footage shows …", "Live updates: …".
    pattern:
      /^(?:video|watch|listen|audio|podcast|gallery|in pictures|pictures|photos|live|live updates|live blog|as it happened)\s*:\s*.+$/i,
    classify: () => ({ kind: 'related' }),
    only: 'body',
  },
  {
    // A link addressing the reader: "Weather warning: find out what the warnings mean for you".
    pattern:
      /^[^:]{2,40}:\s*(?:find out|learn (?:more|how|what|why)|everything you need to know|what you need to know|here'?s (?:what|how|why)|click|tap|sign up)\b/i,
    classify: () => ({ kind: 'related' }),
    maxWords: 16,
    only: 'body',
  },
];

// Line length past which no rule looks: furniture lines are short, captions the longest.
const MAX_LINE = 320;
const DEFAULT_MAX_WORDS = 14;

/**
 * Decides whether one trimmed line is page debris.
 *
 * Each rule takes lines up to a number of words: a real sentence that happens to start like a
 * prompt ("Subscribers to the newspaper complained …") is longer than the prompt it resembles.
 *
 * @param position whether the line is in the page's header (before any paragraph) or its body
 * @returns what the line tells, or null when it is article text
 */
export function classifyDebrisLine(
  line: string,
  position: LinePosition = 'body',
): DebrisLine | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_LINE) return null;
  const words = wordCount(text);
  for (const rule of RULES) {
    if (rule.only !== undefined && rule.only !== position) continue;
    if (words > (rule.maxWords ?? DEFAULT_MAX_WORDS)) continue;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const result = rule.classify(match);
    if (result) return result;
  }
  const timestamp = readTimestamp(text);
  if (timestamp) {
    // The date of publication counts only where pages print it: above the text.
    return timestamp.published !== undefined && position === 'header'
      ? { kind: 'date', published: timestamp.published }
      : { kind: 'date' };
  }
  return null;
}

/**
 * A byline's author, or null when "by …" starts a sentence ("By Monday the talks had collapsed").
 * The name is a person's (two to four capitalised words, a title such as "Dr." dropped) or, on a
 * "Posted by" line, a user name ("BlueArmy94"); what follows it must be a date, a role or an
 * outlet after a separator.
 */
function byline(dateBefore: string | undefined, rest: string): DebrisLine | null {
  if (dateBefore !== undefined && readTimestamp(dateBefore) === null) return null;
  const person = new RegExp(
    String.raw`^${TITLE}?(${NAME})(?:\s+and\s+${TITLE}?${NAME})?(?:${SEPARATOR}(.{1,80})|\s+on\s+(.{4,40}))?$`,
    'u',
  ).exec(rest.trim());
  const handle = /^([\p{L}\p{N}_.-]{3,30})(?:\s+on\s+(.{4,40}))?$/u.exec(rest.trim());
  const match =
    person ?? (dateBefore !== undefined || /\d|_/.test(handle?.[1] ?? '') ? handle : null);
  if (!match) return null;
  const dateAfter = person ? match[3] : match[2];
  if (dateAfter !== undefined && readTimestamp(dateAfter) === null) return null;
  return { kind: 'author', author: match[1]!.trim() };
}

/**
 * The author a byline without "By" names: "Marcus Webb", "Jane Doe, Political Editor". Only a
 * line right under the headline is read this way (see `tree.ts`).
 */
export function bareByline(line: string): string | null {
  const match = new RegExp(
    String.raw`^${TITLE}?(${NAME})(?:${SEPARATOR}((?:\p{L}[\p{L}'’.&-]*\s*){1,6}))?$`,
    'u',
  ).exec(line.trim());
  return match && !/\d/.test(line) ? match[1]! : null;
}

/** Whether a string is a person's name as bylines write it. */
function personName(text: string): boolean {
  return new RegExp(`^${NAME}$`, 'u').test(text.trim());
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

/**
 * A masthead or section line above the headline: "Kelsford FM News", "World News", "BBC Sport".
 * Only where it stands before any headline or text does such a line count.
 */
export function isMasthead(line: string): boolean {
  return /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*\s+){0,3}(?:News|Online|Radio|TV|Live|Today|Sport|Sports|Weather|Business|Politics|World|Opinion)$/u.test(
    line.trim(),
  );
}
