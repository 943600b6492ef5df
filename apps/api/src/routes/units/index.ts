import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listUnits } from '@guong-sang/db';
import { errors, Id, Unit, UnitName } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { addUnit, changeUnit, unitView } from '../../units/edit-units.ts';

const Headcount = Type.Integer({ minimum: 0, maximum: 10_000_000 });
/** The unit above this one, or null for a unit at the top. */
const ParentId = Type.Union([Id, Type.Null()]);

export const unitRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/units', {
    schema: {
      summary: 'All units in Vietnamese alphabetical order, those closed to entrants too (registration lists GET /auth/units)',
      tags: ['units'],
      response: { 200: Type.Array(Unit) },
    },
  }, async () => listUnits(api.db).map(unitView));

  api.post('/units', {
    schema: {
      summary: 'Add a unit (organizer)',
      tags: ['units'],
      security: [{ session: [] }],
      body: Type.Object({ name: UnitName, headcount: Headcount, parentId: Type.Optional(ParentId) },
        { additionalProperties: false }),
      response: { 201: Unit, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    return reply.code(201).send(unitView(addUnit(api.db, organizer.id, request.body)));
  });

  api.patch('/units/:unitId', {
    schema: {
      summary: 'Rename a unit, change its headcount or the unit above it, open or close it to entrants (organizer)',
      tags: ['units'],
      security: [{ session: [] }],
      params: Type.Object({ unitId: Id }),
      body: Type.Object({
        name: Type.Optional(UnitName), headcount: Type.Optional(Headcount), parentId: Type.Optional(ParentId),
        openToEntrants: Type.Optional(Type.Boolean()),
      }, { additionalProperties: false }),
      response: { 200: Unit, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    return unitView(changeUnit(api.db, organizer.id, request.params.unitId, request.body));
  });
};
