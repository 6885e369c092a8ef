import { expectTypeOf, describe, expect, it } from 'vitest';
import { articleLoader } from '../src/loaders/articles.ts';
import { readArticleDir } from '../src/lib/corpus/index.ts';
import { articleSchema, type Article, type ArticleMeta } from '../src/lib/model/index.ts';

const SEEDS = new URL('../content/articles/', import.meta.url).pathname;

describe('the article model', () => {
  it('is one schema: the loader validates entries with the model’s own schema', () => {
    expect((articleLoader() as { schema?: unknown }).schema).toBe(articleSchema);
  });

  it('accepts every article the pipeline produces, and rejects a malformed one', () => {
    const articles = readArticleDir(SEEDS);
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(articleSchema.parse(article)).toEqual(article);
    const broken = { ...articles[0]!, sentences: [{ id: 's-0' }] };
    expect(articleSchema.safeParse(broken).success).toBe(false);
    const sideways = { ...articles[0]!, meta: { ...articles[0]!.meta, dir: 'ttb' } };
    expect(articleSchema.safeParse(sideways).success).toBe(false);
  });

  it('types the model from the schema (checked by `npm run check`)', () => {
    expectTypeOf<ArticleMeta['published']>().toEqualTypeOf<string | null>();
    expectTypeOf<ArticleMeta['lang']>().toEqualTypeOf<string | null>();
    expectTypeOf<ArticleMeta['dir']>().toEqualTypeOf<'ltr' | 'rtl'>();
    expectTypeOf<ArticleMeta['titleOrigin']>().toEqualTypeOf<
      'front-matter' | 'text' | 'fallback'
    >();
    expectTypeOf<Article['sentences'][number]['kind']>().toEqualTypeOf<
      'title' | 'heading' | 'paragraph' | 'list-item'
    >();
    expectTypeOf<Article['debris'][number]['author']>().toEqualTypeOf<string | undefined>();
  });
});
