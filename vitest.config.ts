import { defineConfig } from 'vitest/config';

// Three projects: `unit` tests the pipeline and needs no build (`npm run test:unit`); `site`
// checks the built site in dist/ (budgets, the data export); `e2e` drives a real Chromium
// against it. `npm test` builds the site once, then runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/site/**'],
          // Time limits only catch hangs: a busy machine must not fail a correct test.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 300_000,
          // Hooks measure the whole build (budgets read every page): an archive's thousands of
          // pages take longer than vitest's default 10 s on a busy machine.
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // One browser at a time: machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
