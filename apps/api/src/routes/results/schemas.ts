import { Type } from '@fastify/type-provider-typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ResultEntry = Type.Object({
  rank: Type.Integer(),
  tie: Type.Boolean(),
  code: Type.String(),
  title: Type.String(),
  raw: Type.Number({ description: 'Unrounded: the API ranks; pages only format' }),
  score: Type.Number(),
  readers: Type.Integer(),
  adjudicated: Type.Boolean(),
  totals: Type.Array(Type.Object({ judgeName: Type.String(), total: Type.Number(), usedInScore: Type.Boolean() })),
  standardError: Nullable(Type.Number({ description: 'Comparative rounds: the ability\'s standard error' })),
  interval: Nullable(Type.Object({ low: Type.Number(), high: Type.Number() }, { description: 'Comparative rounds: ~95% interval' })),
  comparisons: Nullable(Type.Integer({ description: 'Comparative rounds: choices the entry took part in' })),
  wins: Nullable(Type.Integer()),
  nearPrizeLine: Type.Boolean({ description: 'Its interval overlaps one across a prize line: the data cannot tell them apart there' }),
  authorName: Nullable(Type.String({ description: 'Only once the awards are finalized' })),
  unitName: Nullable(Type.String()),
}, { title: 'ResultEntry' });

export const ResultJudge = Type.Object({
  judgeName: Type.String(),
  sheets: Type.Integer(),
  severity: Type.Number({ description: 'Negative: severe; positive: lenient' }),
  se: Nullable(Type.Number()),
  flagged: Type.Boolean(),
}, { title: 'ResultJudge' });

const Reading = Type.Object({
  band: Type.String({ description: "A stable machine label, e.g. 'good', 'tentative', 'flagged', 'insufficient-data'" }),
  vi: Type.String(),
  en: Type.String(),
}, { title: 'Reading', description: 'A plain-language reading of a figure, in Vietnamese and in English' });

const Figure = Type.Object({
  value: Nullable(Type.Number()),
  reading: Reading,
}, { title: 'Figure', description: 'A statistic with its reading; value is null when the data cannot define it' });

const ComparativeSummary = Type.Object({
  target: Type.Integer(),
  done: Type.Integer(),
  ssr: Figure,
  splitHalf: Figure,
  judges: Type.Array(Type.Object({
    judgeName: Type.String(),
    comparisons: Type.Integer(),
    infit: Nullable(Type.Number()),
    outfit: Nullable(Type.Number()),
    misfit: Type.Boolean(),
  }, { title: 'ComparativeJudge' })),
}, { title: 'ComparativeSummary', description: 'A comparative round\'s progress, reliability and judge fit' });

export const RoundResults = Type.Object({
  method: Type.String({ description: "The rubric method asked for, or 'comparative' for a comparative round" }),
  /** Names appear only once the awards are finalized; until then, blind codes. */
  revealed: Type.Boolean(),
  entries: Type.Array(ResultEntry, { description: 'One page of the ranking, in rank order' }),
  total: Type.Integer({ description: 'Entries ranked, on every page' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  judges: Type.Array(ResultJudge),
  ties: Type.Array(Type.Object({ rank: Type.Integer(), codes: Type.Array(Type.String()) })),
  comparative: Nullable(ComparativeSummary),
}, { title: 'RoundResults' });

/* The reliability report of packages/scoring (`ReliabilityReport` in results/reliability-report.ts). */


const JudgeId = Type.Union([Type.String(), Type.Number()]);
/** A statistic the data may leave undefined (no entries, no spread): JSON has no NaN or Infinity. */
const Statistic = (description?: string) => Nullable(Type.Number(description ? { description } : {}));

const agreementCounts = {
  pairs: Type.Integer({ description: 'Reader pairs × criteria compared' }),
  exact: Type.Integer(),
  adjacent: Type.Integer(),
  exactRate: Nullable(Type.Number()),
  adjacentRate: Nullable(Type.Number()),
};

const IccFigures = Type.Object({
  judgeIds: Type.Array(JudgeId),
  entries: Type.Integer(),
  icc11: Figure,
  icc21: Figure,
  icc31: Figure,
  icc1k: Figure,
  icc2k: Figure,
  icc3k: Figure,
  meanSquares: Type.Object({ between: Statistic(), within: Statistic(), judges: Statistic(), error: Statistic() }),
}, { title: 'IccFigures' });

const SingleAverage = Type.Object({ single: Figure, average: Figure });

export const ReliabilityReport = Type.Object({
  design: Type.Object({
    entries: Type.Integer(),
    judges: Type.Integer(),
    sheets: Type.Integer(),
    readers: Type.Object({ min: Type.Integer(), max: Type.Integer(), harmonicMean: Statistic('null without entries') }),
    complete: Type.Boolean({ description: 'Every judge read every entry (then icc.complete is set)' }),
    parts: Type.Integer({ description: 'Connected parts of the design; severities compare only within one' }),
  }),
  judges: Type.Array(Type.Object({
    judgeId: JudgeId,
    sheets: Type.Integer(),
    severity: Type.Number({ description: 'Shrunk, in total points: positive = lenient, negative = severe' }),
    se: Nullable(Type.Number()),
    severityUnshrunk: Type.Number(),
    seUnshrunk: Nullable(Type.Number()),
    shrinkage: Type.Number(),
    flagged: Type.Boolean(),
    part: Type.Integer(),
    mean: Type.Number(),
    sd: Nullable(Type.Number()),
    reading: Reading,
  })),
  agreement: Type.Object({
    overall: Type.Object({ ...agreementCounts, reading: Reading }),
    criteria: Type.Array(Type.Object({ ...agreementCounts, criterionId: Type.Integer() })),
  }),
  alpha: Type.Object({
    total: Figure,
    criteria: Type.Array(Type.Object({ criterionId: Type.Integer(), value: Nullable(Type.Number()), reading: Reading })),
  }),
  icc: Type.Object({
    complete: Nullable(IccFigures),
    blocks: Type.Array(IccFigures),
    blockCount: Type.Integer({ description: 'Complete blocks that qualified, before the reported maximum' }),
    varianceComponents: Type.Object({
      readers: Statistic('null without entries'),
      oneWay: SingleAverage,
      agreement: SingleAverage,
      consistency: SingleAverage,
      components: Type.Object({ entry: Nullable(Type.Number()), judge: Nullable(Type.Number()), residual: Nullable(Type.Number()) }),
    }),
  }),
  kappa: Type.Array(Type.Object({
    judgeIds: Type.Array(JudgeId, { minItems: 2, maxItems: 2 }),
    shared: Type.Integer(),
    total: Figure,
    criteria: Type.Array(Type.Object({ criterionId: Type.Integer(), value: Nullable(Type.Number()) })),
  })),
  adjudication: Type.Object({ adjudicated: Type.Integer(), eligible: Type.Integer(), rate: Figure }),
  model: Type.Object({
    status: Type.Union([Type.Literal('fitted'), Type.Literal('insufficient-data')]),
    iterations: Type.Object({ unshrunk: Type.Integer(), shrunk: Type.Integer() }),
    converged: Type.Boolean(),
    variance: Type.Object({
      residual: Nullable(Type.Number()),
      residualDf: Type.Number(),
      withinEntry: Nullable(Type.Number()),
      judge: Nullable(Type.Number()),
      entry: Nullable(Type.Number()),
      shrinkageRatio: Statistic('null when infinite (full shrinkage)'),
    }),
  }),
}, { title: 'ReliabilityReport', description: 'Reliability of a round; every figure with a reading in Vietnamese and English' });
