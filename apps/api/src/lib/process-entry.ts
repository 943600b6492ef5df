import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Replaced by `true` in the bundles of scripts/build-api.mjs; undeclared when tsx runs the sources. */
declare const GUONG_SANG_COMPILED: boolean | undefined;
const compiled = typeof GUONG_SANG_COMPILED !== 'undefined' && GUONG_SANG_COMPILED;

const apiRoot = new URL('../../', import.meta.url);

export interface ProcessEntry {
  /** The file to run. */
  path: string;
  /** Node options it needs: tsx's loader for a TypeScript source, none for a bundle. */
  execArgv: string[];
}

/** apps/api/X.ts is built to apps/api/dist/X.js (scripts/build-api.mjs). */
function compiledPath(source: URL): string {
  const underApi = source.href.slice(apiRoot.href.length);
  return fileURLToPath(new URL(`dist/${underApi.replace(/\.ts$/, '.js')}`, apiRoot));
}

/**
 * How to start another process of the API (a document worker, the server from the crash test) from
 * its TypeScript source `source`: run compiled, this starts its bundle; run from sources (tests,
 * `pnpm dev`), the source with tsx's loader.
 */
export function processEntry(source: URL): ProcessEntry {
  if (!source.href.startsWith(apiRoot.href)) throw new Error(`${source.href} is not a file of apps/api`);
  if (!compiled) {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return { path: fileURLToPath(source), execArgv: ['--import', tsx] };
  }
  const path = compiledPath(source);
  if (!existsSync(path)) throw new Error(`${path} was not built: add ${source.href.slice(apiRoot.href.length)} to API_ENTRY_POINTS in scripts/build-api.mjs`);
  return { path, execArgv: [] };
}

/** How to start a worker thread: a file, or (`eval`) code that imports it. */
export interface ThreadEntry {
  filename: string;
  eval: boolean;
}

/**
 * How to start a worker thread of the API from its TypeScript source `source`: its bundle when run
 * compiled; from sources, code that first registers tsx in the thread (Node 20 runs no `--import`
 * of a thread's own, and tsx's loader registers only on the main thread), by the ESM entry tsx's
 * package declares for its API.
 */
export function threadEntry(source: URL): ThreadEntry {
  const entry = processEntry(source);
  if (compiled) return { filename: entry.path, eval: false };
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(tsxPackage, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = new URL(exports['./esm/api']!.import.default, pathToFileURL(tsxPackage)).href;
  return { filename: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`, eval: true };
}

/** Whether the module at `moduleUrl` is the process's main module, compiled or not. */
export function isMainModule(moduleUrl: string): boolean {
  const main = process.argv[1];
  if (!main) return false;
  return compiled ? compiledPath(new URL(moduleUrl)) === main : fileURLToPath(moduleUrl) === main;
}
