import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/articles.ts';
import { ARTICLES_DIR } from './paths.ts';

export const collections = {
  articles: defineCollection({ loader: articleLoader({ base: ARTICLES_DIR }) }),
};
