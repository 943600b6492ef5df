// `pnpm backup`, `pnpm restore`, `pnpm crash-test`: compiles the API if needed, then runs one of its
// entry points (a path under apps/api, as listed in build-api.mjs) with the arguments given.
import { spawn } from 'node:child_process';
import { API_ENTRY_POINTS, buildApiIfNeeded, compiledEntry } from './build-api.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!API_ENTRY_POINTS.includes(entry)) {
  console.error(`Usage: node scripts/run-compiled.mjs ENTRY [ARGS…], ENTRY one of: ${API_ENTRY_POINTS.join(', ')}`);
  process.exit(2);
}
await buildApiIfNeeded();
const child = spawn(process.execPath, [compiledEntry(entry), ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
