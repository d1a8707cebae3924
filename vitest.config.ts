import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser suites share one Chromium and one static server per file; files run one at a time
    // so that two Chromiums do not fight over two cores.
    fileParallelism: false,
  },
});
