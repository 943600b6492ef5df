import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { localeOf } from '../../plugins/errors.ts';
import { readListedSheetsSplit, readRoundSheetsSplit } from '../../results/round-results.ts';
import { splitScoreSheetsCsv } from '../../exports/score-sheets-split.ts';
import { exportTable, toCsv, toXlsx } from '../../exports/tables.ts';

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
    const locale = localeOf(request);
    const thread = api.roundThread;
    // What a table starts from is read in halves when nothing of it is kept: the counted sheets for
    // the tables made from the ranking; for the score sheets, the CSV itself, or else (the counted
    // sheets kept) the details read beside them.
    if (name === 'results' || name === 'judges') await readRoundSheetsSplit(api.db, thread, roundId);
    const split = format === 'csv' && name === 'sheets' && thread ? await splitScoreSheetsCsv(api.db, thread, roundId, locale) : undefined;
    if (name === 'sheets' && !split) await readListedSheetsSplit(api.db, thread, roundId);
    const table = () => exportTable(api.db, roundId, name, locale, method);
    const file = format === 'csv' ? split ?? toCsv(table()) : await toXlsx(table());
    const filename = `vong-${roundId}-${name}.${format}`;
    reply.header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'private, no-store');
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(file);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(file);
  });
};
