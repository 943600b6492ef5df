import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUnit, login, makeApp, ORGANIZER, organizerEnv, type TestContext } from './helpers.ts';

let ctx: TestContext;
let organizer: string;

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
});
afterEach(() => ctx.close());

const unitCount = () => Number(ctx.db.$client.prepare('select count(*) as n from units').pluck().get());
const userCount = () => Number(ctx.db.$client.prepare('select count(*) as n from users').pluck().get());

describe('cross-site requests are refused on every state-changing route', () => {
  const bodies: [string, string, string][] = [
    ['JSON', 'application/json', JSON.stringify({ name: 'Đơn vị giả', headcount: 1 })],
    ['form', 'application/x-www-form-urlencoded', 'name=x&headcount=1'],
    ['text/plain', 'text/plain', '{"name":"x","headcount":1}'],
    ['multipart', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--\r\n'],
  ];
  const foreignHeaders: [string, Record<string, string>][] = [
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin null', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }],
  ];

  for (const [bodyName, contentType, payload] of bodies) {
    for (const [headerName, headers] of foreignHeaders) {
      it(`${bodyName} with ${headerName}`, async () => {
        const before = unitCount();
        const response = await ctx.app.inject({
          method: 'POST', url: '/api/units', payload,
          headers: { cookie: organizer, 'content-type': contentType, ...headers },
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('cross_site_request');
        expect(unitCount()).toBe(before);
      });
    }
  }

  it('also on registration, sign-in, sign-out and setup', async () => {
    const users = userCount();
    for (const url of ['/api/auth/register', '/api/auth/login', '/api/auth/logout', '/api/setup', '/api/auth/password']) {
      const response = await ctx.app.inject({
        method: 'POST', url, headers: { origin: 'https://evil.example', cookie: organizer },
        payload: { email: 'x@example.vn', password: 'mat-khau-du-dai', fullName: 'X', unitId: 1 },
      });
      expect(response.statusCode, url).toBe(403);
    }
    expect(userCount()).toBe(users);
    // The organizer's session survived the forged logout.
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: organizer } })).statusCode).toBe(200);
  });

  it('accepts the platform\'s own origin', async () => {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/units',
      headers: { cookie: organizer, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      payload: { name: 'Đảng ủy Bệnh viện quận Gò Vấp', headcount: 420 },
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('security headers on API responses', () => {
  it('forbid framing, plugins, base tags and MIME sniffing', async () => {
    const response = await ctx.app.inject({ url: '/api/units' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('units', () => {
  it('are listed publicly in Vietnamese alphabetical order', async () => {
    for (const name of ['Đảng ủy Sở Tư pháp', 'Đảng bộ Công an', 'Chi bộ Ủy ban', 'Ban Tổ chức cuộc thi', 'Đảng ủy Bệnh viện']) {
      if (name !== 'Ban Tổ chức cuộc thi') await createUnit(ctx.app, organizer, name);
    }
    const names = (await ctx.app.inject({ url: '/api/units' })).json<{ name: string }[]>().map((u) => u.name);
    expect(names).toEqual(['Ban Tổ chức cuộc thi', 'Chi bộ Ủy ban', 'Đảng bộ Công an', 'Đảng ủy Bệnh viện', 'Đảng ủy Sở Tư pháp']);
  });

  it('are created and edited by organizers only, with their headcount, and audited', async () => {
    const id = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp', 310);
    const patch = await ctx.app.inject({ method: 'PATCH', url: `/api/units/${id}`, headers: { cookie: organizer }, payload: { headcount: 325 } });
    expect(patch.json()).toEqual({ id, name: 'Đảng ủy Sở Tư pháp', headcount: 325, parentId: null, openToEntrants: true });
    const audit = ctx.db.$client.prepare("select action from audit_log where subject_type = 'unit' order by id").pluck().all();
    expect(audit).toEqual(['unit.created', 'unit.updated']);

    const entrant = await ctx.app.inject({
      method: 'POST', url: '/api/auth/register',
      payload: { email: 'e@example.vn', password: 'mat-khau-du-dai', fullName: 'Lê Văn Bình', unitId: id },
    });
    const cookie = String(entrant.headers['set-cookie']).split(';')[0] ?? '';
    const denied = await ctx.app.inject({ method: 'POST', url: '/api/units', headers: { cookie }, payload: { name: 'Mới', headcount: 1 } });
    expect(denied.statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: 'PATCH', url: `/api/units/${id}`, payload: { headcount: 1 } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuse duplicates, negative headcounts and unknown ids clearly', async () => {
    await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
    const duplicate = await ctx.app.inject({ method: 'POST', url: '/api/units', headers: { cookie: organizer }, payload: { name: ' Đảng ủy  Sở Tư pháp ', headcount: 1 } });
    expect(duplicate.statusCode).toBe(409);
    const negative = await ctx.app.inject({ method: 'POST', url: '/api/units', headers: { cookie: organizer }, payload: { name: 'X', headcount: -1 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toMatch(/phải từ 0 trở lên/);
    const missing = await ctx.app.inject({ method: 'PATCH', url: '/api/units/999', headers: { cookie: organizer }, payload: { headcount: 1 } });
    expect(missing.statusCode).toBe(404);
    const badId = await ctx.app.inject({ method: 'PATCH', url: '/api/units/abc', headers: { cookie: organizer }, payload: { headcount: 1 } });
    expect(badId.statusCode).toBe(400);
  });
});

describe('the API describes itself', () => {
  it('serves an OpenAPI document listing the routes, and a health check', async () => {
    const spec = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/units', '/api/me', '/api/setup']));
    const health = await ctx.app.inject({ url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', database: { journalMode: 'wal', synchronous: 2 } });
    expect((await ctx.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
