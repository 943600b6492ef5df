import { describe, expect, test } from 'vitest';
import { defaultWorkerLimits, runInChild } from './child.ts';
import { FileRejectedError } from './errors.ts';
import { fixture } from './test-helpers.ts';

async function refusal(run: Promise<unknown>): Promise<FileRejectedError> {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileRejectedError);
  return error as FileRejectedError;
}

describe('runInChild', () => {
  const task = { kind: 'docx' as const, bytes: fixture('essays/essay-01.docx'), extract: true };

  test('a worker past its time limit is killed: extraction_failed', async () => {
    const error = await refusal(runInChild(task, { ...defaultWorkerLimits, timeoutMs: 1 }));
    expect([error.code, error.detail]).toEqual(['extraction_failed', 'worker took longer than 1 ms']);
  });

  test('a worker past its memory limit is killed: extraction_failed', async () => {
    const error = await refusal(runInChild(task, { ...defaultWorkerLimits, rssMb: 5 }));
    expect(error.code).toBe('extraction_failed');
    expect(error.detail).toMatch(/worker used \d+ MB/);
  });

  test('a worker that runs out of heap dies: extraction_failed', async () => {
    const error = await refusal(runInChild(task, { ...defaultWorkerLimits, heapMb: 2 }));
    expect(error.code).toBe('extraction_failed');
    expect(error.detail).toMatch(/worker exited/);
  });

  test('a refusal inside the worker comes back with its code', async () => {
    const error = await refusal(runInChild({ kind: 'pdf', bytes: Buffer.from('%PDF-1.7\n%%EOF\n'), extract: true }));
    expect(error.code).toBe('file_damaged');
  });

  test('several uploads at once all finish (workers are queued, not piled up)', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => runInChild(task)));
    expect(results.map((r) => r.extracted?.wordCount)).toEqual(Array(6).fill(361));
  }, 180_000); // six children that each start Node: minutes on a loaded 2-core machine
});
