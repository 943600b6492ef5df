// `pnpm start` / `pnpm demo`: build the web app and compile the API if needed, then serve web and
// API on one port from the compiled JavaScript.
import { spawn } from 'node:child_process';
import { buildApiIfNeeded, compiledEntry } from './build-api.mjs';
import { buildWebIfNeeded } from './build-web.mjs';

const demo = process.argv.includes('--demo');
const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env };
if (demo) env.DATA_DIR ??= './demo-data';

buildWebIfNeeded();
await buildApiIfNeeded();
const entry = compiledEntry(demo ? 'src/demo-server.ts' : 'src/server.ts');
const server = spawn(process.execPath, [entry], { stdio: 'inherit', env, cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
