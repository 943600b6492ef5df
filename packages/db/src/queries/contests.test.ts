import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, createDb, writeTransaction, type Db } from '../client.ts';
import {
  createContest, getContest, getContestBySlug, listContests, listCriteria, listPrizeTiers,
  updateContest, type NewContest,
} from './contests.ts';

const day = 24 * 60 * 60 * 1000;
const contest = (overrides: Partial<NewContest> = {}): NewContest => ({
  slug: 'guong-sang-2026',
  title: 'Gương sáng làm theo lời Bác năm 2026',
  submissionOpensAt: new Date(Date.UTC(2026, 2, 1)),
  submissionClosesAt: new Date(Date.UTC(2026, 3, 30)),
  minWords: 500,
  maxWords: 2500,
  categories: ['Cán bộ, đảng viên', 'Người lao động'],
  ...overrides,
});

let db: Db;
beforeEach(() => { db = createDb(':memory:'); });
afterEach(() => closeDb(db));

describe('contests', () => {
  it('stores a contest with its rubric and prize tiers in the order given', () => {
    const created = createContest(db, contest(), {
      criteria: [
        { name: 'Nội dung', weight: 0.6, max: 10 },
        { name: 'Hình thức trình bày', weight: 0.4, max: 10, levels: [{ score: 9, label: 'Xuất sắc', description: 'Mạch lạc' }] },
      ],
      prizeTiers: [{ name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 }],
    });

    expect(getContest(db, created.id)).toEqual(created);
    expect(created.categories).toEqual(['Cán bộ, đảng viên', 'Người lao động']);
    expect(created.status).toBe('draft');
    const rubric = listCriteria(db, created.id);
    expect(rubric.map((c) => [c.position, c.name, c.weight])).toEqual([[0, 'Nội dung', 0.6], [1, 'Hình thức trình bày', 0.4]]);
    expect(rubric[1]?.levels).toEqual([{ score: 9, label: 'Xuất sắc', description: 'Mạch lạc' }]);
    expect(listPrizeTiers(db, created.id).map((t) => [t.name, t.count])).toEqual([['Giải Nhất', 1], ['Giải Nhì', 2]]);
  });

  it('refuses a second contest with the same slug and leaves nothing half-made', () => {
    createContest(db, contest());
    expect(() => createContest(db, contest({ title: 'Khác' }), {
      criteria: [{ name: 'Nội dung', weight: 1, max: 10 }],
    })).toThrow(/UNIQUE/);
    expect(listContests(db)).toHaveLength(1);
  });

  it('rolls back the contest when a criterion is invalid', () => {
    expect(() => createContest(db, contest(), {
      criteria: [{ name: 'Nội dung', weight: 1, max: null as unknown as number }],
    })).toThrow();
    expect(getContestBySlug(db, 'guong-sang-2026')).toBeUndefined();
  });

  it('works inside a caller’s write transaction', () => {
    const created = writeTransaction(db, (tx) => createContest(tx, contest(), {
      prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
    }));
    expect(listPrizeTiers(db, created.id)).toHaveLength(1);
  });

  it('keeps each contest’s rubric to itself', () => {
    const a = createContest(db, contest(), { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
    const b = createContest(db, contest({ slug: 'nguoi-tot-viec-tot' }), {
      criteria: [{ name: 'Tính chân thực', weight: 1, max: 100 }],
    });
    expect(listCriteria(db, a.id).map((c) => c.name)).toEqual(['Nội dung']);
    expect(listCriteria(db, b.id).map((c) => c.name)).toEqual(['Tính chân thực']);
    expect(listPrizeTiers(db, b.id)).toEqual([]);
  });

  it('finds a contest by slug and answers undefined for unknown ones', () => {
    const created = createContest(db, contest());
    expect(getContestBySlug(db, 'guong-sang-2026')?.id).toBe(created.id);
    expect(getContestBySlug(db, 'khong-co')).toBeUndefined();
    expect(getContest(db, created.id + 1)).toBeUndefined();
  });

  it('lists the newest submission window first', () => {
    const old = createContest(db, contest({
      slug: 'guong-sang-2025',
      submissionOpensAt: new Date(Date.UTC(2025, 2, 1)),
      submissionClosesAt: new Date(Date.UTC(2025, 3, 30)),
    }));
    const current = createContest(db, contest());
    expect(listContests(db).map((c) => c.id)).toEqual([current.id, old.id]);
  });

  it('updates only the given fields and stamps updatedAt', () => {
    const created = createContest(db, contest({ updatedAt: new Date(Date.UTC(2020, 0, 1)) }));
    const closes = new Date(created.submissionClosesAt.getTime() + 7 * day);
    const updated = updateContest(db, created.id, { status: 'open', submissionClosesAt: closes });
    expect(updated).toMatchObject({ status: 'open', submissionClosesAt: closes, title: created.title, minWords: 500 });
    expect(updated!.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
    expect(getContest(db, created.id)).toEqual(updated);
    expect(updateContest(db, created.id + 1, { status: 'open' })).toBeUndefined();
  });

  it('keeps Vietnamese text and dates exactly', () => {
    const opens = new Date(Date.UTC(2026, 2, 1, 1, 2, 3, 456));
    const created = createContest(db, contest({
      submissionOpensAt: opens,
      rules: '## Thể lệ\n\n- Bài viết về **người thật, việc thật**.',
    }));
    const stored = getContest(db, created.id)!;
    expect(stored.submissionOpensAt.toISOString()).toBe('2026-03-01T01:02:03.456Z');
    expect(stored.rules).toBe('## Thể lệ\n\n- Bài viết về **người thật, việc thật**.');
  });
});
