import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'db', root: 'packages/db', include: ['src/**/*.test.ts'] } },
      // Property tests against brute force are CPU-bound: a busy machine must not fail them on time.
      { test: { name: 'scoring', root: 'packages/scoring', include: ['src/**/*.test.ts'], passWithNoTests: true, testTimeout: 60_000 } },
      { test: { name: 'text', root: 'packages/text', include: ['src/**/*.test.ts'] } },
      { test: { name: 'api', root: 'apps/api', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        // Inline rather than apps/web's own vite config: the sveltekit() plugin as a project
        // makes Vitest collect every test in the repository twice.
        resolve: { alias: { $lib: new URL('./apps/web/src/lib', import.meta.url).pathname } },
        test: { name: 'web', root: 'apps/web', include: ['src/**/*.test.ts'], passWithNoTests: true },
      },
      {
        test: {
          name: 'e2e',
          root: 'e2e',
          include: ['**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One server and one browser for the whole suite.
          fileParallelism: false,
        },
      },
    ],
  },
});
