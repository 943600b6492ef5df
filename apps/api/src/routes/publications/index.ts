import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getContest, getEntry, getPublicationByEntry, getUser, latestEntryVersion, listAwards, listPrizeTiers, writeTransaction,
} from '@guong-sang/db';
import { visibleEntry } from '../../entries/access.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { requireRole, requireUser } from '../../plugins/auth.ts';
import { comparableText, diffPublicVersion } from '../../publishing/public-version.ts';
import {
  declinePublication, prepareAuthorVersion, saveAuthorVersion, setOrganizerApproval,
} from '../../publishing/review.ts';
import { publishShowcase, unpublishShowcase } from '../../publishing/schedule.ts';
import { publicationStatus, showcaseIsPublic } from '../../publishing/visibility.ts';
import { ContestPublications, PublicationDetail, PublicVersionInput } from './schemas.ts';
import { publicationDetail } from './view.ts';
import { perAccount } from '../../plugins/rate-limits.ts';

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
    config: perAccount(60, '1 minute'),
    schema: {
      summary: 'Edit the public version (typos, real or pen name, unit shown, photos) and approve it (author)',
      tags: ['publication'], security: [{ session: [] }],
      params: EntryParams,
      body: PublicVersionInput,
      response: { 200: PublicationDetail, ...errors(400, 401, 404, 409) },
    },
  }, async (request) => {
    const user = requireUser(request);
    // Checked before the write lock is taken; saved in it.
    const prepared = prepareAuthorVersion(api.db, user.id, request.params.entryId, request.body);
    writeTransaction(api.db, (tx) => saveAuthorVersion(tx, user.id, prepared, api.now()));
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
    writeTransaction(api.db, (tx) => declinePublication(tx, user.id, request.params.entryId, api.now()));
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
    writeTransaction(api.db, (tx) => setOrganizerApproval(tx, organizer.id, request.params.entryId, request.body, api.now()));
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
    const at = request.body.at === undefined ? undefined : new Date(request.body.at);
    if (at && Number.isNaN(at.getTime())) throw new DomainError(400, 'validation_failed');
    writeTransaction(api.db, (tx) => publishShowcase(tx, request.params.contestId, at, organizer.id, api.now()));
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
    writeTransaction(api.db, (tx) => unpublishShowcase(tx, request.params.contestId, organizer.id));
    return contestPublications(request.params.contestId);
  });
};
