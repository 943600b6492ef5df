import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getUserRoles, listUnits, searchUsers, writeTransaction } from '@guong-sang/db';
import { changeRoles } from '../../people/roles.ts';
import { errors, Me, RoleSchema } from '../../lib/schemas.ts';
import { nfc } from '../../lib/text.ts';
import { loadAuthUser, requireRole } from '../../plugins/auth.ts';

export const userRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/users', {
    schema: {
      summary: 'Find people by name or e-mail (organizer), e.g. to build judging panels',
      tags: ['users'],
      security: [{ session: [] }],
      querystring: Type.Object({
        q: Type.String({ maxLength: 100, default: '' }),
        role: Type.Optional(RoleSchema),
        limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
      }),
      response: { 200: Type.Array(Me), ...errors(400, 401, 403) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const { q, role, limit } = request.query;
    const unitNames = new Map(listUnits(api.db).map((unit) => [unit.id, unit.name]));
    return searchUsers(api.db, nfc(q).trim(), { role, limit }).map((user) => ({
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      unitId: user.unitId,
      unitName: unitNames.get(user.unitId) ?? '',
      roles: getUserRoles(api.db, user.id),
    }));
  });

  api.put('/users/:userId/roles', {
    schema: {
      summary: 'Set a person\'s roles (organizer); their sessions end so the change applies at once',
      tags: ['users'],
      security: [{ session: [] }],
      params: Type.Object({ userId: Type.String({ minLength: 1, maxLength: 100 }) }),
      body: Type.Object({ roles: Type.Array(RoleSchema, { maxItems: 3, uniqueItems: true }) },
        { additionalProperties: false }),
      response: { 200: Me, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const { userId } = request.params;
    const roles = request.body.roles;
    writeTransaction(api.db, (tx) => changeRoles(tx, organizer.id, userId, roles));
    await api.sessions.invalidateUser(userId);
    return loadAuthUser(api, userId);
  });
};
