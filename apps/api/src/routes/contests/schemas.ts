import { Type, type Static } from '@fastify/type-provider-typebox';
import { SLUG_MAX_LENGTH } from '@guong-sang/text';
import { AttachmentKind, RubricLevel, VisibleText } from '../../lib/schemas.ts';

export const ContestStatus = Type.Union([
  Type.Literal('draft'), Type.Literal('open'), Type.Literal('judging'), Type.Literal('awarded'), Type.Literal('published'),
], { title: 'ContestStatus' });
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601, stored in UTC' });

/** What a band of the scale means, e.g. {score: 9, label: 'Xuất sắc', description: '…'}. */
const Level = Type.Object({
  score: Type.Number({ minimum: 0, maximum: 1000 }),
  label: VisibleText({ minLength: 1, maxLength: 100 }),
  description: Type.String({ maxLength: 1000, default: '' }),
}, { additionalProperties: false, title: 'RubricLevelInput' });

const CriterionInput = Type.Object({
  name: VisibleText({ minLength: 1, maxLength: 200 }),
  description: Type.String({ maxLength: 2000, default: '' }),
  weight: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }),
  min: Type.Integer({ minimum: 0, maximum: 1000, default: 0 }),
  max: Type.Integer({ minimum: 1, maximum: 1000 }),
  levels: Type.Optional(Type.Array(Level, { maxItems: 20 })),
}, { additionalProperties: false, title: 'CriterionInput' });

const PrizeTierInput = Type.Object({
  name: VisibleText({ minLength: 1, maxLength: 100 }),
  count: Type.Integer({ minimum: 1, maximum: 1000 }),
}, { additionalProperties: false, title: 'PrizeTierInput' });

/** Two readers further apart than this share of the scale call a third reader (0.2 = 20%). */
const DisagreementThreshold = Type.Number({
  minimum: 0.01, maximum: 1,
  description: 'Share of the scale (0.2 = 20%) beyond which two readers disagree and a third reads',
});
export const AdjudicationMethod = Type.Union([Type.Literal('closest-two'), Type.Literal('mean-of-three')], {
  title: 'AdjudicationMethod',
  description: 'With a third reading: the mean of the two closest scores, or the mean of all three',
});
const EntriesPerAuthor = Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()], {
  description: 'Entries one author may have in the contest (withdrawn ones aside); null: no limit',
});

const contestFields = {
  title: VisibleText({ minLength: 1, maxLength: 300 }),
  slug: Type.String({ minLength: 1, maxLength: SLUG_MAX_LENGTH }),
  description: Type.String({ maxLength: 50_000 }),
  rules: Type.String({ maxLength: 100_000 }),
  status: ContestStatus,
  submissionOpensAt: Instant,
  submissionClosesAt: Instant,
  minWords: Type.Integer({ minimum: 0, maximum: 100_000 }),
  maxWords: Type.Integer({ minimum: 1, maximum: 100_000 }),
  categories: Type.Array(VisibleText({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
  sameUnitConflict: Type.Boolean(),
  allowedAttachmentKinds: Type.Array(AttachmentKind, { maxItems: 6, uniqueItems: true }),
  maxAttachments: Type.Integer({ minimum: 0, maximum: 20 }),
  maxAttachmentBytes: Type.Integer({ minimum: 1024, maximum: 25 * 1024 * 1024 }),
  criteria: Type.Array(CriterionInput, { maxItems: 20 }),
  prizeTiers: Type.Array(PrizeTierInput, { maxItems: 20 }),
  disagreementThreshold: DisagreementThreshold,
  adjudicationMethod: AdjudicationMethod,
  entriesPerAuthor: EntriesPerAuthor,
};

export const ContestCreate = Type.Object({
  ...contestFields,
  description: Type.String({ maxLength: 50_000, default: '' }),
  rules: Type.String({ maxLength: 100_000, default: '' }),
  status: Type.Optional(ContestStatus),
  categories: Type.Optional(contestFields.categories),
  sameUnitConflict: Type.Optional(Type.Boolean()),
  allowedAttachmentKinds: Type.Optional(contestFields.allowedAttachmentKinds),
  maxAttachments: Type.Optional(contestFields.maxAttachments),
  maxAttachmentBytes: Type.Optional(contestFields.maxAttachmentBytes),
  criteria: Type.Optional(contestFields.criteria),
  prizeTiers: Type.Optional(contestFields.prizeTiers),
  disagreementThreshold: Type.Optional(DisagreementThreshold),
  adjudicationMethod: Type.Optional(AdjudicationMethod),
  entriesPerAuthor: Type.Optional(EntriesPerAuthor),
}, { additionalProperties: false, title: 'ContestInput' });
export type ContestCreate = Static<typeof ContestCreate>;

export const ContestPatch = Type.Partial(Type.Object(contestFields, { additionalProperties: false }), { title: 'ContestPatch' });
export type ContestPatch = Static<typeof ContestPatch>;

export const ContestSummary = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  title: Type.String(),
  status: ContestStatus,
  submissionOpensAt: Type.String(),
  submissionClosesAt: Type.String(),
  minWords: Type.Integer(),
  maxWords: Type.Integer(),
  categories: Type.Array(Type.String()),
  acceptingSubmissions: Type.Boolean(),
  showcasePublic: Type.Boolean({ description: 'The winning stories are published at /showcase/:slug' }),
  entryCount: Type.Optional(Type.Integer({ description: 'Organizers only' })),
}, { title: 'ContestSummary' });

export const ContestDetail = Type.Object({
  ...ContestSummary.properties,
  description: Type.String(),
  rules: Type.String(),
  descriptionHtml: Type.String(),
  rulesHtml: Type.String(),
  sameUnitConflict: Type.Boolean(),
  allowedAttachmentKinds: Type.Array(AttachmentKind),
  maxAttachments: Type.Integer(),
  maxAttachmentBytes: Type.Integer(),
  disagreementThreshold: Type.Number(),
  adjudicationMethod: AdjudicationMethod,
  entriesPerAuthor: Type.Union([Type.Integer(), Type.Null()]),
  criteria: Type.Array(Type.Object({
    id: Type.Integer(), name: Type.String(), description: Type.String(),
    weight: Type.Number(), min: Type.Integer(), max: Type.Integer(),
    levels: Type.Array(RubricLevel),
  }, { title: 'Criterion' })),
  prizeTiers: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), count: Type.Integer() }, { title: 'PrizeTier' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
}, { title: 'ContestDetail' });
