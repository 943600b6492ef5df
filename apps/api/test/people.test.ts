import { createUser, deleteUserSessions, listAudit, writeTransaction } from '@guong-sang/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createUnit, login, makeApp, ORGANIZER, organizerEnv, register, sessionCookie, type TestContext,
} from './helpers.ts';
import { deactivatePerson } from '../src/people/activation.ts';

let ctx: TestContext;
let organizer: string;
let unitId: number;
let otherUnitId: number;

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
  otherUnitId = await createUnit(ctx.app, organizer, 'Công đoàn Bệnh viện Chợ Rẫy');
});
afterEach(() => ctx.close());

const people = async (query: string, cookie = organizer) =>
  ctx.app.inject({ url: `/api/people?${query}`, headers: { cookie } });
const idOf = async (cookie: string) => (await ctx.app.inject({ url: '/api/me', headers: { cookie } })).json<{ id: string }>().id;

describe('the people list', () => {
  it('finds people by name without accents, by e-mail and by unit, in Vietnamese name order', async () => {
    await register(ctx.app, { email: 'binh@example.vn', fullName: 'Lê Thanh Bình', unitId });
    await register(ctx.app, { email: 'anh@example.vn', fullName: 'Trần Thị Ánh', unitId: otherUnitId });
    await register(ctx.app, { email: 'an@example.vn', fullName: 'Nguyễn Văn An', unitId });
    await register(ctx.app, { email: 'duc@example.vn', fullName: 'Đỗ Minh Đức', unitId });

    const all = (await people('')).json();
    // By given name: An, Ánh, Bình, Đức — the organizer (named from the e-mail) comes with them.
    expect(all.people.map((p: { fullName: string }) => p.fullName).filter((n: string) => n !== all.people.find(
      (p: { email: string }) => p.email === ORGANIZER.email).fullName))
      .toEqual(['Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Thanh Bình', 'Đỗ Minh Đức']);
    expect(all.total).toBe(5);

    const byName = (await people('q=tran%20thi%20anh')).json();
    expect(byName.people.map((p: { email: string }) => p.email)).toEqual(['anh@example.vn']);
    expect(byName.people[0]).toMatchObject({ unitName: 'Công đoàn Bệnh viện Chợ Rẫy', roles: ['entrant'], deactivatedAt: null });
    expect((await people('q=DUC@')).json().people.map((p: { fullName: string }) => p.fullName)).toEqual(['Đỗ Minh Đức']);
    expect((await people(`unitId=${otherUnitId}`)).json().total).toBe(1);
    expect((await people('role=organizer')).json().people.map((p: { email: string }) => p.email)).toEqual([ORGANIZER.email]);
  });

  it('pages with a total, 50 people a page', async () => {
    // Registration is rate-limited; the rows go straight in, as an import would put them.
    writeTransaction(ctx.db, (tx) => {
      for (let i = 0; i < 55; i += 1) {
        createUser(tx, { id: `p${i}`, email: `p${i}@example.vn`, fullName: `Người Số ${i}`, unitId, passwordHash: 'x' });
      }
    });
    const first = (await people('q=example.vn&page=1')).json();
    const second = (await people('q=example.vn&page=2')).json();
    expect([first.total, first.pageSize, first.people.length, second.people.length]).toEqual([56, 50, 50, 6]);
    const ids = new Set([...first.people, ...second.people].map((p: { id: string }) => p.id));
    expect(ids.size).toBe(56);
  }, 120_000);

  it('is for organizers only, and refuses a broken filter clearly', async () => {
    const entrant = await register(ctx.app, { email: 'an@example.vn', unitId });
    expect((await people('', entrant)).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/people' })).statusCode).toBe(401);
    expect((await people('page=0')).statusCode).toBe(400);
    expect((await people('role=admin')).statusCode).toBe(400);
    expect((await people('status=gone')).statusCode).toBe(400);
  });
});

describe('the panel search (adding judges to a panel)', () => {
  it('finds judges by name without accents or đ, in any case, and by e-mail', async () => {
    for (const [email, fullName] of [['nhung@example.vn', 'Nguyễn Thị Hồng Nhung'], ['duc@example.vn', 'Đỗ Minh Đức'], ['an@example.vn', 'Nguyễn Văn An']]) {
      const cookie = await register(ctx.app, { email: email!, fullName: fullName!, unitId });
      if (email !== 'an@example.vn') {
        await ctx.app.inject({ method: 'PUT', url: `/api/users/${await idOf(cookie)}/roles`, headers: { cookie: organizer }, payload: { roles: ['judge'] } });
      }
    }
    const judges = async (q: string) => (await ctx.app.inject({
      url: `/api/users?q=${encodeURIComponent(q)}&role=judge`, headers: { cookie: organizer },
    })).json<{ email: string }[]>().map((u) => u.email).sort();
    expect(await judges('nguyen')).toEqual(['nhung@example.vn']);
    expect(await judges('NGUYỄN thi hong')).toEqual(['nhung@example.vn']);
    expect(await judges('do minh duc')).toEqual(['duc@example.vn']);
    expect(await judges('đức')).toEqual(['duc@example.vn']);
    expect(await judges('duc@')).toEqual(['duc@example.vn']);
    expect(await judges('')).toEqual(['duc@example.vn', 'nhung@example.vn']);
    const everyone = await ctx.app.inject({ url: '/api/users?q=nguyen%20van', headers: { cookie: organizer } });
    expect(everyone.json<{ email: string }[]>().map((u) => u.email)).toEqual(['an@example.vn']);
  });
});

describe('roles from the people page', () => {
  it('makes a person a judge, then takes it back; the audit says who and what', async () => {
    const person = await register(ctx.app, { email: 'an@example.vn', unitId });
    const id = await idOf(person);
    const grant = await ctx.app.inject({
      method: 'PUT', url: `/api/users/${id}/roles`, headers: { cookie: organizer }, payload: { roles: ['entrant', 'judge'] },
    });
    expect(grant.json().roles).toEqual(['entrant', 'judge']);
    expect((await people('role=judge')).json().people.map((p: { id: string }) => p.id)).toEqual([id]);
    const judge = await login(ctx.app, 'an@example.vn', 'mat-khau-du-dai');
    expect((await ctx.app.inject({ url: '/api/judging/assignments', headers: { cookie: judge } })).statusCode).toBe(200);
    await ctx.app.inject({
      method: 'PUT', url: `/api/users/${id}/roles`, headers: { cookie: organizer }, payload: { roles: ['entrant'] },
    });
    expect((await people('role=judge')).json().total).toBe(0);
    const audit = listAudit(ctx.db, { subjectType: 'user', subjectId: id }).filter((a) => a.action === 'user.roles_changed');
    expect(audit.map((a) => a.details)).toEqual([
      { before: ['entrant', 'judge'], after: ['entrant'] },
      { before: ['entrant'], after: ['entrant', 'judge'] },
    ]);
  });

  it('keeps the last organizer, through roles and through deactivation', async () => {
    const me = await idOf(organizer);
    const drop = await ctx.app.inject({
      method: 'PUT', url: `/api/users/${me}/roles`, headers: { cookie: organizer }, payload: { roles: ['entrant'] },
    });
    expect([drop.statusCode, drop.json().error.code]).toEqual([409, 'last_organizer']);
    // A second organizer, deactivated, does not count: the first still cannot step down.
    const second = await register(ctx.app, { email: 'btc2@example.vn', unitId });
    const secondId = await idOf(second);
    await ctx.app.inject({
      method: 'PUT', url: `/api/users/${secondId}/roles`, headers: { cookie: organizer }, payload: { roles: ['entrant', 'organizer'] },
    });
    await ctx.app.inject({ method: 'POST', url: `/api/people/${secondId}/deactivate`, headers: { cookie: organizer } });
    const again = await ctx.app.inject({
      method: 'PUT', url: `/api/users/${me}/roles`, headers: { cookie: organizer }, payload: { roles: ['entrant'] },
    });
    expect(again.statusCode).toBe(409);
    // Reactivated, the second organizer may deactivate the first; then the second is the last.
    await ctx.app.inject({ method: 'POST', url: `/api/people/${secondId}/reactivate`, headers: { cookie: organizer } });
    const secondCookie = await login(ctx.app, 'btc2@example.vn', 'mat-khau-du-dai');
    const off = await ctx.app.inject({ method: 'POST', url: `/api/people/${me}/deactivate`, headers: { cookie: secondCookie } });
    expect(off.statusCode).toBe(200);
    const self = await ctx.app.inject({ method: 'POST', url: `/api/people/${secondId}/deactivate`, headers: { cookie: secondCookie } });
    expect([self.statusCode, self.json().error.code]).toEqual([409, 'cannot_deactivate_self']);
  });
});

describe('deactivation', () => {
  it('ends the person\'s sessions at once, refuses sign-in with a clear message, keeps their entries; reactivation restores', async () => {
    const person = await register(ctx.app, { email: 'an@example.vn', unitId });
    const id = await idOf(person);
    const countRows = () => ctx.db.$client.prepare('select count(*) as n from user_roles where user_id = ?').get(id);
    const before = countRows();

    const off = await ctx.app.inject({ method: 'POST', url: `/api/people/${id}/deactivate`, headers: { cookie: organizer } });
    expect(off.statusCode).toBe(200);
    expect(off.json().deactivatedAt).toEqual(expect.any(String));
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: person } })).statusCode).toBe(401);

    const refused = await ctx.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'an@example.vn', password: 'mat-khau-du-dai' },
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'account_deactivated']);
    expect(refused.json().error.message).toMatch(/tạm khóa/);
    // A wrong password learns nothing about the account.
    const guess = await ctx.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'an@example.vn', password: 'sai-mat-khau-roi' },
    });
    expect([guess.statusCode, guess.json().error.code]).toEqual([401, 'invalid_credentials']);
    expect((await people('status=deactivated')).json().people.map((p: { id: string }) => p.id)).toEqual([id]);
    expect(countRows()).toEqual(before);

    const on = await ctx.app.inject({ method: 'POST', url: `/api/people/${id}/reactivate`, headers: { cookie: organizer } });
    expect(on.json().deactivatedAt).toBeNull();
    await expect(login(ctx.app, 'an@example.vn', 'mat-khau-du-dai')).resolves.toMatch(/gs_session=/);
    const actions = listAudit(ctx.db, { subjectType: 'user', subjectId: id }).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.deactivated', 'user.reactivated']));
  });

  it('a sign-in or password change in flight when the person is deactivated leaves them no session, even once reactivated', async () => {
    const person = await register(ctx.app, { email: 'an@example.vn', unitId });
    const id = await idOf(person);
    const deactivate = () => ctx.app.inject({ method: 'POST', url: `/api/people/${id}/deactivate`, headers: { cookie: organizer } });
    const sessions = () => ctx.db.$client.prepare('select count(*) as n from sessions where user_id = ?').get(id);
    // Deactivated while sign-in's slow check of the account it read is running.
    const throttle = ctx.app.signInThrottle;
    const attempt = throttle.attempt.bind(throttle);
    throttle.attempt = (account, address, verify) => attempt(account, address, async () => {
      const checking = verify();
      await deactivate();
      return checking;
    });
    const signIn = await ctx.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'an@example.vn', password: 'mat-khau-du-dai' },
    });
    throttle.attempt = attempt;
    expect([signIn.statusCode, signIn.json().error.code]).toEqual([403, 'account_deactivated']);
    expect(sessions()).toEqual({ n: 0 });

    // Deactivated while a password change made with their session hashes the new password.
    await ctx.app.inject({ method: 'POST', url: `/api/people/${id}/reactivate`, headers: { cookie: organizer } });
    const again = await login(ctx.app, 'an@example.vn', 'mat-khau-du-dai');
    const organizerId = await idOf(organizer);
    const transaction = ctx.db.transaction.bind(ctx.db);
    ctx.db.transaction = ((fn, config) => {
      ctx.db.transaction = transaction;
      writeTransaction(ctx.db, (tx) => deactivatePerson(tx, organizerId, id, new Date()));
      deleteUserSessions(ctx.db, id);
      return transaction(fn, config);
    }) as typeof transaction;
    const change = await ctx.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: again },
      payload: { currentPassword: 'mat-khau-du-dai', newPassword: 'mat-khau-cua-ke-bi-khoa' },
    });
    expect(change.statusCode).toBe(401);
    expect(sessions()).toEqual({ n: 0 });
    await ctx.app.inject({ method: 'POST', url: `/api/people/${id}/reactivate`, headers: { cookie: organizer } });
    await expect(login(ctx.app, 'an@example.vn', 'mat-khau-du-dai')).resolves.toMatch(/gs_session=/);
  });

  it('answers 404 for someone who does not exist, 403 for a non-organizer', async () => {
    const entrant = await register(ctx.app, { email: 'an@example.vn', unitId });
    const missing = await ctx.app.inject({ method: 'POST', url: '/api/people/nobody/deactivate', headers: { cookie: organizer } });
    expect(missing.statusCode).toBe(404);
    const id = await idOf(organizer);
    const byEntrant = await ctx.app.inject({ method: 'POST', url: `/api/people/${id}/deactivate`, headers: { cookie: entrant } });
    expect(byEntrant.statusCode).toBe(403);
  });
});

describe('the account page\'s API', () => {
  it('changes one\'s own name (NFC, trimmed, audited) and the list finds the new name', async () => {
    const person = await register(ctx.app, { email: 'an@example.vn', unitId });
    const changed = await ctx.app.inject({
      method: 'PATCH', url: '/api/me', headers: { cookie: person }, payload: { fullName: '  Nguyễn Thị Hồng Nhung '.normalize('NFD') },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().fullName).toBe('Nguyễn Thị Hồng Nhung');
    expect((await people('q=hong%20nhung')).json().total).toBe(1);
    const audit = listAudit(ctx.db, { subjectType: 'user', subjectId: changed.json().id });
    expect(audit.find((a) => a.action === 'user.renamed')?.details).toEqual({ before: 'Nguyễn Văn An', after: 'Nguyễn Thị Hồng Nhung' });
  });

  it('refuses a blank name, a unit change and unknown fields', async () => {
    const person = await register(ctx.app, { email: 'an@example.vn', unitId });
    for (const payload of [{ fullName: '   ' }, { fullName: 'An', unitId: otherUnitId }, {}]) {
      const response = await ctx.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: person }, payload });
      expect(response.statusCode).toBe(400);
    }
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: person } })).json().unitId).toBe(unitId);
  });
});

describe('passwords', () => {
  // Before issue 12 only length and the person's own e-mail/name were checked: all of these passed.
  const common = ['12345678', 'password1', 'matkhau123', 'qwertyuiop', 'iloveyou1', 'aaaaaaaaaa', 'anhyeuem123'];
  it.each(common)('refuses the common password %s at registration, with a clear message', async (password) => {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/auth/register',
      payload: { email: 'an@example.vn', password, fullName: 'Nguyễn Văn An', unitId },
    });
    expect([response.statusCode, response.json().error.code]).toEqual([400, 'weak_password']);
    expect(response.json().error.message).toMatch(/phổ biến, dễ đoán/);
  });

  it('refuses a common new password at a password change, in English when asked, and keeps the old one', async () => {
    const person = await register(ctx.app, { email: 'an@example.vn', unitId });
    const change = await ctx.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: person, 'accept-language': 'en' },
      payload: { currentPassword: 'mat-khau-du-dai', newPassword: 'password123' },
    });
    expect([change.statusCode, change.json().error.code]).toEqual([400, 'weak_password']);
    expect(change.json().error.message).toMatch(/common, easily guessed/);
    await expect(login(ctx.app, 'an@example.vn', 'mat-khau-du-dai')).resolves.toMatch(/gs_session=/);
  });

  it('accepts a memorable sentence and a long random one', async () => {
    const person = await register(ctx.app, { email: 'an@example.vn', unitId, password: 'trời hôm nay thật đẹp' });
    expect(person).toMatch(/gs_session=/);
    const change = await ctx.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: person },
      payload: { currentPassword: 'trời hôm nay thật đẹp', newPassword: 'Zq7!vK2#mP9$xL4@'.repeat(8) },
    });
    expect(change.statusCode).toBe(204);
    expect(sessionCookie(change)).toMatch(/gs_session=/);
  });
});
