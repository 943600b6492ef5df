import fc from 'fast-check';
import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, listAllAssignments, listCriteria,
  saveScoreSheet, setAssignmentStatus, updateEntry, type Db,
} from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { roundExportFile } from '../exports/round-export-file.ts';
import { toCsv } from '../exports/csv-write.ts';
import { exportTable } from '../exports/tables.ts';
import { RoundThread } from '../round-thread/round-thread.ts';
import { keptRevision } from './results-cache.ts';
import { readRoundReliability, readRoundResultsPage, roundReliability, roundResultsPage } from './round-results.ts';

/*
 * An adversarial review's property for the counted sheets results read in two parts, the round
 * thread's written into the room after this thread's and kept: after any writes (a revised sheet,
 * a recusal, a withdrawal, entries added above the room), results pages with each reader's total,
 * the reliability report and the exports made from what is kept are what a fresh connection reads
 * whole. Rounds are skewed so the thread's part is now smaller, now larger than the room.
 */
let dir: string;
let file: string;
let thread: RoundThread;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'room-attack-'));
  file = join(dir, 'g.sqlite');
  closeDb(createDb(file));
  thread = new RoundThread(file, 0, { warn: () => {}, error: () => {} });
  const db = createDb(file, { migrate: false });
  thread.startWhenLarge(db);
  closeDb(db);
  await thread.whenStarted(60_000);
}, 90_000);
afterAll(async () => {
  await thread.close();
  rmSync(dir, { recursive: true, force: true });
});

type Op = { kind: 'save'; pick: number; s: number; submit: boolean; via: number }
  | { kind: 'status'; pick: number; status: 'active' | 'recused' | 'removed' }
  | { kind: 'withdraw'; pick: number }
  | { kind: 'enter'; readers: number }
  | { kind: 'restart' }
  | { kind: 'overlap'; pick: number; s: number; recuse: boolean; via: number }
  | { kind: 'page'; page: number; method: 'mean' | 'corrected' | 'zscore' }
  | { kind: 'export'; table: 'sheets' | 'results' | 'judges' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('save' as const), pick: fc.nat(), s: fc.integer({ min: 0, max: 20 }), submit: fc.boolean(), via: fc.nat(1) }), weight: 3 },
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('active' as const, 'recused' as const, 'removed' as const) }),
  fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('enter' as const), readers: fc.integer({ min: 1, max: 4 }) }),
  { arbitrary: fc.constant({ kind: 'restart' as const }), weight: 2 },
  // A write while the thread reads its part, then results served here before its part comes back.
  fc.record({ kind: fc.constant('overlap' as const), pick: fc.nat(), s: fc.integer({ min: 0, max: 20 }), recuse: fc.boolean(), via: fc.nat(1) }),
  { arbitrary: fc.record({ kind: fc.constant('page' as const), page: fc.integer({ min: 1, max: 3 }), method: fc.constantFrom('mean' as const, 'corrected' as const, 'zscore' as const) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('export' as const), table: fc.constantFrom('sheets' as const, 'results' as const, 'judges' as const) }), weight: 2 },
);

let seeded = 0;

it('results, readers\' totals, reliability and exports from the joined parts are those of a whole read, after any writes', async () => {
  let splits = 0;
  await fc.assert(fc.asyncProperty(
    fc.integer({ min: 2, max: 24 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(op, { minLength: 1, maxLength: 14 }),
    async (entries, lowReaders, highReaders, ops) => {
      const tag = `r${seeded++}`;
      let server = createDb(file, { migrate: false });
      const other = createDb(file, { migrate: false });
      try {
        const unit = createUnit(server, { name: `U ${tag}`, headcount: 10 });
        const judges = [1, 2, 3, 4, 5].map((k) => `gk-${tag}-${k}`);
        createUsers(server, [`tg-${tag}`, ...judges].map((id) => ({ id, email: `${id}@example.vn`, fullName: `Tên ${id}`, unitId: unit.id, passwordHash: 'x' })));
        const contest = createContest(server, {
          slug: tag, title: tag, status: 'judging', submissionOpensAt: new Date(0), submissionClosesAt: new Date(1),
        }, { criteria: [{ name: 'N', weight: 0.5, max: 10 }, { name: 'H', weight: 0.3, max: 10 }, { name: 'L', weight: 0.2, max: 10 }] });
        const round = createRound(server, { contestId: contest.id, name: 'R', kind: 'preliminary', opensAt: new Date(), closesAt: new Date(Date.now() + 1e9) });
        const criteria = listCriteria(server, contest.id).map((c) => c.id);
        let made = 0;
        // Entries below the cut read by `lowReaders`, above by `highReaders`: the thread's part is smaller or larger than the room.
        const enter = (count: number, readersOf: (k: number) => number) => {
          const ids = createEntries(server, Array.from({ length: count }, () => ({
            contestId: contest.id, authorId: `tg-${tag}`, code: `GS-${tag}-${made++}`, title: 'T', status: 'submitted' as const, submittedAt: new Date(),
          })));
          createAssignments(server, ids.flatMap((entryId, k) => judges.slice(0, readersOf(k)).map((_, r) => ({
            roundId: round.id, entryId, judgeId: judges[(entryId + r * 2) % judges.length]!, origin: 'initial' as const, createdAt: new Date(),
          }))));
          for (const a of listAllAssignments(server, round.id).filter((a) => ids.includes(a.entryId))) {
            saveScoreSheet(server, {
              assignmentId: a.id, comment: '', status: a.id % 7 === 3 ? 'draft' : 'submitted',
              scores: new Map(criteria.map((id, c) => [id, ((a.id * 3 + c) % 21) / 2])), at: new Date(),
            });
          }
        };
        enter(entries, (k) => (k < entries / 2 ? lowReaders : highReaders));
        const pick = (n: number) => {
          const all = listAllAssignments(server, round.id);
          return all[n % all.length]!;
        };
        const fresh = <T>(read: (db: Db) => T): T => {
          const db = createDb(file, { migrate: false });
          try {
            return read(db);
          } finally {
            closeDb(db);
          }
        };
        const csv = (parts: readonly Buffer[]) => Buffer.concat(parts).toString();
        for (const step of ops) {
          switch (step.kind) {
            case 'save': {
              const scores = new Map(criteria.map((id, c) => [id, ((step.s + c * 7) % 21) / 2]));
              saveScoreSheet(step.via === 0 ? server : other, { assignmentId: pick(step.pick).id, comment: 'sửa', status: step.submit ? 'submitted' : 'draft', scores, at: new Date() });
              break;
            }
            case 'status': setAssignmentStatus(other, pick(step.pick).id, step.status, 'lý do'); break;
            case 'withdraw': updateEntry(other, pick(step.pick).entryId, { status: 'withdrawn' }); break;
            case 'enter': enter(3, () => step.readers); break;
            case 'restart': {
              closeDb(server);
              server = createDb(file, { migrate: false });
              const page = await readRoundResultsPage(server, thread, round.id, 'corrected', { page: 1, pageSize: 5 });
              if (keptRevision(server, contest.id, `round-${round.id}-score-data`) !== undefined) splits++;
              expect(page).toEqual(fresh((db) => roundResultsPage(db, round.id, 'corrected', { page: 1, pageSize: 5 })));
              expect(await readRoundReliability(server, thread, round.id)).toEqual(fresh((db) => roundReliability(db, round.id)));
              break;
            }
            case 'overlap': {
              closeDb(server);
              server = createDb(file, { migrate: false });
              const first = readRoundResultsPage(server, thread, round.id, 'mean', { page: 1, pageSize: 5 });
              const db = step.via === 0 ? server : other;
              if (step.recuse) setAssignmentStatus(db, pick(step.pick).id, 'recused', 'lý do');
              else saveScoreSheet(db, { assignmentId: pick(step.pick).id, comment: '', status: 'submitted', scores: new Map(criteria.map((id) => [id, step.s / 2])), at: new Date() });
              const during = roundResultsPage(server, round.id, 'zscore', { page: 1, pageSize: 5 });
              expect(during).toEqual(fresh((db) => roundResultsPage(db, round.id, 'zscore', { page: 1, pageSize: 5 })));
              expect(await first).toEqual(fresh((db) => roundResultsPage(db, round.id, 'mean', { page: 1, pageSize: 5 })));
              break;
            }
            case 'page': {
              const paging = { page: step.page, pageSize: 5 };
              const read = (db: Db) => {
                try {
                  return roundResultsPage(db, round.id, step.method, paging);
                } catch (error) {
                  return String(error);
                }
              };
              expect(read(server)).toEqual(fresh(read));
              break;
            }
            case 'export': {
              const kept = csv(await roundExportFile(server, thread, round.id, { table: step.table, format: 'csv', method: 'corrected', locale: 'vi' }));
              expect(kept).toBe(fresh((db) => csv(toCsv(exportTable(db, round.id, step.table, 'vi', 'corrected')))));
              break;
            }
          }
        }
      } finally {
        closeDb(server);
        closeDb(other);
      }
    },
  ), { numRuns: Number(process.env.ATTACK_RUNS ?? 40), seed: Number(process.env.ATTACK_SEED ?? 20261205) });
  expect(splits).toBeGreaterThan(10);
}, 300_000);
