// The round thread's own side (started by RoundThread, round-thread.ts): its own connection to the
// database, one job at a time.
import { countedSheetsBuffers, createDb, listedSheetsBuffers } from '@guong-sang/db';
import { parentPort, workerData } from 'node:worker_threads';
import { roundSheetDetailsBetween, roundSheetsBetween } from '../judging/round-sheets.ts';
import { writeScoreSheetsPart } from '../exports/score-sheets-part.ts';
import type { RoundThreadJob, RoundThreadMessage } from './round-thread.ts';

if (!parentPort) throw new Error('round-thread-entry.ts runs as a worker thread');
const port = parentPort;
const db = createDb((workerData as { databasePath: string }).databasePath, { migrate: false });
const reply = (message: RoundThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const noPart = 'round gone, not by rubric, or too long for one read';

port.on('message', (job: RoundThreadJob & { id: number }) => {
  const { id } = job;
  try {
    if (job.kind === 'counted-sheets') {
      // Made into columns here, their buffers handed over: the main thread makes only its own half.
      const part = roundSheetsBetween(db, job.roundId, job.span);
      reply(part ? { id, revision: part.revision, value: part.value } : { id, failed: noPart }, part ? countedSheetsBuffers(part.value) : []);
      return;
    }
    if (job.kind === 'sheet-details') {
      const part = roundSheetDetailsBetween(db, job.roundId, job.span);
      reply(part ? { id, revision: part.revision, value: part.value } : { id, failed: noPart }, part ? listedSheetsBuffers(part.value) : []);
      return;
    }
    const part = writeScoreSheetsPart(db, job);
    if (!part) {
      reply({ id, failed: noPart });
      return;
    }
    // The lines as one buffer of its own, handed over rather than copied (small Buffers share a pool).
    const bytes = new Uint8Array(part.lines.reduce((sum, line) => sum + line.length, 0));
    let at = 0;
    for (const line of part.lines) {
      bytes.set(line, at);
      at += line.length;
    }
    reply({ id, revision: part.revision, value: bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ id, failed: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage('ready');
