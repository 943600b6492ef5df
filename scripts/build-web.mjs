// Builds the SvelteKit app when its build is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = new URL('../apps/web/', import.meta.url).pathname;

function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

export function buildWebIfNeeded() {
  const handler = join(web, 'build', 'handler.js');
  // The web bundles packages/text's source, so a change there needs a new build too.
  const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json', '../../packages/text/src']
    .map((name) => join(web, name)).filter(existsSync);
  if (existsSync(handler) && statSync(handler).mtimeMs >= Math.max(...sources.map(newestSource))) return;
  console.log('Building the web app…');
  const result = spawnSync('npx', ['-y', 'pnpm@12.4.2', '--filter', '@guong-sang/web', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) buildWebIfNeeded();
