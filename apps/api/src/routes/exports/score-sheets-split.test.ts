import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, getEntry, listAllAssignments,
  listCriteria, listEntryAssignments, saveScoreSheet, setUserName, writeTransaction, type Db,
} from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { roundResults } from '../../results/round-results.ts';
import { ExportThread, splitScoreSheetsCsv } from './score-sheets-split.ts';
import { exportTable, toCsv } from './tables.ts';

/*
 * The score-sheet export read whole is written in two halves by entry, the upper on a second thread
 * with its own connection. The halves must make the file one thread writes, and never a file half
 * from before and half after another connection's commit. `beforeSnapshot` lets a test act right
 * before this thread's half opens its snapshot, while the other thread's half is already read;
 * `afterSpan` right after the round's span of entries is read, before either half is.
 */
let beforeSnapshot: (() => void) | undefined;
let afterSpan: (() => void) | undefined;
vi.mock('@guong-sang/db', async (importOriginal) => {
  const original = await importOriginal<typeof import('@guong-sang/db')>();
  return {
    ...original,
    readSnapshot: (...args: Parameters<typeof original.readSnapshot>) => {
      const hook = beforeSnapshot;
      beforeSnapshot = undefined;
      hook?.();
      return original.readSnapshot(...args);
    },
    roundEntrySpan: (...args: Parameters<typeof original.roundEntrySpan>) => {
      const span = original.roundEntrySpan(...args);
      const hook = afterSpan;
      afterSpan = undefined;
      hook?.();
      return span;
    },
  };
});

let dir: string;
let server: Db;
let other: Db;
let thread: ExportThread;
/** What the thread logged: a failure to write is logged, never thrown at the organizer. */
const logged: unknown[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'split-export-'));
  server = createDb(join(dir, 'guong-sang.sqlite'));
  other = createDb(join(dir, 'guong-sang.sqlite'), { migrate: false });
  thread = new ExportThread(join(dir, 'guong-sang.sqlite'), 0, { warn: (...args: unknown[]) => logged.push(args), error: (...args: unknown[]) => logged.push(args) });
  thread.startWhenLarge(server);
  await thread.whenStarted(60_000);
}, 90_000);
afterAll(async () => {
  await thread.close();
  closeDb(server);
  closeDb(other);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  beforeSnapshot = undefined;
  afterSpan = undefined;
});

let seeded = 0;
/** A rubric round of `entries` entries, two readers each: drafts, hostile comments and names. */
function seed(entries: number) {
  const tag = `s${seeded++}`;
  const unit = createUnit(server, { name: `Đơn vị ${tag}`, headcount: 100 });
  const judges = [`gk-${tag}-1`, `gk-${tag}-2`, `gk-${tag}-3`];
  createUsers(server, [`tg-${tag}`, ...judges].map((id, k) => ({
    id, email: `${id}@example.vn`, fullName: k === 1 ? '=HYPERLINK("https://evil.example")' : `Giám khảo ${id}`, unitId: unit.id, passwordHash: 'x',
  })));
  const contest = createContest(server, {
    slug: tag, title: 'Gương sáng', status: 'judging',
    submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 0.6, max: 10 }, { name: 'Hình thức; "cách" viết', weight: 0.4, max: 10 }] });
  const entryIds = createEntries(server, Array.from({ length: entries }, (_, k) => ({
    contestId: contest.id, authorId: `tg-${tag}`, code: k % 7 === 3 ? `GS-${tag}-"${k}",\n` : `GS-${tag}-${k}`, title: `Bài ${k}`,
    status: 'submitted' as const, submittedAt: new Date(),
  })));
  const round = createRound(server, {
    contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000),
  });
  createAssignments(server, entryIds.flatMap((entryId, k) => [judges[k % 3]!, judges[(k + 1) % 3]!].map((judgeId) => ({
    roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
  }))));
  const criteria = listCriteria(server, contest.id).map((c) => c.id);
  const comments = ['', 'Chân thực, cảm động', '=1+1', 'dòng\r\nmới; "trích"', '\t@SUM(A1)', '😀 \u2028 a'];
  const assignments = listAllAssignments(server, round.id);
  for (const [k, a] of assignments.entries()) {
    if (k % 5 === 4) continue;
    saveScoreSheet(server, {
      assignmentId: a.id, comment: comments[k % comments.length]!, status: k % 3 === 0 ? 'draft' : 'submitted',
      scores: new Map(k % 4 === 1 ? [[criteria[0]!, 7.5]] : [[criteria[0]!, 6], [criteria[1]!, 8]]), at: new Date(Date.UTC(2026, 4, 1, 3, k)),
    });
  }
  return { round, assignments, criteria };
}

/** The file one thread writes, read on a connection that keeps nothing of this one. */
function oneThreadCsv(roundId: number, locale: 'vi' | 'en' = 'vi') {
  const fresh = createDb(join(dir, 'guong-sang.sqlite'), { migrate: false });
  try {
    return toCsv(exportTable(fresh, roundId, 'sheets', locale, 'corrected'));
  } finally {
    closeDb(fresh);
  }
}

it('writes the file one thread writes, in either language, the halves meeting between two entries', async () => {
  const { round } = seed(41);
  for (const locale of ['vi', 'en'] as const) {
    const split = await splitScoreSheetsCsv(server, thread, round.id, locale);
    expect(split, 'split in two').toBeInstanceOf(Buffer);
    expect(split!.toString()).toBe(oneThreadCsv(round.id, locale).toString());
  }
  expect(logged).toEqual([]);
  // The two halves hold every sheet: the file names each entry's sheets in entry order.
  const lines = oneThreadCsv(round.id).toString().split('\r\n');
  expect(lines.filter((line) => line.startsWith('GS-')).length).toBeGreaterThan(41);
});

it('keeps the file until a write, from any connection, moves the results revision', async () => {
  const { round, assignments, criteria } = seed(20);
  const first = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
  expect(await splitScoreSheetsCsv(server, thread, round.id, 'vi')).toBe(first);
  saveScoreSheet(other, { assignmentId: assignments[5]!.id, comment: 'Viết lại', status: 'draft', scores: new Map([[criteria[1]!, 3]]), at: new Date() });
  const after = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
  expect(after).not.toBe(first);
  expect(after?.toString()).toBe(oneThreadCsv(round.id).toString());
  expect(after?.toString()).toContain('Viết lại');
});

it('writes nothing when a commit lands between the two halves\' reads, and the export then tells what was committed', async () => {
  const { round, assignments, criteria } = seed(12);
  // The other thread reads the upper half first (this one waits), then another connection revises
  // a sheet of the lower half and renames a judge, and only then does this thread read its half.
  beforeSnapshot = () => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    saveScoreSheet(other, {
      assignmentId: assignments[0]!.id, comment: 'Đã sửa sau', status: 'submitted', scores: new Map([[criteria[0]!, 10]]), at: new Date(),
    });
    setUserName(other, assignments.at(-1)!.judgeId, 'Tên mới');
  };
  expect(await splitScoreSheetsCsv(server, thread, round.id, 'vi')).toBeUndefined();
  expect(beforeSnapshot).toBeUndefined();
  const now = oneThreadCsv(round.id).toString();
  expect(now).toContain('Đã sửa sau');
  // Nothing written since: the split now succeeds and agrees.
  expect((await splitScoreSheetsCsv(server, thread, round.id, 'vi'))?.toString()).toBe(now);
});

it('lists an entry assigned and scored from another connection after the round\'s span of entries was read, kept or not', async () => {
  const { round, assignments, criteria } = seed(10);
  const { contestId, authorId } = getEntry(server, assignments[0]!.entryId)!;
  // A newly submitted entry (the highest id) gets a reader and a sheet in one commit, before either half reads.
  afterSpan = () => writeTransaction(other, (tx) => {
    const [late] = createEntries(tx, [{ contestId, authorId, code: 'GS-muộn', title: 'Bài muộn', status: 'submitted', submittedAt: new Date() }]);
    createAssignments(tx, [{ roundId: round.id, entryId: late!, judgeId: assignments[0]!.judgeId, origin: 'initial', createdAt: new Date() }]);
    saveScoreSheet(tx, {
      assignmentId: listEntryAssignments(tx, round.id, late!)[0]!.id, comment: 'Chấm muộn', status: 'submitted',
      scores: new Map([[criteria[0]!, 9]]), at: new Date(),
    });
  });
  const split = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
  expect(afterSpan).toBeUndefined();
  const now = oneThreadCsv(round.id).toString();
  expect(now).toContain('Chấm muộn');
  // Either written whole by the caller (undefined) or the same file; and what is kept is that file.
  expect(split?.toString() ?? now).toBe(now);
  expect((await splitScoreSheetsCsv(server, thread, round.id, 'vi'))?.toString() ?? now).toBe(now);
});

it('leaves the export to one thread when results keep the counted sheets, for a round of one entry, and for a round that is not there', async () => {
  const { round } = seed(6);
  roundResults(server, round.id, 'corrected');
  expect(await splitScoreSheetsCsv(server, thread, round.id, 'vi')).toBeUndefined();
  const single = seed(1);
  expect(await splitScoreSheetsCsv(server, thread, single.round.id, 'vi')).toBeUndefined();
  expect(await splitScoreSheetsCsv(server, thread, 999_999, 'vi')).toBeUndefined();
});

it('takes one job at a time: a second export while the thread writes is left to this thread', async () => {
  const { round } = seed(30);
  const [first, second] = await Promise.all([
    splitScoreSheetsCsv(server, thread, round.id, 'vi'),
    splitScoreSheetsCsv(server, thread, round.id, 'vi'),
  ]);
  expect(first?.toString()).toBe(oneThreadCsv(round.id).toString());
  expect(second).toBeUndefined();
});

it('leaves the export to this thread, and logs why, when the thread cannot read the database or cannot start', async () => {
  const { round } = seed(8);
  // A thread on another (empty) database file: its reads fail, its reply says so.
  const emptyDir = mkdtempSync(join(tmpdir(), 'split-export-empty-'));
  const failures: unknown[] = [];
  const log = { warn: (...args: unknown[]) => failures.push(args), error: (...args: unknown[]) => failures.push(args) };
  const lost = new ExportThread(join(emptyDir, 'guong-sang.sqlite'), 0, log);
  lost.startWhenLarge(server);
  await lost.whenStarted(60_000);
  try {
    expect(await splitScoreSheetsCsv(server, lost, round.id, 'vi')).toBeUndefined();
    expect(failures).toHaveLength(1);
    // A thread that dies as it starts (its database is a folder) takes no job, and the exports
    // after it do not start one again at once.
    const dead = new ExportThread(emptyDir, 0, log);
    dead.startWhenLarge(server);
    await dead.whenStarted(60_000);
    const logged = failures.length;
    expect(logged).toBeGreaterThan(1);
    for (let k = 0; k < 3; k++) expect(await splitScoreSheetsCsv(server, dead, round.id, 'vi')).toBeUndefined();
    // Had one been started again, this waits for it to die too (and log).
    await dead.whenStarted(60_000);
    expect(failures).toHaveLength(logged);
    await dead.close();
  } finally {
    await lost.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
  // The working thread still writes its half.
  expect((await splitScoreSheetsCsv(server, thread, round.id, 'vi'))?.toString()).toBe(oneThreadCsv(round.id).toString());
}, 120_000);
