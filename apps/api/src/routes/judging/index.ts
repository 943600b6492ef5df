import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  appendAudit, createConflict, getAssignment, getEntry, getRound, listCriteria, listJudgeAssignments,
  saveScoreSheet, setAssignmentStatus, writeTransaction, type Assignment, type DbOrTx, type Round,
} from '@guong-sang/db';
import { isOnScoreStep } from '@guong-sang/text';
import { join } from 'node:path';
import { assertResultsOpen } from '../../contests/finality.ts';
import { adjudicateIfNeeded } from '../../judging/adjudication.ts';
import { blindEntry, blindSummary, judgeAttachments } from '../../judging/blind-view.ts';
import { commitPlan } from '../../judging/commit.ts';
import { planAssignment } from '../../judging/plan.ts';
import { readBlob } from '../../files/blob-store.ts';
import { categoryOf, extensionsOf, type FileKind } from '../../files/kinds.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { cleanLine, nfc } from '../../lib/text.ts';
import { formatVietnamTime } from '../../lib/time.ts';
import { requireUser } from '../../plugins/auth.ts';
import { BlindEntry, BlindSummary, ScoreInput } from './schemas.ts';

/** The judge's own active assignment, or 404 — whether it exists for someone else or not at all. */
function ownAssignment(db: DbOrTx, judgeId: string, assignmentId: number): { assignment: Assignment; round: Round; contestId: number } {
  const assignment = getAssignment(db, assignmentId);
  const round = assignment && getRound(db, assignment.roundId);
  if (!assignment || !round || assignment.judgeId !== judgeId || assignment.status !== 'active') throw notFound();
  return { assignment, round, contestId: round.contestId };
}

function assertRoundOpen(db: DbOrTx, round: Round, now: Date) {
  assertResultsOpen(db, round.contestId);
  if (now.getTime() >= round.closesAt.getTime()) {
    throw new DomainError(409, 'round_closed', { closes: formatVietnamTime(round.closesAt) });
  }
  if (now.getTime() < round.opensAt.getTime()) {
    throw new DomainError(409, 'round_not_open', { opens: formatVietnamTime(round.opensAt) });
  }
}

export const judgingRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const filesDir = join(api.config.dataDir, 'files');
  const Params = Type.Object({ assignmentId: Id });

  api.get('/judging/assignments', {
    schema: {
      summary: 'The signed-in judge\'s assignments, by blind code',
      tags: ['judging'], security: [{ session: [] }],
      response: { 200: Type.Array(BlindSummary), ...errors(401) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const now = api.now();
    return listJudgeAssignments(api.db, judge.id).map((a) => blindSummary(api.db, a, now));
  });

  api.get('/judging/assignments/:assignmentId', {
    schema: {
      summary: 'One assigned entry, blind: text, sanitized attachments, rubric and the judge\'s own score',
      tags: ['judging'], security: [{ session: [] }],
      params: Params,
      response: { 200: BlindEntry, ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const { assignment, contestId } = ownAssignment(api.db, judge.id, request.params.assignmentId);
    return blindEntry(api.db, assignment, contestId, api.now());
  });

  api.get('/judging/assignments/:assignmentId/attachments/:number', {
    schema: {
      summary: 'A sanitized attachment of an assigned entry: photos shown inline, documents downloaded',
      tags: ['judging'], security: [{ session: [] }],
      params: Type.Object({ assignmentId: Id, number: Type.Integer({ minimum: 1, maximum: 100 }) }),
      response: { 200: Type.Any({ description: 'the file without metadata' }), ...errors(400, 401, 404) },
    },
  }, async (request, reply) => {
    const judge = requireUser(request);
    const { assignment } = ownAssignment(api.db, judge.id, request.params.assignmentId);
    const attachment = judgeAttachments(api.db, assignment)[request.params.number - 1];
    const entry = getEntry(api.db, assignment.entryId);
    if (!attachment?.sanitizedSha256 || !entry) throw notFound();
    const kind = attachment.fileKind as FileKind;
    const extension = extensionsOf[kind][0] ?? 'bin';
    // Only re-encoded photos open in the page; a document opened inline would run in the
    // platform's origin with whatever viewer the browser has (SECURITY.md: uploads).
    const disposition = categoryOf(kind) === 'photo' ? 'inline' : 'attachment';
    return reply
      .type(attachment.mime)
      .header('content-disposition', `${disposition}; filename="${entry.code}-${request.params.number}.${extension}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .header('cache-control', 'private, no-store')
      .send(await readBlob(filesDir, attachment.sanitizedSha256));
  });

  api.put('/judging/assignments/:assignmentId/score', {
    config: { rateLimit: { max: 240, timeWindow: '1 minute' } },
    schema: {
      summary: 'Save (autosave) or submit one\'s score sheet; revisable until the round closes',
      tags: ['judging'], security: [{ session: [] }],
      params: Params,
      body: ScoreInput,
      response: { 200: BlindEntry, ...errors(400, 401, 404, 409, 429) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const comment = nfc(request.body.comment ?? '').trim();
    const saved = writeTransaction(api.db, (tx) => {
      const now = api.now();
      const { assignment, round, contestId } = ownAssignment(tx, judge.id, request.params.assignmentId);
      assertRoundOpen(tx, round, now);
      const criteria = listCriteria(tx, contestId);
      const scores = new Map<number, number>();
      for (const [key, value] of Object.entries(request.body.scores)) {
        const criterion = criteria.find((c) => String(c.id) === key);
        if (!criterion) throw new DomainError(400, 'unknown_criterion');
        if (!Number.isFinite(value) || value < criterion.min || value > criterion.max) {
          throw new DomainError(400, 'score_out_of_range', { criterion: criterion.name, min: criterion.min, max: criterion.max });
        }
        if (!isOnScoreStep(value)) throw new DomainError(400, 'score_off_step', { criterion: criterion.name });
        scores.set(criterion.id, value);
      }
      const missing = criteria.filter((c) => !scores.has(c.id));
      if (request.body.submit && missing.length > 0) {
        throw new DomainError(400, 'scores_incomplete', { missing: missing.map((c) => c.name).join(', ') });
      }
      saveScoreSheet(tx, {
        assignmentId: assignment.id, comment, status: request.body.submit ? 'submitted' : 'draft', scores, at: now,
      });
      appendAudit(tx, {
        actorId: judge.id, action: request.body.submit ? 'score.submitted' : 'score.saved', subjectType: 'assignment',
        subjectId: assignment.id, details: { scores: Object.fromEntries(scores) },
      });
      if (request.body.submit) adjudicateIfNeeded(tx, round, assignment.entryId, now);
      return { assignment, contestId };
    });
    return blindEntry(api.db, saved.assignment, saved.contestId, api.now());
  });

  api.post('/judging/assignments/:assignmentId/recuse', {
    schema: {
      summary: 'Recuse ("I recognise the author"): the entry goes to another judge at once',
      tags: ['judging'], security: [{ session: [] }],
      params: Params,
      body: Type.Object({ reason: Type.String({ maxLength: 500, default: '' }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ reassigned: Type.Boolean() }), ...errors(400, 401, 404, 409) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const reason = cleanLine(request.body.reason);
    return writeTransaction(api.db, (tx) => {
      const now = api.now();
      const { assignment, round } = ownAssignment(tx, judge.id, request.params.assignmentId);
      assertRoundOpen(tx, round, now);
      setAssignmentStatus(tx, assignment.id, 'recused', reason);
      createConflict(tx, { judgeId: judge.id, entryId: assignment.entryId, reason: `recused: ${reason}`, createdAt: now });
      appendAudit(tx, {
        actorId: judge.id, action: 'assignment.recused', subjectType: 'assignment', subjectId: assignment.id, details: { reason },
      });
      const seed = (round.assignmentSeed ?? 0) + assignment.id;
      const plan = planAssignment(tx, round, { seed });
      // Only this entry is topped up here; other gaps are the organizer's to fill.
      plan.result.added = plan.result.added.filter((pair) => Number(pair.entryId) === assignment.entryId);
      commitPlan(tx, round, plan, judge.id, now, seed, 'reassignment', false);
      return { reassigned: plan.result.added.length > 0 };
    });
  });
};
