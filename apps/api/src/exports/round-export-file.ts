import type { Db } from '@guong-sang/db';
import type { ScoreMethod } from '@guong-sang/scoring';
import type { Locale } from '../lib/locale.ts';
import { readListedSheetsSplit, readRoundSheetsSplit } from '../results/round-results.ts';
import type { RoundThread } from '../round-thread/round-thread.ts';
import { splitScoreSheetsCsv } from './score-sheets-split.ts';
import { toCsv } from './csv-write.ts';
import { exportTable, toXlsx, type TableName } from './tables.ts';

/**
 * A round's table as the file the organizer downloads, in the buffers it was written in (sent one
 * after another). What the table starts from is read in halves when nothing of it is kept: the
 * counted sheets for the tables made from the ranking; for the score sheets, the CSV itself, or
 * else (the counted sheets kept) the details read beside them.
 */
export async function roundExportFile(
  db: Db, thread: RoundThread | undefined, roundId: number,
  { table: name, format, method, locale }: { table: TableName; format: 'csv' | 'xlsx'; method: ScoreMethod; locale: Locale },
): Promise<readonly Buffer[]> {
  if (name === 'results' || name === 'judges') await readRoundSheetsSplit(db, thread, roundId);
  const split = format === 'csv' && name === 'sheets' && thread ? await splitScoreSheetsCsv(db, thread, roundId, locale) : undefined;
  if (split) return split;
  if (name === 'sheets') await readListedSheetsSplit(db, thread, roundId);
  const table = exportTable(db, roundId, name, locale, method);
  return format === 'csv' ? toCsv(table) : [await toXlsx(table)];
}
