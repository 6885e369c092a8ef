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
  // Articles are plain text, never code blocks: no highlighter (Shiki's inline styles would also
  // clash with the security policy below, and Astro warns about it on every build).
  markdown: { syntaxHighlight: false },
  // Content Security Policy as a <meta> on every page: Astro adds hashes of its own inline
  // scripts and styles, so no 'unsafe-inline'; everything else only from this origin. Hosts
  // should also send it as a header (README, "Hosting"), which can add frame-ancestors.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  ...(process.env.PARALLAX_OUT_DIR ? { outDir: process.env.PARALLAX_OUT_DIR } : {}),
  ...(process.env.PARALLAX_CACHE_DIR ? { cacheDir: process.env.PARALLAX_CACHE_DIR } : {}),
});
