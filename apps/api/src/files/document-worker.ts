import { runDocumentTask, type DocumentTask } from './document-task.ts';
import { FileRejectedError } from './errors.ts';

/**
 * Child-process entry (forked by child.ts): one task, one answer, then exit. Anything that is not
 * a deliberate refusal is a parser failing on the file, so it is reported as a damaged file.
 */
async function handle(task: DocumentTask): Promise<void> {
  let reply: unknown;
  try {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    reply = { ok: true, result: await runDocumentTask({ ...task, bytes }) };
  } catch (error) {
    reply =
      error instanceof FileRejectedError
        ? { ok: false, code: error.code, detail: error.detail, params: error.params }
        : { ok: false, code: 'file_damaged', detail: error instanceof Error ? error.message : String(error) };
  }
  process.send!(reply, () => process.exit(0));
}

process.once('message', (task: DocumentTask) => void handle(task));
process.send!({ ready: true });
