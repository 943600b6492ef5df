// Long lists page, sort and filter in SQL (issue 13): walking every page must give exactly the
// rows the whole list holds, in the order asked for, with nothing lost or repeated at a page
// boundary. Rows go straight into the database (registration is rate-limited and slow on purpose).
import {
  addEntryVersion, createAssignments, createEntry, createRound, createUser, saveScoreSheet, setAssignmentStatus, setRoundJudges, updateEntry,
  writeTransaction, type Tx,
} from '@guong-sang/db';
import { vietnameseNameSortKey } from '@guong-sang/text';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.ts';
import { createOpenContest, createUnit, login, makeApp, ORGANIZER, organizerEnv, type TestContext } from './helpers.ts';

let ctx: TestContext;
let organizer: string;
let units: number[];
const clock = new Date('2026-11-26T03:00:00Z');
const DAY = 86_400_000;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng', 'Đỗ', 'Ngô', 'Âu', 'Ông'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Hữu', 'Ánh'];
const GIVEN = ['An', 'Ân', 'Ấn', 'Anh', 'Ánh', 'Ăn', 'Bình', 'Dũng', 'Đạt', 'Đào', 'Hà', 'Hạ', 'Hả', 'Ơn', 'Ôn', 'On', 'Ưu', 'Uyên', 'Yến'];
/** A fixed walk through the names, so duplicates and near-ties (An, Ân, Ấn, Ánh…) meet at page edges. */
const nameOf = (i: number) => `${FAMILY[(i * 7) % FAMILY.length]} ${MIDDLE[(i * 5) % MIDDLE.length]} ${GIVEN[(i * 11) % GIVEN.length]}`;

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  units = [await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp'), await createUnit(ctx.app, organizer, 'Công đoàn Bệnh viện Chợ Rẫy')];
});
afterEach(() => ctx.close());

const get = async <T>(url: string, cookie = organizer): Promise<T> => {
  const answer = await ctx.app.inject({ url, headers: { cookie } });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json<T>();
};

describe('the people list at many pages', () => {
  it('walks every page in Vietnamese name order (given name first; a < ă < â, d < đ, tones after letters), with filters', async () => {
    writeTransaction(ctx.db, (tx) => {
      for (let i = 0; i < 137; i += 1) {
        createUser(tx, {
          id: `p${String(i).padStart(3, '0')}`, email: `p${i}@ds.example.vn`, fullName: nameOf(i), unitId: units[i % 2]!, passwordHash: 'x',
        }, i % 4 === 0 ? ['entrant', 'judge'] : ['entrant']);
      }
    });
    type Page = { total: number; pageSize: number; people: { id: string; fullName: string; unitId: number; roles: string[] }[] };
    const walk = async (query: string) => {
      const first = await get<Page>(`/api/people?${query}&page=1`);
      const rows = [...first.people];
      for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page += 1) {
        rows.push(...(await get<Page>(`/api/people?${query}&page=${page}`)).people);
      }
      expect(rows.length).toBe(first.total);
      return rows;
    };
    const seeded = Array.from({ length: 137 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`, fullName: nameOf(i), unitId: units[i % 2]!, judge: i % 4 === 0,
    }));
    const inOrder = (xs: typeof seeded) => [...xs]
      .sort((a, b) => {
        const [ka, kb] = [vietnameseNameSortKey(a.fullName), vietnameseNameSortKey(b.fullName)];
        return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
      })
      .map((p) => p.id);

    const everyone = await walk('q=ds.example.vn');
    expect(everyone.map((p) => p.id)).toEqual(inOrder(seeded));
    // What a reader checks by eye: given names by letter (a < ă < â, d < đ, u < ư), tones only
    // breaking ties after the rest of the name.
    const letters = (name: string) => name.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC').toLowerCase();
    const givenLetters = [...new Set(everyone.map((p) => letters(p.fullName.split(' ').at(-1) ?? '')))];
    expect(givenLetters).toEqual(['an', 'anh', 'ăn', 'ân', 'binh', 'dung', 'đao', 'đat', 'ha', 'on', 'ôn', 'ơn', 'uyên', 'ưu', 'yên']);

    const judges = await walk('q=ds.example.vn&role=judge');
    expect(judges.map((p) => p.id)).toEqual(inOrder(seeded.filter((p) => p.judge)));
    const oneUnit = await walk(`q=ds.example.vn&unitId=${units[1]}`);
    expect(oneUnit.map((p) => p.id)).toEqual(inOrder(seeded.filter((p) => p.unitId === units[1])));
    // Accents ignored: "dat" finds Đạt and only them.
    const dat = await walk('q=dat');
    expect(dat.map((p) => p.id)).toEqual(inOrder(seeded.filter((p) => p.fullName.endsWith('Đạt'))));
  }, 120_000);
});

describe('the organizer\'s entry list (screening) at many pages', () => {
  it('walks every page in each sort order and direction, filtered by status, category and search, and keeps near-duplicates current', async () => {
    const contestId = (await createOpenContest(ctx.app, organizer, clock, { minWords: 1 })).id;
    const categories = ['Cán bộ, đảng viên', 'Người lao động'];
    const seed = (tx: Tx, i: number, body: string) => {
      const author = createUser(tx, { id: `a${i}`, email: `a${i}@example.vn`, fullName: nameOf(i), unitId: units[i % 2]!, passwordHash: 'x' });
      const title = `${['Ánh', 'Anh', 'Đèn', 'Dòng', 'Bác'][i % 5]} sáng ${i % 17}`;
      const submittedAt = new Date(clock.getTime() - DAY + (i % 13) * 60_000);
      const entry = createEntry(tx, {
        contestId, authorId: author.id, code: `GS-${String(1000 - i)}`, title, category: categories[i % 2]!, body,
        wordCount: 10 + (i % 7), status: 'submitted', submittedAt,
      });
      addEntryVersion(tx, { entryId: entry.id, title, subject: '', category: categories[i % 2]!, body, wordCount: 10 + (i % 7), sha256: 'x', submittedAt });
      if (i % 9 === 4) updateEntry(tx, entry.id, { status: 'disqualified', disqualifiedReason: 'Sao chép' });
      return entry;
    };
    const copied = '<p>Chị Lan dậy từ bốn giờ sáng, nấu cơm cho các cụ già neo đơn trong khu phố rồi mới đi làm ở phường, chiều về lại dạy chữ cho các em nhỏ.</p>';
    const entries = writeTransaction(ctx.db, (tx) => Array.from({ length: 83 }, (_, i) =>
      seed(tx, i, i < 2 ? copied : `<p>Bài số ${i}: ${'chuyện người tốt việc tốt '.repeat(1 + (i % 3))} ${i * 37}</p>`)));

    type Row = { id: number; code: string; title: string; category: string; wordCount: number; status: string; submittedAt: string; authorName: string; unitName: string };
    type Page = { entries: Row[]; total: number; nearDuplicates: { a: string; b: string }[] };
    const url = (query: string) => `/api/contests/${contestId}/screening?pageSize=10&${query}`;
    const walk = async (query: string) => {
      const first = await get<Page>(url(`${query}&page=1`));
      const rows = [...first.entries];
      for (let page = 2; page <= Math.ceil(first.total / 10); page += 1) rows.push(...(await get<Page>(url(`${query}&page=${page}`))).entries);
      expect(rows.length).toBe(first.total);
      return rows;
    };
    const all = await walk('');
    expect(all.length).toBe(83);
    const byId = new Map(all.map((r) => [r.id, r]));
    const key = { code: (r: Row) => r.code, title: (r: Row) => r.title, submitted: (r: Row) => r.submittedAt, status: (r: Row) => r.status, words: (r: Row) => r.wordCount };
    for (const sort of Object.keys(key) as (keyof typeof key)[]) {
      for (const order of ['asc', 'desc'] as const) {
        const sign = order === 'asc' ? 1 : -1;
        const expected = [...byId.values()].sort((a, b) => {
          const [x, y] = [key[sort](a), key[sort](b)];
          return sign * (x < y ? -1 : x > y ? 1 : a.id - b.id);
        }).map((r) => r.id);
        expect({ sort, order, ids: (await walk(`sort=${sort}&order=${order}`)).map((r) => r.id) }).toEqual({ sort, order, ids: expected });
      }
    }
    const filtered = await walk(`status=disqualified&category=${encodeURIComponent(categories[1]!)}&sort=title`);
    expect(filtered.map((r) => r.id).sort((a, b) => a - b))
      .toEqual(all.filter((r) => r.status === 'disqualified' && r.category === categories[1]).map((r) => r.id).sort((a, b) => a - b));
    expect(filtered.length).toBeGreaterThan(0);
    const unit = await walk(`q=${encodeURIComponent('Chợ Rẫy')}`);
    expect(unit.length).toBe(all.filter((r) => r.unitName.includes('Chợ Rẫy')).length);

    // Near-duplicates are the contest's, on every page, and follow a new copy at once.
    const pairs = async () => (await get<Page>(url('page=3'))).nearDuplicates.map((p) => [p.a, p.b].sort().join(' '));
    const [first, second] = entries;
    expect(await pairs()).toEqual([[first!.code, second!.code].sort().join(' ')]);
    const third = writeTransaction(ctx.db, (tx) => seed(tx, 500, copied));
    expect((await pairs()).sort()).toEqual([
      [first!.code, second!.code], [first!.code, third.code], [second!.code, third.code],
    ].map((p) => p.sort().join(' ')).sort());
    writeTransaction(ctx.db, (tx) => updateEntry(tx, third.id, { status: 'withdrawn' }));
    expect(await pairs()).toEqual([[first!.code, second!.code].sort().join(' ')]);
  }, 180_000);
});

describe('the judge\'s dashboard', () => {
  it('lists every active assignment in one answer: the latest version, the sheet\'s status, the round; nothing about the author', async () => {
    const contestId = (await createOpenContest(ctx.app, organizer, clock, { minWords: 1, categories: [] })).id;
    const password = 'giam-khao-mat-khau-dai';
    const passwordHash = await hashPassword(password);
    writeTransaction(ctx.db, (tx) => {
      const judge = createUser(tx, { id: 'gk', email: 'gk@example.vn', fullName: 'Trần Thị Giám Khảo', unitId: units[0]!, passwordHash }, ['entrant', 'judge']);
      const round = createRound(tx, { contestId, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(clock.getTime() - DAY), closesAt: new Date(clock.getTime() + DAY) });
      const later = createRound(tx, { contestId, name: 'Chung khảo', kind: 'final', opensAt: new Date(clock.getTime() + DAY), closesAt: new Date(clock.getTime() + 2 * DAY) });
      setRoundJudges(tx, round.id, [{ userId: judge.id, maxLoad: null }], clock);
      setRoundJudges(tx, later.id, [{ userId: judge.id, maxLoad: null }], clock);
      const made = Array.from({ length: 30 }, (_, i) => {
        const author = createUser(tx, { id: `t${i}`, email: `t${i}@example.vn`, fullName: nameOf(i), unitId: units[1]!, passwordHash: 'x' });
        const entry = createEntry(tx, { contestId, authorId: author.id, code: `MA-${i}`, title: `Nháp ${i}`, status: 'submitted', submittedAt: clock });
        for (const version of [1, 2]) {
          addEntryVersion(tx, { entryId: entry.id, title: `Bài ${i} bản ${version}`, subject: '', category: null, body: '<p>x</p>', wordCount: version * 100 + i, sha256: 'x', submittedAt: clock });
        }
        return entry;
      });
      createAssignments(tx, made.map((entry, i) => ({
        roundId: i < 20 ? round.id : later.id, entryId: entry.id, judgeId: judge.id, origin: 'initial' as const, createdAt: clock,
      })));
    });
    const assignments = await get<{ id: number }[]>('/api/judging/assignments', await login(ctx.app, 'gk@example.vn', password));
    writeTransaction(ctx.db, (tx) => {
      saveScoreSheet(tx, { assignmentId: assignments[0]!.id, comment: '', status: 'submitted', scores: new Map(), at: clock });
      saveScoreSheet(tx, { assignmentId: assignments[1]!.id, comment: '', status: 'draft', scores: new Map(), at: clock });
      setAssignmentStatus(tx, assignments[5]!.id, 'recused', 'Cùng đơn vị');
    });
    const cookie = await login(ctx.app, 'gk@example.vn', password);
    const dashboard = await get<Array<Record<string, unknown> & { code: string; title: string; wordCount: number; status: string; round: { name: string; open: boolean } }>>('/api/judging/assignments', cookie);
    expect(dashboard.map((a) => a.id)).toEqual(assignments.map((a) => a.id).filter((id) => id !== assignments[5]!.id));
    expect(dashboard[0]).toEqual({
      id: assignments[0]!.id, code: 'MA-0', title: 'Bài 0 bản 2', category: null, wordCount: 200, status: 'submitted',
      round: { contestTitle: 'Gương sáng làm theo lời Bác năm 2026', name: 'Sơ khảo', kind: 'preliminary',
        opensAt: new Date(clock.getTime() - DAY).toISOString(), closesAt: new Date(clock.getTime() + DAY).toISOString(), open: true },
    });
    expect(dashboard.map((a) => a.status).slice(0, 3)).toEqual(['submitted', 'draft', 'pending']);
    expect(dashboard.filter((a) => a.round.name === 'Chung khảo').every((a) => !a.round.open)).toBe(true);
    expect(JSON.stringify(dashboard)).not.toMatch(/t\d+@example\.vn|Chợ Rẫy|authorId|unitName/);
  }, 120_000);
});
