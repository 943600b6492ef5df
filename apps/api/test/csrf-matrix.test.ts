import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, databaseDigest, ROLES, type World } from './attack-world.ts';
import { EXPECTATIONS, methodOf, MUTATING } from './route-expectations.ts';

/*
 * SECURITY.md case 12 on every state-changing route of the route table: a request a browser
 * sends for another site — whatever its content type, and with the cookie of someone the route
 * serves — is refused with 403 cross_site_request before it touches anything.
 */

let world: World;
beforeAll(async () => {
  world = await buildWorld();
}, 120_000);
afterAll(() => world?.ctx.close());

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const BOUNDARY = '----gs-csrf';
const field = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
/** The route's own request body in each form a cross-site page can send it. */
const encodings: [string, (body: Record<string, unknown>) => { contentType: string; payload: string }][] = [
  ['JSON', (body) => ({ contentType: 'application/json', payload: JSON.stringify(body) })],
  ['urlencoded', (body) => ({
    contentType: 'application/x-www-form-urlencoded',
    payload: new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, field(v)])).toString(),
  })],
  ['text/plain', (body) => ({ contentType: 'text/plain', payload: JSON.stringify(body) })],
  ['multipart', (body) => ({
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: `${[...Object.entries(body).map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${field(v)}\r\n`),
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0\r\n`].join('')}--${BOUNDARY}--\r\n`,
  })],
];
const foreign: [string, Record<string, string>][] = [
  ['a foreign Origin', { origin: 'https://evil.example' }],
  ['Origin null', { origin: 'null' }],
  ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
  ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }],
  ['a look-alike Origin', { origin: 'http://localhost:3000.evil.example' }],
  ['the same host on another port', { origin: 'http://localhost:3001', 'sec-fetch-site': 'same-site' }],
  ['same-origin claimed with a foreign Origin', { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }],
];

const mutatingRoutes = Object.keys(EXPECTATIONS).filter((key) => MUTATING.has(methodOf(key)) || methodOf(key) === 'ALL');

describe('cross-site requests are refused on every state-changing route of the route table', () => {
  it('covers every write the app registers', () => {
    const writes = world.routes.filter((key) => MUTATING.has(methodOf(key)));
    expect(writes.filter((key) => !mutatingRoutes.includes(key))).toEqual([]);
    expect(writes.length).toBeGreaterThan(30);
  });

  for (const key of mutatingRoutes) {
    it(key, async () => {
      const { statuses, request } = EXPECTATIONS[key] ?? { statuses: undefined, request: undefined };
      if (!statuses || !request) throw new Error(`no expectation for ${key}`);
      // The cookie of someone the route serves, so that only the cross-site check stands in the way.
      const role = ROLES.find((r) => r !== 'anonymous' && statuses[r] < 400) ?? 'organizer';
      const { url, body = {} } = request(world, role);
      const methods: Method[] = methodOf(key) === 'ALL' ? ['POST', 'PUT', 'PATCH', 'DELETE'] : [methodOf(key) as Method];
      const wrong: string[] = [];
      for (const method of methods) {
        for (const [encodingName, encode] of encodings) {
          for (const [headerName, headers] of foreign) {
            const { contentType, payload } = encode(body as Record<string, unknown>);
            const before = databaseDigest(world.ctx);
            const response = await world.ctx.app.inject({
              method, url, payload, headers: { cookie: world.cookie[role], 'content-type': contentType, ...headers },
            });
            const code = response.headers['content-type']?.toString().includes('json') ? response.json()?.error?.code : undefined;
            if (response.statusCode !== 403 || code !== 'cross_site_request') {
              wrong.push(`${method} ${encodingName} with ${headerName}: ${response.statusCode} ${response.body.slice(0, 120)}`);
            }
            if (databaseDigest(world.ctx) !== before) wrong.push(`${method} ${encodingName} with ${headerName} changed the database`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
