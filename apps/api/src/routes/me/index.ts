import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { setUserLocale, writeTransaction } from '@guong-sang/db';
import { renameSelf } from '../../people/account.ts';
import { loadAuthUser, requireUser } from '../../plugins/auth.ts';
import { errors, Me, PersonName } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';

export const meRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/me', {
    schema: {
      summary: 'The signed-in person and their roles',
      tags: ['auth'],
      security: [{ session: [] }],
      response: { 200: Me, ...errors(401) },
    },
  }, async (request) => requireUser(request));

  api.patch('/me', {
    schema: {
      summary: 'Change one\'s own name (the unit is the organizers\' to change)',
      tags: ['auth'],
      security: [{ session: [] }],
      body: Type.Object({ fullName: PersonName }, { additionalProperties: false }),
      response: { 200: Me, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const me = requireUser(request);
    writeTransaction(api.db, (tx) => renameSelf(tx, me.id, cleanLine(request.body.fullName)));
    return loadAuthUser(api, me.id);
  });

  api.put('/me/locale', {
    schema: {
      summary: 'The language the signed-in person chose: the interface\'s, and their mail\'s',
      tags: ['auth'],
      security: [{ session: [] }],
      body: Type.Object({ locale: Type.Union([Type.Literal('vi'), Type.Literal('en')]) }, { additionalProperties: false }),
      response: { 204: Type.Null(), ...errors(400, 401, 403) },
    },
  }, async (request, reply) => {
    const me = requireUser(request);
    setUserLocale(api.db, me.id, request.body.locale);
    return reply.code(204).send(null);
  });
};
