import { Type } from '@fastify/type-provider-typebox';

const Status = Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('judging'), Type.Literal('awarded'), Type.Literal('published')]);
const Count = Type.Integer({ minimum: 0 });

const EntryCounts = Type.Object({
  draft: Count, submitted: Count, withdrawn: Count, disqualified: Count,
}, { title: 'EntryCounts' });

export const ParticipationSort = Type.Union([Type.Literal('rate'), Type.Literal('entries'), Type.Literal('headcount'), Type.Literal('name')], { title: 'ParticipationSort' });
export const SortOrder = Type.Union([Type.Literal('asc'), Type.Literal('desc')], { title: 'SortOrder' });

export const ContestDashboard = Type.Object({
  contest: Type.Object({
    id: Type.Integer(), title: Type.String(), status: Status,
    submissionOpensAt: Type.String(), submissionClosesAt: Type.String(),
  }),
  entries: EntryCounts,
  submissionsPerDay: Type.Array(Type.Object({
    day: Type.String({ description: 'Vietnam day (UTC+7), YYYY-MM-DD' }), count: Count, cumulative: Count,
  }, { title: 'DayCount' })),
  participation: Type.Object({
    entries: Count,
    headcount: Count,
    rate: Type.Union([Type.Number(), Type.Null()]),
    unitsTakingPart: Count,
    sort: ParticipationSort,
    order: SortOrder,
    units: Type.Array(Type.Object({
      unitId: Type.Integer(), name: Type.String(), headcount: Count, entries: Count,
      rate: Type.Union([Type.Number(), Type.Null()], { description: 'Entries per head; null where the headcount is 0' }),
    }, { title: 'UnitParticipation' })),
  }),
  rounds: Type.Array(Type.Object({
    id: Type.Integer(), name: Type.String(), kind: Type.Union([Type.Literal('preliminary'), Type.Literal('final')]),
    opensAt: Type.String(), closesAt: Type.String(), assigned: Count, submitted: Count,
    judges: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), assigned: Count, submitted: Count }, { title: 'JudgeProgress' })),
  }, { title: 'RoundProgress' })),
  queues: Type.Object({
    screening: Type.Object({ submitted: Count, disqualified: Count }),
    adjudication: Type.Array(Type.Object({
      roundId: Type.Integer(), name: Type.String(), thirdReadings: Count, pending: Count,
    }, { title: 'AdjudicationQueue' })),
  }),
}, { title: 'ContestDashboard' });

export const ContestOverview = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  status: Status,
  submissionOpensAt: Type.String(),
  submissionClosesAt: Type.String(),
  entries: EntryCounts,
  rounds: Count,
  lastRoundId: Type.Union([Type.Integer(), Type.Null()]),
  awards: Count,
  nextStep: Type.Union([
    Type.Literal('setup'), Type.Literal('submissions'), Type.Literal('screening'), Type.Literal('rounds'), Type.Literal('results'), Type.Literal('awards'), Type.Literal('publication'), Type.Literal('done'),
  ], { title: 'NextStep' }),
}, { title: 'ContestOverview' });
