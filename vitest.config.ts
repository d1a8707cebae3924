import { defineConfig } from 'vitest/config';

/**
 * Tests in layers, each a Vitest project (`npx vitest --project unit`):
 * - unit: pure functions, schemas, the registry, fixture content; no build, parallel, seconds;
 * - content: the real content/ read from disk with the editors' validator; no build;
 * - build: `astro build` on fixture content (the build rejects what the editors' check rejects);
 * - site: the built dist/ (run `npm run build` first; `npm test` does);
 * - browser: the built site served and driven in Debian's Chromium, one file at a time and after
 *   the other projects, so that two Chromiums, or a JVM, do not fight over two cores.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      // Last and alone: timings (the search budget) and two Chromiums must not compete with the other projects.
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
