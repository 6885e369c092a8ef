/**
 * The article model: one decoded article file turned into metadata, blocks, sentences and
 * debris, by the pipeline steps decode → front matter → parse → sentences.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { countWords, displayText, guessScript, languageDirection, shorten } from '../text/index.ts';
import { isTagSoup, readFrontMatter, stripTags } from '../input/index.ts';
import { parseArticleTree } from './tree.ts';
import { splitSentences } from './sentences.ts';
import type {
  Article,
  ArticleMeta,
  Block,
  BlockKind,
  Debris,
  Sentence,
  TextRange,
} from '../model/index.ts';

export interface ArticleInput {
  /** The article id: the file name without extension. */
  id: string;
  /** The file's path relative to the project root, for messages and the data export. */
  file: string;
  /** The decoded source text (see `decodeArticle`). */
  source: string;
}

const MAX_DERIVED_TITLE = 90;

/**
 * Builds the article model from a decoded file.
 *
 * @throws ArticleError for malformed front matter, or when the file holds no article text once
 *   debris is removed
 */
export function parseArticle({ id, file, source }: ArticleInput): Article {
  const { data: frontMatter, bodyStart } = readFrontMatter(source, file);
  const tree = parseArticleTree(source, bodyStart);
  const { blocks, sentences, debris } = collectBlocks(tree, source);

  const headline = blocks.find((block) => block.kind === 'title');
  // The letters of the article text (not of debris, which is often the site's own language).
  const script = guessScript(blocks.map((block) => block.text).join('\n'));
  const derived = derivedTitle(sentences);
  // Metadata read from debris lines is shown on pages: cleaned like any displayed text.
  const fromDebris = <K extends 'author' | 'outlet' | 'credit' | 'published'>(
    key: K,
  ): string | undefined => {
    const value = debris.find((item) => item[key] !== undefined)?.[key];
    return value === undefined ? undefined : displayText(value) || undefined;
  };

  let title: string;
  let titleOrigin: ArticleMeta['titleOrigin'];
  if (frontMatter.title) {
    [title, titleOrigin] = [frontMatter.title, 'front-matter'];
  } else if (headline) {
    [title, titleOrigin] = [displayText(headline.text), 'text'];
  } else if (derived) {
    [title, titleOrigin] = [shorten(derived, MAX_DERIVED_TITLE), 'text'];
  } else {
    [title, titleOrigin] = [`Article ${id}`, 'fallback'];
  }

  const outlet = frontMatter.outlet ?? fromDebris('outlet') ?? null;
  const author = frontMatter.author ?? fromDebris('author') ?? null;
  const published = frontMatter.published ?? fromDebris('published') ?? null;
  const meta: ArticleMeta = {
    title,
    titleOrigin,
    outlet,
    outletOrigin: frontMatter.outlet ? 'front-matter' : outlet ? 'text' : null,
    url: frontMatter.url ?? null,
    author,
    authorOrigin: frontMatter.author ? 'front-matter' : author ? 'text' : null,
    published,
    publishedOrigin: frontMatter.published ? 'front-matter' : published ? 'text' : null,
    credit: fromDebris('credit') ?? null,
    lang: frontMatter.lang ?? script.lang,
    dir: script.dir ?? (frontMatter.lang ? languageDirection(frontMatter.lang) : 'ltr'),
  };

  const wordCount = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  return { id, file, meta, blocks, sentences, debris, wordCount };
}

/**
 * A title cut from the first body sentence that reads as text. A line of HTML (text pasted as its
 * page source) gives its words without the tags, or nothing when it is only tags: `<html>` or
 * `<div class="x">` is never a title.
 */
function derivedTitle(sentences: readonly Sentence[]): string | undefined {
  for (const sentence of sentences) {
    if (sentence.kind !== 'paragraph' && sentence.kind !== 'list-item') continue;
    const text = displayText(isTagSoup(sentence.text) ? stripTags(sentence.text) : sentence.text);
    if (countWords(text) > 0) return text;
  }
  return undefined;
}

function collectBlocks(tree: Root, source: string) {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const debris: Debris[] = [];

  const addBlock = (kind: BlockKind, start: number, end: number): void => {
    const text = source.slice(start, end);
    const ranges =
      kind === 'paragraph' || kind === 'list-item'
        ? splitSentences(text)
        : [{ start: 0, end: text.length }];
    const block: Block = { kind, start, end, text, sentences: [] };
    for (const range of ranges) {
      const index = sentences.length;
      sentences.push({
        id: `s-${index}`,
        index,
        start: start + range.start,
        end: start + range.end,
        text: text.slice(range.start, range.end),
        block: blocks.length,
        kind,
      });
      block.sentences.push(index);
    }
    blocks.push(block);
  };

  for (const node of tree.children) {
    const { start, end } = offsets(node);
    if (node.type === 'debris') {
      const { type: _type, position: _position, ...fields } = node;
      debris.push({ ...fields, start, end });
    } else if (node.type === 'heading') {
      addBlock(node.depth === 1 ? 'title' : 'heading', start, end);
    } else if (node.type === 'paragraph') {
      addBlock('paragraph', start, end);
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const paragraph = item.children[0];
        if (paragraph) addBlock('list-item', offsets(paragraph).start, offsets(paragraph).end);
      }
    }
  }
  return { blocks, sentences, debris };
}

function offsets(node: Node): TextRange {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined)
    throw new Error('parser produced an unpositioned node');
  return { start, end };
}
