import { getResultsRevision, getRound, listRoundSheetExportRowsBetween, readSnapshot, type Db, type EntrySpan } from '@guong-sang/db';
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
  const read = readSnapshot(db, (tx) => {
    const round = getRound(tx, roundId);
    const revision = round && getResultsRevision(tx, round.contestId);
    if (!round || round.method === 'comparative' || revision === undefined) return undefined;
    const sheets = listRoundSheetExportRowsBetween(tx, roundId, span);
    return sheets && { revision, table: scoreSheetsTable(tx, round, exportTexts[locale], sheets) };
  });
  // The rows are made from what was read: written after the snapshot ends.
  return read && { revision: read.revision, header: csvHeader(read.table.header), lines: csvLines(read.table.rows) };
}
