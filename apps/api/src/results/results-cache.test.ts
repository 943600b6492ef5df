import { bumpResultsRevision, closeDb, createContest, createDb, getResultsRevision, type Db } from '@guong-sang/db';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cachedResults } from './results-cache.ts';

let db: Db;
let contestId: number;
beforeEach(() => {
  db = createDb(':memory:');
  contestId = createContest(db, {
    slug: 'a', title: 'A', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }).id;
});
afterEach(() => closeDb(db));

it('serves a value until the contest\'s results revision moves, and never keeps one larger than its budget', () => {
  let computed = 0;
  const small = () => cachedResults(db, contestId, 'results', () => ({ run: ++computed }));
  expect(small()).toEqual({ run: 1 });
  expect(small()).toEqual({ run: 1 });
  bumpResultsRevision(db, { contestId });
  expect(small()).toEqual({ run: 2 });

  // Over the budget (512 MiB): computed on every call, and the small value stays kept.
  let huge = 0;
  const big = () => cachedResults(db, contestId, 'export', () => ({ run: ++huge, bytes: Buffer.allocUnsafe(513 * 1024 * 1024) }));
  expect(big().run).toBe(1);
  expect(big().run).toBe(2);
  expect(small()).toEqual({ run: 2 });
});

it('brings a stale value up to date from the revision it was kept at, when told how', () => {
  const updates: [unknown, number][] = [];
  const kept = () => cachedResults(db, contestId, 'sheets', () => ['whole read'], (stale, revision) => {
    updates.push([stale, revision]);
    return [...stale, `since ${revision}`];
  });
  expect(kept()).toEqual(['whole read']);
  const first = getResultsRevision(db, contestId)!;
  expect(kept()).toEqual(['whole read']);
  bumpResultsRevision(db, { contestId });
  bumpResultsRevision(db, { contestId });
  expect(kept()).toEqual(['whole read', `since ${first}`]);
  expect(kept()).toEqual(['whole read', `since ${first}`]);
  expect(updates).toEqual([[['whole read'], first]]);
});

it('computes whole when an update gives up, keeps that at the revision read before it, and updates from there next', () => {
  let computed = 0;
  let giveUp = true;
  const kept = () => cachedResults(db, contestId, 'sheets', () => [`whole ${++computed}`], (stale, revision) => (
    giveUp ? undefined : [...stale, `since ${revision}`]
  ));
  expect(kept()).toEqual(['whole 1']);
  bumpResultsRevision(db, { contestId });
  const second = getResultsRevision(db, contestId)!;
  expect(kept()).toEqual(['whole 2']);
  expect(kept()).toEqual(['whole 2']);
  giveUp = false;
  bumpResultsRevision(db, { contestId });
  expect(kept()).toEqual(['whole 2', `since ${second}`]);
  expect(computed).toBe(2);
});
