import { createEntries } from '@guong-sang/db';
import { expect, it } from 'vitest';
import { roundEntries, roundEntryTest } from './plan.ts';
import { typedInRound } from './typed-in-round.test-support.ts';

// Results ask `roundEntryTest` of every sheet; it must say what `roundEntries` (the entries a round
// reads) says, for ids as the database numbers them and for ids typed in by hand.
it('says an entry is in the round exactly when roundEntries lists it, whatever its id', () => {
  const { handle, contest, round, entryIds } = typedInRound(() => 'submitted');
  const more = createEntries(handle, ['submitted', 'withdrawn', 'draft'].map((status, k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `b-${k}`, title: `Bài thêm ${k}`, status: status as 'submitted', submittedAt: new Date(),
  })));
  const asked = [...entryIds, ...more, 0, -1, 1.5, 10 ** 12, Number.NaN];
  const expected = (ids: number[]) => asked.map((id) => ids.includes(id));
  const listed = () => roundEntries(handle, round).map((entry) => entry.id);
  const test = roundEntryTest(handle, round);
  expect(asked.map(test)).toEqual(expected(listed()));
  expect(listed()).toEqual([...entryIds, more[0]]);
  // Ids far past the count of entries (typed in by hand) are asked of a set instead.
  handle.$client.pragma('foreign_keys = OFF');
  handle.$client.prepare('update entries set id = ? where id = ?').run(10 ** 12, more[0]);
  asked.push(10 ** 12 + 1);
  expect(asked.map(roundEntryTest(handle, round))).toEqual(expected(listed()));
  expect(listed()).toContain(10 ** 12);
});
