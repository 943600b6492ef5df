import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  appendAudit, createEntry, findEntryByCode, getContest, getPublicationByEntry, getEntryVersion, getUser,
  latestEntryVersion, listAttachments, listEntriesByAuthor, listEntryVersions, updateEntry,
  writeTransaction, type Contest, type Entry,
} from '@guong-sang/db';
import { countWords } from '@guong-sang/text';
import { assertMayEnter } from '../../contests/judge-entrant-conflict.ts';
import { findIdentityMentions } from '../../entries/anonymity.ts';
import { assertEditable, visibleEntry } from '../../entries/access.ts';
import { newEntryCode } from '../../entries/code.ts';
import { recordSubmission } from '../../entries/submission.ts';
import { changedSinceSubmission, entryDetail, isEditable } from '../../entries/view.ts';
import { htmlToText, sanitizeEssayHtml } from '../../files/html.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id, VisibleText } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';
import { assertDecodedText } from '../../lib/text-hygiene.ts';
import { formatVietnamTime } from '../../lib/time.ts';
import { requireUser, type AuthUser } from '../../plugins/auth.ts';
import { acceptingSubmissions } from '../contests/view.ts';
import { tierLookup } from '../public/view.ts';
import { publicationStatus } from '../publications/view.ts';
import { attachmentRoutes } from './attachments.ts';
import { EntryContent, EntryDetail, EntrySummary, IdentityWarning, Receipt, SubmitResult } from './schemas.ts';

type ContentInput = Partial<{ title: string; subject: string; category: string | null; body: string }>;

/** Normalizes editor input: NFC everywhere, sanitized HTML, the word count recomputed here. */
function normalizeContent(input: ContentInput, contest: Contest) {
  const content: Partial<Pick<Entry, 'title' | 'subject' | 'category' | 'body' | 'wordCount'>> = {};
  if (input.title !== undefined) content.title = cleanLine(input.title);
  if (input.subject !== undefined) content.subject = cleanLine(input.subject);
  if (input.category !== undefined) {
    const category = input.category === null ? null : cleanLine(input.category) || null;
    if (category !== null && !contest.categories.includes(category)) throw new DomainError(400, 'invalid_category');
    content.category = category;
  }
  if (input.body !== undefined) {
    // Entities such as &#x202E; become characters in the sanitized HTML: the hygiene rule holds there too.
    content.body = assertDecodedText(sanitizeEssayHtml(input.body), 'body');
    content.wordCount = countWords(htmlToText(content.body));
  }
  return content;
}

function identityWarnings(api: { db: Parameters<typeof listAttachments>[0] }, entry: Entry, user: AuthUser) {
  const phone = getUser(api.db, user.id)?.phone ?? null;
  return findIdentityMentions({ fullName: user.fullName, email: user.email, phone, unitName: user.unitName }, [
    { field: 'title', attachmentId: null, text: entry.title },
    { field: 'subject', attachmentId: null, text: entry.subject },
    { field: 'body', attachmentId: null, text: htmlToText(entry.body) },
    ...listAttachments(api.db, entry.id)
      .filter((a) => a.extractedText)
      .map((a) => ({ field: 'attachment' as const, attachmentId: a.id, text: a.extractedText ?? '' })),
  ]);
}

export const entryRoutes: FastifyPluginAsyncTypebox = async (api) => {
  await api.register(attachmentRoutes);
  const EntryParams = Type.Object({ entryId: Id });

  api.post('/contests/:contestId/entries', {
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
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
    const entry = writeTransaction(api.db, (tx) => {
      const now = api.now();
      if (contest.status !== 'open' || now.getTime() >= contest.submissionClosesAt.getTime()) {
        throw new DomainError(409, 'submission_closed', { deadline: formatVietnamTime(contest.submissionClosesAt) });
      }
      assertMayEnter(tx, user.id, contest.id);
      let code = newEntryCode();
      while (findEntryByCode(tx, code)) code = newEntryCode();
      const created = createEntry(tx, {
        ...content, title: content.title ?? '', contestId: contest.id, authorId: user.id, code, createdAt: now, updatedAt: now,
      });
      appendAudit(tx, { actorId: user.id, action: 'entry.created', subjectType: 'entry', subjectId: created.id });
      return created;
    });
    return reply.code(201).send(entryDetail(api.db, entry, api.now(), requireUser(request).id));
  });

  api.get('/entries/mine', {
    schema: {
      summary: 'The signed-in entrant\'s entries in every contest',
      tags: ['entries'],
      security: [{ session: [] }],
      response: { 200: Type.Array(EntrySummary), ...errors(401) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const now = api.now();
    const contests = new Map<number, Contest | undefined>();
    const tierOf = tierLookup(api.db);
    return listEntriesByAuthor(api.db, user.id).flatMap((entry) => {
      if (!contests.has(entry.contestId)) contests.set(entry.contestId, getContest(api.db, entry.contestId));
      const contest = contests.get(entry.contestId);
      if (!contest) return [];
      const publication = contest.awardsFinalizedAt ? getPublicationByEntry(api.db, entry.id) : undefined;
      // A revoked award has no tier left: the entry no longer shows a prize.
      const tierName = publication ? tierOf(contest.id, entry.id) : '';
      return [{
        id: entry.id,
        contestId: contest.id,
        contestTitle: contest.title,
        code: entry.code,
        status: entry.status,
        title: entry.title,
        wordCount: entry.wordCount,
        updatedAt: entry.updatedAt.toISOString(),
        submittedAt: entry.submittedAt?.toISOString() ?? null,
        versionCount: listEntryVersions(api.db, entry.id).length,
        disqualifiedReason: entry.disqualifiedReason,
        submissionClosesAt: contest.submissionClosesAt.toISOString(),
        editable: isEditable(entry, contest, now),
        changedSinceSubmission: changedSinceSubmission(api.db, entry),
        award: publication && tierName ? { tierName, publicationStatus: publicationStatus(publication) } : null,
      }];
    });
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
    const { entry } = visibleEntry(api.db, request, request.params.entryId, { organizers: true });
    return entryDetail(api.db, entry, api.now(), requireUser(request).id);
  });

  api.patch('/entries/:entryId', {
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      summary: 'Save the draft (autosave); allowed until the deadline',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      body: Type.Partial(Type.Object(EntryContent), { additionalProperties: false }),
      response: { 200: EntryDetail, ...errors(400, 401, 404, 409, 429) },
    },
  }, async (request) => {
    const { entry, contest } = visibleEntry(api.db, request, request.params.entryId, { organizers: false });
    const content = normalizeContent(request.body, contest);
    const saved = writeTransaction(api.db, (tx) => {
      const now = api.now();
      const current = visibleEntry(tx, request, entry.id, { organizers: false }).entry;
      assertEditable(current, contest, now);
      return updateEntry(tx, entry.id, { ...content, updatedAt: now }) ?? current;
    });
    return entryDetail(api.db, saved, api.now(), requireUser(request).id);
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
    const { entry } = visibleEntry(api.db, request, request.params.entryId, { organizers: false });
    return { warnings: identityWarnings(api, entry, requireUser(request)) };
  });

  api.post('/entries/:entryId/submit', {
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      summary: 'Submit: stores an immutable version and answers with the receipt',
      tags: ['entries'],
      security: [{ session: [] }],
      params: EntryParams,
      body: Type.Object({
        consentToPublish: Type.Boolean(),
        penName: Type.Optional(VisibleText({ maxLength: 120 })),
      }, { additionalProperties: false }),
      response: { 200: SubmitResult, ...errors(400, 401, 404, 409, 429) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const penName = request.body.penName === undefined ? null : cleanLine(request.body.penName) || null;
    const { version, entry } = writeTransaction(api.db, (tx) => {
      // The deadline is judged by the server clock inside the same transaction as the write.
      const now = api.now();
      const { entry: current, contest } = visibleEntry(tx, request, request.params.entryId, { organizers: false });
      assertEditable(current, contest, now);
      if (!acceptingSubmissions(contest, now)) {
        throw new DomainError(409, 'submission_not_open', { opens: formatVietnamTime(contest.submissionOpensAt) });
      }
      if (current.title === '') throw new DomainError(400, 'title_required');
      if (contest.categories.length > 0 && current.category === null) throw new DomainError(400, 'category_required');
      if (current.wordCount < contest.minWords) {
        throw new DomainError(400, 'too_few_words', { count: current.wordCount, min: contest.minWords });
      }
      if (current.wordCount > contest.maxWords) {
        throw new DomainError(400, 'too_many_words', { count: current.wordCount, max: contest.maxWords });
      }
      return recordSubmission(tx, current, {
        now, actorId: user.id, consentToPublish: request.body.consentToPublish, penName,
      });
    });
    return {
      code: entry.code,
      receiptHash: version.sha256,
      submittedAt: version.submittedAt.toISOString(),
      version: version.version,
      warnings: identityWarnings(api, entry, user),
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
    const withdrawn = writeTransaction(api.db, (tx) => {
      const { entry, contest } = visibleEntry(tx, request, request.params.entryId, { organizers: false });
      assertEditable(entry, contest, api.now());
      appendAudit(tx, { actorId: user.id, action: 'entry.withdrawn', subjectType: 'entry', subjectId: entry.id });
      return updateEntry(tx, entry.id, { status: 'withdrawn', updatedAt: api.now() }) ?? entry;
    });
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
    const { entry, contest } = visibleEntry(api.db, request, request.params.entryId, { organizers: true });
    const version = request.query.version === undefined
      ? latestEntryVersion(api.db, entry.id)
      : getEntryVersion(api.db, entry.id, request.query.version);
    const author = getUser(api.db, entry.authorId);
    if (!version || !author) throw notFound();
    return {
      code: entry.code,
      contestTitle: contest.title,
      title: version.title,
      version: version.version,
      wordCount: version.wordCount,
      receiptHash: version.sha256,
      submittedAt: version.submittedAt.toISOString(),
      authorName: author.fullName,
      penName: entry.penName,
    };
  });
};
