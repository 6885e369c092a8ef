import { defineConfig } from 'astro/config';

// `site` makes canonical URLs and Open Graph tags absolute; override it per deployment.
export default defineConfig({
  site: process.env.PARALLAX_SITE ?? 'https://parallax.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
