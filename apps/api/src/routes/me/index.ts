import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { setUserLocale } from '@guong-sang/db';
import { requireUser } from '../../plugins/auth.ts';
import { errors, Me } from '../../lib/schemas.ts';

export const meRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/me', {
    schema: {
      summary: 'The signed-in person and their roles',
      tags: ['auth'],
      security: [{ session: [] }],
      response: { 200: Me, ...errors(401) },
    },
  }, async (request) => requireUser(request));

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
