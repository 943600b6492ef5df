import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  SCREENING_SORTS, findEntryByCode, getContest, getScreeningRow, listScreeningPage, writeTransaction, type ScreeningRow,
} from '@guong-sang/db';
import { sharedPassages } from '@guong-sang/scoring';
import { setDisqualified } from '../../entries/disqualification.ts';
import { contestNearDuplicates, submittedText } from '../../screening/near-duplicates.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';
import { requireRole } from '../../plugins/auth.ts';

/** About a screenful: 129 rows on one page was too many to read (issue 12). */
const SCREENING_PAGE_SIZE = 50;

const ScreeningEntry = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  wordCount: Type.Integer(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('withdrawn'), Type.Literal('disqualified')]),
  disqualifiedReason: Type.Union([Type.String(), Type.Null()]),
  authorName: Type.String(),
  unitName: Type.String(),
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});

export const screeningRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const screeningView = ({ entry, authorName, unitName, version }: ScreeningRow) => ({
    id: entry.id,
    code: entry.code,
    title: entry.title,
    category: entry.category,
    wordCount: entry.wordCount,
    status: entry.status,
    disqualifiedReason: entry.disqualifiedReason,
    authorName,
    unitName,
    submittedAt: entry.submittedAt?.toISOString() ?? null,
    version,
  });

  api.get('/contests/:contestId/screening', {
    schema: {
      summary: 'Submitted and disqualified entries with filters, and near-duplicate pairs (organizer)',
      tags: ['screening'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      querystring: Type.Object({
        status: Type.Optional(Type.Union([Type.Literal('submitted'), Type.Literal('disqualified')])),
        category: Type.Optional(Type.String({ maxLength: 200 })),
        q: Type.Optional(Type.String({ maxLength: 200 })),
        threshold: Type.Number({ minimum: 0.3, maximum: 1, default: 0.5 }),
        sort: Type.Union(SCREENING_SORTS.map((key) => Type.Literal(key)), { default: 'submitted' }),
        order: Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' }),
        page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
        pageSize: Type.Integer({ minimum: 10, maximum: 200, default: SCREENING_PAGE_SIZE }),
      }),
      response: {
        200: Type.Object({
          entries: Type.Array(ScreeningEntry, { description: 'One page, in the order asked for' }),
          total: Type.Integer({ description: 'Entries matching the filters, on every page' }),
          page: Type.Integer(),
          pageSize: Type.Integer(),
          nearDuplicates: Type.Array(Type.Object({ a: Type.String(), b: Type.String(), similarity: Type.Number() })),
        }),
        ...errors(400, 401, 403, 404),
      },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const contest = getContest(api.db, request.params.contestId);
    if (!contest) throw notFound();
    const { status, category, q, threshold, sort, order, page, pageSize } = request.query;
    const needle = q?.normalize('NFC').trim();
    const { rows, total } = listScreeningPage(api.db, contest.id, {
      statuses: status ? [status] : ['submitted', 'disqualified'],
      ...(category !== undefined && { category }),
      ...(needle && { q: needle }),
      sort, descending: order === 'desc', limit: pageSize, offset: (page - 1) * pageSize,
    });
    return {
      entries: rows.map(screeningView),
      total, page, pageSize,
      nearDuplicates: contestNearDuplicates(api.db, contest.id, threshold),
    };
  });

  api.get('/contests/:contestId/screening/compare', {
    schema: {
      summary: 'Two entries side by side with their shared passages (organizer)',
      tags: ['screening'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      querystring: Type.Object({ a: Type.String({ maxLength: 20 }), b: Type.String({ maxLength: 20 }) }),
      response: {
        200: Type.Object({
          a: Type.Object({ code: Type.String(), title: Type.String(), text: Type.String() }),
          b: Type.Object({ code: Type.String(), title: Type.String(), text: Type.String() }),
          passages: Type.Array(Type.Object({
            a: Type.Object({ start: Type.Integer(), end: Type.Integer() }),
            b: Type.Object({ start: Type.Integer(), end: Type.Integer() }),
            words: Type.Integer(),
          })),
        }),
        ...errors(400, 401, 403, 404),
      },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    const load = (code: string) => {
      const entry = findEntryByCode(api.db, code.trim().toUpperCase());
      if (!entry || entry.contestId !== request.params.contestId) throw notFound();
      return { code: entry.code, title: entry.title, text: submittedText(api.db, entry) };
    };
    const a = load(request.query.a);
    const b = load(request.query.b);
    return { a, b, passages: sharedPassages(a.text, b.text) };
  });

  for (const action of ['disqualify', 'reinstate'] as const) {
    api.post(`/entries/:entryId/${action}`, {
      schema: {
        summary: action === 'disqualify'
          ? 'Disqualify an entry with a reason the entrant sees (organizer)'
          : 'Reinstate a disqualified entry (organizer)',
        tags: ['screening'], security: [{ session: [] }],
        params: Type.Object({ entryId: Id }),
        body: Type.Object({ reason: Type.String({ minLength: action === 'disqualify' ? 1 : 0, maxLength: 1000, default: '' }) },
          { additionalProperties: false }),
        response: { 200: ScreeningEntry, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => {
      const organizer = requireRole(request, 'organizer');
      const reason = cleanLine(request.body.reason);
      if (action === 'disqualify' && reason === '') throw new DomainError(400, 'validation_failed');
      const entry = writeTransaction(api.db, (tx) => setDisqualified(
        tx, request.params.entryId, { disqualify: action === 'disqualify', reason }, organizer.id, api.now(),
      ));
      const row = getScreeningRow(api.db, entry.id);
      if (!row) throw notFound();
      return screeningView(row);
    });
  }
};
