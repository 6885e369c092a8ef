import { defineConfig } from 'astro/config';

// `site` makes canonical URLs and Open Graph tags absolute; set PARALLAX_SITE per deployment.
// PARALLAX_OUT_DIR and PARALLAX_CACHE_DIR let tests build other corpora beside the main site.
export default defineConfig({
  site: process.env.PARALLAX_SITE ?? 'https://parallax.example.org',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops a line break next to an inline tag, gluing words together
  // ("Data:claims.json"); `true` collapses whitespace without losing it.
  compressHTML: true,
  build: {
    format: 'directory',
    // Stylesheets as files, never inlined: pages then carry no inline style at all, so the
    // static Content Security Policy of `src/layouts/Base.astro` allows styles from this origin
    // only, with no hashes to compute per page (Astro's `security.csp` hashed every page's
    // styles anew: about a tenth of the build time of a 500-article site).
    inlineStylesheets: 'never',
    // Pages render while earlier ones are written: file writes no longer stall the build.
    concurrency: 4,
  },
  // Articles are plain text, never code blocks: no highlighter (Shiki's inline styles would also
  // clash with the pages' security policy, which allows no inline style).
  markdown: { syntaxHighlight: false },
  ...(process.env.PARALLAX_OUT_DIR ? { outDir: process.env.PARALLAX_OUT_DIR } : {}),
  ...(process.env.PARALLAX_CACHE_DIR ? { cacheDir: process.env.PARALLAX_CACHE_DIR } : {}),
});
