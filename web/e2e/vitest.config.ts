/** @module web/e2e/vitest.config — the browser suite: one real server for all files, Chromium driven by playwright-core. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['web/e2e/**/*.e2e.test.ts'],
    globalSetup: ['web/e2e/global-setup.ts'],
    // The files share one server and its store: run them one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
