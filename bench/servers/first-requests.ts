// A server's first requests, in a process of its own: the app starts on an existing data folder
// (as `pnpm start` would after a restart: its own connection, nothing kept, no code compiled by
// V8 yet), signs in as the organizer and asks the URLs given as JSON in argv[2] in turn, then
// sends their timings to the parent and exits. Started compiled by results-db.ts.
import { join } from 'node:path';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import { closeDb, createDb } from '../../packages/db/src/index.ts';
import { signIn, timed, type Timed } from '../in-process-app.ts';
import { BENCH_ORGANIZER, BENCH_ORIGIN } from './protocol.ts';

const dataDir = process.env.BENCH_DATA_DIR;
if (!dataDir) throw new Error('BENCH_DATA_DIR names the data folder');
const urls = JSON.parse(process.argv[2] ?? '[]') as string[];
// EXPORT_THREAD_SHEETS=off times the server without its round thread.
const config = loadConfig({
  DATA_DIR: dataDir, ORIGIN: BENCH_ORIGIN, LOG_LEVEL: 'silent', SERVE_WEB: 'false', EXPORT_THREAD_SHEETS: process.env.EXPORT_THREAD_SHEETS,
});
const db = createDb(join(dataDir, 'guong-sang.sqlite'), { migrate: false });
const app = await buildApp({ config, db, logger: false });
await app.ready();
const cookie = await signIn(app, BENCH_ORGANIZER.email, BENCH_ORGANIZER.password);
const timings: Timed[] = [];
for (const url of urls) timings.push(await timed(app, cookie, url));
await app.close();
closeDb(db);
process.send?.({ type: 'timings', timings }, () => process.disconnect());
