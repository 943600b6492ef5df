import {
  getContest, getRound, getUser, listEntriesByContest, listTieDecisions, listUnits, type DbOrTx, type Entry,
} from '@guong-sang/db';
import { rankEntries, reliabilityReport, scoreEntries, type ScoreMethod, type ScoredSheet } from '@guong-sang/scoring';
import { roundScoreData } from '../judging/round-sheets.ts';
import { notFound } from '../lib/errors.ts';
import { cachedResults } from './results-cache.ts';

function existingRound(db: DbOrTx, roundId: number) {
  const round = getRound(db, roundId);
  const contest = round && getContest(db, round.contestId);
  if (!round || !contest) throw notFound();
  return { round, contest };
}

/**
 * Results of a round by the organizer's chosen method, ranked with the declared tie-breaks; kept
 * until a write changes them (results-cache.ts).
 */
export function roundResults(db: DbOrTx, roundId: number, method: ScoreMethod) {
  const { round, contest } = existingRound(db, roundId);
  return cachedResults(db, contest.id, `round-${round.id}-results-${method}`, () => {
    const data = roundScoreData(db, round);
    const scored = scoreEntries(data.sheets, { method, adjudicated: data.adjudicated, resolution: data.resolution });
    // The newest decision for a group wins: rankEntries applies the first that names it.
    const decisions = listTieDecisions(db, round.id).reverse();
    const ranking = rankEntries(scored.entries.map((e) => ({ entryId: e.entryId, score: e.corrected })), data.sheets, data.rubric, {
      decisions, table: scored.fit.table,
    });
    const byEntry = new Map(scored.entries.map((e) => [e.entryId, e]));
    const sheetsOf = new Map<unknown, ScoredSheet[]>();
    for (const sheet of data.sheets) {
      const list = sheetsOf.get(sheet.entryId);
      if (list) list.push(sheet);
      else sheetsOf.set(sheet.entryId, [sheet]);
    }
    const entries = new Map<number, Entry>(listEntriesByContest(db, round.contestId).map((e) => [e.id, e]));
    const unitNames = new Map(listUnits(db).map((unit) => [unit.id, unit.name]));
    const people = new Map<string, ReturnType<typeof getUser>>();
    const person = (userId: string) => {
      if (!people.has(userId)) people.set(userId, getUser(db, userId));
      return people.get(userId);
    };
    const nameOf = (userId: string) => person(userId)?.fullName ?? '';
    const revealed = contest.awardsFinalizedAt !== null;
    return {
      method,
      revealed,
      entries: ranking.entries.map((ranked) => {
        const entry = entries.get(Number(ranked.entryId));
        const score = byEntry.get(ranked.entryId);
        const author = revealed && entry ? person(entry.authorId) : undefined;
        const used = new Set((score?.resolution?.corrected ?? []).map(String));
        return {
          rank: ranked.rank,
          tie: ranked.tie !== null,
          code: entry?.code ?? '',
          title: entry?.title ?? '',
          raw: score?.raw ?? 0,
          score: score?.corrected ?? 0,
          readers: score?.readers ?? 0,
          adjudicated: data.adjudicated.has(Number(ranked.entryId)),
          totals: (sheetsOf.get(ranked.entryId) ?? []).map((s) => ({
            judgeName: nameOf(String(s.judgeId)), total: s.total, usedInScore: !score?.resolution || used.has(String(s.judgeId)),
          })),
          authorName: author?.fullName ?? null,
          unitName: author ? (unitNames.get(author.unitId) ?? null) : null,
        };
      }),
      judges: scored.judges.map((j) => ({
        judgeName: nameOf(String(j.judgeId)), sheets: j.sheets, severity: j.severity, se: j.se, flagged: j.flagged,
      })),
      ties: ranking.ties.map((t) => ({ rank: t.rank, codes: t.entryIds.map((id) => entries.get(Number(id))?.code ?? '') })),
    };
  });
}

/** The reliability report of a round; kept like the results. */
export function roundReliability(db: DbOrTx, roundId: number) {
  const { round, contest } = existingRound(db, roundId);
  return cachedResults(db, contest.id, `round-${round.id}-reliability`, () => {
    const data = roundScoreData(db, round);
    return reliabilityReport(data.sheets, data.rubric, { readersPerEntry: round.readersPerEntry, adjudicated: data.adjudicated });
  });
}
