// The real API (buildApp) over a fresh data directory — file-backed SQLite with the committed
// migrations, WAL and synchronous=FULL — listening on 127.0.0.1. Started by submissions.ts.
import { closeDb, createDb, durabilityPragmas } from '../../packages/db/src/index.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import { prepareFirstRun } from '../../apps/api/src/first-run.ts';
import { BENCH_ORGANIZER, BENCH_ORIGIN, serveParent, type ChildMessage } from './protocol.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'gs-bench-app-'));
const config = loadConfig({
  DATA_DIR: dataDir,
  ORIGIN: BENCH_ORIGIN,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  SERVE_WEB: 'false',
  ORGANIZER_EMAIL: BENCH_ORGANIZER.email,
  ORGANIZER_PASSWORD: BENCH_ORGANIZER.password,
});
const db = createDb(join(dataDir, 'guong-sang.sqlite'));
await prepareFirstRun(db, config);
const app = await buildApp({ config, db });
await app.listen({ port: 0, host: '127.0.0.1' });

let stopping: Promise<void> | undefined;
const countVersions = db.$client.prepare('select count(*) from entry_versions').pluck();
serveParent({
  rows: () => Number(countVersions.get()),
  stop: () => (stopping ??= (async () => {
    await app.close();
    closeDb(db);
    rmSync(dataDir, { recursive: true, force: true });
  })()),
});
const pragmas = durabilityPragmas(db);
process.send?.({
  type: 'listening',
  port: (app.server.address() as AddressInfo).port,
  journalMode: pragmas.journalMode,
  synchronous: pragmas.synchronous,
} satisfies ChildMessage);
