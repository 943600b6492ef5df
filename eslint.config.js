import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import ts from 'typescript-eslint';

const DATABASE_LIBRARIES = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'drizzle-kit'];
const DATABASE_RULE = { group: DATABASE_LIBRARIES, message: 'Only packages/db may use the database libraries; call its query functions.' };

/*
 * apps/api's layers (ARCHITECTURE.md): a route folder imports no other route folder, and no
 * module outside routes/ and plugins/ imports them or takes the Fastify request. A later config
 * object replaces the rule's options, so each override repeats the database rule.
 * apps/api/test/architecture.test.ts checks the same with resolved paths.
 */
const API_SRC = new URL('./apps/api/src/', import.meta.url);
const folders = (url) => readdirSync(url, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const ROUTE_FOLDERS = folders(new URL('routes/', API_SRC));
const DOMAIN_FOLDERS = folders(API_SRC).filter((name) => name !== 'routes' && name !== 'plugins');
const routeFolderRules = ROUTE_FOLDERS.map((folder) => ({
  files: [`apps/api/src/routes/${folder}/**`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [DATABASE_RULE, {
        regex: `^\\.\\./(?!\\.\\./|${folder}/)[^/]+/|(^|/)routes/`,
        message: 'A route folder imports no other route folder: move what both need into a domain module (ARCHITECTURE.md).',
      }],
    }],
  },
}));
const domainRule = {
  files: DOMAIN_FOLDERS.map((folder) => `apps/api/src/${folder}/**`),
  rules: {
    'no-restricted-imports': ['error', {
      paths: [{
        name: 'fastify', importNames: ['FastifyRequest', 'FastifyReply', 'FastifyInstance'],
        message: 'Domain modules take plain values (user id, roles), never the request: the route passes them.',
      }],
      patterns: [DATABASE_RULE, {
        regex: '(^|/)(routes|plugins)(/|$)',
        message: 'Domain modules import no route or plugin: the route calls the domain, never the other way (ARCHITECTURE.md).',
      }],
    }],
  },
};

export default ts.config(
  { ignores: ['**/node_modules/', '**/.svelte-kit/', 'apps/web/build/', 'apps/api/dist/', 'apps/api/dist.next/', 'data/', 'demo-data/', 'test-results/', 'packages/db/drizzle/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only packages/db talks SQL: everything else goes through its query functions.
      'no-restricted-imports': ['error', { patterns: [DATABASE_RULE] }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  ...routeFolderRules,
  domainRule,
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
