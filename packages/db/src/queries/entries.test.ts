import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, createDb, writeTransaction, type Db } from '../client.ts';
import { createContest } from './contests.ts';
import {
  addEntryVersion, countEntriesByStatus, createEntry, entryLabelAt, getEntry, listEntriesByAuthor,
  listEntriesByContest, listEntryLabels, listEntryVersions, type Entry, type NewEntry,
} from './entries.ts';
import { createUnit } from './units.ts';
import { createUser } from './users.ts';

let db: Db;
let contestId: number;
let otherContestId: number;
let codes = 0;

beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 180 });
  for (const id of ['nhung', 'huy']) {
    createUser(db, { id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' });
  }
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  contestId = createContest(db, { slug: 'a', title: 'A', ...window }).id;
  otherContestId = createContest(db, { slug: 'b', title: 'B', ...window }).id;
});
afterEach(() => closeDb(db));

const entry = (overrides: Partial<NewEntry> = {}): Entry => createEntry(db, {
  contestId,
  authorId: 'nhung',
  code: `GS-${String(++codes).padStart(6, '0')}`,
  title: 'Người giữ lửa ở khu phố',
  body: '<p>Anh Đức đến sớm.</p>',
  wordCount: 4,
  ...overrides,
});

const version = (e: Entry, body: string) => writeTransaction(db, (tx) => addEntryVersion(tx, {
  entryId: e.id,
  title: e.title,
  subject: e.subject,
  category: e.category,
  body,
  wordCount: 1,
  sha256: 'ab'.repeat(32),
  submittedAt: new Date(),
}));

describe('entries', () => {
  it('creates a draft and reads it back', () => {
    const created = entry({ subject: 'Trần Minh Đức', category: 'Cán bộ, đảng viên' });
    expect(created.status).toBe('draft');
    expect(created.submittedAt).toBeNull();
    expect(getEntry(db, created.id)).toEqual(created);
    expect(getEntry(db, created.id + 100)).toBeUndefined();
  });

  it('refuses a blind code that is already taken', () => {
    entry({ code: 'GS-ABC234' });
    expect(() => entry({ code: 'GS-ABC234', authorId: 'huy' })).toThrow(/UNIQUE/);
  });

  it('lists only the author’s own entries, across contests', () => {
    const mine = [entry(), entry({ contestId: otherContestId })];
    entry({ authorId: 'huy' });
    expect(listEntriesByAuthor(db, 'nhung').map((e) => e.id).sort()).toEqual(mine.map((e) => e.id).sort());
    expect(listEntriesByAuthor(db, 'nobody')).toEqual([]);
  });

  it('lists the newest entry of an author first', () => {
    const older = entry({ createdAt: new Date(Date.UTC(2026, 2, 2)) });
    const newer = entry({ createdAt: new Date(Date.UTC(2026, 2, 5)) });
    expect(listEntriesByAuthor(db, 'nhung').map((e) => e.id)).toEqual([newer.id, older.id]);
  });

  it('lists a contest’s entries, optionally by status', () => {
    const draft = entry();
    const submitted = entry({ authorId: 'huy', status: 'submitted', submittedAt: new Date() });
    entry({ contestId: otherContestId, status: 'submitted' });
    expect(listEntriesByContest(db, contestId).map((e) => e.id)).toEqual([draft.id, submitted.id]);
    expect(listEntriesByContest(db, contestId, { status: 'submitted' }).map((e) => e.id)).toEqual([submitted.id]);
    expect(listEntriesByContest(db, contestId, { status: 'withdrawn' })).toEqual([]);
  });

  it('numbers versions 1, 2, 3 per entry and keeps every one', () => {
    const a = entry();
    const b = entry({ authorId: 'huy' });
    expect([version(a, 'một'), version(a, 'hai'), version(b, 'khác'), version(a, 'ba')].map((v) => v.version))
      .toEqual([1, 2, 1, 3]);
    expect(listEntryVersions(db, a.id).map((v) => [v.version, v.body])).toEqual([[1, 'một'], [2, 'hai'], [3, 'ba']]);
    expect(listEntryVersions(db, b.id).map((v) => v.version)).toEqual([1]);
    expect(listEntryVersions(db, a.id)[0]?.attachmentIds).toEqual([]);
  });

  it('refuses a version for an entry that does not exist', () => {
    expect(() => version({ ...entry(), id: 999 }, 'x')).toThrow(/FOREIGN KEY/);
  });

  it('reads the labels of some entries by id, or of the whole contest, in id order, authors only when asked', () => {
    const titles = ['Chị "Lan" \\ và ngọn đèn', 'Tấm gương\u0000\u001f giữa đời thường 🌟', 'Người giữ lửa'];
    const made = titles.map((title, k) => entry({ title, authorId: k === 1 ? 'huy' : 'nhung' }));
    const other = entry({ contestId: otherContestId });
    const [first, second, third] = made.map((e) => e.id) as [number, number, number];
    const some = listEntryLabels(db, contestId, [third, first, other.id], true);
    expect(some).toEqual({ ids: [first, third], codes: [made[0]!.code, made[2]!.code], titles: [titles[0], titles[2]], authorIds: ['nhung', 'nhung'] });
    const all = listEntryLabels(db, contestId, undefined, false);
    expect(all).toEqual({ ids: [first, second, third], codes: made.map((e) => e.code), titles, authorIds: null });
    // Past 500 ids the whole contest's are read, the same as by id.
    const many = listEntryLabels(db, contestId, Array.from({ length: 501 }, (_, k) => first + k), true);
    expect(many).toEqual({ ...all, authorIds: ['nhung', 'huy', 'nhung'] });
    expect([first, second, third, other.id].map((id) => entryLabelAt(many, id))).toEqual([0, 1, 2, -1]);
    expect(listEntryLabels(db, otherContestId, [], false)).toEqual({ ids: [], codes: [], titles: [], authorIds: null });
    expect(listEntryLabels(db, otherContestId + 1, undefined, true)).toEqual({ ids: [], codes: [], titles: [], authorIds: [] });
  });

  it('counts a contest’s entries by status, with zeros', () => {
    entry();
    entry({ status: 'submitted' });
    entry({ authorId: 'huy', status: 'submitted' });
    entry({ contestId: otherContestId, status: 'withdrawn' });
    expect(countEntriesByStatus(db, contestId)).toEqual({ draft: 1, submitted: 2, withdrawn: 0, disqualified: 0 });
    expect(countEntriesByStatus(db, 12345)).toEqual({ draft: 0, submitted: 0, withdrawn: 0, disqualified: 0 });
  });
});
