import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getContest, getEntry, getUser, listAwards, listPrizeTiers, listRevokedAwards, writeTransaction, type Contest,
} from '@guong-sang/db';
import { decideAwards, finalizeAwards } from '../../awards/decision.ts';
import { revokeFinalAward } from '../../awards/revocation.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { cleanLine } from '../../lib/text.ts';
import { requireRole } from '../../plugins/auth.ts';
import { proposeAwards, roundsStillRunning } from '../../awards/proposal.ts';
import { translate } from '../../lib/messages.ts';
import type { Locale } from '../../lib/locale.ts';
import { localeOf } from '../../plugins/errors.ts';

const AwardView = Type.Object({
  tierId: Type.Integer(),
  tierName: Type.String(),
  code: Type.String(),
  title: Type.String(),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  tie: Type.Boolean(),
  reason: Type.Union([Type.String(), Type.Null()]),
  authorName: Type.Union([Type.String(), Type.Null()]),
});

export const awardRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const view = (contest: Contest, locale: Locale) => {
    const now = api.now();
    const running = roundsStillRunning(api.db, contest, now);
    const tiers = new Map(listPrizeTiers(api.db, contest.id).map((t) => [t.id, t.name]));
    const proposals = proposeAwards(api.db, contest);
    const rankOf = new Map(proposals.map((p) => [p.entryId, p]));
    const revealed = contest.awardsFinalizedAt !== null;
    const show = (entryId: number, tierId: number, reason: string | null) => {
      const entry = getEntry(api.db, entryId);
      return {
        tierId,
        tierName: tiers.get(tierId) ?? '',
        code: entry?.code ?? '',
        title: entry?.title ?? '',
        rank: rankOf.get(entryId)?.rank ?? null,
        tie: rankOf.get(entryId)?.tie ?? false,
        reason,
        authorName: revealed && entry ? (getUser(api.db, entry.authorId)?.fullName ?? null) : null,
      };
    };
    return {
      finalizedAt: contest.awardsFinalizedAt?.toISOString() ?? null,
      roundsStillRunning: running.map((round) => ({
        id: round.id, name: round.name, closesAt: round.closesAt.toISOString(), open: round.opensAt.getTime() <= now.getTime(),
      })),
      warnings: running.map((round) => ({
        code: 'awards_round_open', message: translate('awards_round_open', locale, { round: round.name }),
      })),
      proposed: proposals.map((p) => show(p.entryId, p.tierId, null)),
      decided: listAwards(api.db, contest.id).map((a) => show(a.entryId, a.tierId, a.adjustmentReason)),
      revoked: listRevokedAwards(api.db, contest.id).map((a) => ({
        ...show(a.entryId, a.tierId, a.adjustmentReason),
        revokedAt: a.revokedAt?.toISOString() ?? '',
        revokedBy: (a.revokedBy && getUser(api.db, a.revokedBy)?.fullName) ?? '',
        revocationReason: a.revocationReason ?? '',
      })),
    };
  };
  const Awards = Type.Object({
    finalizedAt: Type.Union([Type.String(), Type.Null()]),
    roundsStillRunning: Type.Array(Type.Object({
      id: Type.Integer(), name: Type.String(), closesAt: Type.String(), open: Type.Boolean(),
    }, { title: 'RoundStillRunning' }), { description: 'Rounds open or still to come: the proposal may change when they close' }),
    warnings: Type.Array(Type.Object({ code: Type.String(), message: Type.String() }, { title: 'AwardsWarning' })),
    proposed: Type.Array(AwardView),
    decided: Type.Array(AwardView),
    /** Awards revoked after they were final; their prizes stay vacant. */
    revoked: Type.Array(Type.Object({
      ...AwardView.properties, revokedAt: Type.String(), revokedBy: Type.String(), revocationReason: Type.String(),
    })),
  });
  const loadContest = (contestId: number) => {
    const contest = getContest(api.db, contestId);
    if (!contest) throw notFound();
    return contest;
  };

  api.get('/contests/:contestId/awards', {
    schema: {
      summary: 'The ranking\'s proposed winners per tier and the organizer\'s decisions (organizer)',
      tags: ['awards'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      response: { 200: Awards, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    return view(loadContest(request.params.contestId), localeOf(request));
  });

  api.put('/contests/:contestId/awards', {
    schema: {
      summary: 'Decide the awards; departures from the proposal need a reason (organizer)',
      tags: ['awards'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      body: Type.Object({
        awards: Type.Array(Type.Object({
          entryCode: Type.String({ minLength: 1, maxLength: 20 }),
          tierId: Id,
          reason: Type.Optional(Type.String({ maxLength: 1000 })),
        }, { additionalProperties: false }), { maxItems: 1000 }),
      }, { additionalProperties: false }),
      response: { 200: Awards, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const contest = writeTransaction(api.db, (tx) => decideAwards(tx, request.params.contestId, request.body.awards, organizer.id, api.now()));
    return view(contest, localeOf(request));
  });

  api.post('/contests/:contestId/awards/finalize', {
    schema: {
      summary: 'Finalize the awards: audited, and names appear in the organizer\'s result views (organizer)',
      tags: ['awards'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      response: { 200: Awards, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const contest = writeTransaction(api.db, (tx) => finalizeAwards(tx, request.params.contestId, organizer.id, api.now()));
    return view(contest, localeOf(request));
  });

  api.post('/contests/:contestId/awards/revoke', {
    schema: {
      summary: 'Revoke one final award with its reason: audited, the story leaves the showcase, the prize stays vacant (organizer)',
      tags: ['awards'], security: [{ session: [] }],
      params: Type.Object({ contestId: Id }),
      body: Type.Object({
        entryCode: Type.String({ minLength: 1, maxLength: 20 }),
        reason: Type.String({ minLength: 1, maxLength: 1000 }),
      }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          revoked: Type.Object({
            code: Type.String(), title: Type.String(), tierName: Type.String(), reason: Type.String(),
            revokedAt: Type.String(), storyTakenDown: Type.Boolean(),
          }),
          awards: Awards,
        }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    const reason = cleanLine(request.body.reason);
    if (reason === '') throw new DomainError(400, 'validation_failed');
    const { contest, revoked } = writeTransaction(api.db, (tx) => {
      const current = getContest(tx, request.params.contestId);
      if (!current) throw notFound();
      return { contest: current, revoked: revokeFinalAward(tx, current, { entryCode: request.body.entryCode, reason }, organizer.id, api.now()) };
    });
    return { revoked: { ...revoked, revokedAt: revoked.revokedAt.toISOString() }, awards: view(contest, localeOf(request)) };
  });
};
