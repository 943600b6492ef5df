// `pnpm start` / `pnpm demo`: build the web app if needed, then serve web and API on one port.
import { spawn } from 'node:child_process';
import { buildWebIfNeeded } from './build-web.mjs';

const demo = process.argv.includes('--demo');
const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env };
if (demo) env.DATA_DIR ??= './demo-data';

buildWebIfNeeded();
const entry = demo ? 'apps/api/src/demo-server.ts' : 'apps/api/src/server.ts';
const server = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: 'inherit', env, cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
