import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getContest, getRound, getUser, listConflictsForEntries, listEntriesByContest, listRoundJudges, listRounds,
  writeTransaction, type DbOrTx, type Round,
} from '@guong-sang/db';
import { randomInt } from 'node:crypto';
import { assignRound } from '../../judging/commit.ts';
import { declareConflict, withdrawConflict } from '../../judging/conflicts.ts';
import { planAssignment, type AssignmentPlan } from '../../judging/plan.ts';
import { addRound, changeRound, setPanel, startFinalRound } from '../../judging/rounds.ts';
import { notFound } from '../../lib/errors.ts';
import { errors, Id, VisibleText } from '../../lib/schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { AssignmentPreview, RoundCreate, RoundDetail, RoundPatch } from './schemas.ts';
import { roundDetail } from './view.ts';

/** The organizer's preview of an assignment run, by names and blind codes. */
function previewOf(db: DbOrTx, round: Round, plan: AssignmentPlan, committed: boolean) {
  const codes = new Map(plan.entries.map((e) => [e.id, e.code]));
  const caps = new Map(listRoundJudges(db, round.id).map((j) => [j.userId, j.maxLoad]));
  const { result } = plan;
  return {
    ok: result.ok,
    committed,
    seed: result.seed,
    added: result.added.length,
    entries: plan.entries.length,
    loads: [...result.loads].map(([judgeId, load]) => {
      const judge = getUser(db, String(judgeId));
      return { judgeId: String(judgeId), fullName: judge?.fullName ?? '', load, cap: caps.get(String(judgeId)) ?? null };
    }),
    unassignable: result.unassignable.map((u) => ({
      code: codes.get(Number(u.entryId)) ?? '',
      kind: u.reason.kind,
      eligible: u.reason.kind === 'too-few-eligible-judges' ? u.reason.eligible : null,
      required: u.reason.kind === 'too-few-eligible-judges' ? u.reason.required : null,
      message: u.message,
    })),
    shortfalls: result.shortfalls.map((s) => ({
      codes: s.entryIds.map((id) => codes.get(Number(id)) ?? ''), demand: s.demand, capacity: s.capacity, shortfall: s.shortfall,
    })),
    conflictsAvoided: plan.conflictsAvoided,
    coReading: { connected: result.coReading.connected, components: result.coReading.components.length },
    maxSharedEntries: result.pairs.maxCount,
    errors: result.errors,
  };
}

export const roundRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const RoundParams = Type.Object({ roundId: Id });

  const organizerRound = (roundId: number) => {
    const round = getRound(api.db, roundId);
    if (!round) throw notFound();
    return round;
  };

  api.get('/contests/:contestId/rounds', {
    schema: {
      summary: 'A contest\'s judging rounds with progress (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      response: { 200: Type.Array(RoundDetail), ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    if (!getContest(api.db, request.params.contestId)) throw notFound();
    return listRounds(api.db, request.params.contestId).map((round) => roundDetail(api.db, round, api.now()));
  });

  api.post('/contests/:contestId/rounds', {
    schema: {
      summary: 'Create a judging round (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      body: RoundCreate,
      response: { 201: RoundDetail, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    const contest = getContest(api.db, request.params.contestId);
    if (!contest) throw notFound();
    const input = { ...request.body, opensAt: new Date(request.body.opensAt), closesAt: new Date(request.body.closesAt) };
    const seed = randomInt(2 ** 31 - 1);
    const round = writeTransaction(api.db, (tx) => addRound(tx, contest.id, input, organizer.id, api.now(), seed));
    return reply.code(201).send(roundDetail(api.db, round, api.now()));
  });

  api.get('/rounds/:roundId', {
    schema: {
      summary: 'A round with its panel, loads and progress per judge (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      response: { 200: RoundDetail, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    return roundDetail(api.db, organizerRound(request.params.roundId), api.now());
  });

  api.patch('/rounds/:roundId', {
    schema: {
      summary: 'Rename a round, move its window or close it early; before judging starts, set its method (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      body: RoundPatch,
      response: { 200: RoundDetail, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const { opensAt, closesAt, ...rest } = request.body;
    const input = {
      ...rest,
      ...(opensAt !== undefined && { opensAt: new Date(opensAt) }),
      ...(closesAt !== undefined && { closesAt: new Date(closesAt) }),
    };
    const seed = randomInt(2 ** 31 - 1);
    const round = writeTransaction(api.db, (tx) => changeRound(tx, request.params.roundId, input, organizer.id, seed));
    return roundDetail(api.db, round, api.now());
  });

  api.put('/rounds/:roundId/judges', {
    schema: {
      summary: 'Set the round\'s judging panel with optional load caps (organizer)',
      description: 'A judge who leaves loses the assignments they have not scored; run the assignment again to top up.',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      body: Type.Object({
        judges: Type.Array(Type.Object({
          userId: Type.String({ minLength: 1, maxLength: 100 }),
          maxLoad: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100_000 }), Type.Null()])),
        }, { additionalProperties: false }), { maxItems: 2000 }),
      }, { additionalProperties: false }),
      response: { 200: RoundDetail, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const round = writeTransaction(api.db, (tx) => setPanel(tx, request.params.roundId, request.body.judges, organizer.id, api.now()));
    return roundDetail(api.db, round, api.now());
  });

  api.post('/rounds/:roundId/assignments', {
    schema: {
      summary: 'Assign entries to the panel: preview with dryRun, then commit (organizer)',
      description: 'Keeps existing assignments and tops up; reproducible from the seed.',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      body: Type.Object({
        seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 })),
        dryRun: Type.Optional(Type.Boolean()),
      }, { additionalProperties: false }),
      response: { 200: AssignmentPreview, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const seed = request.body.seed ?? randomInt(2 ** 31 - 1);
    if (request.body.dryRun) {
      const round = organizerRound(request.params.roundId);
      return previewOf(api.db, round, planAssignment(api.db, round, { seed }), false);
    }
    return writeTransaction(api.db, (tx) => {
      const { round, plan } = assignRound(tx, request.params.roundId, seed, organizer.id, api.now());
      return previewOf(tx, round, plan, true);
    });
  });

  api.post('/rounds/:roundId/shortlist', {
    schema: {
      summary: 'Start a final round with the shortlist of this round (organizer)',
      description: 'The top N by mean weighted total, plus every entry within one standard error of the cut. '
        + 'Set the final panel, then run the assignment: every final judge reads every entry they may read.',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      body: Type.Object({
        topN: Type.Integer({ minimum: 1, maximum: 10_000 }),
        name: VisibleText({ minLength: 1, maxLength: 200 }),
        opensAt: Type.String({ format: 'date-time' }),
        closesAt: Type.String({ format: 'date-time' }),
      }, { additionalProperties: false }),
      response: { 201: RoundDetail, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    const input = { ...request.body, opensAt: new Date(request.body.opensAt), closesAt: new Date(request.body.closesAt) };
    const final = writeTransaction(api.db, (tx) => startFinalRound(tx, request.params.roundId, input, organizer.id, api.now()));
    return reply.code(201).send(roundDetail(api.db, final, api.now()));
  });

  api.post('/contests/:contestId/conflicts', {
    schema: {
      summary: 'Declare that a judge must not read an entry (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      body: Type.Object({
        judgeId: Type.String({ minLength: 1, maxLength: 100 }),
        entryCode: Type.String({ minLength: 1, maxLength: 20 }),
        reason: Type.String({ maxLength: 500, default: '' }),
      }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.Integer() }), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    const conflict = writeTransaction(api.db, (tx) => declareConflict(tx, request.params.contestId, request.body, organizer.id, api.now()));
    return reply.code(201).send({ id: conflict.id });
  });

  api.get('/contests/:contestId/conflicts', {
    schema: {
      summary: 'Declared conflicts and recusals of a contest (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      response: {
        200: Type.Array(Type.Object({
          id: Type.Integer(), judgeId: Type.String(), judgeName: Type.String(), code: Type.String(), reason: Type.String(),
        })),
        ...errors(400, 401, 403, 404),
      },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    if (!getContest(api.db, request.params.contestId)) throw notFound();
    const entries = new Map(listEntriesByContest(api.db, request.params.contestId).map((e) => [e.id, e.code]));
    return listConflictsForEntries(api.db, [...entries.keys()]).map((c) => ({
      id: c.id, judgeId: c.judgeId, judgeName: getUser(api.db, c.judgeId)?.fullName ?? '', code: entries.get(c.entryId) ?? '', reason: c.reason,
    }));
  });

  api.delete('/conflicts/:conflictId', {
    schema: {
      summary: 'Withdraw a declared conflict (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: Type.Object({ conflictId: Id }),
      response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    writeTransaction(api.db, (tx) => withdrawConflict(tx, request.params.conflictId, organizer.id));
    return reply.code(204).send(null);
  });
};
