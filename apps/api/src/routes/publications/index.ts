import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  appendAudit, getContest, getEntry, getPublicationByEntry, getUser, latestEntryVersion, listAttachmentsByIds,
  listAwards, listPrizeTiers, updateAttachmentAltText, updateContest, updatePublication, writeTransaction,
} from '@guong-sang/db';
import { visibleEntry } from '../../entries/access.ts';
import { countWords, htmlToText, sanitizeEssayHtml } from '../../files/html.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';
import { assertDecodedText } from '../../lib/text-hygiene.ts';
import { requireRole, requireUser } from '../../plugins/auth.ts';
import { comparableText, diffPublicVersion } from '../../publishing/public-version.ts';
import { ContestPublications, PublicationDetail, PublicVersionInput } from './schemas.ts';
import { publicationStatus, showcaseIsPublic } from '../../publishing/visibility.ts';
import { loadPublication, publicationDetail } from './view.ts';

export const publicationRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const EntryParams = Type.Object({ entryId: Id });
  const ContestParams = Type.Object({ contestId: Id });
  const detail = (entryId: number) => publicationDetail(api.db, entryId, api.now(), api.config.origin);

  api.get('/entries/:entryId/publication', {
    schema: {
      summary: 'The public version of a winning entry, beside the judged one (author or organizer)',
      tags: ['publication'], security: [{ session: [] }],
      params: EntryParams,
      response: { 200: PublicationDetail, ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const { entry } = visibleEntry(api.db, requireUser(request), request.params.entryId, { organizers: true });
    return detail(entry.id);
  });

  api.put('/entries/:entryId/publication', {
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: {
      summary: 'Edit the public version (typos, real or pen name, unit shown, photos) and approve it (author)',
      tags: ['publication'], security: [{ session: [] }],
      params: EntryParams,
      body: PublicVersionInput,
      response: { 200: PublicationDetail, ...errors(400, 401, 404, 409) },
    },
  }, async (request) => {
    const user = requireUser(request);
    const input = request.body;
    const entry = getEntry(api.db, request.params.entryId);
    if (!entry || entry.authorId !== user.id) throw notFound();
    // Sanitizing and comparing take a moment on a long text: done before the write lock is taken.
    const { version } = loadPublication(api.db, entry);
    const title = cleanLine(input.title);
    const body = assertDecodedText(sanitizeEssayHtml(input.body), 'body');
    const bodyText = htmlToText(body);
    if (!title || !bodyText) throw new DomainError(400, 'publication_empty');
    const diff = diffPublicVersion({ title: version.title, text: comparableText(version.body) }, { title, text: comparableText(body) });
    if (!diff.withinAllowance) {
      throw new DomainError(400, 'publication_too_different', { added: diff.addedWords, removed: diff.removedWords });
    }
    writeTransaction(api.db, (tx) => {
      const { publication } = loadPublication(tx, entry);
      if (publication.organizerApprovedAt) throw new DomainError(409, 'publication_locked');
      const penName = cleanLine(input.penName ?? '');
      if (input.usesPenName && !penName) throw new DomainError(400, 'pen_name_required');
      const allowedPhotos = new Set(listAttachmentsByIds(tx, version.attachmentIds).filter((a) => a.kind === 'photo' && a.sanitizedSha256).map((a) => a.id));
      if ([...input.photoIds, ...(input.altTexts ?? []).map((a) => a.id)].some((id) => !allowedPhotos.has(id))) {
        throw new DomainError(400, 'invalid_photo');
      }
      for (const alt of input.altTexts ?? []) updateAttachmentAltText(tx, entry.id, alt.id, cleanLine(alt.text));
      const at = api.now();
      updatePublication(tx, publication.id, {
        title, body, bodyText, wordCount: countWords(bodyText),
        displayName: input.usesPenName ? penName : (getUser(tx, entry.authorId)?.fullName ?? ''),
        usesPenName: input.usesPenName,
        showUnit: input.showUnit,
        photoIds: [...new Set(input.photoIds)],
        // Any change needs the author's approval again; approving also withdraws a refusal.
        authorApprovedAt: input.approve ? at : null,
        authorDeclinedAt: input.approve ? null : publication.authorDeclinedAt,
      });
      appendAudit(tx, {
        actorId: user.id, action: input.approve ? 'publication.author_approved' : 'publication.author_saved',
        subjectType: 'entry', subjectId: entry.id,
        details: { addedWords: diff.addedWords, removedWords: diff.removedWords, usesPenName: input.usesPenName, showUnit: input.showUnit },
      });
    });
    return detail(request.params.entryId);
  });

  api.post('/entries/:entryId/publication/decline', {
    schema: {
      summary: 'Keep the story private: the showcase lists it by code and title only (author)',
      tags: ['publication'], security: [{ session: [] }],
      params: EntryParams,
      response: { 200: PublicationDetail, ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const user = requireUser(request);
    writeTransaction(api.db, (tx) => {
      const entry = getEntry(tx, request.params.entryId);
      if (!entry || entry.authorId !== user.id) throw notFound();
      const { publication } = loadPublication(tx, entry);
      const at = api.now();
      updatePublication(tx, publication.id, { authorDeclinedAt: at, authorApprovedAt: null, organizerApprovedAt: null });
      appendAudit(tx, { actorId: user.id, action: 'publication.author_declined', subjectType: 'entry', subjectId: entry.id });
    });
    return detail(request.params.entryId);
  });

  api.put('/entries/:entryId/publication/approval', {
    schema: {
      summary: 'Approve the author-approved public version, or take the approval back (organizer)',
      tags: ['publication'], security: [{ session: [] }],
      params: EntryParams,
      body: Type.Object({
        approved: Type.Boolean(),
        reviewed: Type.Optional(Type.String({
          maxLength: 40,
          description: 'To approve: the authorApprovedAt of the version the organizer read; a newer one is refused (409)',
        })),
      }, { additionalProperties: false }),
      response: { 200: PublicationDetail, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    writeTransaction(api.db, (tx) => {
      const entry = getEntry(tx, request.params.entryId);
      if (!entry) throw notFound();
      const { publication } = loadPublication(tx, entry);
      if (request.body.approved && publicationStatus(publication) !== 'awaiting_organizer' && !publication.organizerApprovedAt) {
        throw new DomainError(409, 'publication_not_approved_by_author');
      }
      // The author may have changed it since the organizer read it: approve only what was read.
      if (request.body.approved && request.body.reviewed !== publication.authorApprovedAt?.toISOString()) {
        throw new DomainError(409, 'publication_changed');
      }
      updatePublication(tx, publication.id, { organizerApprovedAt: request.body.approved ? api.now() : null });
      appendAudit(tx, {
        actorId: organizer.id, action: request.body.approved ? 'publication.approved' : 'publication.approval_withdrawn',
        subjectType: 'entry', subjectId: entry.id,
      });
    });
    return detail(request.params.entryId);
  });

  const contestPublications = (contestId: number) => {
    const contest = getContest(api.db, contestId);
    if (!contest) throw notFound();
    const tiers = new Map(listPrizeTiers(api.db, contest.id).map((t) => [t.id, t.name]));
    const stories = listAwards(api.db, contest.id).flatMap((award) => {
      const entry = getEntry(api.db, award.entryId);
      const publication = entry && getPublicationByEntry(api.db, entry.id);
      const version = entry && latestEntryVersion(api.db, entry.id);
      if (!entry || !publication || !version) return [];
      const diff = diffPublicVersion({ title: version.title, text: comparableText(version.body) }, { title: publication.title, text: comparableText(publication.body) });
      return [{
        entryId: entry.id, code: entry.code, tierName: tiers.get(award.tierId) ?? '', title: publication.title,
        authorName: getUser(api.db, entry.authorId)?.fullName ?? '', displayName: publication.displayName,
        status: publicationStatus(publication),
        addedWords: diff.addedWords, removedWords: diff.removedWords, withinAllowance: diff.withinAllowance,
      }];
    });
    return {
      contest: {
        id: contest.id, slug: contest.slug, title: contest.title, status: contest.status,
        awardsFinalizedAt: contest.awardsFinalizedAt?.toISOString() ?? null,
        publishedAt: contest.publishedAt?.toISOString() ?? null,
        isPublic: showcaseIsPublic(contest, api.now()),
      },
      stories,
    };
  };

  api.get('/contests/:contestId/publications', {
    schema: {
      summary: 'Every winner\'s public version and where it stands (organizer)',
      tags: ['publication'], security: [{ session: [] }],
      params: ContestParams,
      response: { 200: ContestPublications, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    return contestPublications(request.params.contestId);
  });

  api.post('/contests/:contestId/publish', {
    schema: {
      summary: 'Publish the showcase now, or schedule it (organizer). Only stories both sides approved appear.',
      tags: ['publication'], security: [{ session: [] }],
      params: ContestParams,
      body: Type.Object({ at: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
      response: { 200: ContestPublications, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const now = api.now();
    const at = request.body.at ? new Date(request.body.at) : now;
    if (Number.isNaN(at.getTime())) throw new DomainError(400, 'validation_failed');
    writeTransaction(api.db, (tx) => {
      const contest = getContest(tx, request.params.contestId);
      if (!contest) throw notFound();
      if (!contest.awardsFinalizedAt) throw new DomainError(409, 'awards_not_final');
      // A scheduled time already past is most likely a typo (a year, a month): say so.
      if (request.body.at && at.getTime() < now.getTime() - 60_000) throw new DomainError(400, 'publish_time_past');
      const publishedAt = at.getTime() < now.getTime() ? now : at;
      updateContest(tx, contest.id, { publishedAt, status: 'published' });
      appendAudit(tx, {
        actorId: organizer.id, action: 'contest.published', subjectType: 'contest', subjectId: contest.id,
        details: { publishedAt: publishedAt.toISOString() },
      });
    });
    return contestPublications(request.params.contestId);
  });

  api.delete('/contests/:contestId/publish', {
    schema: {
      summary: 'Take the showcase down, or cancel its schedule (organizer)',
      tags: ['publication'], security: [{ session: [] }],
      params: ContestParams,
      response: { 200: ContestPublications, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    writeTransaction(api.db, (tx) => {
      const contest = getContest(tx, request.params.contestId);
      if (!contest) throw notFound();
      updateContest(tx, contest.id, { publishedAt: null, status: contest.awardsFinalizedAt ? 'awarded' : contest.status });
      appendAudit(tx, { actorId: organizer.id, action: 'contest.unpublished', subjectType: 'contest', subjectId: contest.id });
    });
    return contestPublications(request.params.contestId);
  });
};
