// `pnpm dev`: the API with reload on :3001 and Vite's dev server on :3000 proxying /api to it.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const apiPort = process.env.API_PORT ?? '3001';
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'apps/api/src/server.ts'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, PORT: apiPort, SERVE_WEB: 'false', ORIGIN: process.env.ORIGIN ?? 'http://localhost:3000' },
  }),
  spawn('npx', ['vite', 'dev', '--port', '3000'], {
    cwd: `${root}/apps/web`, stdio: 'inherit', env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` },
  }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
