import fc from 'fast-check';
import {
  addTieDecision, closeDb, createAssignments, createContest, createDb, createEntries, createRound, createScoreSheets, createUnit, createUsers,
  getResultsRevision, getScoreSheet, listAllAssignments, listCriteria, saveScoreSheet, setAssignmentStatus, updateContest, updateEntry,
  writeTransaction, type CountedSheets, type Db, type ListedSheets, type Round,
} from '@guong-sang/db';
import { afterEach, expect, it } from 'vitest';
import {
  roundListedSheets, roundListedSheetsSince, roundScoreData, roundScoreDataOf, roundSheets, roundSheetsSince, 
} from './round-sheets.ts';

/*
 * Two contests of two rounds each on one database, sheets kept per round under their own contest's
 * revision, and every write path results read: saves, bulk sheets (createScoreSheets), recusal,
 * removal and reinstatement, adjudication's new assignment, rules of the contest, withdrawals, tie
 * decisions, a transaction rolled back after its bumps and stamps. After every batch the patched
 * sheets of every round (counted, and listed for the export with drafts and comments), and what
 * scoring reads of them, are what a whole read gives.
 */
let db: Db | undefined;
afterEach(() => {
  if (db) closeDb(db);
  db = undefined;
});

const JUDGES = ['gk-1', 'gk-2', 'gk-3'];

function seed(handle: Db) {
  const unit = createUnit(handle, { name: 'Đảng ủy Sở Tư pháp', headcount: 100 });
  createUsers(handle, ['tac-gia', ...JUDGES].map((id) => ({ id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const rounds: { round: Round; criterion: number; assignments: number[] }[] = [];
  for (const slug of ['a', 'b']) {
    const contest = createContest(handle, {
      slug, title: slug, status: 'judging', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
    }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
    const [criterion] = listCriteria(handle, contest.id).map((c) => c.id);
    const entryIds = createEntries(handle, [0, 1, 2].map((k) => ({
      contestId: contest.id, authorId: 'tac-gia', code: `${slug}-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
    })));
    for (const name of ['Sơ khảo', 'Chung khảo']) {
      const round = createRound(handle, { contestId: contest.id, name, kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
      createAssignments(handle, entryIds.flatMap((entryId, k) => [0, 1].map((r) => ({
        roundId: round.id, entryId, judgeId: JUDGES[(k + r) % JUDGES.length]!, origin: 'initial' as const, createdAt: new Date(),
      }))));
      rounds.push({ round, criterion: criterion!, assignments: listAllAssignments(handle, round.id).map((a) => a.id) });
    }
  }
  return rounds;
}

type Step =
  | { kind: 'save'; round: number; at: number; submit: boolean; score: number }
  | { kind: 'bulk'; round: number; score: number }
  | { kind: 'status'; round: number; at: number; status: 'active' | 'recused' | 'removed' }
  | { kind: 'third reader'; round: number; at: number }
  | { kind: 'rules'; round: number }
  | { kind: 'withdraw'; round: number; at: number }
  | { kind: 'tie'; round: number }
  | { kind: 'rolled back'; round: number; at: number; score: number };

const where = { round: fc.nat(3), at: fc.nat(8) };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('save' as const), ...where, submit: fc.boolean(), score: fc.nat(10) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bulk' as const), round: fc.nat(3), score: fc.nat(10) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('status' as const), ...where, status: fc.constantFrom('active' as const, 'recused' as const, 'removed' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('third reader' as const), ...where }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rules' as const), round: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), ...where }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tie' as const), round: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rolled back' as const), ...where, score: fc.nat(10) }) },
);

/** What `read` gives, or the error it throws. */
function outcome<T>(read: () => T): T | { refused: string } {
  try {
    return read();
  } catch (error) {
    return { refused: String(error) };
  }
}

it('patches every round of every contest to what a whole read gives, whatever is written in between', () => {
  fc.assert(fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 }), (batches) => {
    if (db) closeDb(db);
    const handle = createDb(':memory:');
    db = handle;
    const rounds = seed(handle);
    const kept: { sheets: CountedSheets; listed: ListedSheets; revision: number }[] = rounds.map(({ round }) => ({
      sheets: roundSheets(handle, round), listed: roundListedSheets(handle, round), revision: getResultsRevision(handle, round.contestId)!,
    }));
    for (const batch of batches) {
      for (const change of batch) {
        const { round, criterion, assignments } = rounds[change.round]!;
        const assignmentId = 'at' in change ? assignments[change.at % assignments.length]! : assignments[0]!;
        const save = (score: number, submit: boolean) => saveScoreSheet(handle, {
          assignmentId, comment: `nhận xét ${score}`, status: submit ? 'submitted' : 'draft', scores: new Map([[criterion, score]]), at: new Date(),
        });
        if (change.kind === 'save') save(change.score, change.submit);
        else if (change.kind === 'bulk') {
          const unsheeted = assignments.filter((id) => !getScoreSheet(handle, id));
          createScoreSheets(handle, unsheeted.map((id) => ({
            assignmentId: id, comment: '', status: 'submitted' as const, scores: new Map([[criterion, change.score]]), at: new Date(),
          })));
        } else if (change.kind === 'status') setAssignmentStatus(handle, assignmentId, change.status);
        else if (change.kind === 'third reader') {
          const entryId = 1 + (change.round >> 1) * 3 + change.at % 3;
          createAssignments(handle, [{ roundId: round.id, entryId, judgeId: 'gk-3', origin: 'adjudication', createdAt: new Date() }]);
          assignments.push(listAllAssignments(handle, round.id).at(-1)!.id);
        } else if (change.kind === 'rules') updateContest(handle, round.contestId, { disagreementThreshold: 0.1 });
        else if (change.kind === 'withdraw') updateEntry(handle, 1 + (change.round >> 1) * 3 + change.at % 3, { status: 'withdrawn' });
        else if (change.kind === 'tie') addTieDecision(handle, { roundId: round.id, entryIds: [1], reason: 'Bốc thăm', decidedBy: 'gk-1', createdAt: new Date() });
        else {
          expect(() => writeTransaction(handle, () => {
            save(change.score, true);
            setAssignmentStatus(handle, assignmentId, 'recused');
            throw new Error('rolled back');
          })).toThrow('rolled back');
        }
      }
      rounds.forEach(({ round }, k) => {
        const updated = roundSheetsSince(handle, round, kept[k]!.sheets, kept[k]!.revision)!;
        expect(updated).toEqual(roundSheets(handle, round));
        // A third reader who already reads the entry (this test's 'third reader') makes scoring refuse both alike.
        expect(outcome(() => roundScoreDataOf(handle, round, updated))).toEqual(outcome(() => roundScoreData(handle, round)));
        const listed = roundListedSheetsSince(handle, round, kept[k]!.listed, kept[k]!.revision)!;
        expect(listed).toEqual(roundListedSheets(handle, round));
        kept[k] = { sheets: updated, listed, revision: getResultsRevision(handle, round.contestId)! };
      });
    }
  }), { numRuns: 40 });
});
