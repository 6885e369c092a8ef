import { defineCollection } from 'astro:content';
// PARALLAX_ARTICLES points a build at another folder of articles (the hostile-input tests use it).
import { articleLoader } from './loaders/articles.ts';

export const collections = {
  articles: defineCollection({
    loader: articleLoader({ base: process.env.PARALLAX_ARTICLES ?? 'content/articles' }),
  }),
};
