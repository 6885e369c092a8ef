import { defineConfig } from 'astro/config';

// `site` makes canonical URLs and Open Graph tags absolute; set PARALLAX_SITE per deployment.
// PARALLAX_OUT_DIR and PARALLAX_CACHE_DIR let tests build other corpora beside the main site.
export default defineConfig({
  site: process.env.PARALLAX_SITE ?? 'https://parallax.example.org',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops a line break next to an inline tag, gluing words together
  // ("Data:claims.json"); `true` collapses whitespace without losing it.
  compressHTML: true,
  build: { format: 'directory' },
  ...(process.env.PARALLAX_OUT_DIR ? { outDir: process.env.PARALLAX_OUT_DIR } : {}),
  ...(process.env.PARALLAX_CACHE_DIR ? { cacheDir: process.env.PARALLAX_CACHE_DIR } : {}),
});
