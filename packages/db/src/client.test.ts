import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupTo, closeDb, createDb, durabilityPragmas, writeTransaction, type Db } from './client.ts';
import { createUnit, listUnits } from './queries/units.ts';

let dir: string;
const open: Db[] = [];
const openDb = (name = 'main.sqlite') => {
  const db = createDb(join(dir, name));
  open.push(db);
  return db;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gs-db-'));
});
afterEach(() => {
  open.splice(0).forEach(closeDb);
  rmSync(dir, { recursive: true, force: true });
});

describe('createDb', () => {
  it('opens every connection with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    // better-sqlite3 leaves WAL connections after the first at NORMAL: check both.
    for (const db of [openDb(), openDb()]) {
      expect(durabilityPragmas(db)).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000 });
    }
  });

  it('applies the migrations once, however often it is opened', () => {
    const first = openDb();
    createUnit(first, { name: 'Đảng ủy Sở Tư pháp', headcount: 310 });
    closeDb(open.pop()!);
    const again = openDb();
    expect(listUnits(again).map((u) => u.name)).toEqual(['Đảng ủy Sở Tư pháp']);
  });

  it('enforces foreign keys', () => {
    const db = openDb();
    expect(() => db.$client.prepare(
      "insert into users (id, email, full_name, unit_id, password_hash, created_at) values ('u', 'a@b.vn', 'A', 42, 'h', 0)",
    ).run()).toThrow(/FOREIGN KEY/);
  });

  it('rolls a failed write transaction back completely', () => {
    const db = openDb();
    expect(() => writeTransaction(db, (tx) => {
      createUnit(tx, { name: 'Một', headcount: 1 });
      createUnit(tx, { name: 'Một', headcount: 2 });
    })).toThrow(/UNIQUE/);
    expect(listUnits(db)).toEqual([]);
  });

  it('backs up online to a copy that passes the integrity check', async () => {
    const db = openDb();
    createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 310 });
    expect(await backupTo(db, join(dir, 'backup.sqlite'))).toBe('ok');
    const copy = openDb('backup.sqlite');
    expect(listUnits(copy)).toHaveLength(1);
  });
});

describe('units', () => {
  it('sort the Vietnamese way (Đ after D, by base letters first)', () => {
    const db = openDb();
    for (const name of ['Đảng ủy Sở Y tế', 'Dân vận', 'Ủy ban phường', 'Bệnh viện', 'Đảng bộ Công an']) {
      createUnit(db, { name, headcount: 0 });
    }
    expect(listUnits(db).map((u) => u.name)).toEqual(['Bệnh viện', 'Dân vận', 'Đảng bộ Công an', 'Đảng ủy Sở Y tế', 'Ủy ban phường']);
  });
});
