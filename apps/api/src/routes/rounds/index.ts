import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  appendAudit, createConflict, createRound, deleteConflict, getConflict, getContest,
  findEntryByCode, getRound, listConflictsForEntries, listEntriesByContest, getScoreSheet, getUser, getUserRoles, listActiveAssignments,
  listRoundJudges, listRounds, setAssignmentStatus, setRoundEntries, setRoundJudges, updateRound, writeTransaction,
  type DbOrTx, type Round,
} from '@guong-sang/db';
import { randomInt } from 'node:crypto';
import { assertResultsOpen } from '../../contests/finality.ts';
import { assertMayJudge } from '../../contests/judge-entrant-conflict.ts';
import { commitPlan } from '../../judging/commit.ts';
import { planAssignment, type AssignmentPlan } from '../../judging/plan.ts';
import { entryRoundScores, shortlist } from '../../judging/round-scores.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id, VisibleText } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';
import { requireRole } from '../../plugins/auth.ts';
import { AssignmentPreview, RoundCreate, RoundDetail, RoundPatch } from './schemas.ts';
import { roundDetail } from './view.ts';

function checkWindow(opensAt: Date, closesAt: Date) {
  if (closesAt.getTime() <= opensAt.getTime()) throw new DomainError(400, 'invalid_round_window');
}

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
    const opensAt = new Date(request.body.opensAt);
    const closesAt = new Date(request.body.closesAt);
    checkWindow(opensAt, closesAt);
    const round = writeTransaction(api.db, (tx) => {
      assertResultsOpen(tx, contest.id);
      const created = createRound(tx, {
        contestId: contest.id, name: cleanLine(request.body.name), kind: request.body.kind ?? 'preliminary',
        readersPerEntry: request.body.readersPerEntry ?? 2, opensAt, closesAt, createdAt: api.now(),
      });
      appendAudit(tx, { actorId: organizer.id, action: 'round.created', subjectType: 'round', subjectId: created.id, details: { name: created.name } });
      return created;
    });
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
      summary: 'Rename a round, move its window or close it early (organizer)',
      tags: ['judging'], security: [{ session: [] }],
      params: RoundParams,
      body: RoundPatch,
      response: { 200: RoundDetail, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const round = writeTransaction(api.db, (tx) => {
      const before = getRound(tx, request.params.roundId);
      if (!before) throw notFound();
      const changes = {
        ...(request.body.name !== undefined && { name: cleanLine(request.body.name) }),
        ...(request.body.readersPerEntry !== undefined && { readersPerEntry: request.body.readersPerEntry }),
        ...(request.body.opensAt !== undefined && { opensAt: new Date(request.body.opensAt) }),
        ...(request.body.closesAt !== undefined && { closesAt: new Date(request.body.closesAt) }),
      };
      checkWindow(changes.opensAt ?? before.opensAt, changes.closesAt ?? before.closesAt);
      if (Object.keys(changes).length === 0) return before;
      // A name is presentation; the window and the readers decide what gets scored.
      if (changes.opensAt || changes.closesAt || changes.readersPerEntry) assertResultsOpen(tx, before.contestId);
      appendAudit(tx, {
        actorId: organizer.id, action: 'round.updated', subjectType: 'round', subjectId: before.id,
        details: { changed: Object.keys(changes) },
      });
      return updateRound(tx, before.id, changes) ?? before;
    });
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
    const judges = [...new Map(request.body.judges.map((j) => [j.userId, j])).values()];
    const round = writeTransaction(api.db, (tx) => {
      const round = getRound(tx, request.params.roundId);
      if (!round) throw notFound();
      for (const judge of judges) {
        if (!getUser(tx, judge.userId)) throw notFound();
        if (!getUserRoles(tx, judge.userId).includes('judge')) throw new DomainError(400, 'not_a_judge');
        assertMayJudge(tx, judge.userId, round.contestId);
      }
      assertResultsOpen(tx, round.contestId);
      const now = api.now();
      setRoundJudges(tx, round.id, judges.map((j) => ({ userId: j.userId, maxLoad: j.maxLoad ?? null })), now);
      const stay = new Set(judges.map((j) => j.userId));
      for (const assignment of listActiveAssignments(tx, round.id)) {
        if (!stay.has(assignment.judgeId) && getScoreSheet(tx, assignment.id)?.status !== 'submitted') {
          setAssignmentStatus(tx, assignment.id, 'removed');
        }
      }
      appendAudit(tx, {
        actorId: organizer.id, action: 'round.panel_set', subjectType: 'round', subjectId: round.id,
        details: { judges: judges.map((j) => ({ userId: j.userId, maxLoad: j.maxLoad ?? null })) },
      });
      return round;
    });
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
      const round = getRound(tx, request.params.roundId);
      if (!round) throw notFound();
      assertResultsOpen(tx, round.contestId);
      const plan = planAssignment(tx, round, { seed });
      commitPlan(tx, round, plan, organizer.id, api.now(), seed);
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
    const opensAt = new Date(request.body.opensAt);
    const closesAt = new Date(request.body.closesAt);
    checkWindow(opensAt, closesAt);
    const final = writeTransaction(api.db, (tx) => {
      const source = getRound(tx, request.params.roundId);
      if (!source) throw notFound();
      assertResultsOpen(tx, source.contestId);
      const rows = shortlist(entryRoundScores(tx, source), request.body.topN);
      const created = createRound(tx, {
        contestId: source.contestId, name: cleanLine(request.body.name), kind: 'final', readersPerEntry: 1,
        opensAt, closesAt, sourceRoundId: source.id, createdAt: api.now(),
      });
      setRoundEntries(tx, created.id, rows);
      appendAudit(tx, {
        actorId: organizer.id, action: 'round.shortlisted', subjectType: 'round', subjectId: created.id,
        details: { sourceRoundId: source.id, topN: request.body.topN, entries: rows.length },
      });
      return created;
    });
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
    const conflict = writeTransaction(api.db, (tx) => {
      const entry = findEntryInContest(tx, request.params.contestId, request.body.entryCode);
      if (!entry || !getUser(tx, request.body.judgeId)) throw notFound();
      const created = createConflict(tx, { judgeId: request.body.judgeId, entryId: entry.id, reason: cleanLine(request.body.reason), createdAt: api.now() });
      appendAudit(tx, { actorId: organizer.id, action: 'conflict.declared', subjectType: 'entry', subjectId: entry.id, details: { judgeId: request.body.judgeId } });
      return created;
    });
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
    writeTransaction(api.db, (tx) => {
      const conflict = getConflict(tx, request.params.conflictId);
      if (!conflict || !deleteConflict(tx, conflict.id)) throw notFound();
      appendAudit(tx, { actorId: organizer.id, action: 'conflict.withdrawn', subjectType: 'entry', subjectId: conflict.entryId, details: { judgeId: conflict.judgeId } });
    });
    return reply.code(204).send(null);
  });
};

function findEntryInContest(db: DbOrTx, contestId: number, code: string) {
  const entry = findEntryByCode(db, code.trim().toUpperCase());
  return entry && entry.contestId === contestId ? entry : undefined;
}
