import { weightedTotal, type CriterionScale, type ScoredSheet } from '@guong-sang/scoring';
import {
  getResultsRevision, getRound, listAdjudicatedEntryIds, listCriteria, listEntryAssignments, listRoundSheetExportDetails,
  listRoundSheetExportRows, listRoundSheetRows, listSheetsChangedSince, readRoundSheetExportDetailsText, readRoundSheetRowsText, readSnapshot,
  type ChangedSheetRow, type Db, type DbOrTx, type EntrySpan, type Round, type RoundSheetRow, type SheetExportDetails, type SheetExportRow,
  type SheetsText,
} from '@guong-sang/db';
import { isInRound, roundEntryIds } from './plan.ts';

/**
 * A submitted sheet of an active assignment, by entry then assignment, with its scores by criterion
 * id: as packages/db reads it, kept as it comes.
 */
export type CountedSheet = RoundSheetRow;

/** The round's counted sheets (of one entry, if given), read whole. */
export function roundSheets(db: DbOrTx, round: Round, entryId?: number): readonly CountedSheet[] {
  return listRoundSheetRows(db, round.id, entryId);
}

/**
 * The text of a rubric round's counted sheets on entries in `span` and the results revision it was
 * read at, in one snapshot: two halves read on two connections at the same revision are of one
 * state, since every write to what they read bumps it (packages/db results-revision.ts). Undefined
 * when the round is gone or not scored by rubric.
 */
export function roundSheetsTextBetween(db: Db, roundId: number, span: EntrySpan): { revision: number; text: SheetsText } | undefined {
  return roundTextBetween(db, roundId, (tx) => readRoundSheetRowsText(tx, roundId, span));
}

/**
 * The text of the details of every sheet of a rubric round's active assignments on entries in
 * `span` (what the score-sheet export reads beside the counted sheets) and the results revision, in
 * one snapshot, as above; undefined also when the text is too long for one read.
 */
export function roundSheetDetailsTextBetween(db: Db, roundId: number, span: EntrySpan): { revision: number; text: SheetsText } | undefined {
  return roundTextBetween(db, roundId, (tx) => readRoundSheetExportDetailsText(tx, roundId, span));
}

function roundTextBetween(db: Db, roundId: number, read: (tx: DbOrTx) => SheetsText | undefined) {
  return readSnapshot(db, (tx) => {
    const round = getRound(tx, roundId);
    const revision = round && getResultsRevision(tx, round.contestId);
    if (!round || round.method === 'comparative' || revision === undefined) return undefined;
    const text = read(tx);
    return text && { revision, text };
  });
}

/**
 * Rows kept of a round's sheets, in (entry, assignment) order, brought up to date from the sheets
 * written since, or whose assignment was (migration 0013's triggers stamp them): a changed sheet's
 * old row goes and its new one, if `rowOf` keeps it, takes its place in that order (scoring sums in
 * it). During judging a change is one judge's sheet: this reads that one, where a whole read of a
 * 100,000-entry round takes most of a second.
 */
function patched<T extends { entryId: number; assignmentId: number }>(
  stale: readonly T[], changed: readonly ChangedSheetRow[] | undefined, rowOf: (row: ChangedSheetRow) => T | undefined,
): readonly T[] | undefined {
  if (!changed) return undefined;
  if (changed.length === 0) return stale;
  const replaced = new Set(changed.map((row) => row.assignmentId));
  const added = changed.flatMap((row) => rowOf(row) ?? []).sort((a, b) => a.entryId - b.entryId || a.assignmentId - b.assignmentId);
  const rows: T[] = [];
  let next = 0;
  for (const row of stale) {
    for (; next < added.length && (added[next]!.entryId - row.entryId || added[next]!.assignmentId - row.assignmentId) < 0; next++) {
      rows.push(added[next]!);
    }
    if (!replaced.has(row.assignmentId)) rows.push(row);
  }
  rows.push(...added.slice(next));
  return rows;
}

/**
 * The round's counted sheets as read at results revision `revision`, brought up to date; undefined
 * when the sheets written since are too many for one read (read whole instead).
 */
export function roundSheetsSince(
  db: DbOrTx, round: Round, stale: readonly CountedSheet[], revision: number,
): readonly CountedSheet[] | undefined {
  return patched(stale, listSheetsChangedSince(db, round.id, revision), ({ assignmentId, entryId, judgeId, criteria, status, active }) => (
    active && status === 'submitted' ? { assignmentId, entryId, judgeId, criteria } : undefined
  ));
}

/** A sheet (draft or submitted) of an active assignment, as the score-sheet export lists it. */
export type ListedSheet = SheetExportRow;

/** Every sheet of the round's active assignments, read whole. */
export function roundListedSheets(db: DbOrTx, round: Round): readonly ListedSheet[] {
  return listRoundSheetExportRows(db, round.id);
}

/**
 * Every listed sheet, read beside the round's counted sheets of the same state: only what those do
 * not hold is read (drafts whole; of a submitted sheet its status, comment and time, and its
 * entry's code), which at 100,000 entries is ~11 MB of text instead of ~20. Undefined when the two
 * do not pair up, or the text is too long for one read, for a whole read.
 */
export function roundListedSheetsBeside(db: DbOrTx, round: Round, counted: readonly CountedSheet[]): readonly ListedSheet[] | undefined {
  const details = listRoundSheetExportDetails(db, round.id);
  return details && listedSheetsBeside(details, counted);
}

/**
 * The listed sheets made from every sheet's details (of one state with `counted`, by entry then
 * assignment) and the counted sheets; undefined when the two do not pair up.
 */
export function listedSheetsBeside(details: SheetExportDetails[], counted: readonly CountedSheet[]): readonly ListedSheet[] | undefined {
  let next = 0;
  for (const sheet of details) {
    if (sheet.judgeId !== null && sheet.criteria !== null) continue;
    // Both lists run by entry then assignment, and the counted ones are exactly the submitted.
    const kept = counted[next++];
    if (kept?.assignmentId !== sheet.assignmentId || sheet.status !== 'submitted') return undefined;
    // Completed in place: a second object per sheet was 220,000 more to allocate and collect.
    sheet.judgeId = kept.judgeId;
    sheet.criteria = kept.criteria;
  }
  // Every sheet now has its judge and scores.
  return next === counted.length ? details as ListedSheet[] : undefined;
}

/** The round's listed sheets as read at results revision `revision`, brought up to date (undefined as above). */
export function roundListedSheetsSince(
  db: DbOrTx, round: Round, stale: readonly ListedSheet[], revision: number,
): readonly ListedSheet[] | undefined {
  return patched(stale, listSheetsChangedSince(db, round.id, revision), ({ active, ...sheet }) => (active ? sheet : undefined));
}

export interface RoundScoreData {
  rubric: CriterionScale[];
  /**
   * Every counted sheet on an entry still in the round, with its unrounded weighted total:
   * readings of an entry withdrawn or disqualified since count for nothing.
   */
  sheets: ScoredSheet[];
  /** Entries whose third reader came from adjudication. */
  adjudicated: Set<number>;
}

/** What scoring reads of the round's counted sheets: the entries still in it, totals on today's rubric. */
export function roundScoreDataOf(db: DbOrTx, round: Round, counted: readonly CountedSheet[], filter?: { entryId: number }): RoundScoreData {
  const rubric = listCriteria(db, round.contestId);
  // One entry (an adjudication's check) asks about that entry alone, not the round.
  const inRound = filter
    ? new Set(isInRound(db, round, filter.entryId) ? [filter.entryId] : [])
    : roundEntryIds(db, round);
  const sheets: ScoredSheet[] = [];
  for (const { entryId, judgeId, criteria } of counted) {
    if (!inRound.has(entryId)) continue;
    const total = weightedTotal(rubric, criteria);
    if (total !== undefined) sheets.push({ entryId, judgeId, total, criteria });
  }
  const adjudicated = filter
    ? new Set(listEntryAssignments(db, round.id, filter.entryId).filter((a) => a.origin === 'adjudication' && a.status === 'active').map((a) => a.entryId))
    : listAdjudicatedEntryIds(db, round.id);
  return { rubric, sheets, adjudicated };
}

/** The score data of the round (of one entry, if given), read whole. */
export function roundScoreData(db: DbOrTx, round: Round, filter?: { entryId: number }): RoundScoreData {
  return roundScoreDataOf(db, round, roundSheets(db, round, filter?.entryId), filter);
}
