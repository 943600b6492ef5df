import sharp from 'sharp';
import { runDocumentTask, type WorkerReply, type WorkerRequest } from './document-task.ts';
import { FileRejectedError } from './errors.ts';

/*
 * Entry point of a document worker process (forked by document-pool.ts; built as its own entry
 * point, so keep this path). It answers tasks one at a time for as long as the pool keeps it; the
 * pool enforces the time and memory limits from outside and kills it when one is passed.
 */

/** Anything that is not a deliberate refusal is a parser failing on the file: a damaged file. */
async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const { task } = request;
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    return { id: request.id, ok: true, result: await runDocumentTask({ ...task, bytes }) };
  } catch (error) {
    return error instanceof FileRejectedError
      ? { id: request.id, ok: false, code: error.code, detail: error.detail, params: error.params }
      : { id: request.id, ok: false, code: 'file_damaged', detail: error instanceof Error ? error.message : String(error) };
  }
}

// No decoded picture is kept from one file to the next: memory after a task is what the next one starts with.
sharp.cache(false);

process.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => process.send?.(reply));
});
// The pool closed or the API process died: nobody is left to answer.
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true } satisfies WorkerReply);
