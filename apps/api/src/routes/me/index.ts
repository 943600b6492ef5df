import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { writeTransaction } from '@guong-sang/db';
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
};
