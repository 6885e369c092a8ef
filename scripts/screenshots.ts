/**
 * Screenshots of the built site in headless Chromium, for the README and for looking at changes:
 * `npm run build && npm run screenshots [-- PATH …]`. Writes PNGs to scripts/screenshots/, one
 * per page, width (1280, 375) and colour scheme (light, dark).
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, startSite } from '../tests/e2e/server.ts';

const OUT = new URL('./screenshots/', import.meta.url).pathname;
const DEFAULT_PATHS = ['/', '/articles/001_c369b15ec922ea33/'];
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PATHS;
const views = [
  { width: 1280, height: 900, colorScheme: 'light' },
  { width: 1280, height: 900, colorScheme: 'dark' },
  { width: 375, height: 812, colorScheme: 'light' },
  { width: 375, height: 812, colorScheme: 'dark' },
] as const;

mkdirSync(OUT, { recursive: true });
const site = await startSite();
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const { width, height, colorScheme } of views) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      await page.goto(site.url + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: OUT + name });
      console.log(OUT + name);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
