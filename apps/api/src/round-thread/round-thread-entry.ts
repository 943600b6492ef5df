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
    // The lines' buffers handed over rather than copied: each is a run of its own memory (csv-write.ts),
    // never a slice of the pool small Buffers share.
    const lines = part.lines.map((line) => new Uint8Array(line.buffer, line.byteOffset, line.byteLength));
    reply({ id, revision: part.revision, value: lines }, [...new Set(lines.map((line) => line.buffer as ArrayBuffer))]);
  } catch (error) {
    reply({ id, failed: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage('ready');
