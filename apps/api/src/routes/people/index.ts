import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { writeTransaction, type PersonRow } from '@guong-sang/db';
import { errors, RoleSchema } from '../../lib/schemas.ts';
import { nfc } from '../../lib/text.ts';
import { sendNewPasswordLink } from '../../auth/password-links.ts';
import { deactivatePerson, reactivatePerson } from '../../people/activation.ts';
import { findPeople } from '../../people/directory.ts';
import { requireRole } from '../../plugins/auth.ts';
import { perAccount } from '../../plugins/rate-limits.ts';

const Person = Type.Object({
  id: Type.String(),
  email: Type.String(),
  fullName: Type.String(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  roles: Type.Array(RoleSchema),
  /** ISO 8601, or null while the person may sign in. */
  deactivatedAt: Type.Union([Type.String(), Type.Null()]),
}, { title: 'Person' });

const PeoplePage = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  people: Type.Array(Person),
}, { title: 'PeoplePage' });

const UserIdParams = Type.Object({ userId: Type.String({ minLength: 1, maxLength: 100 }) });

const personAnswer = (person: PersonRow) => ({ ...person, deactivatedAt: person.deactivatedAt?.toISOString() ?? null });

export const peopleRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/people', {
    schema: {
      summary: 'People, one page at a time in Vietnamese name order (organizer)',
      description: '`q` matches a name (accents ignored) or an e-mail address.',
      tags: ['users'],
      security: [{ session: [] }],
      querystring: Type.Object({
        q: Type.String({ maxLength: 100, default: '' }),
        role: Type.Optional(RoleSchema),
        unitId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
        status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('deactivated')])),
        page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
      }),
      response: { 200: PeoplePage, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const { q, ...filter } = request.query;
    const found = findPeople(api.db, { ...filter, q: nfc(q) });
    return { ...found, people: found.people.map(personAnswer) };
  });

  for (const action of ['deactivate', 'reactivate'] as const) {
    api.post(`/people/:userId/${action}`, {
      schema: {
        summary: action === 'deactivate'
          ? 'Deactivate a person (organizer): their sessions end, sign-in is refused; entries and scores stay'
          : 'Let a deactivated person sign in again (organizer)',
        tags: ['users'],
        security: [{ session: [] }],
        params: UserIdParams,
        response: { 200: Person, ...errors(401, 403, 404, 409) },
      },
    }, async (request) => {
      const organizer = requireRole(request, 'organizer');
      const { userId } = request.params;
      const person = writeTransaction(api.db, (tx) => (action === 'deactivate'
        ? deactivatePerson(tx, organizer.id, userId, api.now())
        : reactivatePerson(tx, organizer.id, userId)));
      // Sessions end at once, not at their next expiry.
      if (action === 'deactivate') await api.sessions.invalidateUser(userId);
      return personAnswer(person);
    });
  }

  api.post('/people/:userId/password-link', {
    config: perAccount(30, '10 minutes'),
    schema: {
      summary: 'Send a person a new set-password link by mail (organizer); their earlier links stop working',
      description: 'The link goes to the person alone (by mail, and in their notices): the answer and the outbox hide it.',
      tags: ['users'],
      security: [{ session: [] }],
      params: UserIdParams,
      response: { 202: Type.Null(), ...errors(401, 403, 404, 409, 429) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    writeTransaction(api.db, (tx) => sendNewPasswordLink(tx, request.params.userId, organizer.id, api.now()));
    return reply.code(202).send(null);
  });
};
