import { afterEach, describe, expect, it } from 'vitest';
import { makeApp, organizerEnv, ORGANIZER, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
afterEach(() => ctx.close());

const person = { email: 'btc@sotuphap.gov.vn', password: 'thiet-lap-2026', fullName: 'Trần Minh Quân', unitName: 'Ban Tổ chức cuộc thi' };

describe('first-run setup', () => {
  it('the printed one-time token creates the first organizer once', async () => {
    ctx = await makeApp();
    expect(ctx.setupLink).toMatch(/^http:\/\/localhost:3000\/setup\?token=[\w-]{20,}$/);
    const token = new URL(ctx.setupLink ?? '').searchParams.get('token') ?? '';
    expect((await ctx.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: true });

    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/setup', payload: { ...person, token: 'guess' } });
    expect(wrong.statusCode).toBe(403);

    const first = await ctx.app.inject({ method: 'POST', url: '/api/setup', payload: { ...person, token } });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ roles: ['organizer'], unitName: 'Ban Tổ chức cuộc thi' });
    expect((await ctx.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: false });

    const again = await ctx.app.inject({ method: 'POST', url: '/api/setup', payload: { ...person, email: 'other@example.vn', token } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_done');
  });

  it('creates the organizer from the environment for unattended installs', async () => {
    ctx = await makeApp({ env: organizerEnv });
    expect(ctx.setupLink).toBeUndefined();
    const cookie = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
    const me = (await ctx.app.inject({ url: '/api/me', headers: { cookie } })).json();
    expect(me.roles).toEqual(['organizer']);
  });
});
