import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getContest, getContestBySlug, getEntry, getUnit, getUser, listAwards, listPublicStories, type Contest,
} from '@guong-sang/db';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { visibleEntry } from '../../entries/access.ts';
import { readBlob } from '../../files/blob-store.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { anthologyEpub } from '../../publishing/documents/anthology-epub.ts';
import { anthologyPdf } from '../../publishing/documents/anthology-pdf.ts';
import { certificatePdf, certificatesPdf } from '../../publishing/documents/certificate-pdf.ts';
import type { Anthology, Certificate, StoryPhoto } from '../../publishing/documents/types.ts';
import { requireRole } from '../../plugins/auth.ts';
import { showcaseIsPublic } from '../publications/view.ts';
import { byline, publicPhotos, tierNames } from '../public/view.ts';

const Slug = Type.String({ minLength: 1, maxLength: 200, pattern: '^[a-z0-9-]+$' });
const PHOTO_MIMES = new Set<StoryPhoto['mime']>(['image/jpeg', 'image/png', 'image/webp']);
/** Built anthologies kept per contest and content, so a popular download is made once. */
const CACHED_ANTHOLOGIES = 8;

/** The anthology (PDF, EPUB) of a published showcase, and winners' certificates. */
export const documentRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const filesDir = join(api.config.dataDir, 'files');
  const cache = new Map<string, Buffer>();

  /** The public stories in showcase order (tier by tier), with a key that changes with their content. */
  const anthologyStories = (contest: Contest) => {
    const { tiers, tierOf } = tierNames(api.db, contest.id);
    const tierRank = new Map(tiers.map((t, i) => [t.name, i]));
    const stories = listPublicStories(api.db, api.now(), { contestId: contest.id })
      .sort((a, b) => (tierRank.get(tierOf(a.entry.id)) ?? 0) - (tierRank.get(tierOf(b.entry.id)) ?? 0));
    const key = createHash('sha256').update(JSON.stringify([
      contest.id, contest.title, contest.organizerTitle, contest.publishedAt?.getTime(),
      stories.map((s) => [s.publication.id, s.publication.title, s.publication.body, s.publication.displayName, s.publication.showUnit, s.publication.photoIds]),
    ])).digest('hex');
    return { stories, tierOf, key };
  };

  const buildAnthology = async (contest: Contest, stories: ReturnType<typeof anthologyStories>['stories'], tierOf: (entryId: number) => string, language: 'vi' | 'en'): Promise<Anthology> => ({
    contestTitle: contest.title,
    organizerTitle: contest.organizerTitle,
    publishedAt: contest.publishedAt ?? api.now(),
    url: `${api.config.origin}/showcase/${contest.slug}`,
    language,
    stories: await Promise.all(stories.map(async ({ publication, entry }) => {
      const { displayName, unitName } = byline(api.db, entry, publication);
      const photos = await Promise.all(publicPhotos(api.db, publication)
        .filter((p) => PHOTO_MIMES.has(p.mime as StoryPhoto['mime']))
        .map(async (p) => ({ data: await readBlob(filesDir, p.sanitizedSha256 ?? ''), mime: p.mime as StoryPhoto['mime'], altText: p.altText })));
      return {
        title: publication.title,
        byline: unitName ? `${displayName} — ${unitName}` : displayName,
        tierName: tierOf(entry.id),
        bodyHtml: publication.body,
        photos,
        url: `${api.config.origin}/showcase/${contest.slug}/${publication.slug}`,
      };
    })),
  });

  const formats = {
    pdf: { type: 'application/pdf', build: anthologyPdf },
    epub: { type: 'application/epub+zip', build: anthologyEpub },
  } as const;

  api.get('/public/contests/:slug/anthology.:format', {
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      summary: 'The published stories of a contest as one book: PDF (print) or EPUB (e-readers)',
      tags: ['public'],
      params: Type.Object({ slug: Slug, format: Type.Union([Type.Literal('pdf'), Type.Literal('epub')]) }),
      response: { 200: Type.Any({ description: 'the book' }), ...errors(400, 404) },
    },
  }, async (request, reply) => {
    const contest = getContestBySlug(api.db, request.params.slug);
    if (!contest || !showcaseIsPublic(contest, api.now())) throw notFound();
    const { stories, tierOf, key } = anthologyStories(contest);
    const format = formats[request.params.format];
    const cacheKey = `${request.params.format}:${key}`;
    let book = cache.get(cacheKey);
    if (!book) {
      book = await format.build(await buildAnthology(contest, stories, tierOf, 'vi'));
      if (cache.size >= CACHED_ANTHOLOGIES) cache.delete(cache.keys().next().value ?? '');
      cache.set(cacheKey, book);
    }
    return reply
      .type(format.type)
      .header('content-disposition', `attachment; filename="tuyen-tap-${contest.slug}.${request.params.format}"`)
      .header('cache-control', 'public, max-age=300')
      .header('etag', `"${key.slice(0, 32)}"`)
      .send(book);
  });

  /** A winner's certificate: their real name, as awarded (the pen name is for the public story). */
  const certificateOf = (contest: Contest, entryId: number, tierOf: (entryId: number) => string): Certificate | undefined => {
    const entry = getEntry(api.db, entryId);
    const author = entry && getUser(api.db, entry.authorId);
    if (!entry || !author || !contest.awardsFinalizedAt) return undefined;
    return {
      contestTitle: contest.title,
      tierName: tierOf(entry.id),
      recipientName: author.fullName,
      unitName: getUnit(api.db, author.unitId)?.name ?? null,
      entryTitle: entry.title,
      issuedAt: contest.awardsFinalizedAt,
      organizerTitle: contest.organizerTitle,
      code: entry.code,
    };
  };
  const sendPdf = (reply: FastifyReply, name: string, pdf: Buffer) => reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(pdf);

  api.get('/contests/:contestId/certificates.pdf', {
    schema: {
      summary: 'Every winner\'s certificate, one A4 landscape page each, to print (organizer)',
      tags: ['publication'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      response: { 200: Type.Any({ description: 'the PDF' }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    requireRole(request, 'organizer');
    const contest = getContest(api.db, request.params.contestId);
    if (!contest) throw notFound();
    if (!contest.awardsFinalizedAt) throw new DomainError(409, 'awards_not_final');
    const { tierOf } = tierNames(api.db, contest.id);
    const certificates = listAwards(api.db, contest.id).flatMap((a) => certificateOf(contest, a.entryId, tierOf) ?? []);
    if (certificates.length === 0) throw notFound();
    return sendPdf(reply, `giay-chung-nhan-${contest.slug}.pdf`, await certificatesPdf(certificates));
  });

  api.get('/entries/:entryId/certificate.pdf', {
    schema: {
      summary: 'The certificate of a winning entry (its author or an organizer), once the awards are final',
      tags: ['publication'], security: [{ session: [] }],
      params: Type.Object({ entryId: Id }),
      response: { 200: Type.Any({ description: 'the PDF' }), ...errors(400, 401, 404) },
    },
  }, async (request, reply) => {
    const { entry, contest } = visibleEntry(api.db, request, request.params.entryId, { organizers: true });
    const { tierOf } = tierNames(api.db, contest.id);
    const certificate = listAwards(api.db, contest.id).some((a) => a.entryId === entry.id)
      ? certificateOf(contest, entry.id, tierOf)
      : undefined;
    if (!certificate) throw notFound();
    return sendPdf(reply, `giay-chung-nhan-${entry.code}.pdf`, await certificatePdf(certificate));
  });
};
