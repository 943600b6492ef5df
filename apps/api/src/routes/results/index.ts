import { Type, type FastifyPluginAsyncTypebox, type Static } from '@fastify/type-provider-typebox';
import { writeTransaction } from '@guong-sang/db';
import { roundReliability, roundResults, roundResultsJson } from '../../results/round-results.ts';
import { decideTie } from '../../results/tie-decisions.ts';
import { DomainError } from '../../lib/errors.ts';
import { cleanLine } from '../../lib/text.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ReliabilityReport, RoundResults } from './schemas.ts';

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
  }, async (request, reply) => {
    requireRole(request, 'organizer');
    // Serialized by this route's response schema, and kept so until the results change.
    const serialize = reply.getSerializationFunction('200');
    if (!serialize) throw new Error('results: the route has no response serializer');
    const json = roundResultsJson(api.db, request.params.roundId, request.query.method, serialize);
    // Bytes go out as they are; the type provider expects the object they came from.
    return reply.type('application/json; charset=utf-8').send(json as unknown as Static<typeof RoundResults>);
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
      response: { 200: ReliabilityReport, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const report = roundReliability(api.db, request.params.roundId);
    // A statistic the data leaves undefined is NaN or Infinity, which JSON spells null (the schema
    // says where); the serializer would refuse them.
    return JSON.parse(JSON.stringify(report)) as Static<typeof ReliabilityReport>;
  });
};
