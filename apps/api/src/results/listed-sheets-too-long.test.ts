import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createScoreSheets, createUnit, createUsers,
  listAllAssignments, listCriteria, listedSheetRowAt,
} from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { roundListedSheetsKept, roundResults } from './round-results.ts';

/*
 * Found by an adversarial review of the export read beside kept results. A round's sheets as one
 * SQLite text can pass the ~512 MiB better-sqlite3 lets a string hold: 18,500 comments of the 5,000
 * characters a judge may write, each a control character json_quote writes as six bytes. The whole
 * read then reads in runs; the read beside the counted sheets results keep failed the export (a 500),
 * and so did taking in the sheets written since a kept read (once, for results and the export).
 */
it('lists every sheet of a round whose sheets are too long for one read, after the results were opened and with sheets kept from before', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listed-too-long-'));
  const db = createDb(join(dir, 'guong-sang.sqlite'));
  try {
    const unit = createUnit(db, { name: 'Đảng ủy Khối', headcount: 100 });
    createUsers(db, ['tac-gia', 'gk-1'].map((id) => ({ id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
    const contest = createContest(db, {
      slug: 'gs', title: 'Gương sáng', status: 'judging',
      submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
    }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
    const entryIds = createEntries(db, Array.from({ length: 18_500 }, (_, k) => ({
      contestId: contest.id, authorId: 'tac-gia', code: `GS-${k}`, title: 'Bài', status: 'submitted' as const, submittedAt: new Date(),
    })));
    const round = createRound(db, {
      contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000),
    });
    createAssignments(db, entryIds.map((entryId) => ({ roundId: round.id, entryId, judgeId: 'gk-1', origin: 'initial' as const, createdAt: new Date() })));
    const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
    // Kept before any sheet is written: the next reads first try to take in what changed since,
    // which is every sheet, too long for one read too.
    roundResults(db, round.id, 'mean');
    expect(roundListedSheetsKept(db, round).count).toBe(0);
    createScoreSheets(db, listAllAssignments(db, round.id).map((a) => ({
      assignmentId: a.id, comment: '\u0001'.repeat(5000), status: 'submitted' as const, scores: new Map([[criterion!, 7]]), at: new Date(),
    })));

    expect(roundResults(db, round.id, 'mean').entries).toHaveLength(18_500);
    const listed = roundListedSheetsKept(db, round);
    expect(listed.count).toBe(18_500);
    expect(listedSheetRowAt(listed, listed.count - 1)).toMatchObject({ code: 'GS-18499', judgeId: 'gk-1', status: 'submitted', criteria: [criterion, 7] });
    expect(listed.comment.at(-1)).toHaveLength(5000);
  } finally {
    closeDb(db);
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
