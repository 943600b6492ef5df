import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Readable } from 'node:stream';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { localeOf } from '../../plugins/errors.ts';
import { roundExportFile } from '../../exports/round-export-file.ts';

export const exportRoutes: FastifyPluginAsyncTypebox = async (api) => {

  api.get('/rounds/:roundId/export', {
    schema: {
      summary: 'Download results, score sheets, judge statistics or participation per unit as CSV or XLSX (organizer), headed in the organizer\'s language',
      tags: ['results'], security: [{ session: [] }],
      params: Type.Object({ roundId: Id }),
      querystring: Type.Object({
        table: Type.Union([Type.Literal('results'), Type.Literal('sheets'), Type.Literal('judges'), Type.Literal('units')]),
        format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'xlsx' }),
        method: Type.Union([Type.Literal('mean'), Type.Literal('corrected'), Type.Literal('zscore')], {
          default: 'corrected', description: 'The ranking method chosen on the results page; the file names it',
        }),
      }),
      response: { 200: Type.Any({ description: 'the file' }), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    requireRole(request, 'organizer');
    const { table: name, format, method } = request.query;
    const { roundId } = request.params;
    const file = await roundExportFile(api.db, api.roundThread, roundId, { table: name, format, method, locale: localeOf(request) });
    const filename = `vong-${roundId}-${name}.${format}`;
    reply.header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'private, no-store')
      .header('content-length', file.reduce((bytes, part) => bytes + part.length, 0))
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(Readable.from(file, { objectMode: false }));
  });
};
