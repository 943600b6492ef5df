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
import { errors, Id, Slug } from '../../lib/schemas.ts';
import { anthologyEpub } from '../../publishing/documents/anthology-epub.ts';
import { anthologyPdf } from '../../publishing/documents/anthology-pdf.ts';
import { certificatePdf, certificatesPdf } from '../../publishing/documents/certificate-pdf.ts';
import type { Anthology, Certificate, StoryPhoto } from '../../publishing/documents/types.ts';
import { requireRole, requireUser } from '../../plugins/auth.ts';
import { byline, publicPhotos, tierNames } from '../../publishing/showcase.ts';
import { showcaseIsPublic } from '../../publishing/visibility.ts';
import { perAccount, perAddress } from '../../plugins/rate-limits.ts';

const PHOTO_MIMES = new Set<StoryPhoto['mime']>(['image/jpeg', 'image/png', 'image/webp']);
/** Built anthologies kept per contest and content, so a popular download is made once. */
const CACHED_ANTHOLOGIES = 8;

/** The anthology (PDF, EPUB) of a published showcase, and winners' certificates. */
export const documentRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const filesDir = join(api.config.dataDir, 'files');
  const cache = new Map<string, Buffer>();

  /**
   * Everything the book is made of, photos by content hash, in showcase order. Its hash keys the
   * cache, so any change a reader could see (text, byline, unit, tier, captions) makes a new book.
   */
  const anthologyPlan = (contest: Contest, language: 'vi' | 'en') => {
    const { tierOf, rankOf: rank } = tierNames(api.db, contest.id);
    const stories = listPublicStories(api.db, api.now(), { contestId: contest.id })
      .sort((a, b) => rank(a.entry.id) - rank(b.entry.id))
      .map(({ publication, entry }) => {
        const { displayName, unitName } = byline(api.db, entry, publication);
        return {
          title: publication.title,
          byline: unitName ? `${displayName} — ${unitName}` : displayName,
          tierName: tierOf(entry.id),
          bodyHtml: publication.body,
          url: `${api.config.origin}/showcase/${contest.slug}/${publication.slug}`,
          photos: publicPhotos(api.db, publication)
            .filter((p) => PHOTO_MIMES.has(p.mime as StoryPhoto['mime']))
            .map((p) => ({ sha256: p.sanitizedSha256 ?? '', mime: p.mime as StoryPhoto['mime'], altText: p.altText })),
        };
      });
    const plan = {
      contestTitle: contest.title,
      organizerTitle: contest.organizerTitle,
      publishedAt: contest.publishedAt ?? api.now(),
      url: `${api.config.origin}/showcase/${contest.slug}`,
      language,
      stories,
    };
    return { plan, key: createHash('sha256').update(JSON.stringify(plan)).digest('hex') };
  };

  const loadAnthology = async (plan: ReturnType<typeof anthologyPlan>['plan']): Promise<Anthology> => ({
    ...plan,
    stories: await Promise.all(plan.stories.map(async (story) => ({
      ...story,
      photos: await Promise.all(story.photos.map(async ({ sha256, ...photo }) => ({ ...photo, data: await readBlob(filesDir, sha256) }))),
    }))),
  });

  const formats = {
    pdf: { type: 'application/pdf', build: anthologyPdf },
    epub: { type: 'application/epub+zip', build: anthologyEpub },
  } as const;

  api.get('/public/contests/:slug/anthology.:format', {
    config: perAddress(30, '1 minute'),
    schema: {
      summary: 'The published stories of a contest as one book: PDF (print) or EPUB (e-readers)',
      tags: ['public'],
      params: Type.Object({ slug: Slug, format: Type.Union([Type.Literal('pdf'), Type.Literal('epub')]) }),
      response: { 200: Type.Any({ description: 'the book' }), ...errors(400, 404) },
    },
  }, async (request, reply) => {
    const contest = getContestBySlug(api.db, request.params.slug);
    if (!contest || !showcaseIsPublic(contest, api.now())) throw notFound();
    const { plan, key } = anthologyPlan(contest, 'vi');
    const format = formats[request.params.format];
    const cacheKey = `${request.params.format}:${key}`;
    let book = cache.get(cacheKey);
    if (!book) {
      book = await format.build(await loadAnthology(plan));
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

  // A certificate is drawn for each request (pdfkit, embedded fonts): bounded per account.
  api.get('/contests/:contestId/certificates.pdf', {
    config: perAccount(5, '1 minute'),
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
    config: perAccount(10, '1 minute'),
    schema: {
      summary: 'The certificate of a winning entry (its author or an organizer), once the awards are final',
      tags: ['publication'], security: [{ session: [] }],
      params: Type.Object({ entryId: Id }),
      response: { 200: Type.Any({ description: 'the PDF' }), ...errors(400, 401, 404) },
    },
  }, async (request, reply) => {
    const { entry, contest } = visibleEntry(api.db, requireUser(request), request.params.entryId, { organizers: true });
    const { tierOf } = tierNames(api.db, contest.id);
    const certificate = listAwards(api.db, contest.id).some((a) => a.entryId === entry.id)
      ? certificateOf(contest, entry.id, tierOf)
      : undefined;
    if (!certificate) throw notFound();
    return sendPdf(reply, `giay-chung-nhan-${entry.code}.pdf`, await certificatePdf(certificate));
  });
};
