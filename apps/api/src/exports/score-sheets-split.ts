import { getRound, roundEntrySpan, type Db } from '@guong-sang/db';
import type { Locale } from '../lib/locale.ts';
import { keepResults, keptResults } from '../results/results-cache.ts';
import { roundListedSheetsReadWhole } from '../results/round-results.ts';
import { entryHalves, type RoundThread } from '../round-thread/round-thread.ts';
import { writeScoreSheetsPart } from './score-sheets-part.ts';

/**
 * A rubric round's score-sheet CSV written in two halves by entry, the lower here and the upper on
 * `thread`, when the export would otherwise read every sheet whole (nothing of it kept); undefined
 * when it is not such a case, the thread cannot take it, or the two halves were read at different
 * results revisions (a write came between): the caller then writes it here alone. The file is kept
 * until the revision moves: its halves keep no sheets for the next export to start from.
 */
export async function splitScoreSheetsCsv(db: Db, thread: RoundThread, roundId: number, locale: Locale): Promise<readonly Buffer[] | undefined> {
  const round = getRound(db, roundId);
  if (!round || round.method === 'comparative') return undefined;
  const key = `round-${roundId}-sheets-csv-${locale}`;
  const kept = keptResults<readonly Buffer[]>(db, round.contestId, key);
  if (kept || !roundListedSheetsReadWhole(db, round)) return kept;
  // Started if the database grew large since (or it stopped): it takes the exports after this one.
  thread.startWhenLarge(db);
  const halves = entryHalves(roundEntrySpan(db, roundId));
  if (!halves) return undefined;
  const upper = thread.part({ kind: 'score-sheets-csv', roundId, span: halves.upper, locale });
  if (!upper) return undefined;
  const lower = writeScoreSheetsPart(db, { roundId, span: halves.lower, locale });
  const reply = await upper;
  if (!lower || !reply || 'failed' in reply || reply.revision !== lower.revision) return undefined;
  // A thread from another build may answer with something else: then the caller writes it here.
  if (!Array.isArray(reply.value) || !reply.value.every((bytes) => bytes instanceof Uint8Array)) return undefined;
  const upperLines = reply.value.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const file = [lower.header, ...lower.lines, ...upperLines];
  keepResults(db, round.contestId, key, lower.revision, file);
  return file;
}
