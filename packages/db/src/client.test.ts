import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupTo, closeDb, createDb, durabilityPragmas, writeTransaction, type Db } from './client.ts';
import { createConflict, getScoreSheet, listConflictsForEntries } from './queries/judging.ts';
import { createUnit, listUnits } from './queries/units.ts';

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
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

/**
 * A database at `name` as the migrations before `migration` left it, holding `rows` (SQL): what a
 * platform upgraded to that migration opens.
 */
function databaseBefore(migration: number, name: string, rows: string): void {
  const before = join(dir, `migrations-before-${migration}`);
  cpSync(migrationsFolder, before, { recursive: true });
  const journal = JSON.parse(readFileSync(join(before, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < migration);
  writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify(journal));
  const old = new Database(join(dir, name));
  migrate(drizzle({ client: old }), { migrationsFolder: before });
  old.exec(rows);
  old.close();
}

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

describe('migration 0011: a sheet\'s scores in its row', () => {
  it('moves every score of every sheet, drafts included, into its sheet and drops the table they were in', () => {
    // The database as the migrations before 0011 left it, with sheets scored the old way.
    databaseBefore(11, 'old.sqlite', `
      insert into units (id, name, headcount, created_at) values (1, 'Đảng ủy Sở Tư pháp', 10, 0);
      insert into users (id, email, full_name, unit_id, password_hash, created_at) values ('gk', 'gk@example.vn', 'Giám khảo', 1, 'x', 0);
      insert into contests (id, slug, title, submission_opens_at, submission_closes_at, created_at, updated_at) values (1, 'gs', 'GS', 0, 1, 0, 0);
      insert into criteria (id, contest_id, name, weight, max, position) values (1, 1, 'Nội dung', 0.6, 10, 0), (2, 1, 'Hình thức', 0.4, 10, 1);
      insert into rounds (id, contest_id, name, kind, opens_at, closes_at, created_at) values (1, 1, 'Sơ khảo', 'preliminary', 0, 1, 0);
      insert into entries (id, contest_id, author_id, code, title, body, word_count, created_at, updated_at) values
        (1, 1, 'gk', 'GS-1', 'Một', '', 0, 0, 0), (2, 1, 'gk', 'GS-2', 'Hai', '', 0, 0, 0), (3, 1, 'gk', 'GS-3', 'Ba', '', 0, 0, 0);
      insert into assignments (id, round_id, entry_id, judge_id, created_at) values (1, 1, 1, 'gk', 0), (2, 1, 2, 'gk', 0), (3, 1, 3, 'gk', 0);
      insert into score_sheets (id, assignment_id, status, updated_at) values (1, 1, 'submitted', 0), (2, 2, 'draft', 0), (3, 3, 'draft', 0);
      insert into score_items (sheet_id, criterion_id, value) values (1, 1, 7.5), (1, 2, 8), (2, 2, 3);
    `);

    const db = openDb('old.sqlite');
    expect([1, 2, 3].map((id) => getScoreSheet(db, id)?.scores)).toEqual([{ 1: 7.5, 2: 8 }, { 2: 3 }, {}]);
    expect(db.$client.prepare("select count(*) as n from sqlite_master where name = 'score_items'").get()).toEqual({ n: 0 });
  });
});

describe('migration 0017: one conflict per judge and entry', () => {
  it('keeps the earliest row of a pair stored twice, and a pair in conflict again keeps its row', () => {
    // The database as the migrations before 0017 left it: a judge who recused one entry in two rounds.
    databaseBefore(17, 'old.sqlite', `
      insert into units (id, name, headcount, created_at) values (1, 'Đảng ủy Sở Tư pháp', 10, 0);
      insert into users (id, email, full_name, unit_id, password_hash, created_at) values
        ('gk', 'gk@example.vn', 'Giám khảo', 1, 'x', 0), ('tg', 'tg@example.vn', 'Tác giả', 1, 'x', 0);
      insert into contests (id, slug, title, submission_opens_at, submission_closes_at, created_at, updated_at) values (1, 'gs', 'GS', 0, 1, 0, 0);
      insert into entries (id, contest_id, author_id, code, title, body, word_count, created_at, updated_at) values
        (1, 1, 'tg', 'GS-1', 'Một', '', 0, 0, 0), (2, 1, 'tg', 'GS-2', 'Hai', '', 0, 0, 0);
      insert into conflicts (id, judge_id, entry_id, reason, created_at) values
        (1, 'gk', 1, 'recused: sơ khảo', 0), (2, 'gk', 2, 'Cùng phòng', 0), (3, 'gk', 1, 'recused: chung khảo', 0);
    `);

    const db = openDb('old.sqlite');
    const pairs = () => listConflictsForEntries(db, [1, 2]).map((c) => [c.id, c.entryId, c.reason]);
    expect(pairs()).toEqual([[1, 1, 'recused: sơ khảo'], [2, 2, 'Cùng phòng']]);
    // A recusal of the same entry in a later round keeps the pair's row, and says which it is.
    expect(createConflict(db, { judgeId: 'gk', entryId: 1, reason: 'recused: vòng ba' }).id).toBe(1);
    expect(pairs()).toEqual([[1, 1, 'recused: sơ khảo'], [2, 2, 'Cùng phòng']]);
  });
});
