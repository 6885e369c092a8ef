import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of the pipeline, and end-to-end tests that drive a real
// Chromium against the built site in dist/ (`npm test` builds it first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser at a time: machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
