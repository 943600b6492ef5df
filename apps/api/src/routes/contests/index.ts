import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  appendAudit, createContest, getContest, getContestBySlug, listContests, updateContest, writeTransaction,
  type Contest, type NewContest,
} from '@guong-sang/db';
import { isSlug } from '@guong-sang/text';
import { assertContestEditAllowed } from '../../contests/finality.ts';
import { changePrizeTiers, changeRubric } from '../../contests/rubric-change.ts';
import { scoreOnScale } from '../../judging/score-sheet.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { cleanLine, nfc } from '../../lib/text.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ContestCreate, ContestDetail, ContestPatch, ContestSummary } from './schemas.ts';
import { contestDetail, contestSummary } from './view.ts';

type ContestFields = Omit<NewContest, 'id' | 'createdAt' | 'updatedAt'>;

/** Normalizes the organizer's text and checks the rules a schema cannot state. */
function normalizeContest(input: ContestPatch): Partial<ContestFields> {
  const fields: Partial<ContestFields> = {};
  if (input.title !== undefined) fields.title = cleanLine(input.title);
  if (input.slug !== undefined) {
    fields.slug = input.slug.trim().toLowerCase();
    if (!isSlug(fields.slug)) throw new DomainError(400, 'invalid_slug');
  }
  if (input.description !== undefined) fields.description = nfc(input.description);
  if (input.rules !== undefined) fields.rules = nfc(input.rules);
  if (input.status !== undefined) fields.status = input.status;
  if (input.submissionOpensAt !== undefined) fields.submissionOpensAt = new Date(input.submissionOpensAt);
  if (input.submissionClosesAt !== undefined) fields.submissionClosesAt = new Date(input.submissionClosesAt);
  if (input.minWords !== undefined) fields.minWords = input.minWords;
  if (input.maxWords !== undefined) fields.maxWords = input.maxWords;
  if (input.categories !== undefined) {
    fields.categories = [...new Set(input.categories.map(cleanLine).filter((c) => c !== ''))];
  }
  if (input.sameUnitConflict !== undefined) fields.sameUnitConflict = input.sameUnitConflict;
  if (input.allowedAttachmentKinds !== undefined) fields.allowedAttachmentKinds = input.allowedAttachmentKinds;
  if (input.maxAttachments !== undefined) fields.maxAttachments = input.maxAttachments;
  if (input.maxAttachmentBytes !== undefined) fields.maxAttachmentBytes = input.maxAttachmentBytes;
  if (input.disagreementThreshold !== undefined) fields.disagreementThreshold = input.disagreementThreshold;
  if (input.adjudicationMethod !== undefined) fields.adjudicationMethod = input.adjudicationMethod;
  if (input.entriesPerAuthor !== undefined) fields.entriesPerAuthor = input.entriesPerAuthor;
  if (fields.title === '') throw new DomainError(400, 'validation_failed');
  return fields;
}

function checkConsistency(contest: Pick<Contest, 'submissionOpensAt' | 'submissionClosesAt' | 'minWords' | 'maxWords'>) {
  if (contest.submissionClosesAt.getTime() <= contest.submissionOpensAt.getTime()) {
    throw new DomainError(400, 'invalid_window');
  }
  if (contest.minWords > contest.maxWords) throw new DomainError(400, 'invalid_word_limits');
}

function normalizeRubric(criteria: ContestPatch['criteria']) {
  return criteria?.map((c) => {
    const criterion = {
      ...c,
      name: cleanLine(c.name),
      description: nfc(c.description ?? '').trim(),
      min: c.min ?? 0,
      levels: (c.levels ?? []).map((l) => ({ score: l.score, label: cleanLine(l.label), description: nfc(l.description ?? '').trim() }))
        .sort((a, b) => b.score - a.score),
    };
    if (criterion.name === '' || criterion.max <= criterion.min
      || criterion.levels.some((l) => !scoreOnScale(criterion, l.score))) {
      throw new DomainError(400, 'invalid_rubric');
    }
    return criterion;
  });
}

const normalizeTiers = (tiers: ContestPatch['prizeTiers']) =>
  tiers?.map((tier) => ({ name: cleanLine(tier.name), count: tier.count }));

export const contestRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const isOrganizer = (roles: string[] | undefined) => roles?.includes('organizer') ?? false;

  api.get('/contests', {
    schema: {
      summary: 'Contests: every one for organizers, the non-draft ones for everybody else',
      tags: ['contests'],
      response: { 200: Type.Array(ContestSummary) },
    },
  }, async (request) => {
    const organizer = isOrganizer(request.user?.roles);
    const now = api.now();
    return listContests(api.db)
      .filter((contest) => organizer || contest.status !== 'draft')
      .map((contest) => contestSummary(api.db, contest, now, organizer));
  });

  api.post('/contests', {
    schema: {
      summary: 'Create a contest (organizer)',
      tags: ['contests'],
      security: [{ session: [] }],
      body: ContestCreate,
      response: { 201: ContestDetail, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    const fields = normalizeContest(request.body) as ContestFields;
    checkConsistency({ ...fields, minWords: request.body.minWords, maxWords: request.body.maxWords });
    const criteria = normalizeRubric(request.body.criteria) ?? [];
    const prizeTiers = normalizeTiers(request.body.prizeTiers) ?? [];
    const contest = writeTransaction(api.db, (tx) => {
      if (getContestBySlug(tx, fields.slug)) throw new DomainError(409, 'slug_taken');
      const created = createContest(tx, fields, { criteria, prizeTiers });
      appendAudit(tx, {
        actorId: organizer.id, action: 'contest.created', subjectType: 'contest', subjectId: created.id,
        details: { title: created.title, slug: created.slug },
      });
      return created;
    });
    return reply.code(201).send(contestDetail(api.db, contest, api.now(), true));
  });

  api.get('/contests/:contestId', {
    schema: {
      summary: 'One contest with its rules, rubric and prize tiers',
      tags: ['contests'],
      params: Type.Object({ contestId: Id }),
      response: { 200: ContestDetail, ...errors(400, 404) },
    },
  }, async (request) => {
    const organizer = isOrganizer(request.user?.roles);
    const contest = getContest(api.db, request.params.contestId);
    if (!contest || (contest.status === 'draft' && !organizer)) throw notFound();
    return contestDetail(api.db, contest, api.now(), organizer);
  });

  api.patch('/contests/:contestId', {
    schema: {
      summary: 'Change a contest (organizer); every change is audited',
      tags: ['contests'],
      security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      body: ContestPatch,
      response: { 200: ContestDetail, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const { contestId } = request.params;
    const fields = normalizeContest(request.body);
    const criteria = normalizeRubric(request.body.criteria);
    const prizeTiers = normalizeTiers(request.body.prizeTiers);
    const contest = writeTransaction(api.db, (tx) => {
      const before = getContest(tx, contestId);
      if (!before) throw notFound();
      checkConsistency({ ...before, ...fields });
      if (fields.slug !== undefined && fields.slug !== before.slug && getContestBySlug(tx, fields.slug)) {
        throw new DomainError(409, 'slug_taken');
      }
      assertContestEditAllowed(tx, before, { fields, criteria, prizeTiers });
      if (criteria) changeRubric(tx, contestId, criteria);
      if (prizeTiers) changePrizeTiers(tx, contestId, prizeTiers);
      const after = updateContest(tx, contestId, fields) ?? before;
      appendAudit(tx, {
        actorId: organizer.id, action: 'contest.updated', subjectType: 'contest', subjectId: contestId,
        details: { changed: Object.keys(request.body) },
      });
      return after;
    });
    return contestDetail(api.db, contest, api.now(), true);
  });
};
