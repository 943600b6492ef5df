import { getContest, getEntry, getRound, getUnit, getUser, listTieDecisions, type DbOrTx } from '@guong-sang/db';
import { rankEntries, scoreEntries, type ScoreMethod } from '@guong-sang/scoring';
import { roundScoreData } from '../judging/round-sheets.ts';
import { notFound } from '../lib/errors.ts';

/** Results of a round by the organizer's chosen method, ranked with the declared tie-breaks. */
export function roundResults(db: DbOrTx, roundId: number, method: ScoreMethod) {
  const round = getRound(db, roundId);
  const contest = round && getContest(db, round.contestId);
  if (!round || !contest) throw notFound();
  const data = roundScoreData(db, round);
  const scored = scoreEntries(data.sheets, { method, adjudicated: data.adjudicated, resolution: data.resolution });
  // The newest decision for a group wins: rankEntries applies the first that names it.
  const decisions = listTieDecisions(db, round.id).reverse();
  const ranking = rankEntries(scored.entries.map((e) => ({ entryId: e.entryId, score: e.corrected })), data.sheets, data.rubric, { decisions });
  const byEntry = new Map(scored.entries.map((e) => [e.entryId, e]));
  const names = new Map<string, string>();
  const nameOf = (userId: string) => {
    if (!names.has(userId)) names.set(userId, getUser(db, userId)?.fullName ?? '');
    return names.get(userId) ?? '';
  };
  const revealed = contest.awardsFinalizedAt !== null;
  const codeOf = (entryId: number) => getEntry(db, entryId)?.code ?? '';
  return {
    method,
    revealed,
    entries: ranking.entries.map((ranked) => {
      const entry = getEntry(db, Number(ranked.entryId));
      const score = byEntry.get(ranked.entryId);
      const author = revealed && entry ? getUser(db, entry.authorId) : undefined;
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
        totals: data.sheets.filter((s) => s.entryId === ranked.entryId).map((s) => ({
          judgeName: nameOf(String(s.judgeId)), total: s.total, usedInScore: !score?.resolution || used.has(String(s.judgeId)),
        })),
        authorName: author?.fullName ?? null,
        unitName: author ? (getUnit(db, author.unitId)?.name ?? null) : null,
      };
    }),
    judges: scored.judges.map((j) => ({
      judgeName: nameOf(String(j.judgeId)), sheets: j.sheets, severity: j.severity, se: j.se, flagged: j.flagged,
    })),
    ties: ranking.ties.map((t) => ({ rank: t.rank, codes: t.entryIds.map((id) => codeOf(Number(id))) })),
  };
}
