import { defineConfig } from 'vitest/config';

// `npm test`: unit, golden and store tests. The browser suite (web/e2e) and the long stress suite
// (evals/stress) have their own configs and commands.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'web/e2e/**', 'evals/stress/**', 'scratch/**', 'data/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // PGlite instances are memory-hungry and the machines have 2 cores.
    maxWorkers: 2,
  },
});
