import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../client.ts';
import { replaceAwards } from './awards.ts';
import { createContest, listPrizeTiers, updateContest } from './contests.ts';
import { createEntry } from './entries.ts';
import { createPublication } from './publications.ts';
import { publicationTimesAround, readPublicGeneration } from './public-generation.ts';
import { createUnit } from './units.ts';
import { createUser } from './users.ts';

/*
 * The 0007 triggers: every write to what a public page reads raises the generation (so caches
 * of public pages can never serve it stale), and the writes of a deadline rush do not (so the
 * caches survive it).
 */

const NOW = new Date(Date.UTC(2026, 10, 26, 10));
let db: Db;
let ids: { contest: number; winner: number; draft: number; shownPhoto: number; draftPhoto: number; unit: number; tier: number };

const run = (sql: string, ...values: unknown[]) => db.$client.prepare(sql).run(...values);

beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 180 });
  for (const id of ['nhung', 'huy']) {
    createUser(db, { id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' });
  }
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  const contest = createContest(db, { slug: 'gs-2025', title: 'Gương sáng 2025', ...window, publishedAt: NOW }, {
    prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  }).id;
  const tier = listPrizeTiers(db, contest)[0]?.id ?? 0;
  const winner = createEntry(db, { contestId: contest, authorId: 'nhung', code: 'GS-000001', title: 'Người giữ lửa', status: 'submitted' }).id;
  const draft = createEntry(db, { contestId: contest, authorId: 'huy', code: 'GS-000002', title: 'Nháp', status: 'draft' }).id;
  run("insert into files (sha256, size, mime, created_at) values ('f', 1, 'image/jpeg', 0)");
  const photo = (entryId: number) => Number(run(`insert into attachments (entry_id, kind, file_kind, size, original_name, original_sha256,
    sanitized_sha256, mime, created_at) values (?, 'photo', 'jpeg', 1, 'a.jpg', 'f', 'f', 'image/jpeg', 0)`, entryId).lastInsertRowid);
  const shownPhoto = photo(winner);
  const draftPhoto = photo(draft);
  replaceAwards(db, contest, [{ entryId: winner, tierId: tier, adjustmentReason: null }], 'nhung', NOW);
  createPublication(db, {
    entryId: winner, slug: 'nguoi-giu-lua', title: 'Người giữ lửa', body: '<p>x</p>', bodyText: 'x', displayName: 'Nhung',
    photoIds: [shownPhoto], authorApprovedAt: NOW, organizerApprovedAt: NOW,
  });
  ids = { contest, winner, draft, shownPhoto, draftPhoto, unit: unit.id, tier };
});
afterEach(() => closeDb(db));

describe('the public generation', () => {
  const raises: Record<string, () => unknown> = {
    'a public version approved or withdrawn': () => run('update publications set organizer_approved_at = null'),
    'an award revoked': () => run('update awards set revoked_at = 1'),
    'a prize tier renamed': () => run("update prize_tiers set name = 'Giải Đặc biệt'"),
    'a showcase unpublished': () => updateContest(db, ids.contest, { publishedAt: null }),
    'a winning entry disqualified': () => run("update entries set status = 'disqualified' where id = ?", ids.winner),
    'a winning entry retitled': () => run("update entries set title = 'Khác' where id = ?", ids.winner),
    'a shown photo described or removed': () => run("update attachments set alt_text = 'Chị Nhung' where id = ?", ids.shownPhoto),
    'a unit renamed': () => run("update units set name = 'Đảng ủy Sở Tư pháp tỉnh'"),
    'an author moved to another unit': () => run('update users set unit_id = ? where id = ?', createUnit(db, { name: 'Khác', headcount: 1 }).id, 'nhung'),
  };
  for (const [write, act] of Object.entries(raises)) {
    it(`rises with ${write}`, () => {
      const before = readPublicGeneration(db);
      act();
      expect(readPublicGeneration(db)).toBeGreaterThan(before);
    });
  }

  it('stands still through the writes of a deadline rush', () => {
    const before = readPublicGeneration(db);
    const entry = createEntry(db, { contestId: ids.contest, authorId: 'huy', code: 'GS-000003', title: 'Bài mới', status: 'draft' });
    run("update entries set title = 'Nháp 2', body = '<p>y</p>', status = 'submitted' where id = ?", ids.draft);
    run("update entries set body = '<p>z</p>', updated_at = 5 where id = ?", ids.winner);
    run("update attachments set alt_text = 'x', sanitized_sha256 = 'f' where id = ?", ids.draftPhoto);
    run("update users set full_name = 'Huy', password_hash = 'y' where id = 'huy'");
    run('update units set headcount = 200');
    expect(entry.id).toBeGreaterThan(0);
    expect(readPublicGeneration(db)).toBe(before);
  });

  it('is undone with the transaction that raised it', () => {
    const before = readPublicGeneration(db);
    expect(() => db.transaction(() => {
      run('update publications set organizer_approved_at = null');
      throw new Error('rolled back');
    })).toThrow('rolled back');
    expect(readPublicGeneration(db)).toBe(before);
  });
});

describe('publication times around now', () => {
  it('names the last showcase publication passed and the next one scheduled', () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    createContest(db, {
      slug: 'gs-2026', title: 'Gương sáng 2026', submissionOpensAt: NOW, submissionClosesAt: NOW, publishedAt: later,
    }, { prizeTiers: [] });
    expect(publicationTimesAround(db, NOW)).toEqual({ since: NOW.getTime(), until: later.getTime() });
    expect(publicationTimesAround(db, new Date(NOW.getTime() - 1))).toEqual({ since: -Infinity, until: NOW.getTime() });
    expect(publicationTimesAround(db, later)).toEqual({ since: later.getTime(), until: Infinity });
  });

  it('raises it on an update of every contest column but the results revision (a column added later must be added to the trigger)', () => {
    const columns = (db.$client.prepare("select name from pragma_table_info('contests')").all() as { name: string }[]).map((c) => c.name);
    const trigger = (db.$client.prepare("select sql from sqlite_master where name = 'contests_public_update'").get() as { sql: string }).sql;
    const watched = [...(/UPDATE OF (.*?) ON/s.exec(trigger)?.[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
    expect(watched.sort()).toEqual(columns.filter((c) => c !== 'id' && c !== 'results_revision').sort());
  });
});
