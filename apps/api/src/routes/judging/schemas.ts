import { Type } from '@fastify/type-provider-typebox';
import { RubricLevel } from '../../lib/schemas.ts';

const BlindRound = Type.Object({
  contestTitle: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('preliminary'), Type.Literal('final')]),
  opensAt: Type.String(),
  closesAt: Type.String(),
  open: Type.Boolean(),
}, { additionalProperties: false, title: 'BlindRound' });

/** The judge-facing shapes: an allow-list (see judging/blind-view.ts). */
export const BlindSummary = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  wordCount: Type.Integer(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('draft'), Type.Literal('submitted')]),
  round: BlindRound,
}, { additionalProperties: false, title: 'BlindSummary' });

/** The judge's dashboard, one page at a time (judging/dashboard.ts). */
export const JudgeDashboard = Type.Object({
  total: Type.Integer({ description: 'Assignments in the list asked for (all, or not yet scored), on every page' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  counts: Type.Object({
    all: Type.Integer({ description: 'The judge\'s active assignments' }),
    unscored: Type.Integer({ description: 'Of them, not yet submitted (no sheet, or a draft)' }),
  }, { additionalProperties: false }),
  rounds: Type.Array(Type.Object({
    round: BlindRound,
    closed: Type.Boolean(),
    assigned: Type.Integer(),
    submitted: Type.Integer(),
    unscored: Type.Integer(),
    firstPage: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The page where the round\'s assignments begin in the list asked for; null when it lists none of them',
    }),
    assignments: Type.Array(BlindSummary, { description: 'The round\'s assignments on this page, in code order' }),
  }, { additionalProperties: false, title: 'JudgeDashboardRound' }), {
    description: 'Every round with the judge\'s active assignments: contests by their most pressing round, open rounds first (nearest deadline on top), closed ones after',
  }),
}, { additionalProperties: false, title: 'JudgeDashboard' });

export const BlindEntry = Type.Object({
  ...BlindSummary.properties,
  subject: Type.String(),
  body: Type.String({ description: 'Sanitized HTML of the submitted version' }),
  attachments: Type.Array(Type.Object({
    number: Type.Integer(),
    kind: Type.Union([Type.Literal('document'), Type.Literal('photo')]),
    fileKind: Type.String(),
    altText: Type.String(),
  }, { title: 'BlindAttachment' })),
  rubric: Type.Array(Type.Object({
    id: Type.Integer(),
    name: Type.String(),
    description: Type.String(),
    weight: Type.Number(),
    min: Type.Integer(),
    max: Type.Integer(),
    levels: Type.Array(RubricLevel),
  }, { title: 'RubricCriterion' })),
  score: Type.Union([Type.Object({
    status: Type.Union([Type.Literal('draft'), Type.Literal('submitted')]),
    comment: Type.String(),
    values: Type.Record(Type.String(), Type.Number()),
    updatedAt: Type.String(),
  }, { title: 'ScoreSheet' }), Type.Null()]),
}, { additionalProperties: false, title: 'BlindEntry' });

export const ScoreInput = Type.Object({
  scores: Type.Record(Type.String({ pattern: '^[0-9]+$' }), Type.Number(), { maxProperties: 50 }),
  comment: Type.Optional(Type.String({ maxLength: 5000 })),
  submit: Type.Boolean(),
  baseUpdatedAt: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()], {
    description: 'The sheet\'s updatedAt as the judge\'s page last had it (null: no sheet yet); refused (409 sheet_changed_elsewhere) when the sheet was saved since, e.g. in another tab',
  })),
}, { additionalProperties: false, title: 'ScoreInput' });

const ComparisonProgress = Type.Object({
  done: Type.Integer(),
  share: Type.Integer({ description: 'The judge\'s share of the round\'s comparisons' }),
  remaining: Type.Integer(),
}, { additionalProperties: false, title: 'ComparisonProgress' });

/** One entry of a pair: its blind code and text (judging/blind-view.ts, blindComparisonEntry). */
const ComparisonEntry = Type.Object({
  code: Type.String(),
  title: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  wordCount: Type.Integer(),
  subject: Type.String(),
  body: Type.String({ description: 'Sanitized HTML of the submitted version' }),
}, { additionalProperties: false, title: 'ComparisonEntry' });

export const ComparativeRoundSummary = Type.Object({
  roundId: Type.Integer(),
  round: BlindRound,
  progress: ComparisonProgress,
}, { additionalProperties: false, title: 'ComparativeRoundSummary' });

export const ComparisonTask = Type.Object({
  ...ComparativeRoundSummary.properties,
  pair: Type.Union([Type.Object({ left: ComparisonEntry, right: ComparisonEntry }, { additionalProperties: false }), Type.Null()], {
    description: 'null when the judge\'s share is done, the round is not open, or no pair is left',
  }),
}, { additionalProperties: false, title: 'ComparisonTask' });

export const ChoiceInput = Type.Object({
  left: Type.String({ minLength: 1, maxLength: 20 }),
  right: Type.String({ minLength: 1, maxLength: 20 }),
  winner: Type.String({ minLength: 1, maxLength: 20, description: 'The code of the better entry: left or right' }),
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false, title: 'ChoiceInput' });
