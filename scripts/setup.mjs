// Installs the workspace with the pinned pnpm. better-sqlite3 compiles from source (its prebuilt
// binaries cannot be downloaded here), against this Node's own headers instead of fetched ones.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const env = { ...process.env };
const nodeDir = dirname(dirname(process.execPath));
if (!env.npm_config_nodedir && existsSync(join(nodeDir, 'include', 'node', 'common.gypi'))) {
  env.npm_config_nodedir = nodeDir;
}
const result = spawnSync('npx', ['-y', 'pnpm@12.4.2', 'install'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
