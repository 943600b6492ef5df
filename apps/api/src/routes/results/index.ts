import { Type, type FastifyPluginAsyncTypebox, type Static } from '@fastify/type-provider-typebox';
import {
  addTieDecision, appendAudit, findEntryByCode, getContest, getEntry, getRound, getUnit, getUser, listTieDecisions,
  writeTransaction, type DbOrTx,
} from '@guong-sang/db';
import { rankEntries, reliabilityReport, scoreEntries, type ScoreMethod } from '@guong-sang/scoring';
import { assertResultsOpen } from '../../contests/finality.ts';
import { roundScoreData } from '../../judging/round-sheets.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { cleanLine } from '../../lib/text.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ReliabilityReport, RoundResults } from './schemas.ts';

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

export const resultRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/rounds/:roundId/results', {
    schema: {
      summary: 'Ranked results of a round: raw and corrected scores, judge severities, ties (organizer)',
      tags: ['results'], security: [{ session: [] }],
      params: Type.Object({ roundId: Id }),
      querystring: Type.Object({
        method: Type.Union([Type.Literal('mean'), Type.Literal('corrected'), Type.Literal('zscore')], { default: 'mean' }),
      }),
      response: { 200: RoundResults, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    return roundResults(api.db, request.params.roundId, request.query.method);
  });

  api.post('/rounds/:roundId/tie-decisions', {
    schema: {
      summary: 'Order entries the declared tie-breaks left tied: the last tie-break, audited (organizer)',
      tags: ['results'], security: [{ session: [] }],
      params: Type.Object({ roundId: Id }),
      body: Type.Object({
        codes: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { minItems: 2, maxItems: 1000, uniqueItems: true }),
        reason: Type.String({ minLength: 1, maxLength: 1000 }),
      }, { additionalProperties: false }),
      response: { 200: RoundResults, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const reason = cleanLine(request.body.reason);
    if (reason === '') throw new DomainError(400, 'validation_failed');
    writeTransaction(api.db, (tx) => {
      const round = getRound(tx, request.params.roundId);
      if (!round) throw notFound();
      assertResultsOpen(tx, round.contestId);
      const entryIds = request.body.codes.map((code) => {
        const entry = findEntryByCode(tx, code.trim().toUpperCase());
        if (!entry || entry.contestId !== round.contestId) throw notFound();
        return entry.id;
      });
      addTieDecision(tx, { roundId: round.id, entryIds, reason, decidedBy: organizer.id, createdAt: api.now() });
      appendAudit(tx, {
        actorId: organizer.id, action: 'ranking.tie_decided', subjectType: 'round', subjectId: round.id,
        details: { codes: request.body.codes, reason },
      });
    });
    return roundResults(api.db, request.params.roundId, 'corrected');
  });

  api.get('/rounds/:roundId/reliability', {
    schema: {
      summary: 'Reliability of a round: judges, agreement, alpha, ICCs, kappa, adjudication rate (organizer)',
      description: 'Each figure comes with a plain-language reading in Vietnamese and English.',
      tags: ['results'], security: [{ session: [] }],
      params: Type.Object({ roundId: Id }),
      response: { 200: ReliabilityReport, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const round = getRound(api.db, request.params.roundId);
    if (!round) throw notFound();
    const data = roundScoreData(api.db, round);
    const report = reliabilityReport(data.sheets, data.rubric, { readersPerEntry: round.readersPerEntry, adjudicated: data.adjudicated });
    // A statistic the data leaves undefined is NaN or Infinity, which JSON spells null (the schema
    // says where); the serializer would refuse them.
    return JSON.parse(JSON.stringify(report)) as Static<typeof ReliabilityReport>;
  });
};
