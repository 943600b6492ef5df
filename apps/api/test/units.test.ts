import { findUserByEmail, getUnit, listAudit } from '@guong-sang/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { login, makeApp, ORGANIZER, organizerEnv, type TestContext } from './helpers.ts';
import { changeUnit } from '../src/units/edit-units.ts';

let ctx: TestContext;
let organizer: string;

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
});
afterEach(() => ctx.close());

const send = (method: 'POST' | 'PATCH', url: string, payload: unknown, language = 'vi') =>
  ctx.app.inject({ method, url, payload: payload as object, headers: { cookie: organizer, 'accept-language': language } });
const add = async (name: string, parentId?: number | null) => {
  const response = await send('POST', '/api/units', { name, headcount: 10, ...(parentId !== undefined && { parentId }) });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: number; parentId: number | null }>();
};

describe('units under a parent unit', () => {
  it('adds a unit under another, moves it, and puts it back at the top, each change audited', async () => {
    const city = await add('Đảng ủy Khối Dân – Chính – Đảng Thành phố');
    const ward = await add('Đảng ủy phường Bến Nghé');
    const cell = await add('Chi bộ Khu phố 3', ward.id);
    expect(cell.parentId).toBe(ward.id);

    const moved = await send('PATCH', `/api/units/${ward.id}`, { parentId: city.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id: ward.id, parentId: city.id, headcount: 10 });
    const top = await send('PATCH', `/api/units/${ward.id}`, { parentId: null });
    expect(top.json().parentId).toBeNull();

    const units = (await ctx.app.inject({ url: '/api/units' })).json<{ id: number; parentId: number | null }[]>();
    expect(units.find((unit) => unit.id === cell.id)?.parentId).toBe(ward.id);
    const updates = listAudit(ctx.db, { subjectType: 'unit', subjectId: String(ward.id) })
      .filter((item) => item.action === 'unit.updated').map((item) => item.details);
    expect(updates).toEqual([
      { before: expect.objectContaining({ parentId: city.id }), after: expect.objectContaining({ parentId: null }) },
      { before: expect.objectContaining({ parentId: null }), after: expect.objectContaining({ parentId: city.id }) },
    ]);
  });

  it('refuses a unit above itself, directly or through the units under it, with a message naming the parent', async () => {
    const ward = await add('Đảng ủy phường Bến Nghé');
    const cell = await add('Chi bộ Khu phố 3', ward.id);
    const group = await add('Tổ đảng số 1', cell.id);

    for (const parentId of [ward.id, cell.id, group.id]) {
      const refused = await send('PATCH', `/api/units/${ward.id}`, { parentId });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'unit_cycle' });
      expect(refused.json().error.message).toContain('«');
    }
    const english = await send('PATCH', `/api/units/${ward.id}`, { parentId: group.id }, 'en');
    expect(english.json().error.message).toBe('"Tổ đảng số 1" cannot be the parent unit: it is this unit or a unit under it.');
    const units = (await ctx.app.inject({ url: '/api/units' })).json<{ id: number; parentId: number | null }[]>();
    expect(units.find((unit) => unit.id === ward.id)?.parentId).toBeNull();
  });

  it('refuses a parent that is not a unit, and a parent id of the wrong type, saving nothing', async () => {
    const ward = await add('Đảng ủy phường Bến Nghé');
    const unknown = await send('POST', '/api/units', { name: 'Chi bộ mồ côi', headcount: 3, parentId: 9999 }, 'en');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'unit_parent_unknown', message: 'There is no such parent unit.' });
    for (const parentId of ['1', 0, -1, 1.5, true]) {
      const wrong = await send('PATCH', `/api/units/${ward.id}`, { parentId });
      expect(wrong.statusCode).toBe(400);
    }
    const names = (await ctx.app.inject({ url: '/api/units' })).json<{ name: string }[]>().map((unit) => unit.name);
    expect(names).not.toContain('Chi bộ mồ côi');
  });
});

describe("the organizers' own unit at registration", () => {
  const ownUnit = 'Ban Tổ chức cuộc thi';
  const registerInto = (unitId: number, language: string) => ctx.app.inject({
    method: 'POST', url: '/api/auth/register', headers: { 'accept-language': language },
    payload: { email: `tac-gia.${language}@example.vn`, password: 'viet-ve-guong-sang', fullName: 'Nguyễn Thị Hồng Nhung', unitId },
  });

  it('is not offered to entrants, and registering into it is refused in their language until an organizer opens it', async () => {
    const contestUnit = await add('Đảng ủy Sở Tư pháp');
    const all = (await ctx.app.inject({ url: '/api/units' })).json<{ id: number; name: string; openToEntrants: boolean }[]>();
    const own = all.find((unit) => unit.name === ownUnit)!;
    expect(own.openToEntrants).toBe(false);

    const offered = (await ctx.app.inject({ url: '/api/auth/units' })).json<{ name: string }[]>();
    expect(offered.map((unit) => unit.name)).toEqual(['Đảng ủy Sở Tư pháp']);

    const vi = await registerInto(own.id, 'vi');
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error).toEqual({
      code: 'unit_closed_to_entrants',
      message: `Đơn vị «${ownUnit}» không nhận người dự thi đăng ký. Hãy chọn đơn vị nơi bạn công tác.`,
    });
    expect((await registerInto(own.id, 'en')).json().error.message).toBe(`The unit "${ownUnit}" does not take entrants. Choose the unit you work in.`);
    expect((await registerInto(contestUnit.id, 'vi')).statusCode).toBe(201);

    const opened = await send('PATCH', `/api/units/${own.id}`, { openToEntrants: true });
    expect(opened.json()).toMatchObject({ id: own.id, openToEntrants: true });
    expect((await ctx.app.inject({ url: '/api/auth/units' })).json<{ name: string }[]>().map((unit) => unit.name))
      .toEqual([ownUnit, 'Đảng ủy Sở Tư pháp']);
    expect((await registerInto(own.id, 'en')).statusCode).toBe(201);
  });
});

describe('a unit closed to entrants while a registration into it is under way', () => {
  it('refuses the registration whose unit closed during its password hashing, and creates no account', async () => {
    // The unit closes right after the registration's handler starts: while its password hashes.
    let closeDuringHash = () => {};
    const race = await makeApp({
      env: organizerEnv,
      onRoute: (route) => {
        if (route.url !== '/api/auth/register') return;
        route.preHandler = (_request, _reply, done) => { setImmediate(() => closeDuringHash()); done(); };
      },
    });
    try {
      const cookie = await login(race.app, ORGANIZER.email, ORGANIZER.password);
      const created = await race.app.inject({ method: 'POST', url: '/api/units', headers: { cookie }, payload: { name: 'Đảng ủy Sở Y tế', headcount: 10 } });
      const unitId = created.json<{ id: number }>().id;
      const organizerId = (await race.app.inject({ url: '/api/me', headers: { cookie } })).json<{ id: string }>().id;
      closeDuringHash = () => { changeUnit(race.db, organizerId, unitId, { openToEntrants: false }); };
      const registered = await race.app.inject({
        method: 'POST', url: '/api/auth/register',
        payload: { email: 'tac-gia@example.vn', password: 'viet-ve-guong-sang', fullName: 'Nguyễn Thị Hồng Nhung', unitId },
      });
      expect(getUnit(race.db, unitId)?.openToEntrants).toBe(false);
      expect(registered.statusCode).toBe(400);
      expect(registered.json().error.code).toBe('unit_closed_to_entrants');
      expect(findUserByEmail(race.db, 'tac-gia@example.vn')).toBeUndefined();
    } finally {
      await race.close();
    }
  });
});
