import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, databaseDigest, jpeg, PASSWORD, ROLES, type Role, type World } from './attack-world.ts';
import { login, multipart, ORGANIZER, ORIGIN } from './helpers.ts';
import { type Case, EXPECTATIONS, methodOf, MUTATING } from './route-expectations.ts';

/*
 * SECURITY.md case 2: every route × anonymous, entrant (owner), other entrant, assigned judge,
 * other judge and organizer, on real objects. Phase one: every refusal and every read, each
 * leaving the database exactly as it was. Phase two: the writes each route serves succeed, as a
 * browser on the platform's own origin sends them (so the objects above were the right ones).
 */

let world: World;
beforeAll(async () => {
  world = await buildWorld();
}, 120_000);
afterAll(() => world?.ctx.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const ANY_METHOD: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const methodsOf = (key: string): Method[] => (methodOf(key) === 'ALL' ? ANY_METHOD : [methodOf(key) as Method]);

async function send(expectation: Case, method: Method, role: Role) {
  const request = expectation.request(world, role);
  let cookie = world.cookie[role];
  if (request.freshSession && role !== 'anonymous') {
    cookie = await login(world.ctx.app, world.email[role], role === 'organizer' ? ORGANIZER.password : PASSWORD);
  }
  const headers: Record<string, string> = { origin: ORIGIN, 'sec-fetch-site': 'same-origin', ...(cookie && { cookie }) };
  if (request.file) {
    const form = multipart({ name: 'anh.jpg', bytes: await jpeg() });
    return world.ctx.app.inject({ method, url: request.url, headers: { ...headers, ...form.headers }, payload: form.payload });
  }
  return world.ctx.app.inject({ method, url: request.url, headers, ...(request.body && { payload: request.body }) });
}

const refusedOrRead = (key: string, method: Method, status: number) => method === 'GET' || status >= 400 || methodOf(key) === 'ALL';

describe('the route table', () => {
  it('has one expectation for every route the app registers, and none for a route that is gone', () => {
    const registered = new Set(world.routes);
    const missing = world.routes.filter((route) => !(route in EXPECTATIONS));
    const gone = Object.keys(EXPECTATIONS).filter((route) => !registered.has(route));
    expect(missing, 'routes without an expectation in route-expectations.ts').toEqual([]);
    expect(gone, 'expectations for routes the app no longer has').toEqual([]);
    expect(world.routes.length).toBeGreaterThan(60);
  });
});

describe('every role on every route, with someone else\'s object: refusals and reads change nothing', () => {
  for (const [key, expectation] of Object.entries(EXPECTATIONS)) {
    it(key, async () => {
      const wrong: string[] = [];
      const cases: [string, Case][] = [['', expectation], ...Object.entries(expectation.cases ?? {})];
      for (const [name, { statuses, request }] of cases) {
        for (const method of methodsOf(key)) {
          for (const role of ROLES) {
            if (!refusedOrRead(key, method, statuses[role])) continue;
            const what = `${method}${name && ` (${name})`} as ${role}`;
            const before = databaseDigest(world.ctx);
            const response = await send({ statuses, request }, method, role);
            if (response.statusCode !== statuses[role]) {
              wrong.push(`${what}: ${response.statusCode} (expected ${statuses[role]}) ${response.body.slice(0, 200)}`);
            }
            if (databaseDigest(world.ctx) !== before) wrong.push(`${what} changed the database`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('the writes each route serves succeed for the roles it serves', () => {
  for (const [key, expectation] of Object.entries(EXPECTATIONS)) {
    const { statuses } = expectation;
    const method = methodOf(key);
    if (!MUTATING.has(method)) continue;
    const served = ROLES.filter((role) => statuses[role] < 400);
    if (served.length === 0) continue;
    it(`${key} (${served.join(', ')})`, async () => {
      for (const role of served) {
        const response = await send(expectation, method as Method, role);
        expect(response.statusCode, `as ${role}: ${response.body.slice(0, 300)}`).toBe(statuses[role]);
      }
    });
  }
});
