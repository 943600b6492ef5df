import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DomainError } from '../lib/errors.ts';
import { defaultWorkerLimits, DocumentPool, type DocumentPoolOptions } from './document-pool.ts';
import { FileRejectedError } from './errors.ts';
import { busyWorker, fixture, slowDocx } from './test-helpers.ts';

// Generous: on a loaded 2-core machine starting a worker under tsx alone has taken 7–9 s.
const SLOW = 180_000;

const essay = { kind: 'docx' as const, bytes: fixture('essays/essay-01.docx'), extract: true };
let slowTask: typeof essay;

beforeAll(async () => {
  slowTask = { ...essay, bytes: await slowDocx() };
}, SLOW);

const pools: DocumentPool[] = [];
function pool(options: Partial<DocumentPoolOptions> = {}): DocumentPool {
  const created = new DocumentPool({ workers: 1, queue: 16, ...options });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

async function refusal(run: Promise<unknown>): Promise<FileRejectedError> {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileRejectedError);
  return error as FileRejectedError;
}

describe('DocumentPool keeps every task within its limits', () => {
  test('a worker past its time limit is killed: extraction_failed', async () => {
    const documents = pool({ limits: { ...defaultWorkerLimits, timeoutMs: 1 } });
    const error = await refusal(documents.run(essay));
    expect([error.code, error.detail]).toEqual(['extraction_failed', 'worker took longer than 1 ms']);
  }, SLOW);

  test('a worker past its memory limit is killed: extraction_failed', async () => {
    const error = await refusal(pool({ limits: { ...defaultWorkerLimits, rssMb: 5 } }).run(essay));
    expect(error.code).toBe('extraction_failed');
    expect(error.detail).toMatch(/worker used \d+ MB/);
  }, SLOW);

  test('a worker that runs out of heap dies: extraction_failed, not a wait for ever', async () => {
    const error = await refusal(pool({ limits: { ...defaultWorkerLimits, heapMb: 2 } }).run(essay));
    expect(error.code).toBe('extraction_failed');
    expect(error.detail).toMatch(/worker exited/);
  }, SLOW);

  test('a refusal inside the worker comes back with its code, and the worker stays', async () => {
    const documents = pool();
    const error = await refusal(documents.run({ kind: 'pdf', bytes: Buffer.from('%PDF-1.7\n%%EOF\n'), extract: true }));
    expect(error.code).toBe('file_damaged');
    const [worker] = documents.stats().workers;
    expect((await documents.run(essay)).extracted?.wordCount).toBe(361);
    expect(documents.stats().workers.map((w) => w.pid)).toEqual([worker?.pid]);
  }, SLOW);
});

describe('DocumentPool survives workers that die', () => {
  test('a worker killed mid-task answers that upload extraction_failed; the next uploads are served by a new worker', async () => {
    const documents = pool();
    const upload = documents.run(slowTask);
    const pid = await busyWorker(documents);
    process.kill(pid, 'SIGKILL');
    const error = await refusal(upload);
    expect([error.code, error.detail]).toEqual(['extraction_failed', 'worker exited (SIGKILL)']);
    const next = await Promise.all([documents.run(essay), documents.run(essay)]);
    expect(next.map((r) => r.extracted?.wordCount)).toEqual([361, 361]);
    expect(documents.stats().workers.map((w) => w.pid)).not.toContain(pid);
  }, SLOW);

  test('uploads queued behind a killed worker are all served', async () => {
    const documents = pool();
    const first = documents.run(slowTask);
    const queued = Array.from({ length: 3 }, () => documents.run(essay));
    process.kill(await busyWorker(documents), 'SIGKILL');
    expect((await refusal(first)).code).toBe('extraction_failed');
    expect((await Promise.all(queued)).map((r) => r.extracted?.wordCount)).toEqual([361, 361, 361]);
  }, SLOW);
});

describe('DocumentPool reuses, recycles and bounds its workers', () => {
  test('workers are long-lived: many uploads, never more processes than configured', async () => {
    const documents = pool({ workers: 2 });
    const pids = new Set<number | undefined>();
    const results = await Promise.all(Array.from({ length: 8 }, async () => {
      const result = await documents.run(essay);
      for (const worker of documents.stats().workers) pids.add(worker.pid);
      return result.extracted?.wordCount;
    }));
    expect(results).toEqual(Array(8).fill(361));
    expect(pids.size).toBeLessThanOrEqual(2);
  }, SLOW);

  test('a worker is replaced after its N tasks, by one started at once', async () => {
    const documents = pool({ recycleAfterTasks: 2 });
    const pidsAfterTask = async () => {
      await documents.run({ ...essay, extract: false });
      return documents.stats().workers.map((w) => w.pid);
    };
    const [first] = await pidsAfterTask();
    expect(first).toBeDefined();
    const [replacement] = await pidsAfterTask(); // its second task done, it is gone; another is starting
    expect(replacement).toBeDefined();
    expect(replacement).not.toBe(first);
    expect(await pidsAfterTask()).toEqual([replacement]);
    expect(documents.stats().started).toBe(2);
  }, SLOW);

  test('a full queue is refused at once with 503 and Retry-After, not held in memory', async () => {
    const documents = pool({ queue: 2 });
    const accepted = [documents.run(essay), documents.run(essay)];
    const error = await documents.run(essay).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ statusCode: 503, code: 'uploads_busy', headers: { 'Retry-After': '10' } });
    expect((await Promise.all(accepted)).map((r) => r.extracted?.wordCount)).toEqual([361, 361]);
  }, SLOW);

  test('one person\'s burst waits only up to their share; the queue stays open to everyone else', async () => {
    const documents = pool({ queue: 16, queuePerUploader: 2 });
    const first = documents.run(slowTask, 'lan');
    const hers = [documents.run(essay, 'nhung'), documents.run(essay, 'nhung')];
    await expect(documents.run(essay, 'nhung')).rejects.toMatchObject({ statusCode: 503, code: 'uploads_busy' });
    const his = documents.run(essay, 'huy');
    await first.catch(() => undefined);
    expect((await Promise.all([...hers, his])).map((r) => r.extracted?.wordCount)).toEqual([361, 361, 361]);
  }, SLOW);

  test('the waiting uploads hold at most the queue\'s bytes', async () => {
    const documents = pool({ queue: 16, queueBytes: slowTask.bytes.length + 2 * essay.bytes.length });
    const first = documents.run(slowTask);
    const waiting = [documents.run(essay), documents.run(essay)];
    await expect(documents.run(essay)).rejects.toMatchObject({ statusCode: 503, code: 'uploads_busy' });
    await first.catch(() => undefined);
    expect((await Promise.all(waiting)).map((r) => r.extracted?.wordCount)).toEqual([361, 361]);
  }, SLOW);

  test('closing refuses what waits and stops every worker', async () => {
    const documents = pool();
    const running = documents.run(slowTask).catch((e: unknown) => e);
    const waiting = documents.run(essay).catch((e: unknown) => e);
    const pid = await busyWorker(documents);
    await documents.close();
    expect(await running).toMatchObject({ code: 'extraction_failed' });
    expect(await waiting).toMatchObject({ code: 'uploads_busy' });
    expect(() => process.kill(pid, 0)).toThrow();
    await expect(documents.run(essay)).rejects.toMatchObject({ code: 'uploads_busy' });
  }, SLOW);
});
