import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from './attack-world.ts';
import { login, ORIGIN } from './helpers.ts';
import { EXPECTATIONS, methodOf } from './route-expectations.ts';

/*
 * A set-password link lets whoever holds it become its owner. Without SMTP the mail waits in the
 * outbox, which every organizer reads: the link must reach nobody but the person, through no route.
 */

const OUTSIDER_EMAIL = 'nguoingoai@example.vn';
let world: World;
beforeAll(async () => {
  world = await buildWorld();
}, 120_000);
afterAll(() => world?.ctx.close());

const organizerGet = (url: string) => world.ctx.app.inject({
  method: 'GET', url, headers: { cookie: world.cookie.organizer, origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
});

/** The secrets of every set-password link in the queue, as the mail text holds them. */
const linkTokens = () => (world.ctx.db.$client.prepare('select text from mail_queue').pluck().all() as string[])
  .flatMap((text) => [...text.matchAll(/\/password\/([A-Za-z0-9_-]{20,})/g)].map((match) => match[1]!));

describe('set-password links reach only their owner', () => {
  it('an organizer sends a new link: the answer, the outbox and every other route hide it; the person sees it in their notices', async () => {
    // A reset the person asked for, and a new link an organizer sends them.
    await world.ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: OUTSIDER_EMAIL } });
    const sent = await world.ctx.app.inject({
      method: 'POST', url: `/api/people/${world.outsiderId}/password-link`,
      headers: { cookie: world.cookie.organizer, origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
    });
    expect(sent.statusCode).toBe(202);
    expect(sent.body).toBe('null');
    const tokens = linkTokens();
    expect(tokens.length).toBeGreaterThanOrEqual(2);

    const outbox = await organizerGet('/api/mail/outbox?page=1');
    const hidden = outbox.json<{ items: { kind: string; userId: string | null; linkHidden: boolean; text: string }[] }>()
      .items.filter((item) => item.userId === world.outsiderId && ['invitation', 'password_reset'].includes(item.kind));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const item of hidden) {
      expect(item.linkHidden).toBe(true);
      expect(item.text).toMatch(/\[liên kết đã ẩn\]|\[link hidden\]/);
      expect(item.text).not.toContain('/password/');
    }

    const leaks: string[] = [];
    for (const [key, expectation] of Object.entries(EXPECTATIONS)) {
      if (methodOf(key) !== 'GET') continue;
      for (const { request } of [expectation, ...Object.values(expectation.cases ?? {})]) {
        const response = await organizerGet(request(world, 'organizer').url);
        const body = response.rawPayload.toString('latin1') + response.body;
        for (const token of tokens) if (body.includes(token)) leaks.push(key);
      }
    }
    for (const page of [1, 2, 3]) {
      const body = (await organizerGet(`/api/mail/outbox?page=${page}`)).body;
      for (const token of tokens) if (body.includes(token)) leaks.push(`outbox page ${page}`);
    }
    expect(leaks).toEqual([]);

    // The person's own notices carry the newest link, and it works.
    const outsider = await login(world.ctx.app, OUTSIDER_EMAIL, PASSWORD);
    const notices = await world.ctx.app.inject({ method: 'GET', url: '/api/me/notices?page=1', headers: { cookie: outsider } });
    const newest = notices.json<{ items: { kind: string; text: string; linkHidden: boolean }[] }>().items[0]!;
    expect(newest).toMatchObject({ kind: 'invitation', linkHidden: false });
    const token = /\/password\/([A-Za-z0-9_-]+)/.exec(newest.text)?.[1];
    expect((await world.ctx.app.inject({ method: 'GET', url: `/api/auth/password-links/${token}` })).statusCode).toBe(200);
    // The earlier link (the reset) stopped working when the new one was sent.
    const earlier = tokens.find((t) => t !== token)!;
    expect((await world.ctx.app.inject({ method: 'GET', url: `/api/auth/password-links/${earlier}` })).statusCode).toBe(400);
  });

  it('refuses a new link for an unknown or deactivated person, and to anyone but an organizer', async () => {
    const post = (userId: string, cookie: string) => world.ctx.app.inject({
      method: 'POST', url: `/api/people/${userId}/password-link`, headers: { cookie, origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
    });
    expect((await post('no-such-person', world.cookie.organizer)).statusCode).toBe(404);
    expect((await post(world.outsiderId, world.cookie.owner)).statusCode).toBe(403);
    await post(world.outsiderId, world.cookie.organizer);
    await world.ctx.app.inject({
      method: 'POST', url: `/api/people/${world.outsiderId}/deactivate`,
      headers: { cookie: world.cookie.organizer, origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
    });
    const refused = await post(world.outsiderId, world.cookie.organizer);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('person_deactivated');
  });
});
