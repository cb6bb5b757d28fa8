import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:stress`: kill -9 recovery, concurrent ingest and queries, load on loopback, large
// documents. Files run one at a time (they measure the machine); each bounds its own time, and the
// whole suite is planned for ~20 minutes on 2 cores.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../', import.meta.url)),
    include: ['evals/stress/**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['verbose'],
  },
});
