import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getContestBySlug, getPublicStory, listPublicStories, listPublicStoryRefs, listPublishedContests, searchPublicStories,
  type Attachment,
} from '@guong-sang/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import sharp from 'sharp';
import { readBlob } from '../../files/blob-store.ts';
import { compressAnswer, pickEncoding } from '../../lib/compressed-answer.ts';
import { notFound } from '../../lib/errors.ts';
import { errors, Id, Slug } from '../../lib/schemas.ts';
import { searchSnippet } from '../../publishing/snippet.ts';
import { byline, publicPhotos, tierLookup, tierNames } from '../../publishing/showcase.ts';
import { showcaseIsPublic } from '../../publishing/visibility.ts';
import { FeedStories, PublicContestSummary, SearchResults, Showcase, Story } from './schemas.ts';
import { excerpt, showcaseView } from './view.ts';
import { essayHtmlForDisplay } from '../../files/html.ts';
import { perAddress } from '../../plugins/rate-limits.ts';

const StoryParams = Type.Object({ slug: Slug, storySlug: Slug });
const PAGE_SIZE = 20;

/** Everything a visitor can read without signing in: what is published, and nothing else. */
export const publicRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const filesDir = join(api.config.dataDir, 'files');
  /**
   * Answers are the same for every visitor and change only when what is public changes: each is
   * computed, serialized by its route's schema and compressed once per public epoch.
   */
  const stored = async (request: FastifyRequest, reply: FastifyReply, key: string, compute: () => unknown) => {
    const answer = await api.publicCache.remember(`api:${key}`, async () => compressAnswer(Buffer.from(String(reply.serialize(await compute())))));
    const encoding = pickEncoding(request.headers['accept-encoding']);
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(answer[encoding]);
  };
  // Sizes of sanitized photos (content-addressed, so they never change): pages reserve their space.
  const sizes = new Map<string, { width: number; height: number }>();
  const photoView = async (contestSlug: string, storySlug: string, photo: Attachment) => {
    const sha = photo.sanitizedSha256 ?? '';
    let size = sizes.get(sha);
    if (!size) {
      const meta = await sharp(await readBlob(filesDir, sha)).metadata();
      size = { width: meta.width ?? 800, height: meta.height ?? 600 };
      if (sizes.size < 10_000) sizes.set(sha, size);
    }
    return { id: photo.id, url: `/api/public/contests/${contestSlug}/stories/${storySlug}/photos/${photo.id}`, altText: photo.altText, ...size };
  };
  const publicContest = (slug: string) => {
    const contest = getContestBySlug(api.db, slug);
    if (!contest || !showcaseIsPublic(contest, api.now())) throw notFound();
    return contest;
  };
  const publicStory = (slug: string, storySlug: string) => {
    const story = getPublicStory(api.db, slug, storySlug, api.now());
    if (!story) throw notFound();
    return story;
  };

  api.get('/public/contests', {
    schema: {
      summary: 'Contests whose winning stories are published',
      tags: ['public'],
      response: { 200: Type.Array(PublicContestSummary) },
    },
  }, async (request, reply) => stored(request, reply, 'contests', () => listPublishedContests(api.db, api.now()).map((c) => ({
    slug: c.slug, title: c.title, publishedAt: c.publishedAt?.toISOString() ?? '',
  }))));

  api.get('/public/contests/:slug', {
    schema: {
      summary: 'A published showcase: winners by tier, with the stories their authors let the public read',
      tags: ['public'],
      params: Type.Object({ slug: Slug }),
      response: { 200: Showcase, ...errors(400, 404) },
    },
  }, async (request, reply) => stored(request, reply, `showcase:${request.params.slug}`, async () => {
    const contest = publicContest(request.params.slug);
    const view = showcaseView(api.db, contest, api.now());
    const tiers = await Promise.all(view.tiers.map(async (tier) => ({
      ...tier,
      winners: await Promise.all(tier.winners.map(async ({ story, ...winner }) => ({
        ...winner,
        story: story && { ...story, photo: story.photo ? await photoView(contest.slug, story.slug, story.photo) : null },
      }))),
    })));
    return { ...view, tiers };
  }));

  api.get('/public/contests/:slug/stories/:storySlug', {
    schema: {
      summary: 'One published story',
      tags: ['public'],
      params: StoryParams,
      response: { 200: Story, ...errors(400, 404) },
    },
  }, async (request, reply) => stored(request, reply, `story:${request.params.slug}/${request.params.storySlug}`, async () => {
    const { publication, entry, contest } = publicStory(request.params.slug, request.params.storySlug);
    const { tierOf, rankOf: rank } = tierNames(api.db, contest.id);
    const all = listPublicStoryRefs(api.db, contest.id, api.now()).sort((a, b) => rank(a.entryId) - rank(b.entryId));
    const at = all.findIndex((s) => s.publicationId === publication.id);
    const ref = (i: number) => {
      const other = all[i];
      return other && i !== at
        ? { slug: other.slug, title: other.title, displayName: other.displayName, tierName: tierOf(other.entryId) }
        : null;
    };
    const photos = await Promise.all(publicPhotos(api.db, publication).map((p) => photoView(contest.slug, publication.slug, p)));
    return {
      contest: { slug: contest.slug, title: contest.title, organizerTitle: contest.organizerTitle },
      slug: publication.slug,
      code: entry.code,
      title: publication.title,
      tierName: tierOf(entry.id),
      ...byline(api.db, entry, publication),
      bodyHtml: essayHtmlForDisplay(publication.body),
      excerpt: excerpt(publication.bodyText, 30),
      wordCount: publication.wordCount,
      publishedAt: new Date(Math.max(contest.publishedAt?.getTime() ?? 0, publication.organizerApprovedAt?.getTime() ?? 0)).toISOString(),
      photos,
      previous: ref(at - 1),
      next: ref(at + 1),
    };
  }));

  api.get('/public/contests/:slug/stories/:storySlug/photos/:photoId', {
    schema: {
      summary: 'A photo of a published story (the copy without metadata)',
      tags: ['public'],
      params: Type.Object({ slug: Slug, storySlug: Slug, photoId: Id }),
      response: { 200: Type.Any({ description: 'the image' }), ...errors(400, 404) },
    },
  }, async (request, reply) => {
    const { publication } = publicStory(request.params.slug, request.params.storySlug);
    const photo = publicPhotos(api.db, publication).find((p) => p.id === request.params.photoId);
    if (!photo?.sanitizedSha256) throw notFound();
    return reply
      .type(photo.mime)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .header('cache-control', 'public, max-age=3600')
      .send(await readBlob(filesDir, photo.sanitizedSha256));
  });

  api.get('/public/search', {
    config: perAddress(120, '1 minute'),
    schema: {
      summary: 'Search published stories; diacritics and case are ignored ("guong sang" finds "Gương sáng")',
      tags: ['public'],
      querystring: Type.Object({
        q: Type.String({ maxLength: 200, default: '' }),
        contest: Type.Optional(Slug),
        page: Type.Integer({ minimum: 1, maximum: 500, default: 1 }),
      }),
      response: { 200: SearchResults, ...errors(400, 404) },
    },
  }, async (request, reply) => stored(request, reply, `search:${JSON.stringify(request.query)}`, () => {
    const { q, page } = request.query;
    const contestId = request.query.contest === undefined ? undefined : publicContest(request.query.contest).id;
    const found = searchPublicStories(api.db, q, api.now(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, contestId });
    const tierOf = tierLookup(api.db);
    const results = found.hits.map((hit) => ({
      contestSlug: hit.contestSlug, contestTitle: hit.contestTitle,
      slug: hit.slug, title: hit.title, displayName: hit.displayName,
      tierName: tierOf(hit.contestId, hit.entryId),
      snippet: searchSnippet(hit.bodyText, q),
    }));
    return { query: q, total: found.total, page, pageSize: PAGE_SIZE, results };
  }));

  api.get('/public/stories', {
    config: perAddress(60, '1 minute'),
    schema: {
      summary: 'Every published story, with its text when asked (for feeds and sitemaps)',
      tags: ['public'],
      querystring: Type.Object({
        contest: Type.Optional(Slug),
        text: Type.Boolean({ default: false, description: 'include each story\'s sanitized HTML' }),
      }),
      response: { 200: FeedStories, ...errors(400, 404) },
    },
  }, async (request, reply) => stored(request, reply, `stories:${JSON.stringify(request.query)}`, () => {
    const contestId = request.query.contest === undefined ? undefined : publicContest(request.query.contest).id;
    const tierOf = tierLookup(api.db);
    return listPublicStories(api.db, api.now(), { contestId }).map(({ publication, entry, contest }) => ({
      contestSlug: contest.slug,
      contestTitle: contest.title,
      slug: publication.slug,
      title: publication.title,
      displayName: publication.displayName,
      tierName: tierOf(contest.id, entry.id),
      excerpt: excerpt(publication.bodyText),
      ...(request.query.text && { bodyHtml: essayHtmlForDisplay(publication.body) }),
      publishedAt: new Date(Math.max(contest.publishedAt?.getTime() ?? 0, publication.organizerApprovedAt?.getTime() ?? 0)).toISOString(),
    }));
  }));
};
