import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from './client.ts';
import { createGroupCommit } from './group-commit.ts';
import { createUnit, getUnit, listUnits } from './queries/units.ts';

let dir: string;
let db: Db;
let reader: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gs-group-commit-'));
  db = createDb(join(dir, 'db.sqlite'));
  // A second connection sees only what is committed.
  reader = createDb(join(dir, 'db.sqlite'), { migrate: false });
});
afterEach(() => {
  closeDb(reader);
  closeDb(db);
  rmSync(dir, { recursive: true, force: true });
});

const names = (from: Db) => listUnits(from).map((unit) => unit.name).sort();

it('commits work handed in together in one transaction, and settles only once it is on disk', async () => {
  const commit = createGroupCommit(db);
  const seenByOthersDuringWork: string[][] = [];
  const first = commit((tx) => createUnit(tx, { name: 'Sở Y tế', headcount: 10 }));
  const second = commit((tx) => {
    seenByOthersDuringWork.push(names(reader));
    return createUnit(tx, { name: 'Sở Tư pháp', headcount: 20 });
  });
  const [a, b] = await Promise.all([first, second]);
  // The second piece ran while the first was written but not yet committed: one transaction.
  expect(seenByOthersDuringWork).toEqual([[]]);
  expect(names(reader)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
  expect(getUnit(reader, a.id)?.name).toBe('Sở Y tế');
  expect(getUnit(reader, b.id)?.name).toBe('Sở Tư pháp');
});

it('rolls back only the piece that throws, and rejects it with its own error', async () => {
  const commit = createGroupCommit(db);
  const results = await Promise.allSettled([
    commit((tx) => createUnit(tx, { name: 'Sở Y tế', headcount: 10 })),
    commit((tx) => {
      createUnit(tx, { name: 'Ghi dở', headcount: 1 });
      throw new Error('quá hạn nộp');
    }),
    commit((tx) => createUnit(tx, { name: 'Sở Tư pháp', headcount: 20 })),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('quá hạn nộp'));
  expect(names(reader)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
});

it('carries any number of pieces, in arrival order, each seeing the ones before it', async () => {
  const commit = createGroupCommit(db);
  const counts = await Promise.all(Array.from({ length: 300 }, (_, i) => commit((tx) => {
    createUnit(tx, { name: `Đơn vị ${i}`, headcount: i });
    return listUnits(tx).length;
  })));
  expect(counts).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  expect(listUnits(reader)).toHaveLength(300);
});

it('keeps working after a commit fails: the batch rejects, the next one commits', async () => {
  const commit = createGroupCommit(db);
  // Another connection holding the write lock makes BEGIN IMMEDIATE fail once its busy wait ends.
  reader.$client.pragma('busy_timeout = 0');
  db.$client.pragma('busy_timeout = 0');
  reader.$client.prepare('BEGIN IMMEDIATE').run();
  await expect(commit((tx) => createUnit(tx, { name: 'Sở Y tế', headcount: 10 }))).rejects.toThrow(/locked|busy/i);
  reader.$client.prepare('ROLLBACK').run();
  await commit((tx) => createUnit(tx, { name: 'Sở Tư pháp', headcount: 20 }));
  expect(names(reader)).toEqual(['Sở Tư pháp']);
});

it('refuses alone a piece whose error ends the whole transaction; the others are written in the next batch', async () => {
  const commit = createGroupCommit(db);
  // RAISE(ROLLBACK) ends the transaction, as a full disk or an I/O error does.
  db.$client.exec(`CREATE TRIGGER refuse_poison AFTER INSERT ON units WHEN new.name = 'Độc' BEGIN SELECT RAISE(ROLLBACK, 'disk full'); END`);
  const results = await Promise.allSettled([
    commit((tx) => createUnit(tx, { name: 'Sở Y tế', headcount: 10 }).name),
    commit((tx) => createUnit(tx, { name: 'Độc', headcount: 1 }).name),
    commit((tx) => createUnit(tx, { name: 'Sở Tư pháp', headcount: 20 }).name),
  ]);
  expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String((r.reason as Error).message)))).toEqual(['Sở Y tế', 'disk full', 'Sở Tư pháp']);
  expect(names(reader)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
});

it('refuses work that returns a promise, and writes nothing of it', async () => {
  const commit = createGroupCommit(db);
  const asynchronous = commit(async (tx) => createUnit(tx, { name: 'Nửa chừng', headcount: 1 }));
  const other = commit((tx) => createUnit(tx, { name: 'Sở Y tế', headcount: 10 }));
  await expect(asynchronous).rejects.toThrow(/synchronous/);
  await other;
  expect(names(reader)).toEqual(['Sở Y tế']);
});

it('never answers from inside a transaction someone else left open: nothing could be on disk yet', async () => {
  const commit = createGroupCommit(db);
  db.$client.prepare('BEGIN').run();
  await expect(commit((tx) => createUnit(tx, { name: 'Sở Y tế', headcount: 10 }))).rejects.toThrow(/already inside a transaction/);
  db.$client.prepare('ROLLBACK').run();
  await commit((tx) => createUnit(tx, { name: 'Sở Tư pháp', headcount: 20 }));
  expect(names(reader)).toEqual(['Sở Tư pháp']);
});
