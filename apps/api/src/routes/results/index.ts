import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getRound, writeTransaction } from '@guong-sang/db';
import { reliabilityReport } from '@guong-sang/scoring';
import { roundScoreData } from '../../judging/round-sheets.ts';
import { roundResults } from '../../results/round-results.ts';
import { decideTie } from '../../results/tie-decisions.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { cleanLine } from '../../lib/text.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const RoundResults = Type.Object({
  method: Type.String(),
  /** Names appear only once the awards are finalized; until then, blind codes. */
  revealed: Type.Boolean(),
  entries: Type.Array(Type.Object({
    rank: Type.Integer(),
    tie: Type.Boolean(),
    code: Type.String(),
    title: Type.String(),
    raw: Type.Number(),
    score: Type.Number(),
    readers: Type.Integer(),
    adjudicated: Type.Boolean(),
    totals: Type.Array(Type.Object({ judgeName: Type.String(), total: Type.Number(), usedInScore: Type.Boolean() })),
    authorName: Nullable(Type.String()),
    unitName: Nullable(Type.String()),
  })),
  judges: Type.Array(Type.Object({
    judgeName: Type.String(),
    sheets: Type.Integer(),
    severity: Type.Number(),
    se: Nullable(Type.Number()),
    flagged: Type.Boolean(),
  })),
  ties: Type.Array(Type.Object({ rank: Type.Integer(), codes: Type.Array(Type.String()) })),
});

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
    writeTransaction(api.db, (tx) => decideTie(tx, request.params.roundId, { codes: request.body.codes, reason }, organizer.id, api.now()));
    return roundResults(api.db, request.params.roundId, 'corrected');
  });

  api.get('/rounds/:roundId/reliability', {
    schema: {
      summary: 'Reliability of a round: judges, agreement, alpha, ICCs, kappa, adjudication rate (organizer)',
      description: 'Each figure comes with a plain-language reading in Vietnamese and English.',
      tags: ['results'], security: [{ session: [] }],
      params: Type.Object({ roundId: Id }),
      response: { 200: Type.Unknown({ description: 'The reliability report of packages/scoring' }), ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const round = getRound(api.db, request.params.roundId);
    if (!round) throw notFound();
    const data = roundScoreData(api.db, round);
    return reliabilityReport(data.sheets, data.rubric, { readersPerEntry: round.readersPerEntry, adjudicated: data.adjudicated });
  });
};
