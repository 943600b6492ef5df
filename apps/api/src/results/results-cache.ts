import { getResultsRevision, type DbOrTx } from '@guong-sang/db';
import { approximateBytes } from '../lib/approximate-bytes.ts';

/**
 * Results, reliability and exports of a large round take about a second to compute and change
 * only when something they read is written. Each computed value is kept under its contest's
 * results revision, which every such write bumps in packages/db (queries/results-revision.ts), and
 * the revision is read again on every call: a value computed before a write is never served after
 * it. Values are kept per database handle (tests open many) and only for reads outside a
 * transaction, whose uncommitted writes could still roll back; the most recently used few stay,
 * within a budget of estimated bytes (a value over it is computed each time rather than pushing
 * every other out). A 100,000-entry round keeps its counted sheets, what scoring reads of them, a
 * ranking, the results export's rows and the sheets the score-sheet export lists: ~385 MiB
 * estimated, ~190 MB of heap measured (the estimate counts objects two values share twice). Under
 * the budget all of them stay: evicting the kept sheets would make the next change read every
 * sheet again.
 */
const KEPT = 12;
const KEPT_BYTES = 512 * 1024 * 1024;

interface Kept {
  revision: number;
  value: unknown;
  bytes: number;
}

const kept = new WeakMap<object, Map<string, Kept>>();

/**
 * The value kept under `key`, computed again when a write has bumped the revision since, or, given
 * `update`, brought up to date from what changed since the revision it was kept at (computed again
 * if `update` gives undefined). The value must
 * be read after the revision (as `compute` and `update` are called here), so that it is never older
 * than the revision it is kept under.
 */
export function cachedResults<T>(
  db: DbOrTx,
  contestId: number,
  key: string,
  compute: () => T,
  update?: (stale: T, revision: number) => T | undefined,
): T {
  const client = (db as { $client?: { inTransaction: boolean } }).$client;
  const revision = getResultsRevision(db, contestId);
  if (!client || client.inTransaction || revision === undefined) return compute();
  let values = kept.get(db);
  if (!values) {
    values = new Map();
    kept.set(db, values);
  }
  const name = `${contestId}:${key}`;
  const hit = values.get(name);
  values.delete(name);
  if (hit?.revision === revision) {
    values.set(name, hit);
    return hit.value as T;
  }
  // Only forward: a revision that went back cannot say what changed since.
  // An update may give up (too much changed to read at once): computed whole then.
  const value = (hit && update && revision > hit.revision ? update(hit.value as T, hit.revision) : undefined) ?? compute();
  store(values, name, revision, value);
  return value;
}

/** Keeps `value` as the most recently used, within the count and the budget. */
function store(values: Map<string, Kept>, name: string, revision: number, value: unknown) {
  const bytes = approximateBytes(value);
  if (bytes > KEPT_BYTES) return;
  values.delete(name);
  values.set(name, { revision, value, bytes });
  let held = 0;
  for (const one of values.values()) held += one.bytes;
  for (const [oldest, one] of values) {
    if (values.size <= KEPT && held <= KEPT_BYTES) break;
    values.delete(oldest);
    held -= one.bytes;
  }
}

/**
 * The value kept under `key` if it is kept at the current revision, else undefined: with
 * `keepResults`, for a value computed across an await (`cachedResults` computes in one call).
 */
export function keptResults<T>(db: DbOrTx, contestId: number, key: string): T | undefined {
  const hit = kept.get(db)?.get(`${contestId}:${key}`);
  return hit && hit.revision === getResultsRevision(db, contestId) ? hit.value as T : undefined;
}

/**
 * Keeps `value` under `key` as read at results revision `revision`, which its reads saw (not the
 * revision now: a write since makes it stale at once). Not inside a transaction, as above.
 */
export function keepResults(db: DbOrTx, contestId: number, key: string, revision: number, value: unknown): void {
  const client = (db as { $client?: { inTransaction: boolean } }).$client;
  if (!client || client.inTransaction) return;
  let values = kept.get(db);
  if (!values) {
    values = new Map();
    kept.set(db, values);
  }
  store(values, `${contestId}:${key}`, revision, value);
}

/**
 * `use` of the value kept under `key`, if it is kept at the current revision; undefined when it is
 * not, or when a write bumped the revision while `use` read more (the two reads then need not
 * agree). Every write bumps the revision, so a value kept at R, found while the revision is still R
 * both before and after `use` reads, was read with no write since: both reads are of one state.
 */
export function besideKept<T, R>(db: DbOrTx, contestId: number, key: string, use: (value: T) => R | undefined): R | undefined {
  const revision = getResultsRevision(db, contestId);
  const hit = revision === undefined ? undefined : kept.get(db)?.get(`${contestId}:${key}`);
  if (!hit || hit.revision !== revision) return undefined;
  const result = use(hit.value as T);
  return getResultsRevision(db, contestId) === revision ? result : undefined;
}

/**
 * The revision the value under `key` is kept at (stale or not), undefined when none is kept: for a
 * caller choosing how to compute what `cachedResults` would, which reads whole without one.
 */
export function keptRevision(db: DbOrTx, contestId: number, key: string): number | undefined {
  return kept.get(db)?.get(`${contestId}:${key}`)?.revision;
}
