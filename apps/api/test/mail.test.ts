import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createMailSender } from '../src/mail/sender.ts';
import {
  createOpenContest, createUnit, login, makeApp, ORGANIZER, ORIGIN, organizerEnv, register, type TestContext,
} from './helpers.ts';

interface Received { from: { name: string; address: string | undefined } | undefined; to: string[]; subject: string; text: string }

/** A real SMTP server on loopback that keeps what it receives, parsed as a mail client would. */
async function startSink(port = 0) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({
          from: mail.from?.value[0] && { name: mail.from.value[0].name, address: mail.from.value[0].address },
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    received,
    port: (server.server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Sink = Awaited<ReturnType<typeof startSink>>;

let ctx: TestContext;
let sink: Sink | undefined;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
});
afterEach(async () => {
  await sink?.stop();
  sink = undefined;
  await ctx.close();
});

const queueRows = () => ctx.db.$client.prepare('select kind, status, attempts, next_attempt_at as nextAttemptAt, last_error as lastError, to_address as toAddress from mail_queue order by id')
  .all() as { kind: string; status: string; attempts: number; nextAttemptAt: number; lastError: string | null; toAddress: string }[];

const senderFor = (port: number) => createMailSender({
  db: ctx.db,
  smtp: loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_FROM: 'Ban Tổ chức <btc@example.vn>' }).smtp!,
  origin: ORIGIN,
});

async function submitAnEntry() {
  const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
  const nhung = await register(ctx.app, { email: 'nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', unitId });
  const contest = await createOpenContest(ctx.app, organizer, clock, { title: 'Gương sáng làm theo lời Bác', minWords: 3 });
  const draft = await ctx.app.inject({
    method: 'POST', url: `/api/contests/${contest.id}/entries`, headers: { cookie: nhung },
    payload: { title: 'Người giữ lửa', body: '<p>Chị Lan giữ lửa cho cả tổ dân phố suốt ba mươi năm.</p>', category: 'Người lao động' },
  });
  const entry = draft.json<{ id: number }>();
  const submit = await ctx.app.inject({
    method: 'POST', url: `/api/entries/${entry.id}/submit`, headers: { cookie: nhung }, payload: { consentToPublish: true },
  });
  expect(submit.statusCode, submit.body).toBe(200);
  return { entryId: entry.id, ...submit.json<{ code: string; receiptHash: string }>() };
}

describe('mail through a real SMTP server', () => {
  it('delivers the submission receipt in Vietnamese with the entry code and the SHA-256 of the receipt', async () => {
    sink = await startSink();
    const { entryId, code, receiptHash } = await submitAnEntry();
    expect(queueRows()).toEqual([expect.objectContaining({ kind: 'receipt', status: 'queued', attempts: 0 })]);

    expect(await senderFor(sink.port).sendDueMail(clock)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.to).toEqual(['nhung@example.vn']);
    expect(mail?.from).toEqual({ name: 'Ban Tổ chức', address: 'btc@example.vn' });
    expect(mail?.subject).toBe(`Biên nhận bài dự thi ${code} – Gương sáng làm theo lời Bác`);
    expect(mail?.text).toContain('Kính gửi Nguyễn Thị Hồng Nhung,');
    expect(mail?.text).toContain(`Mã bài dự thi: ${code}`);
    expect(mail?.text).toContain(`Mã SHA-256 của bài đã nộp: ${receiptHash}`);
    expect(mail?.text).toContain('Thời điểm nộp: 26/11/2026 10:00 (giờ Việt Nam)');
    expect(mail?.text).toContain(`Xem bài dự thi: ${ORIGIN}/entries/${entryId}`);
    expect(queueRows()).toEqual([expect.objectContaining({ status: 'sent', attempts: 1, lastError: null })]);

    // Sent once: the next pass finds nothing to send.
    expect(await senderFor(sink.port).sendDueMail(clock)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it('keeps mail queued while the SMTP server is down, backing off, and delivers it once it is back', async () => {
    sink = await startSink();
    const { port } = sink;
    await sink.stop();
    sink = undefined;
    const { code } = await submitAnEntry();
    const sender = senderFor(port);

    expect(await sender.sendDueMail(clock)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [first] = queueRows();
    expect(first).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: clock.getTime() + 60_000 });
    expect(first?.lastError).toBeTruthy();

    // Not due again before its backoff ends: no attempt is made or counted.
    expect(await sender.sendDueMail(new Date(clock.getTime() + 59_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(queueRows()[0]?.attempts).toBe(1);

    // Still down a minute later: the wait doubles.
    const later = new Date(clock.getTime() + 60_000);
    expect(await sender.sendDueMail(later)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(queueRows()[0]).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: later.getTime() + 120_000 });

    sink = await startSink(port);
    const back = new Date(later.getTime() + 120_000);
    expect(await sender.sendDueMail(back)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.received.map((m) => m.subject)).toEqual([`Biên nhận bài dự thi ${code} – Gương sáng làm theo lời Bác`]);
    expect(queueRows()[0]).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('queues nothing when the submission is refused', async () => {
    const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
    const unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
    const nhung = await register(ctx.app, { email: 'nhung@example.vn', unitId });
    const contest = await createOpenContest(ctx.app, organizer, clock);
    const draft = (await ctx.app.inject({
      method: 'POST', url: `/api/contests/${contest.id}/entries`, headers: { cookie: nhung }, payload: { title: 'Quá ngắn', body: '<p>Ba chữ thôi.</p>' },
    })).json<{ id: number }>();
    const submit = await ctx.app.inject({
      method: 'POST', url: `/api/entries/${draft.id}/submit`, headers: { cookie: nhung }, payload: { consentToPublish: true },
    });
    expect(submit.statusCode).toBe(400);
    expect(queueRows()).toEqual([]);
  });
});

describe('without SMTP: the outbox and each person\'s notices', () => {
  it('the organizer reads every mail in the outbox; each person sees only their own', async () => {
    const { code } = await submitAnEntry();
    const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
    const outbox = await ctx.app.inject({ method: 'GET', url: '/api/mail/outbox?page=1', headers: { cookie: organizer } });
    expect(outbox.statusCode).toBe(200);
    expect(outbox.json()).toMatchObject({
      total: 1, page: 1, items: [{ to: 'nhung@example.vn', kind: 'receipt', status: 'queued', subject: expect.stringContaining(code) }],
    });
    expect(outbox.json().items[0].text).toContain(`${ORIGIN}/entries/`);

    const nhung = await login(ctx.app, 'nhung@example.vn', 'mat-khau-du-dai');
    const mine = await ctx.app.inject({ method: 'GET', url: '/api/me/notices', headers: { cookie: nhung } });
    expect(mine.json()).toMatchObject({ total: 1, items: [{ kind: 'receipt', subject: expect.stringContaining(code) }] });
    const theirs = await ctx.app.inject({ method: 'GET', url: '/api/me/notices', headers: { cookie: organizer } });
    expect(theirs.json()).toMatchObject({ total: 0, items: [] });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/mail/outbox', headers: { cookie: nhung } })).statusCode).toBe(403);
  });
});
