import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { auditPage } from '../../audit/viewer.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';

const Day = Type.String({ format: 'date', description: 'A Vietnam day, YYYY-MM-DD (a day the calendar has)' });

const AuditPage = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  actions: Type.Array(Type.String(), { description: 'Every action the log holds, for the filter' }),
  entries: Type.Array(Type.Object({
    id: Type.Integer(),
    at: Type.String(),
    actor: Type.Union([Type.Object({ name: Type.String(), email: Type.String() }), Type.Null()], { description: 'Null: the system itself' }),
    action: Type.String(),
    subjectType: Type.String(),
    subjectId: Type.String(),
    contestId: Type.Union([Type.Integer(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
  }, { title: 'AuditEntry' })),
}, { title: 'AuditPage' });

/** The audit log, read only: no route changes or deletes an entry (see apps/api/test/audit.test.ts). */
export const auditRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/audit', {
    schema: {
      summary: 'The audit log, newest first, filtered by contest, person, action and Vietnam days (organizer)',
      tags: ['audit'], security: [{ session: [] }],
      querystring: Type.Object({
        contestId: Type.Optional(Id),
        person: Type.Optional(Type.String({ minLength: 1, maxLength: 260, description: 'The person\'s e-mail' })),
        action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        from: Type.Optional(Day),
        to: Type.Optional(Day),
        page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 }),
      }, { additionalProperties: false }),
      response: { 200: AuditPage, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    return auditPage(api.db, request.query);
  });
};
