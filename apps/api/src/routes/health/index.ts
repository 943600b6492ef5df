import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { durabilityPragmas } from '@guong-sang/db';

export const healthRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/health', {
    schema: {
      summary: 'Liveness and database durability settings',
      tags: ['system'],
      response: {
        200: Type.Object({
          status: Type.Literal('ok'),
          database: Type.Object({ journalMode: Type.String(), synchronous: Type.Integer() }),
        }),
      },
    },
  }, async () => {
    const { journalMode, synchronous } = durabilityPragmas(api.db);
    return { status: 'ok' as const, database: { journalMode, synchronous } };
  });
};
