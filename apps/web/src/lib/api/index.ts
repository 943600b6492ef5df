/**
 * Ways to name the generated API types (schema.d.ts, from `pnpm contract`): a named component, or
 * the JSON an operation answers or takes. `$lib/types` uses these to name every API shape.
 */
import type { components, paths } from './schema';

export type { components, paths };

export type Schemas = components['schemas'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON an operation answers with `status`. */
export type Answer<P extends keyof paths, M extends Method, S extends number = 200> =
  paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;

/** The JSON body an operation takes. */
export type Body<P extends keyof paths, M extends Exclude<Method, 'get' | 'delete'>> =
  paths[P][M] extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

/** The query parameters an operation takes. */
export type Query<P extends keyof paths, M extends Method> =
  NonNullable<paths[P][M] extends { parameters: { query?: infer Q } } ? Q : never>;

/**
 * A list of every member of the union `T` (an API enum the web needs at run time): the type check
 * fails when the API adds a member the list lacks, or the list names one the API does not have.
 */
export const everyOf = <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L => list;
