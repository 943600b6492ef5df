import { closeDb, createDb, type Db } from '@guong-sang/db';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createPublicCache } from './public-cache.ts';

let db: Db;
beforeEach(() => {
  db = createDb(':memory:');
});
afterEach(() => closeDb(db));

const page = (kb: number) => ({ identity: Buffer.alloc(kb * 1024), gzip: Buffer.alloc(kb * 100), br: Buffer.alloc(kb * 80) });

it('holds at most its byte budget: the least recently used go first, a value larger than the budget is not kept', async () => {
  const cache = createPublicCache(db, () => new Date(), { maxBytes: 1024 * 1024 });
  let computed = 0;
  const ask = (key: string, kb: number) => cache.remember(key, () => {
    computed += 1;
    return page(kb);
  });
  for (const q of ['a', 'b', 'c']) await ask(`search:${q}`, 200);
  await ask('search:a', 200); // a is used again: b is now the oldest
  expect(computed).toBe(3);
  await ask('search:d', 400); // 4 × ~260 KB + 520 KB > 1 MiB: b, then c, make room
  expect(cache.get('search:b')).toBeUndefined();
  expect(cache.get('search:a')).toBeDefined();
  expect(cache.get('search:d')).toBeDefined();
  await ask('showcase', 2048);
  await ask('showcase', 2048);
  expect(computed).toBe(6); // too big to keep: computed each time, and nothing else pushed out for it
  expect(cache.get('search:a')).toBeDefined();
});

it('bounds how many values it keeps too, whatever their size', async () => {
  const cache = createPublicCache(db, () => new Date(), { maxEntries: 3 });
  for (const q of ['a', 'b', 'c', 'd']) await cache.remember(`search:${q}`, () => q);
  expect(['a', 'b', 'c', 'd'].map((q) => cache.get(`search:${q}`))).toEqual([undefined, 'b', 'c', 'd']);
});
