import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
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
};
