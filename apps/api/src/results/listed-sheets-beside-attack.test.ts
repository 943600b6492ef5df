import fc from 'fast-check';
import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, getRound, listAllAssignments,
  listCriteria, listedSheetRows, listRoundSheetExportRows, replaceCriteria, saveScoreSheet, setAssignmentStatus, updateEntry, writeTransaction, type Db,
} from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { roundListedSheetsKept, roundReliability, roundResults, roundResultJudges } from './round-results.ts';

/*
 * An adversarial review's property for the score-sheet export read beside the counted sheets
 * results keep: after any writes (own connection, other connections committing, holding a write
 * open or rolling back, a write inside the read, a transaction of the server's own, a restart),
 * results by each method and the reliability report, the listed sheets are what a fresh connection
 * reads whole. `beforeDetailsRead` commits another connection's write right before the read beside;
 * `besideUsed` counts the reads beside that were kept, so the property is seen to exercise them.
 */
let beforeDetailsRead: (() => void) | undefined;
let besideUsed = 0;
vi.mock('../judging/round-sheets.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../judging/round-sheets.ts')>();
  return {
    ...original,
    roundListedSheetsBeside: (...args: Parameters<typeof original.roundListedSheetsBeside>) => {
      const listed = original.roundListedSheetsBeside(...args);
      if (listed) besideUsed++;
      return listed;
    },
  };
});
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
  };
});

type W = { kind: 'save'; pick: number; submit: boolean; s: number | null; comment: string; via: number }
  | { kind: 'status'; pick: number; status: 'active' | 'recused' | 'removed'; via: number }
  | { kind: 'topUp'; pick: number; judge: number }
  | { kind: 'withdraw'; pick: number } | { kind: 'rubric'; n: number }
  | { kind: 'enter'; contest: number; code: string; via: number };
type Op = W
  | { kind: 'results'; round: number; method: 'mean' | 'corrected' | 'zscore' | 'reliability' | 'judges' }
  | { kind: 'export'; round: number }
  | { kind: 'between'; round: number; write: W }
  | { kind: 'held'; round: number; write: W; commit: boolean }
  | { kind: 'txn'; round: number; write: W }
  | { kind: 'restart'; round: number; method: 'mean' | 'corrected' | 'zscore' | 'reliability' };

const write: fc.Arbitrary<W> = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), pick: fc.nat(), submit: fc.boolean(), s: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    comment: fc.constantFrom('', 'Tốt', '=1+1', '"x"\\', 'a\u0000b'), via: fc.nat(2) }),
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('active' as const, 'recused' as const, 'removed' as const), via: fc.nat(2) }),
  fc.record({ kind: fc.constant('topUp' as const), pick: fc.nat(), judge: fc.nat() }),
  fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rubric' as const), n: fc.integer({ min: 1, max: 2 }) }),
  // A new entry, assigned in its contest's rounds: codes are read once per round, apart from the sheets.
  fc.record({ kind: fc.constant('enter' as const), contest: fc.nat(1), code: fc.constantFrom('"q"\\\'', 'a\nb\u0001', '😀\u2028', 'x\u0000y', 'Mã bài'), via: fc.nat(2) }),
);
const method = fc.constantFrom('mean' as const, 'corrected' as const, 'zscore' as const, 'reliability' as const);
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: write, weight: 4 },
  fc.record({ kind: fc.constant('results' as const), round: fc.nat(), method: fc.constantFrom('mean' as const, 'corrected' as const, 'zscore' as const, 'reliability' as const, 'judges' as const) }),
  { arbitrary: fc.record({ kind: fc.constant('export' as const), round: fc.nat() }), weight: 2 },
  fc.record({ kind: fc.constant('between' as const), round: fc.nat(), write }),
  fc.record({ kind: fc.constant('held' as const), round: fc.nat(), write, commit: fc.boolean() }),
  fc.record({ kind: fc.constant('txn' as const), round: fc.nat(), write }),
  fc.record({ kind: fc.constant('restart' as const), round: fc.nat(), method }),
);

it('lists, read beside kept results, what a direct read of the database holds after any writes', () => {
  const runs = Number(process.env.ATTACK_RUNS ?? 60);
  fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
    const dir = mkdtempSync(join(tmpdir(), 'beside-'));
    const file = join(dir, 'g.sqlite');
    let server = createDb(file);
    const others = [createDb(file, { migrate: false }), createDb(file, { migrate: false })];
    try {
      const unit = createUnit(server, { name: 'U', headcount: 100 });
      const judges = ['gk-1', 'gk-2', 'gk-3'];
      createUsers(server, ['tg', ...judges].map((id) => ({ id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
      const rounds: number[] = [];
      const contests: number[] = [];
      for (const side of ['a', 'b']) {
        const contest = createContest(server, { slug: side, title: side, status: 'judging', submissionOpensAt: new Date(0), submissionClosesAt: new Date(1) },
          { criteria: [{ name: 'N', weight: 0.5, max: 10 }, { name: 'H', weight: 0.5, max: 10 }] });
        contests.push(contest.id);
        const entryIds = createEntries(server, [0, 1, 2].map((k) => ({ contestId: contest.id, authorId: 'tg', code: `${side}-${k}`, title: 'T', status: 'submitted' as const, submittedAt: new Date() })));
        for (let r = 0; r < (side === 'a' ? 2 : 1); r++) {
          const round = createRound(server, { contestId: contest.id, name: `R${r}`, kind: 'preliminary', opensAt: new Date(), closesAt: new Date(Date.now() + 1e9) });
          rounds.push(round.id);
          createAssignments(server, entryIds.flatMap((entryId) => judges.slice(0, 2).map((judgeId) => ({ roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date() }))));
        }
      }
      const ids = (only?: number) => (only === undefined ? rounds : [only]).flatMap((r) => listAllAssignments(server, r).map((a) => a.id)).sort((a, b) => a - b);

      const apply = (w: W, dbFor: (via: number) => Db, only?: number) => {
        const all = ids(only);
        const a = all[('pick' in w ? w.pick : 0) % all.length]!;
        switch (w.kind) {
          case 'save': {
            const contestId = server.$client.prepare('select r.contest_id from assignments a join rounds r on r.id = a.round_id where a.id = ?').pluck().get(a) as number;
            const cs = listCriteria(server, contestId).map((c) => c.id);
            const scores = new Map<number, number>();
            if (w.s !== null) for (const c of cs) scores.set(c, (w.s + c) % 11);
            saveScoreSheet(dbFor(w.via), { assignmentId: a, comment: w.comment, status: w.submit ? 'submitted' : 'draft', scores, at: new Date(Date.UTC(2026, 4, 1) + w.pick % 3) });
            break;
          }
          case 'status': setAssignmentStatus(dbFor(w.via), a, w.status); break;
          case 'topUp': {
            const row = server.$client.prepare('select round_id as roundId, entry_id as entryId from assignments where id = ?').get(a) as { roundId: number; entryId: number };
            createAssignments(dbFor(0), [{ ...row, judgeId: judges[w.judge % 3]!, origin: 'adjudication', createdAt: new Date() }]);
            break;
          }
          case 'withdraw': {
            const entryId = server.$client.prepare('select entry_id from assignments where id = ?').pluck().get(a) as number;
            updateEntry(dbFor(0), entryId, { status: 'withdrawn' });
            break;
          }
          case 'rubric': replaceCriteria(dbFor(0), contests[0]!, Array.from({ length: w.n }, (_, k) => ({ name: `C${k}`, description: '', weight: 1 / w.n, min: 0, max: 10 }))); break;
          case 'enter': {
            const db = dbFor(w.via);
            const contestId = contests[w.contest]!;
            const [entryId] = createEntries(db, [{ contestId, authorId: 'tg', code: `${w.code} ${++entered}`, title: 'T', status: 'submitted', submittedAt: new Date() }]);
            const inContest = server.$client.prepare('select id from rounds where contest_id = ?').pluck().all(contestId) as number[];
            createAssignments(db, inContest.filter((r) => only === undefined || r === only).flatMap((roundId) => judges.slice(1).map((judgeId) => ({
              roundId, entryId: entryId!, judgeId, origin: 'initial' as const, createdAt: new Date(),
            }))));
            break;
          }
        }
      };
      let entered = 0;
      const via = (v: number) => (v === 0 ? server : others[v - 1]!);
      // Each listed sheet's code, read with its sheet by a join (the reads under test take them apart).
      const codesOf = (db: Db, roundId: number) => db.$client.prepare(`
        select a.entry_id as entryId, e.code from assignments a join score_sheets s on s.assignment_id = a.id join entries e on e.id = a.entry_id
        where a.round_id = ? and a.status = 'active' order by a.entry_id, a.id`).all(roundId);
      const check = (db: Db, roundId: number, inTxn = false) => {
        const round = getRound(db, roundId)!;
        if (inTxn) {
          expect(roundListedSheetsKept(db, round)).toEqual(listRoundSheetExportRows(db, roundId));
          return;
        }
        const fresh = createDb(file, { migrate: false });
        try {
          const listed = roundListedSheetsKept(db, round);
          expect(listed).toEqual(listRoundSheetExportRows(fresh, roundId));
          expect(listedSheetRows(listed).map(({ entryId, code }) => ({ entryId, code }))).toEqual(codesOf(fresh, roundId));
        } finally {
          closeDb(fresh);
        }
      };
      const results = (db: Db, roundId: number, m: string) => {
        try {
          if (m === 'reliability') roundReliability(db, roundId);
          else if (m === 'judges') roundResultJudges(db, roundId, 'corrected');
          else roundResults(db, roundId, m as 'mean');
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode === undefined) throw error;
        }
      };
      for (const step of ops) {
        switch (step.kind) {
          case 'results': results(server, rounds[step.round % rounds.length]!, step.method); break;
          case 'export': check(server, rounds[step.round % rounds.length]!); break;
          case 'between': {
            const roundId = rounds[step.round % rounds.length]!;
            // A sheet the write below revises, submitted first: counted, then changed under the read.
            if (step.write.kind === 'save') apply({ ...step.write, submit: true, s: ((step.write.s ?? 0) + 5) % 11, via: 0 }, via, roundId);
            closeDb(server);
            server = createDb(file, { migrate: false });
            results(server, roundId, 'mean');
            // The write lands on this round: another round's would leave the sheets read the same.
            beforeDetailsRead = () => apply(step.write, (v) => others[v % 2]!, roundId);
            check(server, roundId);
            beforeDetailsRead = undefined;
            break;
          }
          case 'held': {
            const roundId = rounds[step.round % rounds.length]!;
            others[0]!.$client.prepare('BEGIN IMMEDIATE').run();
            try {
              apply(step.write, () => others[0]!);
              results(server, roundId, 'corrected');
              check(server, roundId);
            } finally {
              others[0]!.$client.prepare(step.commit ? 'COMMIT' : 'ROLLBACK').run();
            }
            check(server, roundId);
            break;
          }
          case 'txn': {
            const roundId = rounds[step.round % rounds.length]!;
            results(server, roundId, 'mean');
            try {
              writeTransaction(server, () => {
                apply(step.write, () => server);
                results(server, roundId, 'zscore');
                check(server, roundId, true);
                throw new Error('roll back');
              });
            } catch (error) {
              if ((error as Error).message !== 'roll back') throw error;
            }
            check(server, roundId);
            break;
          }
          case 'restart': {
            const roundId = rounds[step.round % rounds.length]!;
            closeDb(server);
            server = createDb(file, { migrate: false });
            results(server, roundId, step.method);
            check(server, roundId);
            break;
          }
          default: apply(step, via);
        }
      }
      for (const roundId of rounds) check(server, roundId);
    } finally {
      closeDb(server);
      for (const o of others) closeDb(o);
      rmSync(dir, { recursive: true, force: true });
    }
  }), { numRuns: runs, seed: Number(process.env.ATTACK_SEED ?? 20261203) });
  expect(besideUsed).toBeGreaterThan(runs);
}, 300_000);
