import { publicationTimesAround, readPublicGeneration, type DbOrTx } from '@guong-sang/db';
import { approximateBytes } from '../lib/approximate-bytes.ts';

/*
 * Caching what the public reads, the one rule: a cached public answer or page is served only while
 * (1) the database's public generation is the one it was computed under — triggers raise it on
 * every write to what the public can read (packages/db/drizzle/0010_public_generation.sql), so
 * publishing, approving, withdrawing, revoking, disqualifying, renaming all invalidate at once,
 * whichever code path writes — and (2) the clock has not crossed a showcase's publication time
 * (a scheduled showcase goes public by itself). Nothing personal may be stored here: callers put
 * in only what a signed-out visitor gets (the API's public routes; pages without a session).
 */

export interface PublicCache {
  /** Changes whenever what the public may see may have changed; checks the database (cheap). */
  epoch(): number;
  /** The value stored under `key` in the current epoch. */
  get<T>(key: string): T | undefined;
  /** Stores `value`, computed in `epoch`, unless the epoch has moved on since (it may be stale). */
  set(key: string, value: unknown, epoch: number): void;
  /** The cached value, or `compute()` stored for the next request. */
  remember<T>(key: string, compute: () => T | Promise<T>): Promise<T>;
}

export interface PublicCacheOptions {
  /**
   * Most entries kept, and most bytes they may hold together (lib/approximate-bytes.ts); the least
   * recently used go first. Search queries are unbounded, so a visitor can fill it, never grow it.
   */
  maxEntries?: number;
  maxBytes?: number;
}

export function createPublicCache(
  db: DbOrTx,
  now: () => Date,
  { maxEntries = 1000, maxBytes = 32 * 1024 * 1024 }: PublicCacheOptions = {},
): PublicCache {
  const entries = new Map<string, { value: unknown; bytes: number }>();
  let heldBytes = 0;
  const forget = (key: string) => {
    heldBytes -= entries.get(key)?.bytes ?? 0;
    entries.delete(key);
  };
  let current = { generation: Number.NaN, since: 0, until: -Infinity, epoch: 0 };

  const epoch = () => {
    const generation = readPublicGeneration(db);
    const at = now();
    const time = at.getTime();
    if (generation !== current.generation || time < current.since || time >= current.until) {
      current = { generation, ...publicationTimesAround(db, at), epoch: current.epoch + 1 };
      entries.clear();
      heldBytes = 0;
    }
    return current.epoch;
  };

  const lookup = <T>(key: string): T | undefined => {
    const kept = entries.get(key);
    if (kept === undefined) return undefined;
    // Least recently used first in the Map's order: a hit moves to the end.
    entries.delete(key);
    entries.set(key, kept);
    return kept.value as T;
  };

  const set = (key: string, value: unknown, computedIn: number) => {
    if (epoch() !== computedIn) return;
    forget(key);
    const bytes = approximateBytes(value);
    if (bytes > maxBytes) return;
    entries.set(key, { value, bytes });
    heldBytes += bytes;
    while (entries.size > maxEntries || heldBytes > maxBytes) forget(entries.keys().next().value as string);
  };

  return {
    epoch,
    get: <T>(key: string) => {
      epoch();
      return lookup<T>(key);
    },
    set,
    async remember<T>(key: string, compute: () => T | Promise<T>): Promise<T> {
      const computedIn = epoch();
      const cached = lookup<T>(key);
      if (cached !== undefined) return cached;
      const value = await compute();
      set(key, value, computedIn);
      return value;
    },
  };
}
