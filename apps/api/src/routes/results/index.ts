import { Type, type FastifyPluginAsyncTypebox, type Static } from '@fastify/type-provider-typebox';
import { writeTransaction } from '@guong-sang/db';
import { RESULTS_PAGE_SIZE, readRoundReliability, readRoundResultsPage, roundResultsPage } from '../../results/round-results.ts';
import { decideTie } from '../../results/tie-decisions.ts';
import { DomainError } from '../../lib/errors.ts';
import { cleanLine } from '../../lib/text.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ReliabilityReport, RoundResults } from './schemas.ts';

export const resultRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/rounds/:roundId/results', {
    schema: {
      summary: 'Ranked results of a round, a page at a time: raw and corrected scores, judge severities, ties (organizer)',
      tags: ['results'], security: [{ session: [] }],
      params: Type.Object({ roundId: Id }),
      querystring: Type.Object({
        method: Type.Union([Type.Literal('mean'), Type.Literal('corrected'), Type.Literal('zscore')], { default: 'mean' }),
        page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
        pageSize: Type.Integer({ minimum: 10, maximum: 500, default: RESULTS_PAGE_SIZE }),
      }),
      response: { 200: RoundResults, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const { method, page, pageSize } = request.query;
    return readRoundResultsPage(api.db, api.roundThread, request.params.roundId, method, { page, pageSize });
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
    return roundResultsPage(api.db, request.params.roundId, 'corrected', { page: 1, pageSize: RESULTS_PAGE_SIZE });
  });

  api.get('/rounds/:roundId/reliability', {
    schema: {
      summary: 'Reliability of a round: judges, agreement, alpha, ICCs, kappa, adjudication rate (organizer)',
      description: 'Each figure comes with a plain-language reading in Vietnamese and English.',
      tags: ['results'], security: [{ session: [] }],
      params: Type.Object({ roundId: Id }),
      response: { 200: ReliabilityReport, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const report = await readRoundReliability(api.db, api.roundThread, request.params.roundId);
    // A statistic the data leaves undefined is NaN or Infinity, which JSON spells null (the schema
    // says where); the serializer would refuse them.
    return JSON.parse(JSON.stringify(report)) as Static<typeof ReliabilityReport>;
  });
};
