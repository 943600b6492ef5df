import {
  completedListedSheets, countedSheetsUpTo, getResultsRevision, getRound, listRoundSheetExportRowsBetween, readRoundSheetExportDetailsText, readSnapshot,
  roundSheetExportDetailsOf, type CountedSheets, type Db, type DbOrTx, type EntrySpan, type ListedSheets, type Round,
} from '@guong-sang/db';
import { exportTexts } from '../lib/document-texts.ts';
import type { Locale } from '../lib/locale.ts';
import { csvHeader, csvLines } from './csv-write.ts';
import { scoreSheetsTable } from './tables.ts';

/** A part of the score-sheet CSV: the lines of a rubric round's sheets on entries in `span`. */
export interface ScoreSheetsJob {
  roundId: number;
  span: EntrySpan;
  locale: Locale;
}

/** A part of the score-sheet CSV and the results revision its reads saw. */
export interface ScoreSheetsPart {
  revision: number;
  header: Buffer;
  lines: Buffer[];
}

/**
 * The job's part of the CSV, every read (sheets, rubric, judges' names) in one snapshot with the
 * revision: two parts read on two connections at the same revision are of one state, since every
 * write to what they read bumps it (packages/db results-revision.ts). Undefined when the round is
 * gone, not scored by rubric, or its part is too long for one read.
 */
export function writeScoreSheetsPart(db: Db, { roundId, span, locale }: ScoreSheetsJob): ScoreSheetsPart | undefined {
  return writtenPart(db, roundId, locale, (tx) => listRoundSheetExportRowsBetween(tx, roundId, span));
}

/**
 * The part of the CSV on entries in `span` (the lower half: entries from the lowest up), written
 * from the round's counted sheets read at `revision` and the details of every sheet read beside
 * them, as the export reads them after the results (the scores were most of the text to read).
 * Undefined when the revision moved since, the part is too long for one read, or the details do not
 * pair up with the counted sheets.
 */
export function writeScoreSheetsPartBeside(
  db: Db, { roundId, span, locale }: ScoreSheetsJob, { revision, counted }: { revision: number; counted: CountedSheets },
): ScoreSheetsPart | undefined {
  return writtenPart(db, roundId, locale, (tx, round) => {
    const text = getResultsRevision(tx, round.contestId) === revision ? readRoundSheetExportDetailsText(tx, roundId, span) : undefined;
    return text && completedListedSheets([roundSheetExportDetailsOf(tx, roundId, span, text)], countedSheetsUpTo(counted, span.last));
  });
}

/** The part `read` gives of a rubric round, its table made in the same snapshot as the revision. */
function writtenPart(db: Db, roundId: number, locale: Locale, read: (tx: DbOrTx, round: Round) => ListedSheets | undefined): ScoreSheetsPart | undefined {
  const written = readSnapshot(db, (tx) => {
    const round = getRound(tx, roundId);
    const revision = round && getResultsRevision(tx, round.contestId);
    if (!round || round.method === 'comparative' || revision === undefined) return undefined;
    const sheets = read(tx, round);
    return sheets && { revision, table: scoreSheetsTable(tx, round, exportTexts[locale], sheets) };
  });
  // The rows are made from what was read: written after the snapshot ends.
  return written && { revision: written.revision, header: csvHeader(written.table.header), lines: csvLines(written.table.rows) };
}
