import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Timeouts are for a hung test, not a slow one: on a shared 2-core machine, with the other
    // suites running beside it, a test can take 15 times as long as alone (auth.test.ts's first
    // registration: 1.2 s alone, 17 s in the full run).
    projects: [
      { test: { name: 'db', root: 'packages/db', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'scoring', root: 'packages/scoring', include: ['src/**/*.test.ts'], passWithNoTests: true, testTimeout: 120_000 } },
      { test: { name: 'text', root: 'packages/text', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'api', root: 'apps/api', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 240_000 } },
      {
        // Inline rather than apps/web's own vite config: the sveltekit() plugin as a project
        // makes Vitest collect every test in the repository twice.
        resolve: { alias: { $lib: new URL('./apps/web/src/lib', import.meta.url).pathname } },
        test: { name: 'web', root: 'apps/web', include: ['src/**/*.test.ts'], passWithNoTests: true, testTimeout: 60_000 },
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
