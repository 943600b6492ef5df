import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { writeTransaction } from '@guong-sang/db';
import { hashPassword, isAcceptablePassword } from '../../auth/passwords.ts';
import { createFirstOrganizer, setupNeeded, setupTokenMatches } from '../../first-run.ts';
import { DomainError } from '../../lib/errors.ts';
import { Email, errors, Me, Password, PersonName, UnitName } from '../../lib/schemas.ts';
import { loadAuthUser, setSessionCookie } from '../../plugins/auth.ts';
import { perAddress } from '../../plugins/rate-limits.ts';

export const setupRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/setup', {
    schema: {
      summary: 'Whether the platform still needs its first organizer',
      tags: ['setup'],
      response: { 200: Type.Object({ needed: Type.Boolean() }) },
    },
  }, async () => ({ needed: setupNeeded(api.db) }));

  api.post('/setup', {
    config: perAddress(10, '10 minutes'),
    schema: {
      summary: 'Create the first organizer with the one-time token printed at first start',
      tags: ['setup'],
      body: Type.Object({
        token: Type.String({ minLength: 1, maxLength: 200 }),
        email: Email,
        password: Password,
        fullName: PersonName,
        unitName: UnitName,
      }, { additionalProperties: false }),
      response: { 201: Me, ...errors(400, 403, 409, 429) },
    },
  }, async (request, reply) => {
    const { token, password, ...person } = request.body;
    if (!setupNeeded(api.db)) throw new DomainError(409, 'setup_done');
    if (!isAcceptablePassword(password, [person.email, person.fullName])) {
      throw new DomainError(400, 'weak_password');
    }
    const passwordHash = await hashPassword(password);
    const user = writeTransaction(api.db, (tx) => {
      if (!setupNeeded(tx)) throw new DomainError(409, 'setup_done');
      if (!setupTokenMatches(tx, token)) throw new DomainError(403, 'setup_token_invalid');
      return createFirstOrganizer(tx, { ...person, passwordHash });
    });
    setSessionCookie(reply, await api.sessions.create(user.id));
    return reply.code(201).send(loadAuthUser(api, user.id));
  });
};
