// Long lists page, sort and filter in SQL (issue 13): walking every page must give exactly the
// rows the whole list holds, in the order asked for, with nothing lost or repeated at a page
// boundary. Rows go straight into the database (registration is rate-limited and slow on purpose).
import {
  addEntryVersion, createAssignments, createEntry, createRound, createUser, listAllAssignments, listCriteria, saveScoreSheet, setAssignmentStatus,
  setRoundJudges, updateEntry, writeTransaction, type Tx,
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

describe('the judge\'s dashboard at many pages', () => {
  type Summary = { id: number; code: string; title: string; category: string | null; wordCount: number; status: string; round: { contestTitle: string; name: string; open: boolean } };
  type RoundGroup = { round: Summary['round']; closed: boolean; assigned: number; submitted: number; unscored: number; firstPage: number | null; assignments: Summary[] };
  type Dashboard = { total: number; page: number; pageSize: number; counts: { all: number; unscored: number }; rounds: RoundGroup[] };

  /**
   * Judge «gk» in two contests: A has an open round (closes in a day, 23 entries) and a later one
   * (opens in a day, 9); B an open round closing in between (6) and a closed one (4). Codes are
   * not in id order; every entry has two versions. Judge «gk2» reads some of the same entries.
   */
  async function seedJudges() {
    const contestA = (await createOpenContest(ctx.app, organizer, clock, { minWords: 1, categories: [], title: 'Gương sáng A' })).id;
    const contestB = (await createOpenContest(ctx.app, organizer, clock, { minWords: 1, categories: [], title: 'Gương sáng B' })).id;
    const password = 'giam-khao-mat-khau-dai';
    const passwordHash = await hashPassword(password);
    const at = (days: number) => new Date(clock.getTime() + days * DAY);
    const plan = [
      { contestId: contestA, name: 'Sơ khảo', kind: 'preliminary' as const, opensAt: at(-1), closesAt: at(1), count: 23 },
      { contestId: contestA, name: 'Chung khảo', kind: 'final' as const, opensAt: at(1), closesAt: at(2), count: 9 },
      { contestId: contestB, name: 'Vòng một', kind: 'preliminary' as const, opensAt: at(-1), closesAt: at(1.5), count: 6 },
      { contestId: contestB, name: 'Vòng cũ', kind: 'preliminary' as const, opensAt: at(-5), closesAt: at(-1), count: 4 },
    ];
    const seeded = writeTransaction(ctx.db, (tx) => {
      const judge = createUser(tx, { id: 'gk', email: 'gk@example.vn', fullName: 'Trần Thị Giám Khảo', unitId: units[0]!, passwordHash }, ['entrant', 'judge']);
      const other = createUser(tx, { id: 'gk2', email: 'gk2@example.vn', fullName: 'Lê Văn Khác', unitId: units[0]!, passwordHash }, ['entrant', 'judge']);
      let i = 0;
      return plan.map((p) => {
        const round = createRound(tx, { contestId: p.contestId, name: p.name, kind: p.kind, opensAt: p.opensAt, closesAt: p.closesAt });
        setRoundJudges(tx, round.id, [{ userId: judge.id, maxLoad: null }, { userId: other.id, maxLoad: null }], at(-5));
        const made = Array.from({ length: p.count }, () => {
          i += 1;
          const author = createUser(tx, { id: `t${i}`, email: `t${i}@example.vn`, fullName: nameOf(i), unitId: units[1]!, passwordHash: 'x' });
          // 7 and 53 are coprime: codes are unique and out of id order.
          const code = `MA-${String((i * 7) % 53).padStart(2, '0')}`;
          const entry = createEntry(tx, { contestId: p.contestId, authorId: author.id, code, title: `Nháp ${i}`, status: 'submitted', submittedAt: clock });
          for (const version of [1, 2]) {
            addEntryVersion(tx, { entryId: entry.id, title: `Bài ${i} bản ${version}`, subject: '', category: null, body: '<p>x</p>', wordCount: version * 100 + i, sha256: 'x', submittedAt: clock });
          }
          return entry;
        });
        createAssignments(tx, made.flatMap((entry, k) => [
          { roundId: round.id, entryId: entry.id, judgeId: judge.id, origin: 'initial' as const, createdAt: clock },
          ...(k % 2 === 0 ? [{ roundId: round.id, entryId: entry.id, judgeId: other.id, origin: 'initial' as const, createdAt: clock }] : []),
        ]));
        return { round, entries: made };
      });
    });
    return { seeded, password, cookie: await login(ctx.app, 'gk@example.vn', password), otherCookie: await login(ctx.app, 'gk2@example.vn', password) };
  }

  const walk = async (cookie: string, query: string) => {
    const first = await get<Dashboard>(`/api/judging/assignments?${query}&page=1`, cookie);
    const pages = [first];
    for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page += 1) {
      pages.push(await get<Dashboard>(`/api/judging/assignments?${query}&page=${page}`, cookie));
    }
    return { pages, rows: pages.flatMap((answer) => answer.rounds.flatMap((group) => group.assignments)) };
  };

  it('walks every page in the dashboard\'s order, with per-round counts equal to the rows, and only the judge\'s own', async () => {
    const { seeded, cookie, otherCookie } = await seedJudges();
    const ids = (await walk(cookie, 'pageSize=200')).rows.map((row) => row.id);
    writeTransaction(ctx.db, (tx) => {
      for (const [k, id] of ids.entries()) {
        if (k % 3 === 0) saveScoreSheet(tx, { assignmentId: id, comment: '', status: k % 6 === 0 ? 'submitted' : 'draft', scores: new Map(), at: clock });
      }
      setAssignmentStatus(tx, ids[5]!, 'recused', 'Cùng đơn vị');
    });

    const { pages, rows } = await walk(cookie, 'pageSize=10');
    // Contests by their most pressing round, then the contest's rounds by deadline, closed last; codes in order within.
    const roundNames = ['Sơ khảo', 'Chung khảo', 'Vòng một', 'Vòng cũ'];
    expect(pages[0]!.rounds.map((group) => group.round.name)).toEqual(roundNames);
    expect(rows.map((row) => row.round.name)).toEqual(roundNames.flatMap((name, r) => Array(seeded[r]!.entries.length - (r === 0 ? 1 : 0)).fill(name)));
    for (const name of roundNames) {
      const codes = rows.filter((row) => row.round.name === name).map((row) => row.code);
      expect(codes).toEqual([...codes].sort());
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.map((row) => row.id)).not.toContain(ids[5]);
    expect(rows.length).toBe(41);
    expect(pages.map((answer) => answer.rounds.reduce((sum, group) => sum + group.assignments.length, 0))).toEqual([10, 10, 10, 10, 1]);
    // Walking again gives the same order: it is total (code, then id), not left to the database.
    expect((await walk(cookie, 'pageSize=10')).rows.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(rows.map((row) => row.id)).toEqual((await walk(cookie, 'pageSize=200')).rows.map((row) => row.id));

    // The counts on every page are the totals of the whole list, and say where each round starts.
    for (const answer of pages) {
      expect(answer.total).toBe(41);
      expect(answer.counts).toEqual({ all: 41, unscored: rows.filter((row) => row.status !== 'submitted').length });
      for (const group of answer.rounds) {
        const mine = rows.filter((row) => row.round.name === group.round.name);
        expect([group.assigned, group.submitted, group.unscored])
          .toEqual([mine.length, mine.filter((row) => row.status === 'submitted').length, mine.filter((row) => row.status !== 'submitted').length]);
        expect(group.firstPage).toBe(Math.floor(rows.indexOf(mine[0]!) / 10) + 1);
      }
    }
    expect(pages[0]!.rounds.map((group) => [group.closed, group.round.open])).toEqual([[false, true], [false, false], [false, true], [true, false]]);

    // What a row shows: the latest version, the sheet's status; nothing about the author.
    const first = rows[0]!;
    const n = Number(seeded[0]!.entries.find((entry) => entry.code === first.code)!.title.split(' ')[1]);
    expect(first).toEqual({
      id: ids[0], code: first.code, title: `Bài ${n} bản 2`, category: null, wordCount: 200 + n, status: 'submitted',
      round: { contestTitle: 'Gương sáng A', name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(clock.getTime() - DAY).toISOString(), closesAt: new Date(clock.getTime() + DAY).toISOString(), open: true },
    });
    expect(JSON.stringify(pages)).not.toMatch(/t\d+@example\.vn|Chợ Rẫy|authorId|unitName|Nháp/);
    expect(JSON.stringify(pages)).not.toContain(nameOf(1));

    // Not yet scored: the same order without the submitted, the same counts.
    const unscored = await walk(cookie, 'show=unscored&pageSize=10');
    expect(unscored.rows.map((row) => row.id)).toEqual(rows.filter((row) => row.status !== 'submitted').map((row) => row.id));
    expect(unscored.pages[0]!.total).toBe(unscored.rows.length);
    expect(unscored.pages[0]!.counts).toEqual(pages[0]!.counts);

    // The other judge sees only theirs, and never the first judge's.
    const others = await walk(otherCookie, 'pageSize=10');
    expect(others.rows.length).toBe(22);
    expect(others.rows.filter((row) => rows.some((mine) => mine.id === row.id))).toEqual([]);
    expect(others.pages[0]!.counts.all).toBe(22);
  }, 120_000);

  it('refuses page numbers that are not pages, with a clear message', async () => {
    const { cookie } = await seedJudges();
    const ask = (query: string, lang = 'vi') => ctx.app.inject({ url: `/api/judging/assignments?${query}`, headers: { cookie, 'accept-language': lang } });
    for (const query of ['page=0', 'page=-1', 'page=abc', 'page=1.5', 'page=', 'page=100001', 'pageSize=5', 'pageSize=201', 'show=done']) {
      const answer = await ask(query);
      expect(answer.statusCode, query).toBe(400);
      expect(answer.json().error.code, query).toBe('validation_failed');
    }
    expect((await ask('page=0')).json().error.message).toBe('«Trang» phải từ 1 trở lên.');
    const beyond = await ask('page=2&pageSize=200', 'en');
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error).toEqual({ code: 'page_beyond_last', message: 'There is no page 2: the list has 1 pages.' });
    expect((await ask('page=5&pageSize=10')).statusCode).toBe(200);
    expect((await ask('page=6&pageSize=10')).json().error.message).toBe('Không có trang 6: danh sách chỉ có 5 trang.');
    // A judge with nothing to read has one empty page.
    const organizerPage = await get<Dashboard>('/api/judging/assignments', organizer);
    expect(organizerPage).toEqual({ total: 0, page: 1, pageSize: 50, counts: { all: 0, unscored: 0 }, rounds: [] });
  }, 120_000);

  it('gives the next entry to score in the round, in code order after this one, wrapping round; only for one\'s own', async () => {
    const { cookie, otherCookie } = await seedJudges();
    const round = (await walk(cookie, 'pageSize=200')).rows.filter((row) => row.round.name === 'Vòng một');
    const next = async (id: number, who = cookie) => ctx.app.inject({ url: `/api/judging/assignments/${id}/next`, headers: { cookie: who } });
    expect((await next(round[0]!.id)).json()).toEqual({ next: { id: round[1]!.id, code: round[1]!.code } });
    writeTransaction(ctx.db, (tx) => {
      for (const row of round.slice(1, 4)) saveScoreSheet(tx, { assignmentId: row.id, comment: '', status: 'submitted', scores: new Map(), at: clock });
      saveScoreSheet(tx, { assignmentId: round[4]!.id, comment: '', status: 'draft', scores: new Map(), at: clock });
    });
    expect((await next(round[0]!.id)).json().next.code).toBe(round[4]!.code);
    expect((await next(round[5]!.id)).json().next.code).toBe(round[0]!.code);
    writeTransaction(ctx.db, (tx) => {
      for (const row of [round[0]!, round[4]!, round[5]!]) saveScoreSheet(tx, { assignmentId: row.id, comment: '', status: 'submitted', scores: new Map(), at: clock });
    });
    expect((await next(round[0]!.id)).json()).toEqual({ next: null });
    // Another judge's assignment is not found, as if it did not exist.
    const othersRow = (await walk(otherCookie, 'pageSize=200')).rows[0]!;
    expect((await next(othersRow.id)).statusCode).toBe(404);
  }, 120_000);
});

describe('a round\'s results at many pages', () => {
  it('pages the ranking: every entry once, in rank order, with the whole round\'s total; a page past the last is refused', async () => {
    const contestId = (await createOpenContest(ctx.app, organizer, clock, { minWords: 1 })).id;
    const roundId = writeTransaction(ctx.db, (tx) => {
      const judge = createUser(tx, { id: 'gk', email: 'gk@example.vn', fullName: 'Lê Văn Giám', unitId: units[0]!, passwordHash: 'x' }, ['judge']);
      const round = createRound(tx, { contestId, name: 'Sơ khảo', kind: 'preliminary', readersPerEntry: 1, opensAt: new Date(clock.getTime() - DAY), closesAt: clock });
      setRoundJudges(tx, round.id, [{ userId: judge.id, maxLoad: null }], clock);
      for (let i = 0; i < 23; i += 1) {
        const author = createUser(tx, { id: `r${i}`, email: `r${i}@example.vn`, fullName: nameOf(i), unitId: units[1]!, passwordHash: 'x' });
        const entry = createEntry(tx, { contestId, authorId: author.id, code: `GS-R${String(i).padStart(3, '0')}`, title: `Bài ${i}`, body: '<p>x</p>', wordCount: 1, status: 'submitted', submittedAt: clock });
        createAssignments(tx, [{ roundId: round.id, entryId: entry.id, judgeId: judge.id, origin: 'initial', createdAt: clock }]);
      }
      const criteria = listCriteria(tx, contestId);
      for (const [k, assignment] of listAllAssignments(tx, round.id).entries()) {
        const scores = new Map(criteria.map((c, j) => [c.id, ((k * 7 + j * 3) % 21) / 2]));
        saveScoreSheet(tx, { assignmentId: assignment.id, comment: '', status: 'submitted', scores, at: clock });
      }
      return round.id;
    });
    type Page = { total: number; page: number; pageSize: number; entries: { code: string; rank: number; score: number }[] };
    const pages = await Promise.all([1, 2, 3].map((page) => get<Page>(`/api/rounds/${roundId}/results?pageSize=10&page=${page}`)));
    expect(pages.map((p) => [p.total, p.page, p.entries.length])).toEqual([[23, 1, 10], [23, 2, 10], [23, 3, 3]]);
    const ranked = pages.flatMap((p) => p.entries);
    expect(new Set(ranked.map((e) => e.code)).size).toBe(23);
    const scores = ranked.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ranked.map((e) => e.rank)).toEqual([...ranked.map((e) => e.rank)].sort((a, b) => a - b));
    // The default page holds them all; a page past the last, or a page size off the range, is a clear 400.
    expect((await get<Page>(`/api/rounds/${roundId}/results`)).entries.map((e) => e.code)).toEqual(ranked.map((e) => e.code));
    const beyond = await ctx.app.inject({ url: `/api/rounds/${roundId}/results?pageSize=10&page=4`, headers: { cookie: organizer } });
    expect([beyond.statusCode, beyond.json().error.code]).toEqual([400, 'page_beyond_last']);
    expect(beyond.json().error.message).toMatch(/trang 4/);
    const tiny = await ctx.app.inject({ url: `/api/rounds/${roundId}/results?pageSize=5`, headers: { cookie: organizer } });
    expect(tiny.statusCode).toBe(400);
  });
});
