import { Type } from '@fastify/type-provider-typebox';
import { RubricLevel } from '../../lib/schemas.ts';

/** The judge-facing shapes: an allow-list (see judging/blind-view.ts). */
export const BlindSummary = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  wordCount: Type.Integer(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('draft'), Type.Literal('submitted')]),
  round: Type.Object({
    contestTitle: Type.String(),
    name: Type.String(),
    kind: Type.Union([Type.Literal('preliminary'), Type.Literal('final')]),
    opensAt: Type.String(),
    closesAt: Type.String(),
    open: Type.Boolean(),
  }, { title: 'BlindRound' }),
}, { additionalProperties: false, title: 'BlindSummary' });

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
}, { additionalProperties: false, title: 'ScoreInput' });
