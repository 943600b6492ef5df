import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  appendAudit, createUnit, findUnitByName, getUnit, listUnits, updateUnit, writeTransaction,
} from '@guong-sang/db';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id, Unit, UnitName } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';
import { requireRole } from '../../plugins/auth.ts';

const Headcount = Type.Integer({ minimum: 0, maximum: 10_000_000 });
const toUnit = ({ id, name, headcount, parentId }: { id: number; name: string; headcount: number; parentId: number | null }) =>
  ({ id, name, headcount, parentId });

export const unitRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/units', {
    schema: {
      summary: 'All units in Vietnamese alphabetical order (public: registration needs it)',
      tags: ['units'],
      response: { 200: Type.Array(Unit) },
    },
  }, async () => listUnits(api.db).map(toUnit));

  api.post('/units', {
    schema: {
      summary: 'Add a unit (organizer)',
      tags: ['units'],
      security: [{ session: [] }],
      body: Type.Object({ name: UnitName, headcount: Headcount }, { additionalProperties: false }),
      response: { 201: Unit, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    const name = cleanLine(request.body.name);
    if (name === '') throw new DomainError(400, 'validation_failed');
    const unit = writeTransaction(api.db, (tx) => {
      if (findUnitByName(tx, name)) throw new DomainError(409, 'unit_exists');
      const created = createUnit(tx, { name, headcount: request.body.headcount });
      appendAudit(tx, {
        actorId: organizer.id, action: 'unit.created', subjectType: 'unit', subjectId: created.id,
        details: { name, headcount: created.headcount },
      });
      return created;
    });
    return reply.code(201).send(toUnit(unit));
  });

  api.patch('/units/:unitId', {
    schema: {
      summary: 'Rename a unit or change its headcount (organizer)',
      tags: ['units'],
      security: [{ session: [] }],
      params: Type.Object({ unitId: Id }),
      body: Type.Object({ name: Type.Optional(UnitName), headcount: Type.Optional(Headcount) },
        { additionalProperties: false }),
      response: { 200: Unit, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const { unitId } = request.params;
    const name = request.body.name === undefined ? undefined : cleanLine(request.body.name);
    if (name === '') throw new DomainError(400, 'validation_failed');
    return toUnit(writeTransaction(api.db, (tx) => {
      const before = getUnit(tx, unitId);
      if (!before) throw notFound();
      const other = name === undefined ? undefined : findUnitByName(tx, name);
      if (other && other.id !== unitId) throw new DomainError(409, 'unit_exists');
      const changes = {
        ...(name !== undefined && { name }),
        ...(request.body.headcount !== undefined && { headcount: request.body.headcount }),
      };
      if (Object.keys(changes).length === 0) return before;
      const after = updateUnit(tx, unitId, changes) ?? before;
      appendAudit(tx, {
        actorId: organizer.id, action: 'unit.updated', subjectType: 'unit', subjectId: unitId,
        details: { before: toUnit(before), after: toUnit(after) },
      });
      return after;
    }));
  });
};
