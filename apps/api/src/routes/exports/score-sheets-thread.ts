// The export thread's own side (started by ExportThread, score-sheets-split.ts): its own connection
// to the database, one job at a time.
import { createDb } from '@guong-sang/db';
import { parentPort, workerData } from 'node:worker_threads';
import { writeScoreSheetsPart, type ScoreSheetsJob } from './score-sheets-part.ts';

if (!parentPort) throw new Error('score-sheets-thread.ts runs as a worker thread');
const port = parentPort;
const db = createDb((workerData as { databasePath: string }).databasePath, { migrate: false });

port.on('message', (job: ScoreSheetsJob) => {
  const { id } = job;
  try {
    const part = writeScoreSheetsPart(db, job);
    if (!part) {
      port.postMessage({ id, failed: 'round gone, not by rubric, or too long for one read' });
      return;
    }
    // The lines as one buffer of its own, handed over rather than copied (small Buffers share a pool).
    const bytes = new Uint8Array(part.lines.reduce((sum, line) => sum + line.length, 0));
    let at = 0;
    for (const line of part.lines) {
      bytes.set(line, at);
      at += line.length;
    }
    port.postMessage({ id, revision: part.revision, bytes }, [bytes.buffer]);
  } catch (error) {
    port.postMessage({ id, failed: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage('ready');
