import { Type } from '@fastify/type-provider-typebox';
import { VisibleText } from '../../lib/schemas.ts';

const Instant = Type.String({ format: 'date-time' });
const RoundKind = Type.Union([Type.Literal('preliminary'), Type.Literal('final')], { title: 'RoundKind' });
const RoundMethod = Type.Union([Type.Literal('rubric'), Type.Literal('comparative')], {
  title: 'RoundMethod', description: 'rubric: judges score entries; comparative: judges choose the better of two',
});
const ComparisonsPerEntry = Type.Integer({ minimum: 2, maximum: 50, description: 'Comparisons each entry takes part in (comparative rounds)' });

export const RoundCreate = Type.Object({
  name: VisibleText({ minLength: 1, maxLength: 200 }),
  kind: Type.Optional(RoundKind),
  method: Type.Optional(RoundMethod),
  readersPerEntry: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  comparisonsPerEntry: Type.Optional(ComparisonsPerEntry),
  opensAt: Instant,
  closesAt: Instant,
}, { additionalProperties: false, title: 'RoundInput' });

export const RoundPatch = Type.Partial(Type.Object({
  name: VisibleText({ minLength: 1, maxLength: 200 }),
  readersPerEntry: Type.Integer({ minimum: 1, maximum: 20 }),
  method: RoundMethod,
  comparisonsPerEntry: ComparisonsPerEntry,
  opensAt: Instant,
  closesAt: Instant,
}, { additionalProperties: false }));

export const RoundDetail = Type.Object({
  id: Type.Integer(),
  contestId: Type.Integer(),
  name: Type.String(),
  kind: RoundKind,
  method: RoundMethod,
  readersPerEntry: Type.Integer(),
  comparisonsPerEntry: Type.Integer(),
  opensAt: Type.String(),
  closesAt: Type.String(),
  open: Type.Boolean(),
  closed: Type.Boolean(),
  assignmentSeed: Type.Union([Type.Integer(), Type.Null()]),
  entries: Type.Integer(),
  assignments: Type.Integer(),
  submittedSheets: Type.Integer({ description: 'Every active reading, extra and outside ones included' }),
  readings: Type.Object({
    planned: Type.Integer({ description: 'entries × readersPerEntry' }),
    assigned: Type.Integer({ description: 'Readings given for the plan, on entries still in the round' }),
    submitted: Type.Integer(),
    extra: Type.Integer({ description: 'Third readings called by a disagreement' }),
    extraSubmitted: Type.Integer(),
    outside: Type.Integer({ description: 'Readings of entries withdrawn or disqualified since; they count for nothing' }),
  }, { title: 'RoundReadings' }),
  comparisons: Type.Union([Type.Object({
    target: Type.Integer({ description: 'Choices the round needs: entries × comparisons per entry ÷ 2' }),
    done: Type.Integer(),
    share: Type.Integer({ description: 'Each judge\'s share of the target' }),
  }, { title: 'RoundComparisons' }), Type.Null()], { description: 'A comparative round\'s progress; null for a rubric round' }),
  judges: Type.Array(Type.Object({
    userId: Type.String(),
    fullName: Type.String(),
    email: Type.String(),
    unitName: Type.String(),
    maxLoad: Type.Union([Type.Integer(), Type.Null()]),
    assigned: Type.Integer({ description: 'The judge\'s live readings: on entries still in the round (the others are in readings.outside)' }),
    drafts: Type.Integer({ description: 'Of those, begun and not submitted' }),
    submitted: Type.Integer({ description: 'Of those, submitted' }),
    comparisons: Type.Integer({ description: 'Choices made (comparative rounds)' }),
  }, { title: 'RoundJudge' })),
}, { title: 'RoundDetail' });

export const AssignmentPreview = Type.Object({
  ok: Type.Boolean(),
  committed: Type.Boolean(),
  seed: Type.Integer(),
  added: Type.Integer(),
  entries: Type.Integer(),
  loads: Type.Array(Type.Object({
    judgeId: Type.String(), fullName: Type.String(), load: Type.Integer(), cap: Type.Union([Type.Integer(), Type.Null()]),
  })),
  unassignable: Type.Array(Type.Object({
    code: Type.String(),
    kind: Type.Union([Type.Literal('too-few-eligible-judges'), Type.Literal('insufficient-capacity')]),
    eligible: Type.Union([Type.Integer(), Type.Null()]),
    required: Type.Union([Type.Integer(), Type.Null()]),
    message: Type.String({ description: 'Technical detail in English, for logs' }),
  })),
  shortfalls: Type.Array(Type.Object({
    codes: Type.Array(Type.String()), demand: Type.Integer(), capacity: Type.Integer(), shortfall: Type.Integer(),
  })),
  conflictsAvoided: Type.Object({ ownEntry: Type.Integer(), sameUnit: Type.Integer(), declared: Type.Integer() }),
  coReading: Type.Object({ connected: Type.Boolean(), components: Type.Integer() }),
  maxSharedEntries: Type.Integer(),
  errors: Type.Array(Type.String()),
}, { title: 'AssignmentPreview' });
