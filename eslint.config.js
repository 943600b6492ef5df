import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const DATABASE_LIBRARIES = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'drizzle-kit'];

export default ts.config(
  { ignores: ['**/node_modules/', '**/.svelte-kit/', 'apps/web/build/', 'data/', 'demo-data/', 'test-results/', 'packages/db/drizzle/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only packages/db talks SQL: everything else goes through its query functions.
      'no-restricted-imports': ['error', {
        patterns: [{ group: DATABASE_LIBRARIES, message: 'Only packages/db may use the database libraries; call its query functions.' }],
      }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['packages/db/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // packages/scoring is pure: it imports nothing of ours.
    files: ['packages/scoring/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@guong-sang/*', ...DATABASE_LIBRARIES], message: 'packages/scoring is pure and imports nothing of ours.' }] }],
    },
  },
  {
    // packages/text is pure too: the API, the database queries and the web all share its rules.
    files: ['packages/text/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@guong-sang/*', ...DATABASE_LIBRARIES], message: 'packages/text is pure and imports nothing of ours.' }] }],
    },
  },
);
