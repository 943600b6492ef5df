import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, getEntry, getResultsRevision,
  getRound, listAllAssignments, listCriteria, listEntryAssignments, listRoundSheetRows, roundEntrySpan, saveScoreSheet,
  setAssignmentStatus, setUserName, updateEntry, writeTransaction, type CountedSheets, type Db,
} from '@guong-sang/db';
import { roundSheetsBetween } from '../judging/round-sheets.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { splitScoreSheetsCsv } from '../exports/score-sheets-split.ts';
import { toCsv } from '../exports/csv-write.ts';
import { exportTable } from '../exports/tables.ts';
import { approximateBytes } from '../lib/approximate-bytes.ts';
import { keptResults, keptRevision } from '../results/results-cache.ts';
import { readListedSheetsSplit, readRoundSheetsSplit, roundReliability, roundResults } from '../results/round-results.ts';
import { entryHalves, RoundThread } from './round-thread.ts';

/*
 * A large round read whole is read in two halves by entry, the upper on a second thread with its
 * own connection: the score-sheet export, and the counted sheets of the first results after a
 * start. The halves must give what one thread's whole read gives, and never half from before and
 * half after another connection's commit. `beforeSnapshot` lets a test act right before this
 * thread's half opens its snapshot, while the other thread's half is already read; `afterSpan`
 * right after the round's span of entries is read, before either half is.
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
let thread: RoundThread;
/** What the thread logged: a failure to write is logged, never thrown at the organizer. */
const logged: unknown[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'round-thread-'));
  server = createDb(join(dir, 'guong-sang.sqlite'));
  other = createDb(join(dir, 'guong-sang.sqlite'), { migrate: false });
  thread = new RoundThread(join(dir, 'guong-sang.sqlite'), 0, { warn: (...args: unknown[]) => logged.push(args), error: (...args: unknown[]) => logged.push(args) });
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
function seedExport(entries: number) {
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

/** A file from the buffers it is sent in. */
const fileOf = (parts: readonly Buffer[] | undefined) => parts && Buffer.concat(parts);

/**
 * Checks the file one thread writes now holds `written`, and that `split` and the next split export
 * are either left to one thread (undefined) or that file: what is kept is what the database holds.
 */
async function expectHeldFile(roundId: number, split: readonly Buffer[] | undefined, written: string): Promise<void> {
  const now = oneThreadCsv(roundId).toString();
  expect(now).toContain(written);
  expect(fileOf(split)?.toString() ?? now).toBe(now);
  expect(fileOf(await splitScoreSheetsCsv(server, thread, roundId, 'vi'))?.toString() ?? now).toBe(now);
}

/** The file one thread writes, read on a connection that keeps nothing of this one. */
function oneThreadCsv(roundId: number, locale: 'vi' | 'en' = 'vi') {
  const fresh = createDb(join(dir, 'guong-sang.sqlite'), { migrate: false });
  try {
    return Buffer.concat(toCsv(exportTable(fresh, roundId, 'sheets', locale, 'corrected')));
  } finally {
    closeDb(fresh);
  }
}

describe('entry halves', () => {
  it('cut a span of two entries or more once, each part holding at least one of its entries, together every entry', () => {
    for (const [first, last] of [[1, 2], [1, 3], [5, 100_000], [-3, 4], [7, 8]] as const) {
      for (const share of [0.01, 0.5, 0.58, 0.99]) {
        const { lower, upper } = entryHalves({ first, last }, share)!;
        expect([lower.first, upper.last]).toEqual([Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);
        expect(lower.last).toBeGreaterThanOrEqual(first);
        expect(upper.first).toBe(lower.last + 1);
        expect(upper.first).toBeLessThanOrEqual(last);
      }
    }
    expect(entryHalves({ first: 4, last: 4 })).toBeUndefined();
    expect(entryHalves(undefined)).toBeUndefined();
    expect(entryHalves({ first: 1, last: 101 }, 0.25)!.lower.last).toBe(26);
  });
});

describe('the score-sheet export', () => {
  it('writes the file one thread writes, in either language, the halves meeting between two entries', async () => {
    const { round } = seedExport(41);
    for (const locale of ['vi', 'en'] as const) {
      const split = await splitScoreSheetsCsv(server, thread, round.id, locale);
      expect(split, 'split in two').toBeDefined();
      expect(fileOf(split)!.toString()).toBe(oneThreadCsv(round.id, locale).toString());
    }
    expect(logged).toEqual([]);
    // The two halves hold every sheet: the file names each entry's sheets in entry order.
    const lines = oneThreadCsv(round.id).toString().split('\r\n');
    expect(lines.filter((line) => line.startsWith('GS-')).length).toBeGreaterThan(41);
  });

  it('keeps the file until a write, from any connection, moves the results revision', async () => {
    const { round, assignments, criteria } = seedExport(20);
    const first = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
    expect(await splitScoreSheetsCsv(server, thread, round.id, 'vi')).toBe(first);
    saveScoreSheet(other, { assignmentId: assignments[5]!.id, comment: 'Viết lại', status: 'draft', scores: new Map([[criteria[1]!, 3]]), at: new Date() });
    const after = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
    expect(after).not.toBe(first);
    expect(fileOf(after)?.toString()).toBe(oneThreadCsv(round.id).toString());
    expect(fileOf(after)?.toString()).toContain('Viết lại');
  });

  it('keeps a file that holds about the memory the results cache counts for it, not a run of a megabyte per half', async () => {
    // The cache bounds what it keeps by each value's bytes (approximate-bytes.ts counts a buffer's
    // own length): a small round's two halves' last runs, each a view of a 1 MiB chunk, held 2 MiB
    // for a file of a few kilobytes.
    const { round } = seedExport(20);
    for (const file of [await splitScoreSheetsCsv(server, thread, round.id, 'vi'), toCsv(exportTable(server, round.id, 'sheets', 'vi', 'corrected'))]) {
      expect(file, 'split in two').toBeDefined();
      const bytes = file!.reduce((sum, part) => sum + part.length, 0);
      const held = [...new Set(file!.map((part) => part.buffer))].reduce((sum, memory) => sum + memory.byteLength, 0);
      expect(bytes).toBeLessThan(16 * 1024);
      // The header may be a slice of the 8 KiB pool small buffers share.
      expect(held).toBeLessThanOrEqual(2 * bytes + 8 * 1024);
    }
  });

  it('writes nothing when a commit lands between the two halves\' reads, and the export then tells what was committed', async () => {
    const { round, assignments, criteria } = seedExport(12);
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
    expect(fileOf(await splitScoreSheetsCsv(server, thread, round.id, 'vi'))?.toString()).toBe(now);
  });

  it('lists an entry assigned and scored from another connection after the round\'s span of entries was read, kept or not', async () => {
    const { round, assignments, criteria } = seedExport(10);
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
    await expectHeldFile(round.id, split, 'Chấm muộn');
  });

  it('writes its half beside the counted sheets results keep at this revision: the file one thread writes, drafts and all', async () => {
    for (const entries of [2, 3, 41]) {
      const { round } = seedExport(entries);
      roundResults(server, round.id, 'corrected');
      const split = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
      expect(split, `${entries} entries: split beside the counted sheets`).toBeDefined();
      expect(fileOf(split)!.toString()).toBe(oneThreadCsv(round.id).toString());
    }
    expect(logged).toEqual([]);
  });

  it('beside counted sheets kept at an older revision, or a commit between its halves, writes nothing the database does not hold', async () => {
    const { round, assignments, criteria } = seedExport(12);
    roundResults(server, round.id, 'corrected');
    saveScoreSheet(other, { assignmentId: assignments[2]!.id, comment: 'Sau kết quả', status: 'submitted', scores: new Map([[criteria[0]!, 2]]), at: new Date() });
    // Kept at an older revision: both halves read whole.
    expect(fileOf(await splitScoreSheetsCsv(server, thread, round.id, 'vi'))?.toString()).toBe(oneThreadCsv(round.id).toString());
    saveScoreSheet(other, { assignmentId: assignments[3]!.id, comment: 'Nháp mới', status: 'draft', scores: new Map([[criteria[1]!, 4]]), at: new Date() });
    roundResults(server, round.id, 'corrected');
    beforeSnapshot = () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
      saveScoreSheet(other, { assignmentId: assignments[0]!.id, comment: 'Sửa giữa hai nửa', status: 'submitted', scores: new Map([[criteria[1]!, 1]]), at: new Date() });
    };
    const split = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
    expect(beforeSnapshot).toBeUndefined();
    await expectHeldFile(round.id, split, 'Sửa giữa hai nửa');
    // A commit before either half is read: both halves see it, the kept counted sheets do not.
    saveScoreSheet(other, { assignmentId: assignments[4]!.id, comment: 'Nháp khác', status: 'draft', scores: new Map([[criteria[0]!, 5]]), at: new Date() });
    roundResults(server, round.id, 'corrected');
    afterSpan = () => saveScoreSheet(other, {
      assignmentId: assignments[0]!.id, comment: 'Sửa trước hai nửa', status: 'submitted', scores: new Map([[criteria[1]!, 9]]), at: new Date(),
    });
    const before = await splitScoreSheetsCsv(server, thread, round.id, 'vi');
    expect(afterSpan).toBeUndefined();
    const after = oneThreadCsv(round.id).toString();
    expect(after).toContain('Sửa trước hai nửa');
    expect(fileOf(before)?.toString() ?? after).toBe(after);
  });

  it('leaves the export to one thread when the listed sheets are kept, for a round of one entry, and for a round that is not there', async () => {
    const { round } = seedExport(6);
    roundResults(server, round.id, 'corrected');
    await readListedSheetsSplit(server, thread, round.id);
    expect(await splitScoreSheetsCsv(server, thread, round.id, 'vi')).toBeUndefined();
    const single = seedExport(1);
    expect(await splitScoreSheetsCsv(server, thread, single.round.id, 'vi')).toBeUndefined();
    expect(await splitScoreSheetsCsv(server, thread, 999_999, 'vi')).toBeUndefined();
  });

  it('takes one job at a time: a second export while the thread writes is left to this thread', async () => {
    const { round } = seedExport(30);
    const [first, second] = await Promise.all([
      splitScoreSheetsCsv(server, thread, round.id, 'vi'),
      splitScoreSheetsCsv(server, thread, round.id, 'vi'),
    ]);
    expect(fileOf(first)?.toString()).toBe(oneThreadCsv(round.id).toString());
    expect(second).toBeUndefined();
  });

  it('leaves the export to this thread, and logs why, when the thread cannot read the database or cannot start', async () => {
    const { round } = seedExport(8);
    // A thread on another (empty) database file: its reads fail, its reply says so.
    const emptyDir = mkdtempSync(join(tmpdir(), 'split-export-empty-'));
    const failures: unknown[] = [];
    const log = { warn: (...args: unknown[]) => failures.push(args), error: (...args: unknown[]) => failures.push(args) };
    const lost = new RoundThread(join(emptyDir, 'guong-sang.sqlite'), 0, log);
    lost.startWhenLarge(server);
    await lost.whenStarted(60_000);
    try {
      expect(await splitScoreSheetsCsv(server, lost, round.id, 'vi')).toBeUndefined();
      expect(failures).toHaveLength(1);
      // A thread that dies as it starts (its database is a folder) takes no job, and the exports
      // after it do not start one again at once.
      const dead = new RoundThread(emptyDir, 0, log);
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
    expect(fileOf(await splitScoreSheetsCsv(server, thread, round.id, 'vi'))?.toString()).toBe(oneThreadCsv(round.id).toString());
  }, 120_000);

  it('leaves the export to this thread when the thread answers with something other than runs of bytes', async () => {
    const { round } = seedExport(8);
    const revision = getResultsRevision(server, getRound(server, round.id)!.contestId)!;
    for (const value of ['GS-1,9\r\n', Buffer.from('GS-1,9\r\n'), [Buffer.from('GS-1'), 'GS-2'], null, {}]) {
      // Another build's thread: a reply at the right revision, of another shape.
      const other = { startWhenLarge: () => {}, part: () => Promise.resolve({ revision, value }) } as unknown as RoundThread;
      expect(await splitScoreSheetsCsv(server, other, round.id, 'vi')).toBeUndefined();
    }
  });
});

describe('the details the score-sheet export reads beside the counted sheets', () => {
  const listedKept = (contestId: number, roundId: number) => keptRevision(server, contestId, `round-${roundId}-listed-sheets`);
  const contestOf = (roundId: number) => getRound(server, roundId)!.contestId;
  /** The CSV as this connection writes it now, from what it keeps. */
  const serverCsv = (roundId: number) => Buffer.concat(toCsv(exportTable(server, roundId, 'sheets', 'vi', 'corrected'))).toString();
  it('keeps the listed sheets made of the two halves\' details and the kept counted sheets: the file one whole read writes', async () => {
    for (const entries of [2, 3, 41]) {
      const { round } = seedExport(entries);
      roundResults(server, round.id, 'corrected');
      await readListedSheetsSplit(server, thread, round.id);
      expect(listedKept(contestOf(round.id), round.id), `${entries} entries: kept from the halves`).toBeDefined();
      expect(serverCsv(round.id)).toBe(oneThreadCsv(round.id).toString());
    }
    expect(logged).toEqual([]);
  });

  it('keeps nothing when a commit lands between the two halves\' reads, and the export then tells what was committed', async () => {
    const { round, assignments, criteria } = seedExport(12);
    roundResults(server, round.id, 'corrected');
    beforeSnapshot = () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
      saveScoreSheet(other, { assignmentId: assignments[0]!.id, comment: 'Sửa giữa hai nửa', status: 'draft', scores: new Map([[criteria[0]!, 1]]), at: new Date() });
    };
    await readListedSheetsSplit(server, thread, round.id);
    expect(beforeSnapshot).toBeUndefined();
    expect(listedKept(contestOf(round.id), round.id)).toBeUndefined();
    const csv = serverCsv(round.id);
    expect(csv).toContain('Sửa giữa hai nửa');
    expect(csv).toBe(oneThreadCsv(round.id).toString());
  });

  it('asks the thread for nothing unless the counted sheets are kept at this revision and nothing of the listed ones is', async () => {
    const part = vi.spyOn(thread, 'part');
    try {
      const { round, assignments, criteria } = seedExport(10);
      // Nothing kept: the CSV itself is split (splitScoreSheetsCsv), not this.
      await readListedSheetsSplit(server, thread, round.id);
      roundResults(server, round.id, 'corrected');
      saveScoreSheet(other, { assignmentId: assignments[1]!.id, comment: 'Sau kết quả', status: 'submitted', scores: new Map([[criteria[0]!, 2]]), at: new Date() });
      // The counted sheets kept at an older revision: they take in the change, and the listed are read beside them after.
      await readListedSheetsSplit(server, thread, round.id);
      expect(part).not.toHaveBeenCalled();
      roundResults(server, round.id, 'corrected');
      await readListedSheetsSplit(server, thread, round.id);
      expect(part).toHaveBeenCalledTimes(1);
      // The listed sheets kept: a write is taken in from them.
      await readListedSheetsSplit(server, thread, round.id);
      expect(part).toHaveBeenCalledTimes(1);
      expect(serverCsv(round.id)).toBe(oneThreadCsv(round.id).toString());
      expect(serverCsv(round.id)).toContain('Sau kết quả');
    } finally {
      part.mockRestore();
    }
  });

  it('takes no half from a failed or odd reply, nor when the thread is busy or missing', async () => {
    const { round } = seedExport(9);
    roundResults(server, round.id, 'corrected');
    const revision = getResultsRevision(server, contestOf(round.id))!;
    // A text of the counted sheets' columns (a thread from another build may answer so): not the
    // details' columns, read whole rather than refused as malformed data.
    const otherColumns = { sheets: 1, values: '[1,2,"gk",[1,5]]' };
    for (const reply of [
      { failed: 'đọc lỗi' }, { revision, value: 'x' }, { revision: revision - 1, value: { sheets: 0, values: null } }, { revision, value: otherColumns },
      undefined,
    ]) {
      const part = vi.spyOn(thread, 'part').mockReturnValueOnce(Promise.resolve(reply as never));
      try {
        await readListedSheetsSplit(server, thread, round.id);
      } finally {
        part.mockRestore();
      }
      expect(listedKept(contestOf(round.id), round.id), JSON.stringify(reply)).toBeUndefined();
    }
    const busy = vi.spyOn(thread, 'part').mockReturnValueOnce(undefined);
    try {
      await readListedSheetsSplit(server, thread, round.id);
    } finally {
      busy.mockRestore();
    }
    await readListedSheetsSplit(server, undefined, round.id);
    expect(listedKept(contestOf(round.id), round.id)).toBeUndefined();
    expect(serverCsv(round.id)).toBe(oneThreadCsv(round.id).toString());
  });
});

describe('the counted sheets of the first results', () => {
  /**
   * A rubric round of `entries` entries, two readers each and a third from adjudication on every
   * sixth: drafts, a recusal, sheets missing a criterion, halves of a point, a withdrawn entry.
   */
  function seedCounted(entries: number, method: 'rubric' | 'comparative' = 'rubric') {
    const tag = `c${seeded++}`;
    const unit = createUnit(server, { name: `Đơn vị ${tag}`, headcount: 100 });
    const judges = [1, 2, 3, 4].map((k) => `gk-${tag}-${k}`);
    createUsers(server, [`tg-${tag}`, ...judges].map((id) => ({ id, email: `${id}@example.vn`, fullName: `Giám khảo ${id}`, unitId: unit.id, passwordHash: 'x' })));
    const contest = createContest(server, {
      slug: tag, title: 'Gương sáng', status: 'judging',
      submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
    }, { criteria: [{ name: 'Nội dung', weight: 0.5, max: 10 }, { name: 'Nhân vật', weight: 0.3, max: 10 }, { name: 'Lan tỏa', weight: 0.2, max: 10 }] });
    const entryIds = createEntries(server, Array.from({ length: entries }, (_, k) => ({
      contestId: contest.id, authorId: `tg-${tag}`, code: `GS-${tag}-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
    })));
    const round = createRound(server, {
      contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', method, opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000),
    });
    createAssignments(server, entryIds.flatMap((entryId, k) => [judges[k % 4]!, judges[(k + 1) % 4]!, ...(k % 6 === 5 ? [judges[(k + 2) % 4]!] : [])]
      .map((judgeId, reader) => ({ roundId: round.id, entryId, judgeId, origin: reader === 2 ? 'adjudication' as const : 'initial' as const, createdAt: new Date() }))));
    const criteria = listCriteria(server, contest.id).map((c) => c.id);
    const assignments = listAllAssignments(server, round.id);
    for (const [k, a] of assignments.entries()) {
      if (k % 11 === 10) continue;
      const scores = new Map(criteria.map((id, c) => [id, ((k * 7 + c * 3) % 21) / 2]));
      if (k % 9 === 4) scores.delete(criteria[2]!);
      saveScoreSheet(server, { assignmentId: a.id, comment: '', status: k % 13 === 6 ? 'draft' : 'submitted', scores, at: new Date() });
    }
    if (assignments.length > 8) setAssignmentStatus(server, assignments[7]!.id, 'recused', 'Người quen');
    if (entries > 4) updateEntry(server, entryIds[3]!, { status: 'withdrawn' });
    return { round, assignments, criteria, contestId: contest.id };
  }

  const scoreDataKept = (contestId: number, roundId: number) => keptRevision(server, contestId, `round-${roundId}-score-data`);

  /** The results and reliability one whole read gives, on a connection that keeps nothing of this one. */
  function oneThreadResults(roundId: number) {
    const fresh = createDb(join(dir, 'guong-sang.sqlite'), { migrate: false });
    try {
      return JSON.stringify([roundResults(fresh, roundId, 'corrected'), roundResults(fresh, roundId, 'mean'), roundReliability(fresh, roundId)]);
    } finally {
      closeDb(fresh);
    }
  }
  const serverResults = (roundId: number) => JSON.stringify([
    roundResults(server, roundId, 'corrected'), roundResults(server, roundId, 'mean'), roundReliability(server, roundId),
  ]);

  it('keeps the counted sheets of the two halves, and results and reliability from them are those of one whole read', async () => {
    for (const entries of [2, 3, 41]) {
      const { round, contestId } = seedCounted(entries);
      await readRoundSheetsSplit(server, thread, round.id);
      expect(scoreDataKept(contestId, round.id), `${entries} entries: kept from the halves`).toBeDefined();
      expect(serverResults(round.id)).toBe(oneThreadResults(round.id));
    }
    expect(logged).toEqual([]);
  });

  it('keeps the joined halves weighed at no less than the memory they hold, so the cache\'s budget bounds it', async () => {
    // The room after the lower half is sized for the upper's sheets before they are read: a round
    // whose upper entries have no sheets submitted yet leaves it empty, and it stays with the kept views.
    const { round, contestId } = seedCounted(41);
    const { upper } = entryHalves(roundEntrySpan(server, round.id), 0.54)!;
    for (const a of listAllAssignments(server, round.id).filter((a) => a.entryId >= upper.first)) {
      saveScoreSheet(server, { assignmentId: a.id, comment: '', status: 'draft', scores: new Map(), at: new Date() });
    }
    await readRoundSheetsSplit(server, thread, round.id);
    const kept = keptResults<{ counted: CountedSheets }>(server, contestId, `round-${round.id}-score-data`);
    expect(kept, 'kept from the halves').toBeDefined();
    const { assignmentId, entryId, judge, pairStart, pairs } = kept!.counted;
    const held = [...new Set([assignmentId, entryId, judge, pairStart, pairs].map((column) => column.buffer))].reduce((sum, b) => sum + b.byteLength, 0);
    expect(approximateBytes(kept!.counted)).toBeGreaterThanOrEqual(held);
    expect(serverResults(round.id)).toBe(oneThreadResults(round.id));
  });

  it('keeps nothing when a commit lands between the two halves\' reads, and the results then tell what was committed', async () => {
    const { round, assignments, criteria, contestId } = seedCounted(12);
    const before = oneThreadResults(round.id);
    // The thread reads the upper half first (this one waits), then another connection revises a
    // sheet of the lower half, and only then does this thread read its half.
    beforeSnapshot = () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
      saveScoreSheet(other, { assignmentId: assignments[0]!.id, comment: '', status: 'submitted', scores: new Map(criteria.map((id) => [id, 10])), at: new Date() });
    };
    await readRoundSheetsSplit(server, thread, round.id);
    expect(beforeSnapshot).toBeUndefined();
    expect(scoreDataKept(contestId, round.id)).toBeUndefined();
    const results = serverResults(round.id);
    expect(results).toBe(oneThreadResults(round.id));
    expect(results).not.toBe(before);
  });

  it('counts an entry assigned and scored from another connection after the round\'s span of entries was read', async () => {
    const { round, assignments, criteria, contestId } = seedCounted(10);
    const { authorId } = getEntry(server, assignments[0]!.entryId)!;
    let late = 0;
    afterSpan = () => writeTransaction(other, (tx) => {
      late = createEntries(tx, [{ contestId, authorId, code: 'GS-chấm-muộn', title: 'Bài muộn', status: 'submitted', submittedAt: new Date() }])[0]!;
      createAssignments(tx, [0, 1].map((k) => ({ roundId: round.id, entryId: late, judgeId: assignments[k]!.judgeId, origin: 'initial' as const, createdAt: new Date() })));
      for (const a of listEntryAssignments(tx, round.id, late)) {
        saveScoreSheet(tx, { assignmentId: a.id, comment: '', status: 'submitted', scores: new Map(criteria.map((id) => [id, 9.5])), at: new Date() });
      }
    });
    await readRoundSheetsSplit(server, thread, round.id);
    expect(afterSpan).toBeUndefined();
    expect(scoreDataKept(contestId, round.id)).toBeDefined();
    expect(serverResults(round.id)).toBe(oneThreadResults(round.id));
    expect(roundResults(server, round.id, 'mean').entries.find((e) => e.code === 'GS-chấm-muộn')?.readers).toBe(2);
  });

  it('refuses, as one whole read does, two scores texts typed in by hand that keep the count of values only together, one in each half', async () => {
    const { round, criteria, contestId } = seedCounted(10);
    const { lower } = entryHalves(roundEntrySpan(server, round.id))!;
    // The last counted sheet of the lower half and the first of the upper: next to each other in one whole read.
    const counted = listRoundSheetRows(server, round.id);
    const below = counted.filter((sheet) => sheet.entryId <= lower.last).at(-1)!;
    const above = counted.find((sheet) => sheet.entryId > lower.last)!;
    // The first opens an array the second closes, and the second adds as many values as it took: read
    // whole, the count was right and the upper sheet became one of 10 points by a judge "7".
    const store = other.$client.prepare('update score_sheets set scores = ? where assignment_id = ?');
    store.run(`{"${criteria[0]}":5},[0`, below.assignmentId);
    store.run(`{"${criteria[0]}":6}],${below.entryId},7,${JSON.stringify(Object.fromEntries(criteria.map((id) => [id, 10])))}`, above.assignmentId);
    expect(() => oneThreadResults(round.id)).toThrow(/malformed/);
    await expect(readRoundSheetsSplit(server, thread, round.id)).rejects.toThrow(/malformed/);
    expect(scoreDataKept(contestId, round.id)).toBeUndefined();
    expect(() => serverResults(round.id)).toThrow(/malformed/);
  });

  it('asks the thread for nothing when the counted sheets are kept, even at an older revision (a write takes in what it changed)', async () => {
    const { round, assignments, criteria } = seedCounted(20);
    roundResults(server, round.id, 'corrected');
    saveScoreSheet(other, { assignmentId: assignments[2]!.id, comment: '', status: 'submitted', scores: new Map(criteria.map((id) => [id, 1])), at: new Date() });
    const part = vi.spyOn(thread, 'part');
    try {
      await readRoundSheetsSplit(server, thread, round.id);
      expect(part).not.toHaveBeenCalled();
    } finally {
      part.mockRestore();
    }
    expect(serverResults(round.id)).toBe(oneThreadResults(round.id));
  });

  it('takes no half from a reply of another shape (a thread from another build): results read whole', async () => {
    const { round, contestId } = seedCounted(12);
    const revision = getResultsRevision(server, contestId)!;
    // The last is a text of the details' columns (a thread from another build may answer so), not the counted sheets'.
    for (const value of [
      undefined, null, 'x', new Uint8Array(3), { sheets: 1 }, { sheets: 1.5, values: '[]' }, { sheets: 0, values: 7 },
      { sheets: 1, values: '[1,2,null,null,"submitted","",0]' },
    ]) {
      const part = vi.spyOn(thread, 'part').mockReturnValueOnce(Promise.resolve({ revision, value } as never));
      try {
        await readRoundSheetsSplit(server, thread, round.id);
      } finally {
        part.mockRestore();
      }
      expect(scoreDataKept(contestId, round.id), JSON.stringify(value)).toBeUndefined();
    }
    expect(serverResults(round.id)).toBe(oneThreadResults(round.id));
  });

  it('takes no half from columns that break what a read of the text guarantees (a wrong or hostile reply): results read whole, nothing thrown', async () => {
    const { round, contestId } = seedCounted(12);
    const revision = getResultsRevision(server, contestId)!;
    const { lower, upper } = entryHalves(roundEntrySpan(server, round.id))!;
    const honest = () => roundSheetsBetween(server, round.id, upper)!.value;
    const lowerLast = roundSheetsBetween(server, round.id, lower)!.value;
    const tampered: [string, (sheets: CountedSheets) => void][] = [
      ['an entry id that is not a number', (s) => { s.entryId[1] = Number.NaN; }],
      ['an entry id that is not an integer', (s) => { s.entryId[1] = s.entryId[1]! + 0.5; }],
      ['an assignment id that is not an integer', (s) => { s.assignmentId[0] = Number.NaN; }],
      ['sheets out of entry order', (s) => { const first = s.entryId[0]!; s.entryId[0] = s.entryId[s.count - 1]!; s.entryId[s.count - 1] = first; }],
      ['a criterion named twice in a sheet', (s) => { s.pairs[s.pairStart[0]! + 2] = s.pairs[s.pairStart[0]!]!; }],
      ['a criterion id that is not an integer', (s) => { s.pairs[s.pairStart[0]!] = 0.5; }],
      ['a score that is not a number', (s) => { s.pairs[s.pairStart[0]! + 1] = Number.NaN; }],
      ['a sheet of an entry of the lower half', (s) => {
        // The lower half's last sheet, again, in front of the upper's first: the halves still meet in order.
        const k = lowerLast.count - 1;
        s.entryId[0] = lowerLast.entryId[k]!;
        s.assignmentId[0] = lowerLast.assignmentId[k]!;
        s.judgeIds[s.judge[0]!] = lowerLast.judgeIds[lowerLast.judge[k]!]!;
      }],
    ];
    for (const [name, tamper] of tampered) {
      const value = honest();
      tamper(value);
      const part = vi.spyOn(thread, 'part').mockReturnValueOnce(Promise.resolve({ revision, value } as never));
      try {
        await expect(readRoundSheetsSplit(server, thread, round.id), name).resolves.toBeUndefined();
      } finally {
        part.mockRestore();
      }
      expect(scoreDataKept(contestId, round.id), name).toBeUndefined();
    }
    expect(serverResults(round.id)).toBe(oneThreadResults(round.id));
  });

  it('leaves the read to results when the thread is busy, for a round of one entry, a comparative round, a round that is not there, and without a thread', async () => {
    const busy = seedCounted(30);
    const part = vi.spyOn(thread, 'part');
    try {
      await Promise.all([readRoundSheetsSplit(server, thread, busy.round.id), readRoundSheetsSplit(server, thread, busy.round.id)]);
      // The first took the thread; the second found it busy, and left it.
      expect(part.mock.results.map((r) => r.value === undefined)).toEqual([false, true]);
    } finally {
      part.mockRestore();
    }
    expect(scoreDataKept(busy.contestId, busy.round.id)).toBeDefined();
    expect(serverResults(busy.round.id)).toBe(oneThreadResults(busy.round.id));
    const single = seedCounted(1);
    await readRoundSheetsSplit(server, thread, single.round.id);
    expect(scoreDataKept(single.contestId, single.round.id)).toBeUndefined();
    const comparative = seedCounted(6, 'comparative');
    await readRoundSheetsSplit(server, thread, comparative.round.id);
    expect(scoreDataKept(comparative.contestId, comparative.round.id)).toBeUndefined();
    await expect(readRoundSheetsSplit(server, thread, 999_999)).resolves.toBeUndefined();
    const alone = seedCounted(8);
    await readRoundSheetsSplit(server, undefined, alone.round.id);
    expect(scoreDataKept(alone.contestId, alone.round.id)).toBeUndefined();
    expect(serverResults(single.round.id)).toBe(oneThreadResults(single.round.id));
  });
});
