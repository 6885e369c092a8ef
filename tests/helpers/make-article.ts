import type { Article, Sentence } from '../../src/lib/model/types.ts';

/**
 * Builds an `Article` from sentence strings: one paragraph per sentence, joined by newlines, so
 * offsets index the returned `source`. Strings starting with `# ` become headings (marker
 * stripped from the text).
 */
export function makeArticle(
  id: string,
  sentences: readonly string[],
): Article & { source: string } {
  let source = '';
  const out: Sentence[] = [];
  sentences.forEach((raw, index) => {
    const heading = raw.startsWith('# ');
    const text = heading ? raw.slice(2) : raw;
    if (source) source += '\n';
    const start = source.length;
    source += text;
    out.push({
      id: `s-${index}`,
      index,
      text,
      start,
      end: start + text.length,
      block: index,
      kind: heading ? 'heading' : 'paragraph',
    });
  });
  return {
    id,
    file: `content/articles/${id}.txt`,
    meta: {
      title: id,
      titleOrigin: 'fallback',
      outlet: null,
      outletOrigin: null,
      url: null,
      author: null,
      authorOrigin: null,
      published: null,
      publishedOrigin: null,
      credit: null,
      lang: null,
      dir: 'ltr',
    },
    blocks: out.map((s) => ({
      kind: s.kind,
      start: s.start,
      end: s.end,
      text: s.text,
      sentences: [s.index],
    })),
    sentences: out,
    debris: [],
    wordCount: source.split(/\s+/).filter(Boolean).length,
    source,
  };
}
