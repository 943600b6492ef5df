import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb, type Db, writeTransaction } from '../client.ts';
import { createUnit } from './units.ts';
import { createUser, deactivateUser, fillMissingNameKeys, listPeople, setUserName } from './users.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đỗ', 'Võ'];
const GIVEN = ['An', 'Ánh', 'Bình', 'Dũng', 'Đức', 'Hà', 'Hạnh', 'Ơn', 'Ưng', 'Yến'];

let db: Db;
let unitIds: number[];
beforeAll(() => {
  db = createDb(':memory:');
  unitIds = [createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 1 }).id,
    createUnit(db, { name: 'Công đoàn Bệnh viện', headcount: 1 }).id];
  // The contest in DESIGN.md: 61,153 people.
  writeTransaction(db, (tx) => {
    for (let i = 0; i < 61_153; i += 1) {
      const fullName = `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[(i * 7) % GIVEN.length]}`;
      createUser(tx, {
        id: `u${i}`, email: `person${i}@example.vn`, fullName, unitId: unitIds[i % 2]!, passwordHash: 'x',
      }, i % 1000 === 0 ? ['entrant', 'judge'] : ['entrant']);
    }
  });
  deactivateUser(db, 'u5', new Date());
}, 120_000);
afterAll(() => closeDb(db));

describe('listPeople', () => {
  it('pages in Vietnamese order by given name, with the total of the whole filter', () => {
    const first = listPeople(db, { limit: 20, offset: 0 });
    expect(first.total).toBe(61_153);
    expect(first.people).toHaveLength(20);
    expect(first.people.every((p) => p.fullName.endsWith(' An'))).toBe(true);
    const given = (name: string) => name.split(' ').at(-1)!;
    const afterAn = listPeople(db, { limit: 1, offset: Math.floor(first.total / GIVEN.length) + 10 }).people[0]!;
    expect(given(afterAn.fullName)).toBe('Ánh');
    const last = listPeople(db, { limit: 5, offset: first.total - 5 });
    expect(last.people.map((p) => given(p.fullName))).toEqual(Array(5).fill('Yến'));
  });

  it('finds people by name without accents, by e-mail, by role, unit and status', () => {
    const byName = listPeople(db, { q: 'DO VAN DUC', limit: 5, offset: 0 });
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.people.every((p) => p.fullName === 'Đỗ Văn Đức')).toBe(true);
    expect(listPeople(db, { q: 'person12345@', limit: 5, offset: 0 }).people.map((p) => p.id)).toEqual(['u12345']);
    const judges = listPeople(db, { role: 'judge', limit: 100, offset: 0 });
    expect(judges.total).toBe(62);
    expect(judges.people.every((p) => p.roles.join() === 'entrant,judge')).toBe(true);
    expect(listPeople(db, { unitId: unitIds[1], limit: 1, offset: 0 }).total).toBe(30_576);
    const off = listPeople(db, { status: 'deactivated', limit: 5, offset: 0 });
    expect(off.people.map((p) => p.id)).toEqual(['u5']);
    expect(off.people[0]!.deactivatedAt).toBeInstanceOf(Date);
    expect(listPeople(db, { status: 'active', limit: 1, offset: 0 }).total).toBe(61_152);
  });

  it('treats % and _ in a search as plain characters', () => {
    expect(listPeople(db, { q: '%', limit: 5, offset: 0 }).total).toBe(0);
    expect(listPeople(db, { q: '_', limit: 5, offset: 0 }).total).toBe(0);
  });

  it('sorts through the name index, without sorting the whole table for each page', () => {
    const plan = db.$client.prepare(
      'explain query plan select id from users order by name_sort_key, id limit 20 offset 40000',
    ).all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toContain('users_name_sort_idx');
  });

  it('keeps the keys in step with a renamed person, and fills keys of older rows', () => {
    setUserName(db, 'u1', 'Trần Thị Ánh');
    expect(listPeople(db, { q: 'tran thi anh', limit: 5, offset: 0 }).people.map((p) => p.id)).toEqual(['u1']);
    db.$client.prepare("update users set name_sort_key = '', name_folded = '' where id = 'u2'").run();
    expect(fillMissingNameKeys(db)).toBe(1);
    expect(listPeople(db, { q: 'person2@', limit: 5, offset: 0 }).people[0]!.fullName).toBeTruthy();
    expect(listPeople(db, { limit: 1, offset: 0 }).people[0]!.fullName.endsWith(' An')).toBe(true);
  });
});
