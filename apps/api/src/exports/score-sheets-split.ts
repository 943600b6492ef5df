import { getRound, roundEntrySpan, type Db } from '@guong-sang/db';
import type { Locale } from '../lib/locale.ts';
import { keepResults, keptResults } from '../results/results-cache.ts';
import { countedSheetsToReadBeside, roundListedSheetsReadWhole } from '../results/round-results.ts';
import { entryHalves, type RoundThread } from '../round-thread/round-thread.ts';
import { writeScoreSheetsPart, writeScoreSheetsPartBeside } from './score-sheets-part.ts';

/**
 * A rubric round's score-sheet CSV written in two halves by entry, the lower here and the upper on
 * `thread`, when nothing of the listed sheets is kept: the thread reads its half whole; this thread
 * reads its half whole too, or, when results keep the counted sheets at this revision (an export
 * from the results page), only the details beside them. Undefined when it is not such a case, the
 * thread cannot take it, or the two halves were read at different results revisions (a write came
 * between): the caller then writes it here alone. The file is kept until the revision moves: its
 * halves keep no sheets for the next export to start from.
 */
/** This thread's share of the entries when it writes beside the kept counted sheets (see below). */
const LOWER_SHARE_BESIDE = 0.58;

export async function splitScoreSheetsCsv(db: Db, thread: RoundThread, roundId: number, locale: Locale): Promise<readonly Buffer[] | undefined> {
  const round = getRound(db, roundId);
  if (!round || round.method === 'comparative') return undefined;
  const key = `round-${roundId}-sheets-csv-${locale}`;
  const kept = keptResults<readonly Buffer[]>(db, round.contestId, key);
  if (kept) return kept;
  const beside = countedSheetsToReadBeside(db, round);
  if (!beside && !roundListedSheetsReadWhole(db, round)) return undefined;
  // Started if the database grew large since (or it stopped): it takes the exports after this one.
  thread.startWhenLarge(db);
  // Beside the counted sheets this thread reads less of each sheet than the round thread, which
  // reads its part whole: given the same number of entries, the thread took ~650 ms to this one's
  // ~470 at 100,000 entries, so this one takes more of them.
  const halves = entryHalves(roundEntrySpan(db, roundId), beside ? LOWER_SHARE_BESIDE : 0.5);
  if (!halves) return undefined;
  const upper = thread.part({ kind: 'score-sheets-csv', roundId, span: halves.upper, locale });
  if (!upper) return undefined;
  const job = { roundId, span: halves.lower, locale };
  let lower: ReturnType<typeof writeScoreSheetsPart>;
  try {
    lower = beside ? writeScoreSheetsPartBeside(db, job, beside) : writeScoreSheetsPart(db, job);
  } catch (error) {
    // A half refused (a malformed stored text) fails the export once the thread is free again.
    await upper;
    throw error;
  }
  const reply = await upper;
  if (!lower || !reply || 'failed' in reply || reply.revision !== lower.revision) return undefined;
  // A thread from another build may answer with something else: then the caller writes it here.
  if (!Array.isArray(reply.value) || !reply.value.every((bytes) => bytes instanceof Uint8Array)) return undefined;
  const upperLines = reply.value.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const file = [lower.header, ...lower.lines, ...upperLines];
  keepResults(db, round.contestId, key, lower.revision, file);
  return file;
}
