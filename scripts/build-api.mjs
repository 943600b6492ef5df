// Compiles the API's processes to JavaScript (apps/api/dist, one bundle per entry point) when the
// build is missing or older than its sources, so `pnpm start` runs no TypeScript loader. Tests and
// `pnpm dev` keep running the TypeScript sources through tsx.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const api = join(root, 'apps/api');
export const API_DIST = join(api, 'dist');
const stamp = join(API_DIST, '.built');

/**
 * Every process the API starts, as paths under apps/api: `X.ts` compiles to `dist/X.js`.
 * A new process (a worker, a CLI) is one more line here; apps/api/src/lib/process-entry.ts finds
 * its compiled file by that rule.
 */
export const API_ENTRY_POINTS = [
  'src/server.ts',
  'src/demo-server.ts',
  'src/files/document-worker.ts',
  'src/round-thread/round-thread-entry.ts',
  'src/operations/backup-cli.ts',
  'src/operations/restore-cli.ts',
  'test/crash-harness.ts',
];

/** What a build depends on: our TypeScript (workspace packages included), this script, the installed versions. */
const SOURCES = [
  'apps/api/src', 'apps/api/test', 'apps/api/package.json',
  'packages/db/src', 'packages/db/package.json', 'packages/scoring/src', 'packages/text/src',
  'scripts/build-api.mjs', 'pnpm-lock.yaml', 'tsconfig.base.json',
].map((path) => join(root, path));

function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

const relativeImport = (from, to) => {
  const path = relative(from, to);
  return path.startsWith('.') ? path : `./${path}`;
};

/**
 * Bundles our sources (workspace packages are TypeScript, so they are bundled too) and leaves every
 * npm package external, imported by the path Node would resolve it to: native addons, files read
 * beside a package's own code (pdfkit's fonts) and the packages' single instances stay as installed.
 * In each bundled module `import.meta.url` stays the URL of its TypeScript source, so files found
 * relative to it (drizzle's migrations, the web build) resolve the same, compiled or not.
 */
function ourSourcesOnly(outDir) {
  return {
    name: 'our-sources-only',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.path.startsWith('@guong-sang/') || args.pluginData === 'resolving') return undefined;
        const resolved = await esbuild.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (resolved.external) return { path: args.path, external: true };
        return { path: relativeImport(outDir, resolved.path), external: true };
      });
      esbuild.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (/\bimport\.meta\.(dirname|filename)\b|\b__dirname\b|\b__filename\b/.test(source)) {
          return { errors: [{ text: `${relative(root, args.path)}: use import.meta.url (the bundle keeps it pointing at the source)` }] };
        }
        const sourceUrl = `new URL(${JSON.stringify(relativeImport(outDir, args.path))}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', sourceUrl), loader: 'ts' };
      });
    },
  };
}

/**
 * One process's entry point (a TypeScript file anywhere in the repo) as one JavaScript bundle at
 * `outfile`. The benchmarks compile their servers through this too, to measure what `pnpm start` runs.
 */
export function bundleEntryPoint(entryPath, outfile) {
  return build({
    entryPoints: [entryPath],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As Node resolves: `main` for packages without `exports`, no bundler-only `module` condition.
    mainFields: ['main'],
    conditions: ['node'],
    // Read by apps/api/src/lib/process-entry.ts: start other processes from their bundles too.
    define: { GUONG_SANG_COMPILED: 'true' },
    plugins: [ourSourcesOnly(dirname(outfile))],
    logLevel: 'warning',
  });
}

export async function buildApi() {
  // Built beside, then swapped in: a server running from dist never sees a half-written bundle.
  const next = `${API_DIST}.next`;
  rmSync(next, { recursive: true, force: true });
  await Promise.all(API_ENTRY_POINTS.map((entry) => bundleEntryPoint(join(api, entry), join(next, entry.replace(/\.ts$/, '.js')))));
  writeFileSync(join(next, '.built'), `${new Date().toISOString()}\n`);
  rmSync(API_DIST, { recursive: true, force: true });
  renameSync(next, API_DIST);
}

export async function buildApiIfNeeded() {
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.filter(existsSync).map(newestSource))) return;
  console.log('Compiling the API…');
  await buildApi();
}

/** The compiled file of an entry point listed above. */
export const compiledEntry = (entry) => join(API_DIST, entry.replace(/\.ts$/, '.js'));

if (import.meta.url === `file://${process.argv[1]}`) await buildApi();
