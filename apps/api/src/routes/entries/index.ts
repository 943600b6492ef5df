import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getContest, writeTransaction } from '@guong-sang/db';
import { entryIdentityWarnings } from '../../entries/anonymity.ts';
import { visibleEntry } from '../../entries/access.ts';
import { normalizeContent, saveDraft, startDraft, withdrawEntry } from '../../entries/draft.ts';
import { submissionReceipt } from '../../entries/receipt.ts';
import { submitEntry } from '../../entries/submission.ts';
import { entryDetail, myEntries } from '../../entries/view.ts';
import { notFound } from '../../lib/errors.ts';
import { errors, Id, NameText } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';
import { requireUser } from '../../plugins/auth.ts';
import { attachmentRoutes } from './attachments.ts';
import { BaseUpdatedAt, EntryContent, EntryDetail, EntrySummary, IdentityWarning, Receipt, SubmitResult } from './schemas.ts';
import { perAccount } from '../../plugins/rate-limits.ts';

export const entryRoutes: FastifyPluginAsyncTypebox = async (api) => {
  await api.register(attachmentRoutes);
  const EntryParams = Type.Object({ entryId: Id });

  api.post('/contests/:contestId/entries', {
    config: perAccount(30, '1 minute'),
    schema: {
      summary: 'Start a draft entry in a contest that accepts entries',
      tags: ['entries'],
      security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      body: Type.Object({
        title: EntryContent.title,
        subject: Type.Optional(EntryContent.subject),
        category: Type.Optional(EntryContent.category),
        body: Type.Optional(EntryContent.body),
      }, { additionalProperties: false }),
      response: { 201: EntryDetail, ...errors(400, 401, 403, 404, 409, 429) },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    const contest = getContest(api.db, request.params.contestId);
    if (!contest || contest.status === 'draft') throw notFound();
    const content = normalizeContent(request.body, contest);
    const entry = writeTransaction(api.db, (tx) => startDraft(tx, contest, user.id, content, api.now()));
    return reply.code(201).send(entryDetail(api.db, entry, api.now(), user.id));
  });

  api.get('/entries/mine', {
    schema: {
      summary: 'The signed-in entrant\'s entries in every contest',
      tags: ['entries'],
      security: [{ session: [] }],
      response: { 200: Type.Array(EntrySummary), ...errors(401) },
    },
  }, async (request) => {
    return myEntries(api.db, requireUser(request).id, api.now());
  });

  api.get('/entries/:entryId', {
    schema: {
      summary: 'One entry with its attachments and submitted versions (author or organizer)',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      response: { 200: EntryDetail, ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { entry } = visibleEntry(api.db, user, request.params.entryId, { organizers: true });
    return entryDetail(api.db, entry, api.now(), user.id);
  });

  api.patch('/entries/:entryId', {
    config: perAccount(120, '1 minute'),
    schema: {
      summary: 'Save the draft (autosave); allowed until the deadline',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      body: Type.Partial(Type.Object({ ...EntryContent, baseUpdatedAt: BaseUpdatedAt }), { additionalProperties: false }),
      response: { 200: EntryDetail, ...errors(400, 401, 404, 409, 429) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { entry, contest } = visibleEntry(api.db, user, request.params.entryId, { organizers: false });
    const { baseUpdatedAt, ...input } = request.body;
    const content = normalizeContent(input, contest);
    const saved = writeTransaction(api.db, (tx) => saveDraft(tx, user, entry.id, content, api.now(), baseUpdatedAt));
    return entryDetail(api.db, saved, api.now(), user.id);
  });

  api.get('/entries/:entryId/anonymity-check', {
    schema: {
      summary: 'Where the entry names its author: their name, e-mail, phone or unit',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      response: { 200: Type.Object({ warnings: Type.Array(IdentityWarning) }), ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { entry } = visibleEntry(api.db, user, request.params.entryId, { organizers: false });
    return { warnings: entryIdentityWarnings(api.db, entry, user) };
  });

  api.post('/entries/:entryId/submit', {
    config: perAccount(30, '1 minute'),
    schema: {
      summary: 'Submit: stores an immutable version and answers with the receipt',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      body: Type.Object({
        consentToPublish: Type.Boolean(),
        penName: Type.Optional(NameText({ maxLength: 120 })),
        baseUpdatedAt: Type.Optional(BaseUpdatedAt),
      }, { additionalProperties: false }),
      response: { 200: SubmitResult, ...errors(400, 401, 404, 409, 429) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const penName = request.body.penName === undefined ? null : cleanLine(request.body.penName) || null;
    // The deadline is judged by the server clock when the submission arrived, not when its batch
    // commits: waiting for others' writes (or a batch run again after a full disk) must not make
    // a submission late. The check itself runs inside the transaction that writes it.
    const arrivedAt = api.now();
    const { version, entry } = await api.writeTogether((tx) => submitEntry(tx, user, request.params.entryId, {
      now: arrivedAt, consentToPublish: request.body.consentToPublish, penName, base: request.body.baseUpdatedAt,
    }));
    return {
      code: entry.code,
      receiptHash: version.sha256,
      submittedAt: version.submittedAt.toISOString(),
      version: version.version,
      warnings: entryIdentityWarnings(api.db, entry, user),
    };
  });

  api.post('/entries/:entryId/withdraw', {
    schema: {
      summary: 'Withdraw an entry before the deadline; it will not be judged',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      response: { 200: EntryDetail, ...errors(400, 401, 404, 409) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const withdrawn = writeTransaction(api.db, (tx) => withdrawEntry(tx, user, request.params.entryId, api.now()));
    return entryDetail(api.db, withdrawn, api.now(), user.id);
  });

  api.get('/entries/:entryId/receipt', {
    schema: {
      summary: 'The receipt of a submitted version (latest unless ?version=N)',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })) }),
      response: { 200: Receipt, ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const { entry, contest } = visibleEntry(api.db, requireUser(request), request.params.entryId, { organizers: true });
    return submissionReceipt(api.db, entry, contest, request.query.version);
  });
};
