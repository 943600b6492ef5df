import fc from 'fast-check';
import {
  addTieDecision, closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers,
  getResultsRevision, listAllAssignments, listCriteria, saveScoreSheet, setAssignmentStatus, updateEntry, type Db,
} from '@guong-sang/db';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { roundScoreData, roundScoreDataOf, roundSheets, roundSheetsSince } from './round-sheets.ts';

let db: Db;
afterEach(() => closeDb(db));
beforeEach(() => {
  db = createDb(':memory:');
});

const ENTRIES = 12;
const JUDGES = ['gk-1', 'gk-2', 'gk-3', 'gk-4'];

function seedRound() {
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 100 });
  createUsers(db, ['tac-gia', ...JUDGES].map((id) => ({ id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const contest = createContest(db, {
    slug: 'gs', title: 'Gương sáng', status: 'judging',
    submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 0.5, max: 10 }, { name: 'Nhân vật', weight: 0.3, max: 10 }, { name: 'Hình thức', weight: 0.2, max: 10 }] });
  const entryIds = createEntries(db, Array.from({ length: ENTRIES }, (_, k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `GS-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
  })));
  const round = createRound(db, {
    contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000),
  });
  // Three readers an entry, so that a save can land between, before or after the others.
  createAssignments(db, entryIds.flatMap((entryId, k) => [0, 1, 2].map((r) => ({
    roundId: round.id, entryId, judgeId: JUDGES[(k + r) % JUDGES.length]!, origin: 'initial' as const, createdAt: new Date(),
  }))));
  return { contestId: contest.id, round, criteria: listCriteria(db, contest.id).map((c) => c.id), assignments: listAllAssignments(db, round.id) };
}

type Step =
  | { kind: 'save'; assignment: number; submit: boolean; scores: (number | null)[] }
  | { kind: 'recuse'; assignment: number }
  | { kind: 'withdraw'; assignment: number }
  | { kind: 'tie decision' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({
    kind: fc.constant('save' as const), assignment: fc.nat(3 * ENTRIES - 1), submit: fc.boolean(),
    scores: fc.array(fc.option(fc.integer({ min: 0, max: 20 }).map((half) => half / 2), { freq: 8 }), { minLength: 3, maxLength: 3 }),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('recuse' as const), assignment: fc.nat(3 * ENTRIES - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), assignment: fc.nat(3 * ENTRIES - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tie decision' as const) }) },
);

it('brought up to date after any writes, the kept sheets and what scoring reads of them are exactly what a whole read gives', () => {
  fc.assert(fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), (batches) => {
    closeDb(db);
    db = createDb(':memory:');
    const { contestId, round, criteria, assignments } = seedRound();
    let kept = roundSheets(db, round);
    let revision = getResultsRevision(db, contestId)!;
    for (const batch of batches) {
      for (const change of batch) {
        const assignment = assignments['assignment' in change ? change.assignment : 0];
        if (change.kind === 'save') {
          const scores = new Map(change.scores.flatMap((score, k) => (score === null ? [] : [[criteria[k]!, score] as const])));
          saveScoreSheet(db, { assignmentId: assignment!.id, comment: '', status: change.submit ? 'submitted' : 'draft', scores, at: new Date() });
        } else if (change.kind === 'recuse') {
          setAssignmentStatus(db, assignment!.id, 'recused', 'Cùng đơn vị');
        } else if (change.kind === 'withdraw') {
          updateEntry(db, assignment!.entryId, { status: 'withdrawn' });
        } else {
          addTieDecision(db, { roundId: round.id, entryIds: [assignment?.entryId ?? 1], reason: 'Bốc thăm', decidedBy: 'gk-1', createdAt: new Date() });
        }
      }
      const updated = roundSheetsSince(db, round, kept, revision);
      expect(updated).toEqual(roundSheets(db, round));
      expect(roundScoreDataOf(db, round, updated)).toEqual(roundScoreData(db, round));
      kept = updated;
      revision = getResultsRevision(db, contestId)!;
    }
  }), { numRuns: 60 });
});
