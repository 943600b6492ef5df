// Uploads through the app's pool of document workers (files/document-pool.ts): a worker killed
// mid-upload answers that upload clearly and the next ones are served; a full queue answers 503.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { busyWorker, slowDocx } from '../src/files/test-helpers.ts';
import {
  createOpenContest, createUnit, FIXTURES, login, makeApp, multipart, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

const SLOW = 180_000; // a worker's start under tsx on a loaded 2-core machine has taken 7–9 s

let ctx: TestContext;
let nhung: string;
let entryId: number;
const essay = readFileSync(join(FIXTURES, 'essays/essay-01.docx'));

beforeEach(async () => {
  const clock = new Date('2026-11-26T03:00:00Z');
  // One worker and one place in the queue, so a test can fill both.
  ctx = await makeApp({ env: { ...organizerEnv, DOCUMENT_WORKERS: '1', DOCUMENT_QUEUE: '1' }, now: () => clock });
  const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitId = await createUnit(ctx.app, organizer, 'Sở Tư pháp');
  nhung = await register(ctx.app, { email: 'nhung@example.vn', unitId });
  const contestId = (await createOpenContest(ctx.app, organizer, clock)).id;
  const entry = await ctx.app.inject({ method: 'POST', url: `/api/contests/${contestId}/entries`, headers: { cookie: nhung }, payload: { title: 'Người giữ lửa' } });
  entryId = entry.json<{ id: number }>().id;
}, SLOW);
afterEach(() => ctx.close());

function upload(bytes: Buffer, language = 'vi') {
  const form = multipart({ name: 'bai-du-thi.docx', bytes });
  return ctx.app.inject({
    method: 'POST', url: `/api/entries/${entryId}/attachments`, headers: { cookie: nhung, 'accept-language': language, ...form.headers }, payload: form.payload,
  });
}

const attachments = () => Number(ctx.db.$client.prepare('select count(*) from attachments').pluck().get());

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('uploads through the pool of document workers', () => {
  it('a worker killed mid-upload: that upload gets 422 extraction_failed in Vietnamese or English, nothing is saved, the next upload is served', async () => {
    const slow = await slowDocx();
    for (const language of ['vi', 'en']) {
      const answer = upload(slow, language);
      process.kill(await busyWorker(ctx.app.documents), 'SIGKILL');
      const response = await answer;
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('extraction_failed');
      expect(response.json().error.message).toMatch(language === 'vi' ? /Không đọc được nội dung tệp/ : /could not be read/);
    }
    expect(attachments()).toBe(0);
    const next = await upload(essay);
    expect(next.statusCode).toBe(201);
    expect(next.json().extracted.wordCount).toBe(361);
  }, SLOW);

  it('with the worker busy and the queue full, one more upload is refused at once: 503, Retry-After, nothing lost of the others', async () => {
    const slow = await slowDocx();
    const running = upload(slow);
    await busyWorker(ctx.app.documents);
    const queued = upload(essay);
    await waitFor(() => ctx.app.documents.stats().waiting === 1);
    const refused = await upload(essay);
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.json().error).toMatchObject({ code: 'uploads_busy' });
    expect(refused.json().error.message).toMatch(/thử tải tệp lên lại sau 10 giây/);
    expect((await running).statusCode).toBe(201);
    expect((await queued).statusCode).toBe(201);
    expect(attachments()).toBe(2);
  }, SLOW);
});
