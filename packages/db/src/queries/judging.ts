import { and, asc, between, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedInsert, preparedOnce } from '../prepared.ts';
import { countedSheetScores, countedSheetsOf, type CountedSheets, type RoundSheetRow, type SheetsText } from './counted-sheets.ts';
import { joinedListedSheets, listedSheetsOf, type ListedSheets } from './listed-sheets.ts';
import { scorePairsOf } from './sheets-text-scan.ts';
import { liveAssignment } from './live-assignment.ts';
import { bumpResultsRevision } from './results-revision.ts';
import {
  assignments, comparisonRecusals, comparisons, conflicts, contests, entries, entryVersions, roundEntries, roundJudges, rounds, scoreSheets, tieDecisions,
} from '../schema/index.ts';

export type Round = typeof rounds.$inferSelect;
export type NewRound = typeof rounds.$inferInsert;
export type RoundJudge = typeof roundJudges.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type Conflict = typeof conflicts.$inferSelect;
export type ScoreSheet = typeof scoreSheets.$inferSelect;
export type Comparison = typeof comparisons.$inferSelect;
export type ComparisonRecusal = typeof comparisonRecusals.$inferSelect;

export function createRound(db: DbOrTx, values: NewRound): Round {
  return db.insert(rounds).values(values).returning().get();
}

export function getRound(db: DbOrTx, id: number): Round | undefined {
  return db.select().from(rounds).where(eq(rounds.id, id)).get();
}

export function listRounds(db: DbOrTx, contestId: number): Round[] {
  return db.select().from(rounds).where(eq(rounds.contestId, contestId)).orderBy(asc(rounds.id)).all();
}

export function updateRound(db: DbOrTx, id: number, values: Partial<Omit<NewRound, 'id' | 'contestId'>>): Round | undefined {
  bumpResultsRevision(db, { roundIds: [id] });
  return db.update(rounds).set(values).where(eq(rounds.id, id)).returning().get();
}

/** The round's current panel (judges who have not left). */
export function listRoundJudges(db: DbOrTx, roundId: number): RoundJudge[] {
  return db.select().from(roundJudges)
    .where(and(eq(roundJudges.roundId, roundId), sql`${roundJudges.leftAt} is null`)).all();
}

/**
 * Makes the panel equal to `judges`: new judges join, caps change, judges not listed leave
 * (their row stays with leftAt, so past assignments keep their meaning).
 */
export function setRoundJudges(
  db: DbOrTx,
  roundId: number,
  judges: { userId: string; maxLoad: number | null }[],
  at: Date,
): void {
  const wanted = new Set(judges.map((j) => j.userId));
  for (const judge of judges) {
    db.insert(roundJudges).values({ roundId, userId: judge.userId, maxLoad: judge.maxLoad, leftAt: null })
      .onConflictDoUpdate({
        target: [roundJudges.roundId, roundJudges.userId],
        set: { maxLoad: judge.maxLoad, leftAt: null },
      }).run();
  }
  for (const current of listRoundJudges(db, roundId)) {
    if (!wanted.has(current.userId)) {
      db.update(roundJudges).set({ leftAt: at })
        .where(and(eq(roundJudges.roundId, roundId), eq(roundJudges.userId, current.userId))).run();
    }
  }
}

export function isRoundJudge(db: DbOrTx, roundId: number, userId: string): boolean {
  return listRoundJudges(db, roundId).some((j) => j.userId === userId);
}

/**
 * Records that the judge must not read the entry; a pair in conflict already (declared, or a
 * recusal in another round) keeps its row, which is returned (the pair is unique, migration 0017).
 */
export function createConflict(db: DbOrTx, values: { judgeId: string; entryId: number; reason: string; createdAt?: Date }): Conflict {
  return db.insert(conflicts).values(values).onConflictDoNothing().returning().get()
    ?? db.select().from(conflicts).where(and(eq(conflicts.judgeId, values.judgeId), eq(conflicts.entryId, values.entryId))).get()!;
}

export function listConflictsForEntries(db: DbOrTx, entryIds: number[]): Conflict[] {
  if (entryIds.length === 0) return [];
  return db.select().from(conflicts).where(inArray(conflicts.entryId, entryIds)).all();
}

export function deleteConflict(db: DbOrTx, id: number): boolean {
  return db.delete(conflicts).where(eq(conflicts.id, id)).run().changes > 0;
}

export function getConflict(db: DbOrTx, id: number): Conflict | undefined {
  return db.select().from(conflicts).where(eq(conflicts.id, id)).get();
}

/** Active assignments of a round (recused and removed ones excluded). */
export function listActiveAssignments(db: DbOrTx, roundId: number): Assignment[] {
  return db.select().from(assignments)
    .where(and(eq(assignments.roundId, roundId), eq(assignments.status, 'active')))
    .orderBy(asc(assignments.id)).all();
}

/** Every assignment of a round, whatever its status (recusals count as past pairings). */
export function listAllAssignments(db: DbOrTx, roundId: number): Assignment[] {
  return db.select().from(assignments).where(eq(assignments.roundId, roundId)).orderBy(asc(assignments.id)).all();
}

/** One entry's assignments in a round, whatever their status (a top-up reads these, not the round's). */
/** Whether the round's assignment has been run: it has an assignment, whatever its status since. */
export function roundHasAssignments(db: DbOrTx, roundId: number): boolean {
  return db.select({ id: assignments.id }).from(assignments).where(eq(assignments.roundId, roundId)).limit(1).get() !== undefined;
}

export function listEntryAssignments(db: DbOrTx, roundId: number, entryId: number): Assignment[] {
  return db.select().from(assignments).where(and(eq(assignments.roundId, roundId), eq(assignments.entryId, entryId)))
    .orderBy(asc(assignments.id)).all();
}

const heldAssignment = and(
  eq(assignments.status, 'active'),
  sql`exists (select 1 from ${entries} where ${entries.id} = ${assignments.entryId} and ${entries.status} in ('submitted', 'disqualified'))`,
);

/**
 * Each judge's load in a round, counted by SQL: the readings that keep a place under their cap. A
 * reading they are asked for (live-assignment.ts) does, and so does one on a disqualified entry:
 * reinstated, the entry comes back with its readings (judging/returned-entry.ts), and a place given
 * away meanwhile would put its reader over their cap. A withdrawn entry never comes back.
 */
export function countHeldLoads(db: DbOrTx, roundId: number): Map<string, number> {
  const rows = db.select({ judgeId: assignments.judgeId, load: sql<number>`count(*)` }).from(assignments)
    .where(and(eq(assignments.roundId, roundId), heldAssignment)).groupBy(assignments.judgeId).all();
  return new Map(rows.map((row) => [row.judgeId, row.load]));
}

/** Each judge's readings in a round on disqualified entries: places kept for them (`countHeldLoads`). */
export function countOutLoads(db: DbOrTx, roundId: number): Map<string, number> {
  const rows = db.select({ judgeId: assignments.judgeId, load: sql<number>`count(*)` }).from(assignments)
    .where(and(eq(assignments.roundId, roundId), eq(assignments.status, 'active'),
      sql`exists (select 1 from ${entries} where ${entries.id} = ${assignments.entryId} and ${entries.status} = 'disqualified')`))
    .groupBy(assignments.judgeId).all();
  return new Map(rows.map((row) => [row.judgeId, row.load]));
}

/** Not yet scored: no sheet, or a draft never submitted. */
const unscoredSheet = sql`coalesce(${scoreSheets.status}, 'pending') <> 'submitted'`;

/**
 * The judge's dashboard, counted in SQL: one row per round where the judge has active
 * assignments, with the round, its contest's title and how many of them are submitted
 * (GROUP BY over the judge's index; a few rows however long the list).
 */
export function countJudgeRounds(db: DbOrTx, judgeId: string) {
  // Counted first, then joined to the few rounds: not a round and contest lookup per assignment.
  const counted = db.select({
    roundId: assignments.roundId,
    assigned: sql<number>`count(*)`.as('assigned'),
    submitted: sql<number>`count(case when ${scoreSheets.status} = 'submitted' then 1 end)`.as('submitted'),
  }).from(assignments)
    .leftJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
    .where(and(eq(assignments.judgeId, judgeId), liveAssignment))
    .groupBy(assignments.roundId).as('counted');
  return db.select({
    roundId: rounds.id,
    contestId: rounds.contestId,
    contestTitle: contests.title,
    name: rounds.name,
    kind: rounds.kind,
    opensAt: rounds.opensAt,
    closesAt: rounds.closesAt,
    assigned: counted.assigned,
    submitted: counted.submitted,
  }).from(counted)
    .innerJoin(rounds, eq(rounds.id, counted.roundId))
    .innerJoin(contests, eq(contests.id, rounds.contestId)).all();
}

export type JudgeRoundCount = ReturnType<typeof countJudgeRounds>[number];
export type JudgeDashboardRow = ReturnType<typeof listJudgeDashboardPage>[number];

export interface JudgeDashboardQuery {
  /** The judge's round ids in the order the dashboard lists them; within a round, code order. */
  roundOrder: number[];
  unscoredOnly: boolean;
  limit: number;
  offset: number;
}

/**
 * One page of the judge's active assignments with what a blind summary shows (the entry's code,
 * its latest submitted version's title, category and words, the sheet's status): rounds in the
 * order given, then entry code, then assignment id, so the order is total and stable. The page's
 * ids are sorted first (round rank, code, id only), then its rows read. Only allow-listed columns
 * are selected: no author, unit or file.
 */
export function listJudgeDashboardPage(db: DbOrTx, judgeId: string, query: JudgeDashboardQuery) {
  if (query.roundOrder.length === 0) return [];
  const roundRank = sql`case ${assignments.roundId} ${sql.join(query.roundOrder.map((id, rank) => sql`when ${id} then ${rank}`), sql` `)} end`;
  let idQuery = db.select({ id: assignments.id }).from(assignments)
    .innerJoin(entries, eq(entries.id, assignments.entryId)).$dynamic();
  // Sheets are joined only when the filter needs them.
  if (query.unscoredOnly) idQuery = idQuery.leftJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id));
  const ids = idQuery.where(and(eq(assignments.judgeId, judgeId), liveAssignment, query.unscoredOnly ? unscoredSheet : undefined))
    .orderBy(roundRank, asc(entries.code), asc(assignments.id))
    .limit(query.limit).offset(query.offset)
    .all().map((row) => row.id);
  if (ids.length === 0) return [];
  const found = db.select({
    id: assignments.id,
    roundId: assignments.roundId,
    code: entries.code,
    title: entryVersions.title,
    category: entryVersions.category,
    wordCount: entryVersions.wordCount,
    sheetStatus: scoreSheets.status,
  }).from(assignments)
    .innerJoin(entries, eq(entries.id, assignments.entryId))
    .innerJoin(entryVersions, and(
      eq(entryVersions.entryId, assignments.entryId),
      eq(entryVersions.version, sql`(select max(v.version) from ${entryVersions} v where v.entry_id = ${assignments.entryId})`),
    ))
    .leftJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
    .where(inArray(assignments.id, ids)).all();
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
}

/**
 * The judge's next assignment to score after `current` in its round: the first one not yet
 * scored in code order after it, wrapping round to the start; undefined when none is left.
 */
export function nextUnscoredAssignment(db: DbOrTx, current: Assignment): { id: number; code: string } | undefined {
  const currentCode = sql`(select ${entries.code} from ${entries} where ${entries.id} = ${current.entryId})`;
  return db.select({ id: assignments.id, code: entries.code }).from(assignments)
    .innerJoin(entries, eq(entries.id, assignments.entryId))
    .leftJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
    .where(and(
      eq(assignments.judgeId, current.judgeId), eq(assignments.roundId, current.roundId), liveAssignment,
      ne(assignments.id, current.id), unscoredSheet,
    ))
    .orderBy(sql`${entries.code} <= ${currentCode}`, asc(entries.code), asc(assignments.id))
    .limit(1).get();
}

export function getAssignment(db: DbOrTx, id: number): Assignment | undefined {
  return db.select().from(assignments).where(eq(assignments.id, id)).get();
}

const insertAssignment = preparedInsert(assignments);

export function createAssignments(
  db: DbOrTx,
  rows: { roundId: number; entryId: number; judgeId: string; origin: Assignment['origin']; createdAt: Date }[],
): void {
  // One prepared statement a row: a round of 100,000 entries writes 220,000 of them.
  for (const row of rows) insertAssignment(db, row);
  // An adjudication's third reader changes how the entry's score is resolved.
  if (rows.length > 0) bumpResultsRevision(db, { roundIds: [...new Set(rows.map((row) => row.roundId))] });
}

export function setAssignmentStatus(
  db: DbOrTx,
  id: number,
  status: Assignment['status'],
  recusalReason: string | null = null,
): void {
  // Bumps the results revision and stamps the assignment's sheet (a trigger: migration 0013).
  db.update(assignments).set({ status, recusalReason }).where(eq(assignments.id, id)).run();
}

export function getScoreSheet(db: DbOrTx, assignmentId: number): ScoreSheet | undefined {
  return db.select().from(scoreSheets).where(eq(scoreSheets.assignmentId, assignmentId)).get();
}

/** A sheet's scores as a judge gives them: criterion id → score. */
export type SheetScores = ReadonlyMap<number, number>;

/** Saves a judge's sheet: the values replace the previous ones; submitted sheets stay revisable until the round closes. */
export function saveScoreSheet(
  db: DbOrTx,
  values: { assignmentId: number; comment: string; status: ScoreSheet['status']; scores: SheetScores; at: Date },
): ScoreSheet {
  const existing = getScoreSheet(db, values.assignmentId);
  const submittedAt = values.status === 'submitted' ? values.at : null;
  const row = { comment: values.comment, status: values.status, scores: Object.fromEntries(values.scores), updatedAt: values.at, submittedAt };
  // Triggers bump the results revision and stamp the sheet (migration 0013), after RETURNING would
  // have read the row: read it again.
  if (existing) db.update(scoreSheets).set(row).where(eq(scoreSheets.id, existing.id)).run();
  else db.insert(scoreSheets).values({ assignmentId: values.assignmentId, ...row }).run();
  return getScoreSheet(db, values.assignmentId)!;
}

const insertScoreSheet = preparedInsert(scoreSheets);

/**
 * Many sheets at once, each with its scores (seeding a large round, bulk imports): one prepared
 * insert a row (each bumps the results revision and stamps itself: migration 0013's triggers).
 */
export function createScoreSheets(
  db: DbOrTx,
  rows: { assignmentId: number; comment: string; status: ScoreSheet['status']; scores: SheetScores; at: Date }[],
): void {
  for (const row of rows) {
    insertScoreSheet(db, {
      assignmentId: row.assignmentId, comment: row.comment, status: row.status, scores: Object.fromEntries(row.scores), updatedAt: row.at,
      submittedAt: row.status === 'submitted' ? row.at : null,
    });
  }
}

/** Score sheets (draft or submitted) of a round's active assignments, for progress and the shortlist. */
export function listRoundSheets(db: DbOrTx, roundId: number) {
  return db.select({ sheet: scoreSheets, assignment: assignments }).from(scoreSheets)
    .innerJoin(assignments, eq(assignments.id, scoreSheets.assignmentId))
    .where(and(eq(assignments.roundId, roundId), eq(assignments.status, 'active'))).all();
}

/**
 * A sheet's scores as read with a round's sheets: `[criterion id, score, …]` by id (packages/scoring's
 * CriterionScores). Parsed as the stored object, each sheet's scores got an elements array as long as
 * its largest criterion id: ids near 60 (a platform's twelfth contest) cost a round's first read
 * half as long again as ids 1–5.
 */
export type SheetScorePairs = readonly number[];

/** A sheet of any status as the score-sheet export lists it, with its entry's code and its last save (ms). */
export interface SheetExportRow extends RoundSheetRow {
  code: string;
  status: ScoreSheet['status'];
  comment: string;
  updatedAt: number;
}

/**
 * A value of a sheet in the flat text, as JSON: an integer column as SQLite writes an integer, text
 * by `json_quote`, the scores as they are stored. A value of another kind typed in by hand (text or
 * a REAL in an integer column, a BLOB in a text column) is written `!`, which every read of the text
 * refuses as malformed: cast('12abc' as integer), like printf's %d before it, read 12 (the sheet
 * counted for entry 12) and 'hôm qua' 0, and json_quote() throws on a blob.
 */
const integer = (column: SQL): SQL => sql`(case when typeof(${column}) = 'integer' then ${column} else '!' end)`;
const text = (column: SQL): SQL => sql`(case when typeof(${column}) = 'text' then json_quote(${column}) else '!' end)`;
/** The assignment's id: its rowid, always an integer. */
const assignmentId = sql`${assignments.id}`;

/**
 * A round's sheets as one text SQLite builds: better-sqlite3 makes a JS value per column and per
 * row, which for 220,000 sheets cost more than SQLite writing and V8 scanning one text. The text is
 * each sheet's values, `columns` of them, one after another with commas between (what a JSON array
 * holds, without its brackets: adding them copied the whole text once more). The scores are each
 * sheet's stored text `{"56":7,…}` as it is, read by the scanner (sheets-text-scan.ts): rewriting
 * it as an array in SQL, with five replace() per sheet, was ~45 ms of each half's ~220 ms read of a
 * 100,000-entry round, and SQLite parses no sheet's scores either. The sheets are counted beside it:
 * a stored text that holds more than one value (`{"1":5},{"1":9}`, typed in by hand) would shift
 * every later sheet's values, and group_concat skips a sheet whose text is NULL; either leaves the
 * count of values wrong, and the read fails.
 */
function sheetValuesAsJson(db: DbOrTx, columns: SQL[], where: SQL | undefined) {
  return db.select({
    sheets: sql<number>`count(*)`,
    values: sql<string | null>`group_concat(${sql.join(columns, sql` || ',' || `)})`,
  }).from(assignments)
    .innerJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
    .where(where)
    .prepare();
}

/**
 * Sheets made from that text, `width` values each, by entry then assignment. They come in the order
 * of the index the query walks, assignments_round_entry_idx; this checks rather than trusts it (an
 * aggregate's order is SQLite's choice, and ORDER BY in it sorts again). Each sheet's ids and judge
 * are checked as its scores are: two stored texts typed in by hand, one opening a value the other
 * closes and adds as many values to, keep the count right and shift the sheets between.
 */
function sheetsInOrder<T extends { entryId: number; assignmentId: number; judgeId: string | null }>(
  read: SheetsText | undefined, width: number, sheetAt: (values: unknown[], k: number) => T,
): T[] {
  let values: unknown[];
  try {
    values = JSON.parse(`[${read?.values ?? ''}]`) as unknown[];
  } catch (error) {
    throw new Error('score sheets read as text that is not JSON: a stored text is malformed', { cause: error });
  }
  const count = read?.sheets ?? 0;
  if (values.length !== count * width) throw new Error(`${count} score sheets read as ${values.length} values, not ${width} each: a stored text is malformed`);
  const sheets: T[] = [];
  let ordered = true;
  for (let k = 0; k < values.length; k += width) {
    const sheet = sheetAt(values, k);
    if (!Number.isInteger(sheet.assignmentId) || !Number.isInteger(sheet.entryId) || !(typeof sheet.judgeId === 'string' || sheet.judgeId === null)) {
      throw new Error(`a score sheet read as ${JSON.stringify(values.slice(k, k + width)).slice(0, 100)}: a stored text is malformed`);
    }
    const previous = sheets.at(-1);
    if (previous && (sheet.entryId - previous.entryId || sheet.assignmentId - previous.assignmentId) < 0) ordered = false;
    sheets.push(sheet);
  }
  return ordered ? sheets : sheets.sort((a, b) => a.entryId - b.entryId || a.assignmentId - b.assignmentId);
}

/** A sheet's stored scores, quoted as a JSON string (the few sheets read by JSON.parse), as pairs: read as a text of sheets reads them. */
function pairsOf(value: unknown): SheetScorePairs {
  if (typeof value !== 'string') throw new Error(`a stored score sheet's scores are malformed: ${JSON.stringify(value)?.slice(0, 100)}`);
  return scorePairsOf(value);
}

const countedColumns = [assignmentId, integer(sql`${assignments.entryId}`), text(sql`${assignments.judgeId}`), sql`${scoreSheets.scores}`];
const countedSheets = (db: DbOrTx, entries: 'all' | 'one' | 'between') => sheetValuesAsJson(db, countedColumns, and(
  eq(assignments.roundId, sql.placeholder('roundId')), eq(assignments.status, 'active'), eq(scoreSheets.status, 'submitted'),
  entries === 'one' ? eq(assignments.entryId, sql.placeholder('entryId')) : undefined,
  entries === 'between' ? between(assignments.entryId, sql.placeholder('firstEntryId'), sql.placeholder('lastEntryId')) : undefined,
));
const roundSheetRows = preparedOnce((db) => countedSheets(db, 'all'));
const entrySheetRows = preparedOnce((db) => countedSheets(db, 'one'));
const spanSheetRows = preparedOnce((db) => countedSheets(db, 'between'));

/**
 * The submitted sheets of a round's active assignments (of one entry, if given), by entry then
 * assignment, as columns.
 */
export function listCountedSheets(db: DbOrTx, roundId: number, entryId?: number): CountedSheets {
  return countedSheetsOf(entryId === undefined ? roundSheetRows(db).get({ roundId }) : entrySheetRows(db).get({ roundId, entryId }));
}

/** The same sheets as {@link listCountedSheets}, an object each. */
export function listRoundSheetRows(db: DbOrTx, roundId: number, entryId?: number): RoundSheetRow[] {
  const sheets = listCountedSheets(db, roundId, entryId);
  return Array.from({ length: sheets.count }, (_, k) => ({
    assignmentId: sheets.assignmentId[k]!, entryId: sheets.entryId[k]!, judgeId: sheets.judgeIds[sheets.judge[k]!]!, criteria: countedSheetScores(sheets, k),
  }));
}

/**
 * The text of the submitted sheets of a round's active assignments on entries in `span`, for
 * `countedSheetsOf`: read on one thread, made into sheets on another.
 */
export function readRoundSheetRowsText(db: DbOrTx, roundId: number, span: EntrySpan): SheetsText {
  return spanSheetRows(db).get({ roundId, firstEntryId: span.first, lastEntryId: span.last }) ?? { sheets: 0, values: null };
}

/**
 * An export row's values but its entry's code, which a round's reads take once per entry
 * (`codesOfRoundEntries`): written and parsed with every sheet, the codes were a fifth of the text.
 */
const listedColumns = [...countedColumns, text(sql`${scoreSheets.status}`), text(sql`${scoreSheets.comment}`), integer(sql`${scoreSheets.updatedAt}`)];
const listedSheetAt = (v: unknown[], k: number, code: string): SheetExportRow => ({
  assignmentId: v[k] as number, entryId: v[k + 1] as number, judgeId: v[k + 2] as string, criteria: pairsOf(v[k + 3]),
  status: v[k + 4] as ScoreSheet['status'], comment: v[k + 5] as string, updatedAt: v[k + 6] as number, code,
});

/** An entry's code, or null when it is not text (a BLOB typed in by hand). */
const entryCode = sql`(case when typeof(${entries.code}) = 'text' then ${entries.code} end)`;
/**
 * The round's entries in `span` (placeholders firstEntryId, lastEntryId), or every one: read
 * between bounds, an entry id typed in by hand as text or a BLOB (which SQLite sorts after every
 * number) would be left out, where every entry's read takes it (and refuses it).
 */
const entriesIn = (every: boolean) => (every ? undefined : between(assignments.entryId, sql.placeholder('firstEntryId'), sql.placeholder('lastEntryId')));

const roundEntryCodesOf = (every: boolean) => preparedOnce((db) => db.select({
  // A code typed in as a BLOB (json_quote() throws on one) as null: no code, refused when asked for.
  values: sql<string | null>`'[' || group_concat(printf('%d,%s', ${entries.id}, json_quote(${entryCode}))) || ']'`,
}).from(entries)
  .where(inArray(entries.id, db.select({ entryId: assignments.entryId }).from(assignments).where(and(
    eq(assignments.roundId, sql.placeholder('roundId')), entriesIn(every),
  ))))
  .prepare());
const roundEntryCodes = { span: roundEntryCodesOf(false), every: roundEntryCodesOf(true) };

/** Every entry id: read without bounds (`entriesIn`). */
const EVERY_ENTRY: EntrySpan = { first: Number.MIN_SAFE_INTEGER, last: Number.MAX_SAFE_INTEGER };

/** The statement of `reads` for `span` (every entry's when it is EVERY_ENTRY) and its parameters. */
function spanRead<T>(reads: { span: T; every: T }, roundId: number, span: EntrySpan) {
  return { read: span === EVERY_ENTRY ? reads.every : reads.span, params: { roundId, firstEntryId: span.first, lastEntryId: span.last } };
}

/**
 * The code of each entry in `span` the round's assignments name (a half of the round read on one
 * thread needs its half's codes: every code was ~75 ms more for each thread at 100,000 entries). An
 * entry is never deleted and its code never changes, so the codes need not be read with the sheets:
 * one asked for that is not there yet (an entry assigned since, from another connection) reads them
 * again.
 */
function codesOfRoundEntries(db: DbOrTx, roundId: number, span = EVERY_ENTRY): (entryId: number) => string {
  const read = () => {
    const { read: codesRead, params } = spanRead(roundEntryCodes, roundId, span);
    const values = JSON.parse(codesRead(db).get(params)?.values ?? '[]') as (number | string)[];
    const codes = new Map<number, string>();
    for (let k = 0; k < values.length; k += 2) if (typeof values[k + 1] === 'string') codes.set(values[k] as number, values[k + 1] as string);
    return codes;
  };
  let codes: Map<number, string> | undefined;
  return (entryId) => {
    codes ??= read();
    let code = codes.get(entryId);
    if (code === undefined) code = (codes = read()).get(entryId);
    // No such entry (an entry id typed in by hand: entries are never deleted), or its code not text.
    if (code === undefined) throw new Error(`entry ${entryId} of round ${roundId} has no code: a stored entry id or code is malformed`);
    return code;
  };
}

const isTooLong = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_TOOBIG';

/**
 * A read of a round's sheets as one text, or undefined when SQLite finds the text longer than
 * better-sqlite3 lets a string be (~512 MiB: long comments on many sheets), for the caller to read
 * another way.
 */
function unlessTooLong<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (isTooLong(error)) return undefined;
    throw error;
  }
}

/**
 * A sheet's export row without the judge and scores of a submitted sheet (null): a caller that
 * holds the round's counted sheets (every submitted sheet of an active assignment) has those, and
 * the scores were most of the text to write and parse. Read as columns (listed-sheets.ts); this is
 * one of them as an object.
 */
export interface SheetExportDetails extends Omit<SheetExportRow, 'judgeId' | 'criteria'> {
  judgeId: string | null;
  criteria: SheetScorePairs | null;
}
const isSubmitted = sql`${scoreSheets.status} = 'submitted'`;
const detailColumns = listedColumns.map((column, k) => (k === 2 || k === 3 ? sql`case when ${isSubmitted} then 'null' else ${column} end` : column));
const exportSheetDetailsOf = (every: boolean) => preparedOnce((db) => sheetValuesAsJson(db, detailColumns, and(
  eq(assignments.roundId, sql.placeholder('roundId')), eq(assignments.status, 'active'), entriesIn(every),
)));
const exportSheetDetails = { span: exportSheetDetailsOf(false), every: exportSheetDetailsOf(true) };

/**
 * Every sheet (draft or submitted) of a round's active assignments, by entry then assignment, as
 * details (a submitted sheet's judge −1); undefined when SQLite finds the text too long for one
 * read (the whole read below then reads in runs).
 */
export function listRoundSheetExportDetails(db: DbOrTx, roundId: number): ListedSheets | undefined {
  const text = readRoundSheetExportDetailsText(db, roundId, EVERY_ENTRY);
  return text && roundSheetExportDetailsOf(db, roundId, EVERY_ENTRY, text);
}

/**
 * The text of the details of the sheets on entries in `span`, for
 * {@link roundSheetExportDetailsOf}; undefined when SQLite finds it too long for one read.
 */
export function readRoundSheetExportDetailsText(db: DbOrTx, roundId: number, span: EntrySpan): SheetsText | undefined {
  const { read, params } = spanRead(exportSheetDetails, roundId, span);
  return unlessTooLong(() => read(db).get(params));
}

/**
 * The sheets of a text of details on entries in `span` (a submitted sheet's judge −1: the counted
 * sheets complete it), with their entries' codes as `db` reads them.
 */
export function roundSheetExportDetailsOf(db: DbOrTx, roundId: number, span: EntrySpan, text: SheetsText): ListedSheets {
  return listedSheetsOf(text, codesOfRoundEntries(db, roundId, span), true);
}

const exportSheetRowsOf = (every: boolean) => preparedOnce((db) => sheetValuesAsJson(db, listedColumns, and(
  eq(assignments.roundId, sql.placeholder('roundId')), eq(assignments.status, 'active'), entriesIn(every),
)));
const exportSheetRows = { span: exportSheetRowsOf(false), every: exportSheetRowsOf(true) };
const exportSheetsByEntry = preparedOnce((db) => db.select({ entryId: assignments.entryId, sheets: sql<number>`count(*)` }).from(assignments)
  .innerJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
  .where(and(eq(assignments.roundId, sql.placeholder('roundId')), eq(assignments.status, 'active')))
  .groupBy(assignments.entryId).orderBy(assignments.entryId).prepare());

/**
 * About how many sheets one read of the export's text holds when the round's whole text is too
 * long for one: with comments (up to 5,000 characters, escaped up to six bytes each) it can pass
 * the 512 MiB better-sqlite3 lets a string hold (220,000 sheets reach it at ~2.4 KB each).
 */
export const EXPORT_SHEETS_PER_READ = 10_000;

/** Entry ids from `first` to `last`, both included. */
export interface EntrySpan {
  first: number;
  last: number;
}

// Each end its own subquery: SQLite finds one min() or max() at an end of the (round, entry) index,
// where both in one query walked every assignment of the round (~35 ms at 220,000, before the
// round thread could start its half).
// (Drizzle writes the columns unqualified here: the round is the placeholder, not rounds.id.)
const roundEntryEnd = (end: 'min' | 'max') => sql<number | null>`(select ${sql.raw(end)}(${assignments.entryId}) from ${assignments} where ${assignments.roundId} = ${sql.placeholder('roundId')})`;
const roundEntrySpanRead = preparedOnce((db) => db.select({ first: roundEntryEnd('min'), last: roundEntryEnd('max') })
  .from(rounds).where(eq(rounds.id, sql.placeholder('roundId'))).prepare());

/**
 * The lowest and highest entry id the round's assignments name; undefined without assignments, or
 * when one is not an integer. An entry id typed in by hand as text or a BLOB sorts after every
 * number, so it is the highest: halves cut from it were NaN, bound as NULL, and read no sheet at
 * all. Without a span the round is read whole, which refuses such an id where it reads it.
 */
export function roundEntrySpan(db: DbOrTx, roundId: number): EntrySpan | undefined {
  const span = roundEntrySpanRead(db).get({ roundId });
  if (!span || !Number.isSafeInteger(span.first) || !Number.isSafeInteger(span.last)) return undefined;
  return { first: span.first!, last: span.last! };
}

/** How many score sheets the database holds, of every round. */
export function countScoreSheets(db: DbOrTx): number {
  return db.select({ sheets: sql<number>`count(*)` }).from(scoreSheets).get()?.sheets ?? 0;
}

/**
 * The sheets (draft or submitted) of a round's active assignments on entries in `span`, by entry
 * then assignment, read as one text; undefined when SQLite finds it too long for one.
 */
export function listRoundSheetExportRowsBetween(
  db: DbOrTx, roundId: number, span: EntrySpan, codeOf = codesOfRoundEntries(db, roundId, span),
): ListedSheets | undefined {
  const { read: rows, params } = spanRead(exportSheetRows, roundId, span);
  const read = unlessTooLong(() => rows(db).get(params));
  return read && listedSheetsOf(read, codeOf);
}

/**
 * Every sheet (draft or submitted) of a round's active assignments, by entry then assignment. Read
 * whole, unless SQLite finds the text too long: then in runs of whole entries of about
 * `sheetsPerRead` sheets, all in this one synchronous call, so no write of the app comes between
 * them. The runs are not the rule: counting each entry's sheets to cut them costs as much as a
 * fifth of the whole read.
 */
export function listRoundSheetExportRows(db: DbOrTx, roundId: number, sheetsPerRead?: number): ListedSheets {
  const codeOf = codesOfRoundEntries(db, roundId);
  if (sheetsPerRead === undefined) {
    const whole = listRoundSheetExportRowsBetween(db, roundId, EVERY_ENTRY, codeOf);
    if (whole) return whole;
  }
  const runs: ListedSheets[] = [];
  const take = (firstEntryId: number, lastEntryId: number) => {
    // A run too long for one read throws: its entries' sheets cannot be cut smaller.
    runs.push(listedSheetsOf(exportSheetRows.span(db).get({ roundId, firstEntryId, lastEntryId }), codeOf));
  };
  let first: number | undefined;
  let held = 0;
  let last = 0;
  for (const { entryId, sheets } of exportSheetsByEntry(db).all({ roundId })) {
    if (first !== undefined && held + sheets > (sheetsPerRead ?? EXPORT_SHEETS_PER_READ)) {
      take(first, last);
      first = undefined;
      held = 0;
    }
    first ??= entryId;
    held += sheets;
    last = entryId;
  }
  if (first !== undefined) take(first, last);
  return joinedListedSheets(runs);
}

/**
 * A sheet of the round written since a results revision, or whose assignment was: its export row
 * and whether its assignment is active.
 */
export interface ChangedSheetRow extends SheetExportRow {
  active: boolean;
}

// Few sheets, read by JSON.parse: each one's code read with it, the scores quoted (JSON.parse of the
// object would take a criterion named twice, which the scanner refuses). Quoted as text: scores
// stored as a BLOB are read by || in the whole read as their bytes' text, and json_quote() throws
// on a blob.
const changedColumns = [
  ...listedColumns.map((column, k) => (k === 3 ? sql`json_quote(cast(${column} as text))` : column)),
  // null when there is no such entry or its code is not text: the listed sheets refuse it, the counted need none.
  sql`json_quote((select ${entryCode} from ${entries} where ${entries.id} = ${assignments.entryId}))`,
  sql`(${assignments.status} = 'active')`,
];
const sheetsChangedSince = preparedOnce((db) => sheetValuesAsJson(db, changedColumns,
  // The unary + keeps SQLite off the round's index (every assignment of the round) and on the
  // revision's (the few sheets written since).
  and(sql`${scoreSheets.resultsRevision} > ${sql.placeholder('revision')}`, sql`+${assignments.roundId} = ${sql.placeholder('roundId')}`)));

/**
 * The round's sheets stamped after results revision `revision` (migration 0013's triggers stamp
 * them); undefined when they are too many for one text (then the kept sheets are read again whole).
 */
export function listSheetsChangedSince(db: DbOrTx, roundId: number, revision: number): ChangedSheetRow[] | undefined {
  const read = unlessTooLong(() => sheetsChangedSince(db).get({ roundId, revision }));
  return read && sheetsInOrder(read, changedColumns.length, (v, k): ChangedSheetRow => ({
    ...listedSheetAt(v, k, v[k + 7] as string), active: v[k + 8] === 1,
  }));
}

// The origin written into the SQL, not bound: only then can SQLite use the partial index on it. One
// text of ids: as rows, SELECT DISTINCT took ~40 ms for a 100,000-entry round's 20,000, this ~2.
const adjudicatedEntries = preparedOnce((db) => db.select({ ids: sql<string>`json_group_array(distinct ${assignments.entryId})` }).from(assignments)
  .where(and(eq(assignments.roundId, sql.placeholder('roundId')), sql`${assignments.origin} = 'adjudication'`, eq(assignments.status, 'active')))
  .prepare());

/** Entries of a round with an active third reader from adjudication. */
export function listAdjudicatedEntryIds(db: DbOrTx, roundId: number): Set<number> {
  return new Set(JSON.parse(adjudicatedEntries(db).get({ roundId })?.ids ?? '[]') as number[]);
}

export function setRoundEntries(db: DbOrTx, roundId: number, rows: { entryId: number; reason: 'top' | 'within-error' }[]): void {
  db.delete(roundEntries).where(eq(roundEntries.roundId, roundId)).run();
  bumpResultsRevision(db, { roundIds: [roundId] });
  for (let i = 0; i < rows.length; i += 500) {
    db.insert(roundEntries).values(rows.slice(i, i + 500).map((row) => ({ roundId, ...row }))).run();
  }
}

export function listRoundEntryIds(db: DbOrTx, roundId: number): { entryId: number; reason: 'top' | 'within-error' }[] {
  return db.select({ entryId: roundEntries.entryId, reason: roundEntries.reason }).from(roundEntries)
    .where(eq(roundEntries.roundId, roundId)).all();
}

export function addTieDecision(
  db: DbOrTx,
  values: { roundId: number; entryIds: number[]; reason: string; decidedBy: string; createdAt: Date },
): void {
  db.insert(tieDecisions).values(values).run();
  bumpResultsRevision(db, { roundIds: [values.roundId] });
}

/** The round's tie decisions, oldest first (entry ids best first). */
export function listTieDecisions(db: DbOrTx, roundId: number): number[][] {
  return db.select({ entryIds: tieDecisions.entryIds }).from(tieDecisions)
    .where(eq(tieDecisions.roundId, roundId)).orderBy(asc(tieDecisions.id)).all().map((row) => row.entryIds);
}

/**
 * The lowest and highest score any sheet (draft or submitted) of the contest gave on each of these
 * of its criteria; a criterion nobody scored is absent.
 */
export function scoreRangeByCriterion(db: DbOrTx, contestId: number, criterionIds: number[]): Map<number, { min: number; max: number }> {
  if (criterionIds.length === 0) return new Map();
  const rows = db.all<{ criterionId: number; min: number; max: number }>(sql`
    select cast(score.key as integer) as criterionId, min(score.value) as min, max(score.value) as max
    from ${scoreSheets}
      join ${assignments} on ${assignments.id} = ${scoreSheets.assignmentId}
      join ${rounds} on ${rounds.id} = ${assignments.roundId},
      json_each(${scoreSheets.scores}) as score
    where ${rounds.contestId} = ${contestId} and cast(score.key as integer) in ${criterionIds}
    group by score.key`);
  return new Map(rows.map((row) => [row.criterionId, { min: row.min, max: row.max }]));
}

/** Whether the person is or was on the panel of any round of the contest (leaving keeps what they read). */
export function hasSatOnContestPanel(db: DbOrTx, userId: string, contestId: number): boolean {
  return db.select({ roundId: roundJudges.roundId }).from(roundJudges)
    .innerJoin(rounds, eq(rounds.id, roundJudges.roundId))
    .where(and(eq(roundJudges.userId, userId), eq(rounds.contestId, contestId))).limit(1).get() !== undefined;
}

/** Records one choice of a comparative round. */
export function createComparison(
  db: DbOrTx,
  values: { roundId: number; judgeId: string; leftEntryId: number; rightEntryId: number; winnerEntryId: number; note: string; createdAt: Date },
): Comparison {
  bumpResultsRevision(db, { roundIds: [values.roundId] });
  return db.insert(comparisons).values(values).returning().get();
}

/** A comparative round's choices, oldest first (or one judge's). */
export function listComparisons(db: DbOrTx, roundId: number, judgeId?: string): Comparison[] {
  const where = judgeId === undefined
    ? eq(comparisons.roundId, roundId)
    : and(eq(comparisons.roundId, roundId), eq(comparisons.judgeId, judgeId));
  return db.select().from(comparisons).where(where).orderBy(asc(comparisons.id)).all();
}

/**
 * Records that the judge's choices in a comparative round holding the entry count for nothing;
 * false, and nothing written, when it is recorded already.
 */
export function createComparisonRecusal(
  db: DbOrTx, values: { roundId: number; judgeId: string; entryId: number; createdAt: Date },
): boolean {
  const created = db.insert(comparisonRecusals).values(values).onConflictDoNothing().run().changes > 0;
  if (created) bumpResultsRevision(db, { roundIds: [values.roundId] });
  return created;
}

/** A comparative round's recusals: the judge–entry pairs whose choices count for nothing. */
export function listComparisonRecusals(db: DbOrTx, roundId: number): ComparisonRecusal[] {
  return db.select().from(comparisonRecusals).where(eq(comparisonRecusals.roundId, roundId)).all();
}
