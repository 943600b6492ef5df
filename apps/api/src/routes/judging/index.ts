import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getEntry, nextUnscoredAssignment, writeTransaction } from '@guong-sang/db';
import { join } from 'node:path';
import { blindEntry, judgeAttachments } from '../../judging/blind-view.ts';
import { DASHBOARD_PAGE_SIZE, judgeDashboardPage } from '../../judging/dashboard.ts';
import { comparisonTask, judgeComparativeRounds, recordChoice } from '../../judging/comparisons.ts';
import { ownAssignment } from '../../judging/own-assignment.ts';
import { recuse } from '../../judging/recusal.ts';
import { saveJudgeScores } from '../../judging/score-sheet.ts';
import { readBlob } from '../../files/blob-store.ts';
import { categoryOf, extensionsOf, type FileKind } from '../../files/kinds.ts';
import { notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { cleanLine, nfc } from '../../lib/text.ts';
import { requireUser } from '../../plugins/auth.ts';
import { BlindEntry, ChoiceInput, ComparativeRoundSummary, ComparisonTask, JudgeDashboard, ScoreInput } from './schemas.ts';
import { perAccount } from '../../plugins/rate-limits.ts';

export const judgingRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const filesDir = join(api.config.dataDir, 'files');
  const Params = Type.Object({ assignmentId: Id });

  api.get('/judging/assignments', {
    schema: {
      summary: 'The signed-in judge\'s assignments by blind code, one page at a time, with each round\'s progress',
      description: 'Paged, ordered and counted in SQL. `show=unscored` lists only what is not yet submitted. A page past the last is refused (400).',
      tags: ['judging'], security: [{ session: [] }],
      querystring: Type.Object({
        page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
        pageSize: Type.Integer({ minimum: 10, maximum: 200, default: DASHBOARD_PAGE_SIZE }),
        show: Type.Union([Type.Literal('all'), Type.Literal('unscored')], { default: 'all' }),
      }),
      response: { 200: JudgeDashboard, ...errors(400, 401) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    return judgeDashboardPage(api.db, judge.id, request.query, api.now());
  });

  api.get('/judging/assignments/:assignmentId', {
    schema: {
      summary: 'One assigned entry, blind: text, sanitized attachments, rubric and the judge\'s own score',
      tags: ['judging'], security: [{ session: [] }],
      params: Params,
      response: { 200: BlindEntry, ...errors(400, 401, 404, 410) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const { assignment, contestId } = ownAssignment(api.db, judge.id, request.params.assignmentId);
    return blindEntry(api.db, assignment, contestId, api.now());
  });

  api.get('/judging/assignments/:assignmentId/next', {
    schema: {
      summary: 'The judge\'s next entry to score after this one in its round (code order, wrapping), or null',
      tags: ['judging'], security: [{ session: [] }],
      params: Params,
      response: {
        200: Type.Object({
          next: Type.Union([Type.Object({ id: Type.Integer(), code: Type.String() }, { additionalProperties: false }), Type.Null()]),
        }, { additionalProperties: false, title: 'NextAssignment' }),
        ...errors(400, 401, 404, 410),
      },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const { assignment } = ownAssignment(api.db, judge.id, request.params.assignmentId);
    return { next: nextUnscoredAssignment(api.db, assignment) ?? null };
  });

  api.get('/judging/assignments/:assignmentId/attachments/:number', {
    schema: {
      summary: 'A sanitized attachment of an assigned entry: photos shown inline, documents downloaded',
      tags: ['judging'], security: [{ session: [] }],
      params: Type.Object({ assignmentId: Id, number: Type.Integer({ minimum: 1, maximum: 100 }) }),
      response: { 200: Type.Any({ description: 'the file without metadata' }), ...errors(400, 401, 404, 410) },
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
    config: perAccount(240, '1 minute'),
    schema: {
      summary: 'Save (autosave) or submit one\'s score sheet; revisable until the round closes',
      tags: ['judging'], security: [{ session: [] }],
      params: Params,
      body: ScoreInput,
      response: { 200: BlindEntry, ...errors(400, 401, 404, 409, 410, 429) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const comment = nfc(request.body.comment ?? '').trim();
    const saved = writeTransaction(api.db, (tx) => saveJudgeScores(tx, judge.id, request.params.assignmentId, {
      scores: request.body.scores, comment, submit: request.body.submit, base: request.body.baseUpdatedAt,
    }, api.now()));
    return blindEntry(api.db, saved.assignment, saved.contestId, api.now());
  });

  api.post('/judging/assignments/:assignmentId/recuse', {
    schema: {
      summary: 'Recuse ("I recognise the author"): the entry goes to another judge at once',
      tags: ['judging'], security: [{ session: [] }],
      params: Params,
      body: Type.Object({ reason: Type.String({ maxLength: 500, default: '' }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ reassigned: Type.Boolean() }), ...errors(400, 401, 404, 409, 410) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const reason = cleanLine(request.body.reason);
    const reassigned = writeTransaction(api.db, (tx) => recuse(tx, judge.id, request.params.assignmentId, reason, api.now()));
    return { reassigned };
  });

  api.get('/judging/comparisons', {
    schema: {
      summary: 'The comparative rounds the signed-in judge sits on, with their progress',
      tags: ['judging'], security: [{ session: [] }],
      response: { 200: Type.Array(ComparativeRoundSummary), ...errors(401) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    return judgeComparativeRounds(api.db, judge.id, api.now());
  });

  const RoundParams = Type.Object({ roundId: Id });

  api.get('/judging/comparisons/:roundId', {
    schema: {
      summary: 'The judge\'s next pair in a comparative round, blind, with their progress',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      response: { 200: ComparisonTask, ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    return comparisonTask(api.db, judge.id, request.params.roundId, api.now());
  });

  api.post('/judging/comparisons/:roundId', {
    config: perAccount(240, '1 minute'),
    schema: {
      summary: 'Choose the better entry of the pair served; answers with the next pair',
      description: 'Sending the pair just recorded again records nothing (a double click). Refused once the round closes.',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      body: ChoiceInput,
      response: { 200: ComparisonTask, ...errors(400, 401, 404, 409, 429) },
    },
  }, async (request) => {
    const judge = requireUser(request);
    const note = cleanLine(request.body.note ?? '');
    writeTransaction(api.db, (tx) => recordChoice(tx, judge.id, request.params.roundId, { ...request.body, note }, api.now()));
    return comparisonTask(api.db, judge.id, request.params.roundId, api.now());
  });
};
