import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, listAllAssignments,
  listCriteria, listedSheetRows, listRoundSheetExportRows, saveScoreSheet, setAssignmentStatus, type Db,
} from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { roundListedSheetsKept, roundResults, roundReliability } from './round-results.ts';

/*
 * Found by an adversarial review, when the counted sheets and the score data were kept apart. A
 * second connection (another process on the same data directory,
 * a maintenance script, the next server while the old one drains) may commit at any instant
 * between two statements of this one. `afterWholeRead` lets a test commit exactly there: right
 * after results read the round's counted sheets whole.
 */
let afterWholeRead: (() => void) | undefined;
/** Runs right before the score-sheet export reads its sheets beside the kept counted ones. */
let beforeDetailsRead: (() => void) | undefined;
vi.mock('@guong-sang/db', async (importOriginal) => {
  const original = await importOriginal<typeof import('@guong-sang/db')>();
  return {
    ...original,
    listRoundSheetExportDetails: (...args: Parameters<typeof original.listRoundSheetExportDetails>) => {
      const hook = beforeDetailsRead;
      beforeDetailsRead = undefined;
      hook?.();
      return original.listRoundSheetExportDetails(...args);
    },
    listCountedSheets: (...args: Parameters<typeof original.listCountedSheets>) => {
      const rows = original.listCountedSheets(...args);
      const hook = afterWholeRead;
      afterWholeRead = undefined;
      hook?.();
      return rows;
    },
  };
});

let dir: string;
let server: Db;
let other: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stale-results-'));
  server = createDb(join(dir, 'guong-sang.sqlite'));
  other = createDb(join(dir, 'guong-sang.sqlite'));
});
afterEach(() => {
  afterWholeRead = undefined;
  beforeDetailsRead = undefined;
  closeDb(server);
  closeDb(other);
  rmSync(dir, { recursive: true, force: true });
});

function seed(db: Db) {
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 100 });
  createUsers(db, ['tac-gia', 'gk-1', 'gk-2'].map((id) => ({ id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const contest = createContest(db, {
    slug: 'gs', title: 'Gương sáng', status: 'judging',
    submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const entryIds = createEntries(db, [0, 1].map((k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `GS-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
  })));
  const round = createRound(db, {
    contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000),
  });
  createAssignments(db, entryIds.flatMap((entryId) => ['gk-1', 'gk-2'].map((judgeId) => ({
    roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
  }))));
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const assignments = listAllAssignments(db, round.id);
  const submit = (db: Db, assignmentId: number, score: number) => saveScoreSheet(db, {
    assignmentId, comment: '', status: 'submitted', scores: new Map([[criterion!, score]]), at: new Date(),
  });
  return { round, assignments, submit };
}

const scores = (db: Db, roundId: number) => roundResults(db, roundId, 'mean').entries.map((e) => [e.code, e.score, e.readers]);

it('serves results that take in a sheet committed by another connection between its two reads, after any later read', () => {
  const { round, assignments, submit } = seed(server);
  for (const a of assignments.slice(0, 3)) submit(server, a.id, 6);

  // The first read of the round reads its counted sheets whole; right after, another connection
  // commits the last sheet (GS-1's second reader gives 10).
  afterWholeRead = () => submit(other, assignments[3]!.id, 10);
  expect(scores(server, round.id)).toEqual([['GS-0', 6, 2], ['GS-1', 6, 1]]);
  expect(afterWholeRead).toBeUndefined();

  // No write since: a fresh computation (another connection, nothing kept) is the truth, and the
  // server's next read, which sees the revision moved, must agree with it.
  const fresh = scores(other, round.id);
  expect(fresh).toEqual([['GS-1', 8, 2], ['GS-0', 6, 2]]);
  expect(scores(server, round.id)).toEqual(fresh);
  expect(roundReliability(server, round.id)).toEqual(roundReliability(other, round.id));
});

it('lists no score sheet half from before and half after another connection\'s commit when the export reads beside kept results', () => {
  const { round, assignments, submit } = seed(server);
  for (const a of assignments) submit(server, a.id, 6);
  scores(server, round.id);

  // Results keep the counted sheets; the export reads the rest beside them, and just before it does,
  // another connection revises a submitted sheet (score and comment).
  const criterionId = listCriteria(other, round.contestId)[0]!.id;
  beforeDetailsRead = () => saveScoreSheet(other, {
    assignmentId: assignments[0]!.id, comment: 'Đã sửa', status: 'submitted', at: new Date(), scores: new Map([[criterionId, 10]]),
  });
  const listed = roundListedSheetsKept(server, round);
  expect(beforeDetailsRead).toBeUndefined();
  const revised = listedSheetRows(listed).find((sheet) => sheet.assignmentId === assignments[0]!.id);
  expect([revised?.comment, revised?.criteria]).toEqual(['Đã sửa', [criterionId, 10]]);
  expect(listed).toEqual(listRoundSheetExportRows(other, round.id));
});

it('lists the same sheets read beside kept results as read whole, drafts and recused readers too', () => {
  const { round, assignments, submit } = seed(server);
  submit(server, assignments[0]!.id, 7);
  saveScoreSheet(server, { assignmentId: assignments[1]!.id, comment: 'nháp', status: 'draft', scores: new Map(), at: new Date() });
  submit(server, assignments[3]!.id, 9);
  setAssignmentStatus(server, assignments[3]!.id, 'recused', 'Người quen');
  scores(server, round.id);
  expect(roundListedSheetsKept(server, round)).toEqual(listRoundSheetExportRows(other, round.id));
});
