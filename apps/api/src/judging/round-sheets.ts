import { sheetTableOfColumns, type CriterionScale, type SheetTable } from '@guong-sang/scoring';
import {
  completedListedSheets, countedSheetsOfRows, countedSheetsWithRoomOf, gatherCountedSheets, gatherListedSheets, getResultsRevision, getRound,
  listAdjudicatedEntryIds, listCountedSheets, listCriteria, listedSheetsOfRows, listEntryAssignments, listRoundSheetExportDetails,
  listRoundSheetExportRows, listSheetsChangedSince, readRoundSheetExportDetailsText, readRoundSheetRowsText, readSnapshot, roundSheetExportDetailsOf,
  type ChangedSheetRow, type CountedSheets, type Db, type DbOrTx, type EntrySpan, type ListedSheets, type Round, type SheetPicks, type SheetsText,
} from '@guong-sang/db';
import { isInRound, roundEntryTest } from './plan.ts';

/** The round's counted sheets (of one entry, if given), read whole. */
export function roundSheets(db: DbOrTx, round: Round, entryId?: number): CountedSheets {
  return listCountedSheets(db, round.id, entryId);
}

/**
 * A rubric round's counted sheets on entries in `span` and the results revision they were read at,
 * in one snapshot: two halves read on two connections at the same revision are of one state, since
 * every write to what they read bumps it (packages/db results-revision.ts). Undefined when the round
 * is gone or not scored by rubric.
 */
export function roundSheetsBetween(db: Db, roundId: number, span: EntrySpan): { revision: number; value: CountedSheets } | undefined {
  const read = roundSheetsWithRoomBetween(db, roundId, span, 0);
  return read && { revision: read.revision, value: read.value.sheets };
}

/** `roundSheetsBetween` with room after the sheets for ~`roomShare` times as many (the other half's). */
export function roundSheetsWithRoomBetween(db: Db, roundId: number, span: EntrySpan, roomShare: number) {
  const read = roundTextBetween(db, roundId, (tx) => readRoundSheetRowsText(tx, roundId, span));
  // Made into sheets outside the snapshot: the text is all it needs.
  return read && { revision: read.revision, value: countedSheetsWithRoomOf(read.value, roomShare) };
}

/**
 * The details of every sheet of a rubric round's active assignments on entries in `span` (what the
 * score-sheet export reads beside the counted sheets) and the results revision, in one snapshot, as
 * above; undefined also when the text is too long for one read.
 */
export function roundSheetDetailsBetween(db: Db, roundId: number, span: EntrySpan): { revision: number; value: ListedSheets } | undefined {
  const read = roundTextBetween(db, roundId, (tx) => readRoundSheetExportDetailsText(tx, roundId, span));
  return read && { revision: read.revision, value: roundSheetExportDetailsOf(db, roundId, span, read.value) };
}

function roundTextBetween(db: Db, roundId: number, read: (tx: DbOrTx) => SheetsText | undefined) {
  return readSnapshot(db, (tx) => {
    const round = getRound(tx, roundId);
    const revision = round && getResultsRevision(tx, round.contestId);
    if (!round || round.method === 'comparative' || revision === undefined) return undefined;
    const value = read(tx);
    return value && { revision, value };
  });
}

/**
 * Where each of a round's kept sheets comes from once brought up to date from the sheets written
 * since, or whose assignment was (migration 0013's triggers stamp them): a changed sheet's old
 * place goes (`replaced`), and its new one (`added`, by entry then assignment) takes its place in
 * that order (scoring sums in it). Each pick is a kept sheet (part 0) or an added one (part 1).
 * During judging a change is one judge's sheet: this reads that one, where a whole read of a
 * 100,000-entry round takes most of a second.
 */
function patchedPicks(
  kept: { count: number; entryAt: (k: number) => number; assignmentAt: (k: number) => number },
  replaced: ReadonlySet<number>, added: readonly { entryId: number; assignmentId: number }[],
): SheetPicks {
  const part = new Uint8Array(kept.count + added.length);
  const sheet = new Int32Array(kept.count + added.length);
  let count = 0;
  const pick = (from: number, k: number) => {
    part[count] = from;
    sheet[count++] = k;
  };
  let next = 0;
  for (let k = 0; k < kept.count; k++) {
    const entryId = kept.entryAt(k);
    const assignmentId = kept.assignmentAt(k);
    for (; next < added.length && (added[next]!.entryId - entryId || added[next]!.assignmentId - assignmentId) < 0; next++) pick(1, next);
    if (!replaced.has(assignmentId)) pick(0, k);
  }
  for (; next < added.length; next++) pick(1, next);
  return { count, part, sheet };
}

/** The changed sheets `rowOf` keeps, by entry then assignment, and the assignments they replace. */
function changes<T extends { entryId: number; assignmentId: number }>(changed: readonly ChangedSheetRow[], rowOf: (row: ChangedSheetRow) => T | undefined) {
  const replaced = new Set(changed.map((row) => row.assignmentId));
  const added = changed.flatMap((row) => rowOf(row) ?? []).sort((a, b) => a.entryId - b.entryId || a.assignmentId - b.assignmentId);
  return { replaced, added };
}

/**
 * The round's sheets stamped since `revision`; undefined (read whole instead) when they are too many
 * for one read, or one of them is refused as malformed: the read takes every column of every sheet
 * stamped, drafts and sheets of inactive assignments too, where a whole read of the counted (or
 * listed) sheets may not look. That read then gives the sheets, or refuses them itself.
 */
function changedSince(db: DbOrTx, round: Round, revision: number): ChangedSheetRow[] | undefined {
  try {
    return listSheetsChangedSince(db, round.id, revision);
  } catch (error) {
    if (/malformed/.test(String(error))) return undefined;
    throw error;
  }
}

/**
 * The round's counted sheets as read at results revision `revision`, brought up to date; undefined
 * when the sheets written since cannot be read alone (read whole instead).
 */
export function roundSheetsSince(db: DbOrTx, round: Round, stale: CountedSheets, revision: number): CountedSheets | undefined {
  const changed = changedSince(db, round, revision);
  if (!changed || changed.length === 0) return changed && stale;
  const { replaced, added } = changes(changed, ({ assignmentId, entryId, judgeId, criteria, status, active }) => (
    active && status === 'submitted' ? { assignmentId, entryId, judgeId, criteria } : undefined
  ));
  const kept = { count: stale.count, entryAt: (k: number) => stale.entryId[k]!, assignmentAt: (k: number) => stale.assignmentId[k]! };
  return gatherCountedSheets([stale, countedSheetsOfRows(added)], patchedPicks(kept, replaced, added));
}

/** Every sheet of the round's active assignments, read whole. */
export function roundListedSheets(db: DbOrTx, round: Round): ListedSheets {
  return listRoundSheetExportRows(db, round.id);
}

/**
 * Every listed sheet, read beside the round's counted sheets of the same state: only what those do
 * not hold is read (drafts whole; of a submitted sheet its status, comment and time, and its
 * entry's code), which at 100,000 entries is ~11 MB of text instead of ~20. Undefined when the two
 * do not pair up, or the text is too long for one read, for a whole read.
 */
export function roundListedSheetsBeside(db: DbOrTx, round: Round, counted: CountedSheets): ListedSheets | undefined {
  const details = listRoundSheetExportDetails(db, round.id);
  return details && completedListedSheets([details], counted);
}

/** The round's listed sheets as read at results revision `revision`, brought up to date (undefined as above). */
export function roundListedSheetsSince(db: DbOrTx, round: Round, stale: ListedSheets, revision: number): ListedSheets | undefined {
  const changed = changedSince(db, round, revision);
  if (!changed || changed.length === 0) return changed && stale;
  const { replaced, added } = changes(changed, ({ active, ...sheet }) => (active ? sheet : undefined));
  const kept = { count: stale.count, entryAt: (k: number) => stale.entryId[k]!, assignmentAt: (k: number) => stale.assignmentId[k]! };
  return gatherListedSheets([stale, listedSheetsOfRows(added)], patchedPicks(kept, replaced, added));
}

export interface RoundScoreData {
  rubric: CriterionScale[];
  /**
   * Every counted sheet on an entry still in the round, with its unrounded weighted total:
   * readings of an entry withdrawn or disqualified since count for nothing.
   */
  table: SheetTable;
  /** Entries whose third reader came from adjudication. */
  adjudicated: Set<number>;
}

/** What scoring reads of the round's counted sheets: the entries still in it, totals on today's rubric. */
export function roundScoreDataOf(db: DbOrTx, round: Round, counted: CountedSheets, filter?: { entryId: number }): RoundScoreData {
  const rubric = listCriteria(db, round.contestId);
  // One entry (an adjudication's check) asks about that entry alone, not the round.
  const inRound = filter
    ? (isInRound(db, round, filter.entryId) ? (entryId: number) => entryId === filter.entryId : () => false)
    : roundEntryTest(db, round);
  const table = sheetTableOfColumns(counted, rubric, inRound);
  const adjudicated = filter
    ? new Set(listEntryAssignments(db, round.id, filter.entryId).filter((a) => a.origin === 'adjudication' && a.status === 'active').map((a) => a.entryId))
    : listAdjudicatedEntryIds(db, round.id);
  return { rubric, table, adjudicated };
}

/** The score data of the round (of one entry, if given), read whole. */
export function roundScoreData(db: DbOrTx, round: Round, filter?: { entryId: number }): RoundScoreData {
  return roundScoreDataOf(db, round, roundSheets(db, round, filter?.entryId), filter);
}
