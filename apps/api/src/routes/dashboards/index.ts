import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contestDashboard, organizerOverview } from '../../dashboards/contest-dashboard.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ContestDashboard, ContestOverview, ParticipationSort, SortOrder } from './schemas.ts';

export const dashboardRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/dashboards/contests', {
    schema: {
      summary: 'Every contest with its figures and the organizer\'s next step (organizer)',
      tags: ['dashboards'], security: [{ session: [] }],
      response: { 200: Type.Array(ContestOverview), ...errors(401, 403) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    return organizerOverview(api.db, api.now());
  });

  api.get('/contests/:contestId/dashboard', {
    schema: {
      summary: 'A contest\'s submissions per day, participation per unit, judging progress and queues (organizer)',
      tags: ['dashboards'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      querystring: Type.Object({
        sort: Type.Optional(ParticipationSort),
        order: Type.Optional(SortOrder),
      }, { additionalProperties: false }),
      response: { 200: ContestDashboard, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const sort = request.query.sort ?? 'rate';
    // Names read best A to Z; figures, largest first.
    const order = request.query.order ?? (sort === 'name' ? 'asc' : 'desc');
    return contestDashboard(api.db, request.params.contestId, { sort, order });
  });
};
