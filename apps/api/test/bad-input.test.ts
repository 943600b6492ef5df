import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineComponentSchemas } from '../src/lib/openapi-components.ts';
import {
  createOpenContest, createUnit, DAY, judgeAssignments, login, makeApp, multipart, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

/**
 * Bad input on every route, enumerated from the app itself (issue 10): each route's body, query
 * and path parameters come from its OpenAPI schema, every field is replaced by values the schema
 * refuses, and every answer must be a 4xx {error: {code, message}} with the database unchanged.
 * A new route is covered without anyone listing it; a route without a schema fails.
 */

type Schema = {
  type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema;
  anyOf?: Schema[]; oneOf?: Schema[]; enum?: unknown[]; const?: unknown; format?: string; pattern?: string;
  minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number;
  minLength?: number; maxLength?: number; minItems?: number; patternProperties?: Record<string, Schema>;
  nullable?: boolean; default?: unknown;
};
interface Parameter { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema: Schema }
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, { content?: unknown }>;
}

let ctx: TestContext;
let clock: Date;
const cookies: Record<'organizer' | 'entrant' | 'judge', string> = { organizer: '', entrant: '', judge: '' };
/** Real ids of existing objects, so that a request refused is refused for its input, not for a missing object. */
const ids: Record<string, string> = {};

const api = (cookie: string, method: string, url: string, payload?: object) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload && { payload }) });

beforeAll(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  cookies.organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitId = await createUnit(ctx.app, cookies.organizer, 'Đảng ủy Sở Tư pháp');
  const otherUnit = await createUnit(ctx.app, cookies.organizer, 'Đảng ủy Bệnh viện quận Gò Vấp');
  const contest = await createOpenContest(ctx.app, cookies.organizer, clock, { categories: [], slug: 'guong-sang-2026', minWords: 1 });
  cookies.entrant = await register(ctx.app, { email: 'tacgia@example.vn', unitId });
  const entry = (await api(cookies.entrant, 'POST', `/api/contests/${contest.id}/entries`, {
    title: 'Người thầy thuốc', body: '<p>Chị Hồng Nhung tận tụy với người bệnh.</p>',
  })).json<{ id: number }>();
  const form = multipart({ name: 'anh.png', bytes: await tinyPng() });
  const attachment = (await ctx.app.inject({
    method: 'POST', url: `/api/entries/${entry.id}/attachments`,
    headers: { cookie: cookies.entrant, ...form.headers }, payload: form.payload,
  })).json<{ attachment: { id: number } }>();
  expect((await api(cookies.entrant, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).statusCode).toBe(200);
  const judgeCookie = await register(ctx.app, { email: 'giamkhao@example.vn', fullName: 'Giám khảo', unitId: otherUnit });
  const judgeId = (await api(judgeCookie, 'GET', '/api/me')).json<{ id: string }>().id;
  await api(cookies.organizer, 'PUT', `/api/users/${judgeId}/roles`, { roles: ['judge'] });
  cookies.judge = await login(ctx.app, 'giamkhao@example.vn', 'mat-khau-du-dai');
  clock = new Date(clock.getTime() + 11 * DAY);
  const round = (await api(cookies.organizer, 'POST', `/api/contests/${contest.id}/rounds`, {
    name: 'Vòng sơ khảo', readersPerEntry: 1, opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
  })).json<{ id: number }>();
  await api(cookies.organizer, 'PUT', `/api/rounds/${round.id}/judges`, { judges: [{ userId: judgeId }] });
  expect((await api(cookies.organizer, 'POST', `/api/rounds/${round.id}/assignments`, { seed: 1 })).statusCode).toBe(200);
  const [assignment] = await judgeAssignments(ctx.app, cookies.judge);
  Object.assign(ids, {
    contestId: String(contest.id), entryId: String(entry.id), roundId: String(round.id), assignmentId: String(assignment?.id),
    unitId: String(unitId), userId: judgeId, attachmentId: String(attachment.attachment.id), slug: 'guong-sang-2026',
    storySlug: 'nguoi-thay-thuoc', photoId: '1', conflictId: '1', number: '1', format: 'pdf',
  });
  // A set-password link's token: a well-formed one that no link has.
  ids.token = 'khong-phai-duong-dan-that-0123';
}, 120_000);
afterAll(() => ctx.close());

async function tinyPng(): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).png().toBuffer();
}

/** Every row of every table, hashed; sessions only counted (their expiry slides on every request). */
function databaseDigest(): string {
  const sqlite = ctx.db.$client;
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    hash.update(table);
    if (table === 'sessions') hash.update(String(sqlite.prepare(`select count(*) from ${quoted}`).pluck().get()));
    else hash.update(JSON.stringify(sqlite.prepare(`select * from ${quoted}`).raw().all(), (_, v: unknown) =>
      (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}

const typesOf = (schema: Schema): string[] => {
  if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf ?? []).flatMap(typesOf);
  if (schema.enum || schema.const !== undefined) return [...new Set((schema.enum ?? [schema.const]).map((v) => (v === null ? 'null' : typeof v)))];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return schema.nullable ? [...types, 'null'] : types;
};

/** A value the schema accepts, so that one bad field at a time is what gets refused. */
function sample(schema: Schema): unknown {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((o) => !typesOf(o).includes('null')) ?? options[0] ?? {});
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const [type] = typesOf(schema);
  switch (type) {
    case 'string':
      if (schema.format === 'date-time') return new Date(clock.getTime() + DAY).toISOString();
      if (schema.pattern === '^[0-9]+$') return '1';
      return 'Bài viết mẫu'.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? 100);
    case 'integer':
    case 'number':
      return Math.min(schema.maximum ?? 1, Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1));
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}));
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, sample(schema.properties?.[key] ?? {})]));
    default:
      return null;
  }
}

const NUMBER_OVERFLOW = '__number_overflow__';
/** Values this field's schema must refuse (JSON cannot spell 1e309 as a value: it is spliced in raw). */
function badValues(schema: Schema): unknown[] {
  const types = typesOf(schema);
  const bad: unknown[] = [];
  if (!types.includes('null')) bad.push(null);
  if (!types.includes('boolean')) bad.push(true);
  if (!types.includes('array')) bad.push([sample(schema)]);
  if (!types.includes('object')) bad.push({ x: 1 });
  if (types.includes('string') && schema.enum === undefined && schema.const === undefined && !schema.anyOf) {
    bad.push('a\u0000b', 'a\u202Eb', 'a\u0007b', 'a\u2066b\u2069');
    if (schema.maxLength !== undefined) bad.push('x'.repeat(schema.maxLength + 1));
  }
  if (types.includes('integer') || types.includes('number')) {
    bad.push('7', NUMBER_OVERFLOW);
    if (schema.maximum !== undefined) bad.push(schema.maximum + 1);
    if (schema.minimum !== undefined) bad.push(schema.minimum - 1);
  } else if (!types.includes('string')) {
    bad.push('7', 7.5);
  }
  return bad;
}

const rawBody = (body: unknown) =>
  JSON.stringify(body).replaceAll(`"${NUMBER_OVERFLOW}"`, '1e309');

/** Every string in a body schema must be bounded: an unbounded text field is a finding. */
function unboundedStrings(schema: Schema, path: string): string[] {
  const here = typesOf(schema).includes('string') && schema.maxLength === undefined && !schema.enum
    && schema.const === undefined && !schema.anyOf && !schema.format ? [path] : [];
  return [
    ...here,
    ...Object.entries(schema.properties ?? {}).flatMap(([key, s]) => unboundedStrings(s, `${path}.${key}`)),
    ...Object.values(schema.patternProperties ?? {}).flatMap((s) => unboundedStrings(s, `${path}[key]`)),
    ...(schema.items ? unboundedStrings(schema.items, `${path}[]`) : []),
    ...(schema.anyOf ?? schema.oneOf ?? []).flatMap((s) => unboundedStrings(s, path)),
  ];
}

const BAD_PATH_VALUES = ['0', '-1', '1e309', 'NaN', '99999999999999999999999', '%00', '%E2%80%AE1', '%C3%28', 'x'.repeat(300)];
const BAD_QUERY_VALUES = ['1e309', '-1e309', 'NaN', '%00', '%E2%80%AEx', '%07'];

/** Hidden plumbing that is not an API operation. */
const NOT_OPERATIONS = new Set(['GET /api/openapi.json', 'HEAD /api/openapi.json']);

interface Probe { route: string; method: string; url: string; cookie: string; headers?: Record<string, string>; payload?: string | Buffer }

let address = 0;
async function probe({ method, url, cookie, headers, payload }: Probe) {
  address += 1;
  // A fresh address per request: the per-address rate limits must not answer 429 for the validator.
  const forwarded = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
  return ctx.app.inject({
    method: method as 'GET', url, payload,
    headers: { cookie, 'accept-language': 'en', 'x-forwarded-for': forwarded, ...headers },
  });
}

function routeTable(): string[] {
  // A tree: "│   ├── /attachments (POST)" extends the path of the line one level up.
  const stack: string[] = [];
  return ctx.app.printRoutes({ commonPrefix: false }).split('\n').flatMap((line) => {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) return [];
    const [, indent = '', segment = '', methods] = match;
    const depth = [...indent].length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + segment;
    stack.push(path);
    return methods ? methods.split(', ').map((method) => `${method} ${path}`) : [];
  });
}

describe('bad input on every route (issue 10)', () => {
  it('is refused with a 4xx and a message, and nothing is stored', { timeout: 240_000 }, async () => {
    // Named shapes live in components: read every schema inline, as the server validates it.
    const document = inlineComponentSchemas((await ctx.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, Operation>> }>());
    const operations = new Map<string, Operation>();
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, operation);
      }
    }
    const problems: string[] = [];
    const routes = routeTable().filter((route) => route.split(' ')[1]?.startsWith('/api/')
      && !route.startsWith('HEAD ') && !route.endsWith(' /api/*') && !route.includes('/api/docs') && !NOT_OPERATIONS.has(route));
    expect(routes.length).toBeGreaterThan(50);

    for (const route of routes) {
      const [method = '', path = ''] = route.split(' ');
      const operation = operations.get(route);
      // Fastify-swagger gives a route without a schema one "Default Response" with no content.
      if (!operation || !Object.values(operation.responses ?? {}).some((r) => r.content !== undefined)) {
        problems.push(`${route}: no schema`);
        continue;
      }
      const parameters = operation.parameters ?? [];
      const pathNames = [...path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
      for (const name of pathNames) {
        if (!parameters.some((p) => p.in === 'path' && p.name === name)) problems.push(`${route}: path parameter ${name} has no schema`);
        if (ids[name] === undefined) problems.push(`${route}: the test has no real value for :${name}`);
      }
      const fill = (values: Record<string, string>) => path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? ids[name] ?? '1');
      const query = parameters.filter((p) => p.in === 'query');
      const goodQuery = Object.fromEntries(query.filter((p) => p.required).map((p) => [p.name, String(sample(p.schema))]));
      const queryString = (values: Record<string, string>, raw = '') => {
        const pairs = Object.entries(values).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
        if (raw) pairs.push(raw);
        return pairs.length ? `?${pairs.join('&')}` : '';
      };
      const cookie = path.startsWith('/api/judging') ? cookies.judge
        : path.startsWith('/api/entries') || path.endsWith('/entries') ? cookies.entrant : cookies.organizer;
      const jsonSchema = operation.requestBody?.content['application/json']?.schema;
      const isMultipart = operation.requestBody?.content['multipart/form-data'] !== undefined
        || path.endsWith('/attachments') && method === 'POST';
      const goodBody = jsonSchema ? rawBody(sample(jsonSchema)) : undefined;
      const json = { 'content-type': 'application/json' };

      const probes: (Probe & { why: string })[] = [];
      const add = (why: string, p: Partial<Probe>) => probes.push({
        why, route, method, cookie, url: fill({}) + queryString(goodQuery),
        ...(goodBody !== undefined && { headers: json, payload: goodBody }), ...p,
      });

      for (const name of pathNames) {
        for (const value of BAD_PATH_VALUES) add(`:${name}=${value}`, { url: fill({ [name]: value }) + queryString(goodQuery) });
      }
      for (const parameter of query) {
        const numeric = typesOf(parameter.schema).some((t) => t === 'integer' || t === 'number');
        if (numeric && (parameter.schema.minimum === undefined || parameter.schema.maximum === undefined)) {
          problems.push(`${route}: ?${parameter.name} has no bounds`);
        }
        const others = Object.fromEntries(Object.entries(goodQuery).filter(([k]) => k !== parameter.name));
        for (const value of BAD_QUERY_VALUES.filter((v) => numeric || !/^-?(1e309|NaN)$/.test(v))) add(`?${parameter.name}=${value}`, { url: fill({}) + queryString(others, `${parameter.name}=${value}`) });
        if (parameter.schema.maxLength !== undefined) {
          add(`?${parameter.name} overlong`, { url: fill({}) + queryString({ ...others, [parameter.name]: 'x'.repeat(parameter.schema.maxLength + 1) }) });
        }
      }

      if (jsonSchema) {
        for (const field of unboundedStrings(jsonSchema, 'body')) problems.push(`${route}: ${field} has no maxLength`);
        const base = sample(jsonSchema) as Record<string, unknown>;
        for (const payload of ['not json{', '', '[]', 'null', '"text"', '7', '{"a":1,"a":{"__proto__":{"x":1}}}']) {
          add(`body ${JSON.stringify(payload)}`, { payload });
        }
        add('invalid UTF-8', { payload: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]) });
        add('lone surrogate escape', { payload: JSON.stringify({ ...base, zz: 1 }).replace('"zz":1', '"zz":"\\ud800"') });
        add('unknown field', { payload: rawBody({ ...base, zzUnknownField: 1 }) });
        add('text/plain', { headers: { 'content-type': 'text/plain' }, payload: goodBody });
        for (const [key, fieldSchema] of Object.entries(jsonSchema.properties ?? {})) {
          for (const value of badValues(fieldSchema)) add(`${key}=${rawBody(value)}`, { payload: rawBody({ ...base, [key]: value }) });
          // One level down: objects and arrays of objects.
          const inner = fieldSchema.items ?? fieldSchema;
          for (const [innerKey, innerSchema] of Object.entries(inner.properties ?? {})) {
            const good = sample(inner) as Record<string, unknown>;
            for (const value of badValues(innerSchema)) {
              const nested = { ...good, [innerKey]: value };
              add(`${key}.${innerKey}=${rawBody(value)}`, { payload: rawBody({ ...base, [key]: fieldSchema.items ? [nested] : nested }) });
            }
          }
          for (const valueSchema of Object.values(fieldSchema.patternProperties ?? {})) {
            for (const value of badValues(valueSchema)) add(`${key}[1]=${rawBody(value)}`, { payload: rawBody({ ...base, [key]: { 1: value } }) });
          }
        }
        // Random junk objects: at least one key the schema does not know, any JSON values.
        const known = new Set(Object.keys(jsonSchema.properties ?? {}));
        const junk = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.has(k)), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 });
        for (const extra of fc.sample(junk, { numRuns: 5, seed: 10 })) add('junk', { payload: JSON.stringify({ ...base, ...extra }) });
      } else if (method !== 'GET' && method !== 'DELETE' && !isMultipart) {
        add('invalid UTF-8', { headers: json, payload: Buffer.from([0x7b, 0xc3, 0x28, 0x7d]) });
        add('not JSON', { headers: json, payload: 'not json{' });
      }

      if (isMultipart) {
        const png = await tinyPng();
        for (const [why, name, fields] of [
          ['bidi file name', 'anh\u202Egnp.exe', {}],
          ['NUL file name', 'anh\u0000.png', {}],
          ['NUL alt text', 'anh.png', { altText: 'a\u0000b' }],
          ['unknown field', 'anh.png', { caption: 'x' }],
        ] as const) {
          const form = multipart({ name, bytes: png }, fields);
          add(why, { headers: form.headers, payload: form.payload });
        }
        add('JSON instead of a form', { headers: json, payload: '{"file":"x"}' });
        add('garbled form', { headers: { 'content-type': 'multipart/form-data; boundary=zz' }, payload: '--zz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc' });
      }

      const before = databaseDigest();
      for (const { why, ...request } of probes) {
        const response = await probe(request);
        const label = `${route} ${why}`;
        if (response.statusCode >= 500 || response.statusCode < 400) {
          problems.push(`${label}: ${response.statusCode} ${response.body.slice(0, 200)}`);
          continue;
        }
        const error = response.json<{ error?: { code?: unknown; message?: unknown } }>().error;
        if (typeof error?.code !== 'string' || typeof error.message !== 'string' || error.message === '') {
          problems.push(`${label}: no {error: {code, message}} in ${response.body.slice(0, 200)}`);
        }
      }
      if (databaseDigest() !== before) problems.push(`${route}: the database changed`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses a score sheet of nulls instead of storing zeros', async () => {
    const url = `/api/judging/assignments/${ids.assignmentId}/score`;
    const detail = (await api(cookies.judge, 'GET', `/api/judging/assignments/${ids.assignmentId}`)).json<{ rubric: { id: number }[] }>();
    const nulls = Object.fromEntries(detail.rubric.map((c) => [c.id, null]));
    const before = databaseDigest();
    const response = await api(cookies.judge, 'PUT', url, { scores: nulls, submit: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(databaseDigest()).toBe(before);
  });
});
