// The baseline: bare Fastify with one POST route that inserts a submission row (id, entry id,
// ~6 KB text body, its SHA-256, time) into a file-backed SQLite table with WAL and
// synchronous=FULL, through better-sqlite3 directly. No sessions, validation, sanitizing,
// versioning or audit: the floor the real submit route is compared with.
//
// The baseline is bare better-sqlite3 by definition, so this one file loads it from packages/db's
// dependencies (everything else reaches SQLite only through packages/db's query functions).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../packages/db/src/index.ts';
import { serveParent, type ChildMessage } from './protocol.ts';

type Sqlite = Db['$client'];
// Loaded as installed (not bundled), as the app's compiled server loads them.
const Database = createRequire(new URL('../../packages/db/package.json', import.meta.url))('better-sqlite3') as
  new (path: string) => Sqlite;
const Fastify = createRequire(new URL('../../apps/api/package.json', import.meta.url))('fastify') as
  typeof import('../../apps/api/node_modules/fastify/fastify.js').default;

const dataDir = mkdtempSync(join(tmpdir(), 'gs-bench-baseline-'));
const sqlite = new Database(join(dataDir, 'baseline.sqlite'));
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
sqlite.exec(`create table submissions (
  id integer primary key,
  entry_id integer not null,
  body text not null,
  sha256 text not null,
  submitted_at integer not null
)`);
const insert = sqlite.prepare('insert into submissions (entry_id, body, sha256, submitted_at) values (?, ?, ?, ?)');
const count = sqlite.prepare('select count(*) from submissions').pluck();

const app = Fastify({ logger: false });
app.post('/submit', async (request) => {
  const { entryId, body } = request.body as { entryId: number; body: string };
  const sha256 = createHash('sha256').update(body).digest('hex');
  const { lastInsertRowid } = insert.run(entryId, body, sha256, Date.now());
  return { id: Number(lastInsertRowid), sha256 };
});
await app.listen({ port: 0, host: '127.0.0.1' });

let stopping: Promise<void> | undefined;
serveParent({
  rows: () => Number(count.get()),
  stop: () => (stopping ??= (async () => {
    await app.close();
    sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  })()),
});
process.send?.({
  type: 'listening',
  port: (app.server.address() as AddressInfo).port,
  journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
  synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
} satisfies ChildMessage);
