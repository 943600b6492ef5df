import {
  completedListedSheets, getContest, getEntry, getResultsRevision, getRound, getUnit, getUser, isCountedSheets, isListedSheetDetails, joinIntoRoom,
  entryLabelAt, listEntryLabels, listPrizeTiers, listTieDecisions, listUnits, roundEntrySpan,
  type Contest, type CountedSheets, type Db, type DbOrTx, type EntrySpan, type Round,
} from '@guong-sang/db';
import {
  entryIndexOf, entryScoreAt, fitBradleyTerry, judgeFit, rankEntries, rankScores, rankedEntryAt, reliabilityReportOfTable,
  scaleSeparationReliability, scoreTableEntries, splitHalfReliability, type RankedEntry, type ScoreMethod, type SheetTable,
} from '@guong-sang/scoring';
import { choicesOf, comparativeTarget, roundChoices } from '../judging/comparisons.ts';
import {
  roundListedSheets, roundListedSheetsBeside, roundListedSheetsSince, roundScoreDataOf, roundSheetDetailsBetween,
  roundSheets, roundSheetsSince, roundSheetsWithRoomBetween,
} from '../judging/round-sheets.ts';
import { comparativeReadings, type ComparativeBand } from '../lib/document-texts.ts';
import { DomainError, notFound } from '../lib/errors.ts';
import { entryHalves, type RoundThread, type RoundThreadValues } from '../round-thread/round-thread.ts';
import { besideKept, cachedResults, keepResults, keptRevision } from './results-cache.ts';

/** Two-sided 95% normal quantile: an entry's interval is its ability ± this many standard errors. */
const Z95 = 1.959964;

function people(db: DbOrTx, contest: Contest) {
  const names = new Map<string, string>();
  const revealed = contest.awardsFinalizedAt !== null;
  return {
    revealed,
    nameOf(userId: string) {
      if (!names.has(userId)) names.set(userId, getUser(db, userId)?.fullName ?? '');
      return names.get(userId) ?? '';
    },
    /** The author and unit, only once the awards are final (blind until then). */
    authorOf(entryId: number) {
      const entry = getEntry(db, entryId);
      const author = revealed && entry ? getUser(db, entry.authorId) : undefined;
      return { authorName: author?.fullName ?? null, unitName: author ? (getUnit(db, author.unitId)?.name ?? null) : null };
    },
  };
}

function reliabilityBand(value: number): ComparativeBand {
  if (!Number.isFinite(value)) return 'insufficient-data';
  return value >= 0.8 ? 'good' : value >= 0.7 ? 'tentative' : 'low';
}

function figure(kind: 'ssr' | 'splitHalf', value: number) {
  const band = reliabilityBand(value);
  return { value: Number.isFinite(value) ? value : null, reading: { band, ...comparativeReadings[kind][band] } };
}

/**
 * Entries whose 95% intervals overlap across a prize line (after each tier's last place): the data
 * cannot tell them apart where it matters, so the organizer looks again.
 */
function nearPrizeLines(intervals: readonly { low: number; high: number }[], lines: readonly number[]): Set<number> {
  const near = new Set<number>();
  for (const line of lines) {
    if (line <= 0 || line >= intervals.length) continue;
    const above = intervals.slice(0, line);
    const below = intervals.slice(line);
    const highestBelow = Math.max(...below.map((i) => i.high));
    const lowestAbove = Math.min(...above.map((i) => i.low));
    above.forEach((i, index) => { if (i.low <= highestBelow) near.add(index); });
    below.forEach((i, index) => { if (i.high >= lowestAbove) near.add(line + index); });
  }
  return near;
}

/**
 * A comparative round's results: Bradley–Terry abilities ranked with the declared tie-breaks (the
 * organizer's decisions; there are no criteria), with standard errors, 95% intervals, the
 * reliability in plain words, and judges whose choices misfit.
 */
function comparativeResults(db: DbOrTx, round: Round, contest: Contest) {
  const { entries, rows } = roundChoices(db, round);
  const { target } = comparativeTarget(db, round, entries.length);
  const items = entries.map((e) => String(e.id));
  const choices = choicesOf(rows);
  const fit = rows.length > 0 ? fitBradleyTerry(items, choices) : { items: [], iterations: 0, converged: true };
  const seed = round.assignmentSeed ?? round.id;
  const { nameOf, authorOf, revealed } = people(db, contest);
  const decisions = listTieDecisions(db, round.id).reverse();
  const ranking = rankEntries(fit.items.map((i) => ({ entryId: Number(i.id), score: i.ability })), [], [], { decisions });
  const byEntry = new Map(fit.items.map((i) => [Number(i.id), i]));
  const ranked = ranking.entries.map((r) => {
    const estimate = byEntry.get(Number(r.entryId));
    const ability = estimate?.ability ?? 0;
    const se = estimate?.standardError ?? 0;
    return { ranked: r, estimate, interval: { low: ability - Z95 * se, high: ability + Z95 * se } };
  });
  const lines: number[] = [];
  for (const tier of listPrizeTiers(db, contest.id)) lines.push((lines.at(-1) ?? 0) + tier.count);
  const near = nearPrizeLines(ranked.map((r) => r.interval), lines);
  const codeOf = (entryId: number) => getEntry(db, entryId)?.code ?? '';
  return {
    method: 'comparative',
    revealed,
    entries: ranked.map(({ ranked: r, estimate, interval }, index) => {
      const entry = getEntry(db, Number(r.entryId));
      return {
        rank: r.rank,
        tie: r.tie !== null,
        code: entry?.code ?? '',
        title: entry?.title ?? '',
        raw: estimate?.ability ?? 0,
        score: estimate?.ability ?? 0,
        readers: new Set(rows.filter((c) => c.leftEntryId === entry?.id || c.rightEntryId === entry?.id).map((c) => c.judgeId)).size,
        adjudicated: false,
        totals: [],
        standardError: estimate?.standardError ?? null,
        interval,
        comparisons: estimate?.comparisons ?? 0,
        wins: estimate?.wins ?? 0,
        nearPrizeLine: near.has(index),
        ...authorOf(Number(r.entryId)),
      };
    }),
    judges: [],
    ties: ranking.ties.map((t) => ({ rank: t.rank, codes: t.entryIds.map((id) => codeOf(Number(id))) })),
    comparative: {
      target,
      done: rows.length,
      ssr: figure('ssr', rows.length > 0 ? scaleSeparationReliability(fit) : Number.NaN),
      splitHalf: figure('splitHalf', rows.length > 0 ? splitHalfReliability(items, choices, { seed }) : Number.NaN),
      judges: rows.length > 0
        ? judgeFit(fit, choices).map((j) => ({
          judgeName: nameOf(j.judge), comparisons: j.comparisons,
          infit: Number.isFinite(j.infit) ? j.infit : null, outfit: Number.isFinite(j.outfit) ? j.outfit : null, misfit: j.misfit,
        }))
        : [],
    },
  };
}

function existingRound(db: DbOrTx, roundId: number) {
  const round = getRound(db, roundId);
  const contest = round && getContest(db, round.contestId);
  if (!round || !contest) throw notFound();
  return { round, contest };
}

/**
 * The round's sheets as scoring reads them, for its results (each method) and its reliability
 * report. The counted sheets are kept and, after a write, take in only the sheets it touched (a
 * whole read of a 100,000-entry round is most of a second); which entries are still in the round
 * and the totals on today's rubric are worked out again from them. Both are kept as one value, read
 * after its revision: kept apart, a sheet committed between the two reads could be left out.
 */
const scoreDataKey = (round: Round) => `round-${round.id}-score-data`;

function scoreData(db: DbOrTx, round: Round, contestId: number) {
  return cachedResults(db, contestId, scoreDataKey(round), () => {
    const counted = roundSheets(db, round);
    return { counted, ...roundScoreDataOf(db, round, counted) };
  }, (stale, revision) => {
    const counted = roundSheetsSince(db, round, stale.counted, revision);
    return counted && { counted, ...roundScoreDataOf(db, round, counted) };
  });
}

/**
 * A rubric round's sheets read in two halves by entry, the lower here (`lowerShare` of the entries'
 * span) and the upper on `thread` (`kind` names the read, `readHalf` is this thread's), at the results revision both halves' snapshots
 * saw; undefined when the thread cannot take the job, the round has not two entries to cut between,
 * a half could not be read, or the halves saw different revisions (a write came between). A thread
 * value that `isValue` does not take (a thread started from another build, which `pnpm start` may
 * have rebuilt under a running server) is read whole instead of being taken for an empty half.
 */
async function readInHalves<K extends 'counted-sheets' | 'sheet-details', Lower>(
  db: Db, thread: RoundThread, roundId: number, kind: K, lowerShare: number,
  readHalf: (db: Db, roundId: number, span: EntrySpan) => { revision: number; value: Lower } | undefined,
  isValue: (value: unknown) => value is RoundThreadValues[K],
) {
  // Started if the database grew large since (or it stopped): it takes the reads after this one.
  thread.startWhenLarge(db);
  const halves = entryHalves(roundEntrySpan(db, roundId), lowerShare);
  const upper = halves && thread.part({ kind, roundId, span: halves.upper });
  if (!halves || !upper) return undefined;
  let lower: ReturnType<typeof readHalf>;
  try {
    lower = readHalf(db, roundId, halves.lower);
  } catch (error) {
    // A half refused (a malformed stored text) fails the read once the thread is free again.
    await upper;
    throw error;
  }
  const reply = await upper;
  if (!lower || !reply || 'failed' in reply || reply.revision !== lower.revision || !isValue(reply.value)) return undefined;
  return { revision: lower.revision, halves, lower: lower.value, upper: reply.value };
}

/** Whether a half's sheets (in entry order, checked) are all of entries in `span`. */
function inSpan(sheets: CountedSheets, span: EntrySpan): boolean {
  return sheets.count === 0 || (sheets.entryId[0]! >= span.first && sheets.entryId[sheets.count - 1]! <= span.last);
}

/**
 * What `use` makes of the thread's half, or undefined when it cannot: a thread started from another
 * build may answer with the text of other columns, which would be refused as a malformed stored
 * text, or with sheets out of order. The caller reads whole then; a stored text that is malformed
 * that read refuses as before (this thread's own half is read unguarded: it refuses at once).
 */
function threadHalf<T>(use: () => T): T | undefined {
  try {
    return use();
  } catch {
    return undefined;
  }
}

/**
 * The share of a round's entries whose counted sheets this thread reads: the round thread's half
 * came ~45 ms after this one's at 100,000 entries (its answer is copied over and checked here), so
 * this thread takes a little more and both end together. Its half is read with room for the other
 * half's sheets, a fifth more than the entries' split foretells; more are copied with it.
 */
const LOWER_SHARE_COUNTED = 0.54;
const UPPER_ROOM = (1.2 * (1 - LOWER_SHARE_COUNTED)) / LOWER_SHARE_COUNTED;

/**
 * Reads a rubric round's counted sheets in two halves by entry, the upper on `thread`, and keeps
 * them as `scoreData` would, when it would read every one whole (nothing of them kept, as on the
 * first results after a start): SQLite's part of that read is most of its time, and it is halved.
 * Keeps nothing when the halves cannot be read together or a write came since: `scoreData` then
 * reads whole, here.
 */
export async function readRoundSheetsSplit(db: Db, thread: RoundThread | undefined, roundId: number): Promise<void> {
  const round = getRound(db, roundId);
  if (!thread || !round || round.method === 'comparative' || keptRevision(db, round.contestId, scoreDataKey(round)) !== undefined) return;
  const read = await readInHalves(
    db, thread, roundId, 'counted-sheets', LOWER_SHARE_COUNTED, (db, roundId, span) => roundSheetsWithRoomBetween(db, roundId, span, UPPER_ROOM), isCountedSheets,
  );
  // From this check to the keep nothing awaits: what roundScoreDataOf reads is of the halves' state.
  const now = getRound(db, roundId);
  if (!read || !now || getResultsRevision(db, now.contestId) !== read.revision) return;
  // The thread's half must hold entries of its span only: one of the lower half's would be counted twice.
  const { upper } = read;
  if (!inSpan(upper, read.halves.upper)) return;
  const counted = threadHalf(() => joinIntoRoom(read.lower, upper));
  if (!counted) return;
  // Scoring refusing the halves (a wrong half, or a stored score off its scale) keeps nothing: results
  // then read whole, and a refusal of what is stored is the whole read's to make.
  const data = threadHalf(() => roundScoreDataOf(db, now, counted));
  if (!data) return;
  keepResults(db, now.contestId, scoreDataKey(now), read.revision, { counted, ...data });
}

const listedSheetsKey = (round: Round) => `round-${round.id}-listed-sheets`;

/**
 * Every sheet of the round's active assignments, drafts too, as the score-sheet export lists them:
 * kept like the counted sheets, and after a write brought up to date from the sheets it touched.
 * Read beside the counted sheets when results kept them at this revision (an organizer exports
 * from the results page), else whole.
 */
export function roundListedSheetsKept(db: DbOrTx, round: Round) {
  return cachedResults(db, round.contestId, listedSheetsKey(round), () => (
    besideKept(db, round.contestId, scoreDataKey(round), ({ counted }: ReturnType<typeof scoreData>) => roundListedSheetsBeside(db, round, counted))
      ?? roundListedSheets(db, round)
  ), (stale, revision) => roundListedSheetsSince(db, round, stale, revision));
}

/**
 * Reads the details of a rubric round's sheets in two halves by entry, the upper on `thread`, and
 * keeps the listed sheets made of them and the counted sheets as `roundListedSheetsKept` would read
 * them beside, when it would (the counted sheets kept at this revision, nothing of the listed
 * ones: the first score-sheet export after the first results). Keeps nothing when the halves
 * cannot be read together, a write came since, or the two do not pair up: read here alone then.
 */
export async function readListedSheetsSplit(db: Db, thread: RoundThread | undefined, roundId: number): Promise<void> {
  const round = getRound(db, roundId);
  if (!thread || !round || round.method === 'comparative' || keptRevision(db, round.contestId, listedSheetsKey(round)) !== undefined
    || keptRevision(db, round.contestId, scoreDataKey(round)) !== getResultsRevision(db, round.contestId)) return;
  const read = await readInHalves(db, thread, roundId, 'sheet-details', 0.5, roundSheetDetailsBetween, isListedSheetDetails);
  if (!read || !inSpan(read.upper, read.halves.upper)) return;
  // Beside the counted sheets kept at the halves' revision, which is still the current one.
  const listed = besideKept(db, round.contestId, scoreDataKey(round), ({ counted }: ReturnType<typeof scoreData>) => (
    getResultsRevision(db, round.contestId) === read.revision ? completedListedSheets([read.lower, read.upper], counted) : undefined
  ));
  if (listed) keepResults(db, round.contestId, listedSheetsKey(round), read.revision, listed);
}

/**
 * The counted sheets kept at the current revision and that revision, when nothing of the listed
 * sheets is kept (`roundListedSheetsKept` would read beside them): undefined otherwise.
 */
export function countedSheetsToReadBeside(db: DbOrTx, round: Round): { revision: number; counted: CountedSheets } | undefined {
  if (keptRevision(db, round.contestId, listedSheetsKey(round)) !== undefined) return undefined;
  const revision = getResultsRevision(db, round.contestId);
  return revision === undefined ? undefined
    : besideKept(db, round.contestId, scoreDataKey(round), ({ counted }: ReturnType<typeof scoreData>) => ({ revision, counted }));
}

/**
 * Whether `roundListedSheetsKept` would read every sheet whole: nothing of the listed sheets is
 * kept, nor the counted sheets at the current revision to read beside.
 */
export function roundListedSheetsReadWhole(db: DbOrTx, round: Round): boolean {
  return keptRevision(db, round.contestId, listedSheetsKey(round)) === undefined
    && keptRevision(db, round.contestId, scoreDataKey(round)) !== getResultsRevision(db, round.contestId);
}

/**
 * A rubric round's ranking by `method`, computed once per results revision: what every entry's row
 * is made from, not the rows. At 100,000 entries shaping every row (names, each reader's total) was
 * a fifth of a cold request while a page shows 100 of them, so rows are shaped when asked for, each
 * reader's total from the round's sheets.
 */
function rubricRanking(db: DbOrTx, round: Round, contest: Contest, method: ScoreMethod) {
  return cachedResults(db, contest.id, `round-${round.id}-ranking-${method}`, () => {
    const data = scoreData(db, round, contest.id);
    // Scores and the ranking are kept as arrays: a page shapes its 100 rows' objects from them, not
    // 100,000 of each.
    const scored = scoreTableEntries(data.table, { method, adjudicated: data.adjudicated, resolution: contest.adjudicationMethod });
    // The newest decision for a group wins: rankScores applies the first that names it.
    const decisions = listTieDecisions(db, round.id).reverse();
    const ranking = rankScores(data.table.entryIds, scored.corrected, data.table, data.rubric, { decisions });
    // Scores are in the table's entry order: found by a binary search of it, not a map of 100,000 entries.
    const { table } = data;
    const scoreOf = (entryId: number) => {
      const e = entryIndexOf(table, entryId);
      return e < 0 ? undefined : entryScoreAt(scored, e);
    };
    const judgeNames = new Map(scored.judges.map((j) => [String(j.judgeId), getUser(db, String(j.judgeId))?.fullName ?? '']));
    const tied = listEntryLabels(db, round.contestId, ranking.ties.flatMap((t) => t.entryIds.map(Number)), false);
    return {
      method,
      revealed: contest.awardsFinalizedAt !== null,
      /** How many entries are ranked, and those from place `from` (0-based) up to `to`. */
      rankedCount: ranking.order.length,
      ranked: (from: number, to: number) => Array.from({ length: Math.max(0, Math.min(to, ranking.order.length) - from) }, (_, k) => rankedEntryAt(ranking, from + k)),
      scoreOf,
      judgeNames,
      adjudicated: data.adjudicated,
      judges: scored.judges.map((j) => ({
        judgeName: judgeNames.get(String(j.judgeId)) ?? '', sheets: j.sheets, severity: j.severity, se: j.se, flagged: j.flagged,
      })),
      ties: ranking.ties.map((t) => ({ rank: t.rank, codes: t.entryIds.map((id) => tied.codes[entryLabelAt(tied, Number(id))] ?? '') })),
    };
  });
}

type RubricRanking = ReturnType<typeof rubricRanking>;

function comparativeRoundResults(db: DbOrTx, round: Round, contest: Contest) {
  return cachedResults(db, contest.id, `round-${round.id}-results-comparative`, () => comparativeResults(db, round, contest));
}

/**
 * Each reader's total on the entry, as its row shows it, in the order the readers were assigned: who
 * read it and whether the score used it.
 */
function readingsOf(table: SheetTable, counted: CountedSheets, ranking: RubricRanking, entryId: number) {
  const used = ranking.scoreOf(entryId)?.resolution?.corrected;
  const e = entryIndexOf(table, entryId);
  if (e < 0) return [];
  const sheets = Array.from({ length: table.entryStart[e + 1]! - table.entryStart[e]! }, (_, k) => table.entryStart[e]! + k)
    .sort((a, b) => counted.assignmentId[table.sourceIndex[a]!]! - counted.assignmentId[table.sourceIndex[b]!]!);
  return sheets.map((s) => {
    const judgeId = table.judgeIds[table.judgeOf[s]!]!;
    return {
      judgeName: ranking.judgeNames.get(String(judgeId)) ?? '', total: table.total[s]!,
      usedInScore: !used || used.some((id) => String(id) === String(judgeId)),
    };
  });
}

/**
 * The rows of `ranked` (a page of the ranking, or all of it); authors only once the awards are
 * final. Each reader's total (`totals`) is worked out only `withReadings`: the page shows them, while
 * the whole ranking's readers (exports, the award proposal) read none, and at 100,000 entries they
 * were half the time of its rows.
 */
function rubricRows(
  db: DbOrTx, round: Round, contestId: number, ranking: RubricRanking, ranked: readonly RankedEntry[], withReadings: boolean,
) {
  // The same revision's sheets as the ranking's: both are read in this one synchronous call.
  const { table, counted } = scoreData(db, round, contestId);
  // Titles and codes are read for the rows shown, not kept with the ranking: a page needs 100 of them.
  const labels = listEntryLabels(db, contestId, ranked.map((r) => Number(r.entryId)), ranking.revealed);
  const unitNames = ranking.revealed ? new Map(listUnits(db).map((unit) => [unit.id, unit.name])) : new Map<number, string>();
  return {
    method: ranking.method,
    revealed: ranking.revealed,
    entries: ranked.map((r) => {
      const at = entryLabelAt(labels, Number(r.entryId));
      const score = ranking.scoreOf(Number(r.entryId));
      const authorId = labels.authorIds?.[at];
      const author = authorId === undefined ? undefined : getUser(db, authorId);
      return {
        rank: r.rank,
        tie: r.tie !== null,
        code: labels.codes[at] ?? '',
        title: labels.titles[at] ?? '',
        raw: score?.raw ?? 0,
        score: score?.corrected ?? 0,
        readers: score?.readers ?? 0,
        adjudicated: ranking.adjudicated.has(Number(r.entryId)),
        totals: withReadings ? readingsOf(table, counted, ranking, Number(r.entryId)) : [],
        standardError: null,
        interval: null,
        comparisons: null,
        wins: null,
        nearPrizeLine: false,
        authorName: author?.fullName ?? null,
        unitName: author ? (unitNames.get(author.unitId) ?? null) : null,
      };
    }),
    judges: ranking.judges,
    ties: ranking.ties,
    comparative: null,
  };
}

/**
 * Results of a round, every entry, ranked with the declared tie-breaks: a rubric round by the
 * organizer's chosen method, a comparative round by its Bradley–Terry fit (`method` does not
 * apply); kept until a write changes them (results-cache.ts). Exports and the award proposal read
 * these, without each reader's total; the results page reads a page with them (roundResultsPage).
 */
export function roundResults(db: DbOrTx, roundId: number, method: ScoreMethod) {
  const { round, contest } = existingRound(db, roundId);
  if (round.method === 'comparative') return comparativeRoundResults(db, round, contest);
  return cachedResults(db, contest.id, `round-${round.id}-results-${method}`, () => {
    const ranking = rubricRanking(db, round, contest, method);
    return rubricRows(db, round, contest.id, ranking, ranking.ranked(0, ranking.rankedCount), false);
  });
}

/** Entries in one page of a round's results, unless the organizer asks for another size. */
export const RESULTS_PAGE_SIZE = 100;

/**
 * One page of a round's ranking as the route answers it, with the round's judges, ties and
 * comparative summary whole: at 100,000 entries the whole ranking is ~45 MB of JSON, which took
 * longer to serialize than to compute and no page can show. The ranking itself is computed once
 * and kept; a page's rows are shaped from it (a comparative round's are sliced from its results).
 * A page past the last is refused.
 */
export function roundResultsPage(db: DbOrTx, roundId: number, method: ScoreMethod, paging: { page: number; pageSize: number }) {
  const { round, contest } = existingRound(db, roundId);
  const slice = <T>(total: number, rowsOf: (from: number, to: number) => T[]) => {
    const pages = Math.max(1, Math.ceil(total / paging.pageSize));
    if (paging.page > pages) throw new DomainError(400, 'page_beyond_last', { page: paging.page, pages });
    const from = (paging.page - 1) * paging.pageSize;
    return { rows: rowsOf(from, from + paging.pageSize), total, page: paging.page, pageSize: paging.pageSize };
  };
  if (round.method === 'comparative') {
    const results = comparativeRoundResults(db, round, contest);
    const { rows, ...position } = slice(results.entries.length, (from, to) => results.entries.slice(from, to));
    return { ...results, entries: rows, ...position };
  }
  const ranking = rubricRanking(db, round, contest, method);
  const { rows, ...position } = slice(ranking.rankedCount, ranking.ranked);
  return { ...rubricRows(db, round, contest.id, ranking, rows, true), ...position };
}

/**
 * A page of the results as the route answers it (`roundResultsPage`), the round's counted sheets
 * first read in halves when nothing of them is kept (`readRoundSheetsSplit`).
 */
export async function readRoundResultsPage(
  db: Db, thread: RoundThread | undefined, roundId: number, method: ScoreMethod, paging: { page: number; pageSize: number },
) {
  await readRoundSheetsSplit(db, thread, roundId);
  return roundResultsPage(db, roundId, method, paging);
}

/**
 * The judges of a round's results, without shaping a row for every entry: a rubric round's
 * severities (by `method`'s ranking), or a comparative round's fit of each judge's choices.
 */
export function roundResultJudges(db: DbOrTx, roundId: number, method: ScoreMethod) {
  const { round, contest } = existingRound(db, roundId);
  if (round.method === 'comparative') return { comparative: comparativeRoundResults(db, round, contest).comparative, judges: [] };
  return { comparative: null, judges: rubricRanking(db, round, contest, method).judges };
}

/** The reliability report of a rubric round; kept like the results. */
export function roundReliability(db: DbOrTx, roundId: number) {
  const { round, contest } = existingRound(db, roundId);
  // The rubric's figures (ICC, alpha, kappa) read score sheets, which a comparative round has none of.
  if (round.method === 'comparative') throw new DomainError(409, 'comparative_reliability_in_results');
  return cachedResults(db, contest.id, `round-${round.id}-reliability`, () => {
    const data = scoreData(db, round, contest.id);
    return reliabilityReportOfTable(data.table, data.rubric, { readersPerEntry: round.readersPerEntry, adjudicated: data.adjudicated });
  });
}

/** The reliability report, the round's counted sheets first read in halves when nothing of them is kept. */
export async function readRoundReliability(db: Db, thread: RoundThread | undefined, roundId: number) {
  await readRoundSheetsSplit(db, thread, roundId);
  return roundReliability(db, roundId);
}
