/**
 * The Content Security Policy every page carries in a `<meta http-equiv>` (README, "Hosting").
 * Scripts and styles come only from the site itself: pages hold no inline script, no inline
 * stylesheet and no `style` attribute (stylesheets are files, `build.inlineStylesheets:
 * 'never'`), so the policy needs no hashes and no `'unsafe-inline'`. `connect-src` lets the
 * search page fetch its index; nothing is loaded from another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
