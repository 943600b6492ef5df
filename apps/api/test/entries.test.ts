import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptHash } from '../src/entries/receipt.ts';
import { readBlob } from '../src/files/blob-store.ts';
import { editZip, exiftool, identifyingTags, leaksIn, qdf, unzipAll } from '../src/files/test-helpers.ts';
import { htmlToText } from '../src/files/html.ts';
import {
  createOpenContest, createUnit, DAY, FIXTURES, login, makeApp, multipart, ORGANIZER, organizerEnv, register,
  type TestContext,
} from './helpers.ts';

let ctx: TestContext;
let clock: Date;
let organizer: string;
let nhung: string;
let huy: string;
let contestId: number;

const fixture = (path: string) => readFileSync(join(FIXTURES, path));
const essay01 = fixture('essays/essay-01.txt').toString('utf8');
const asHtml = (text: string) => text.split(/\n\s*\n/).map((p) => `<p>${p.trim()}</p>`).join('');

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
  nhung = await register(ctx.app, { email: 'nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', unitId });
  huy = await register(ctx.app, { email: 'huy@example.vn', fullName: 'Đỗ Quang Huy', unitId });
  contestId = (await createOpenContest(ctx.app, organizer, clock)).id;
});
afterEach(() => ctx.close());

const api = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

async function draft(cookie = nhung, body = '') {
  const response = await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title: 'Người giữ lửa', body });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: number; code: string }>();
}

const rowCounts = () => Object.fromEntries(['entries', 'entry_versions', 'attachments', 'files'].map((table) =>
  [table, Number(ctx.db.$client.prepare(`select count(*) from ${table}`).pluck().get())]));

describe('entries per author', () => {
  it('refuses a second draft when the rules allow one entry, and counts a withdrawn one out', async () => {
    await api(organizer, 'PATCH', `/api/contests/${contestId}`, { entriesPerAuthor: 1 });
    const first = await draft();
    const second = await ctx.app.inject({
      method: 'POST', url: `/api/contests/${contestId}/entries`, headers: { cookie: nhung }, payload: { title: 'Bài thứ hai' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'entry_limit_reached' });
    expect(second.json().error.message).toMatch(/mỗi tác giả 1 bài/);
    const english = await ctx.app.inject({
      method: 'POST', url: `/api/contests/${contestId}/entries`, headers: { cookie: nhung, 'accept-language': 'en' }, payload: { title: 'Second' },
    });
    expect(english.json().error.message).toMatch(/1 entry per author/);
    expect(rowCounts().entries).toBe(1);
    // Another author is not held back by Nhung's entry.
    await draft(huy);
    expect((await api(nhung, 'POST', `/api/entries/${first.id}/withdraw`)).statusCode).toBe(200);
    await draft();
    expect(rowCounts().entries).toBe(3);
  });
});

describe('an entrant\'s journey', () => {
  it('draft → autosave → upload DOCX → use its text → submit → receipt → edit → version 2', async () => {
    const entry = await draft();
    expect(entry.code).toMatch(/^GS-[A-HJ-NP-Z2-9]{6}$/);

    const autosave = await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { subject: 'Chị Lan, tổ trưởng tổ dân phố', body: '<p>Bản nháp đầu tiên.</p>' });
    expect(autosave.json()).toMatchObject({ wordCount: 4, status: 'draft', editable: true });

    const form = multipart({ name: 'bai-du-thi.docx', bytes: fixture('essays/essay-01.docx') });
    const upload = await ctx.app.inject({
      method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...form.headers }, payload: form.payload,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const { attachment, extracted } = upload.json();
    expect(attachment).toMatchObject({ kind: 'document', fileKind: 'docx', originalName: 'bai-du-thi.docx' });
    // The essay's own words come through (the tracked insertion included, the comment not).
    expect(extracted.text).toContain(essay01.split('\n')[0]?.trim().slice(0, 40));
    expect(extracted.wordCount).toBeGreaterThan(300);

    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { body: extracted.html, category: 'Người lao động' });
    const submit = await api(nhung, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true, penName: 'Hồng Nhung' });
    expect(submit.statusCode).toBe(200);
    const receipt = submit.json();
    expect(receipt).toMatchObject({ code: entry.code, version: 1, submittedAt: clock.toISOString() });
    expect(receipt.receiptHash).toMatch(/^[0-9a-f]{64}$/);

    // The hash is reproducible from what was stored.
    const stored = (await api(nhung, 'GET', `/api/entries/${entry.id}`)).json();
    const originalSha = ctx.db.$client.prepare('select original_sha256 from attachments').pluck().get();
    expect(receiptHash({ title: stored.title, subject: stored.subject, category: stored.category, body: stored.body, attachmentHashes: [String(originalSha)] }))
      .toBe(receipt.receiptHash);

    const printed = (await api(nhung, 'GET', `/api/entries/${entry.id}/receipt`)).json();
    expect(printed).toMatchObject({ code: entry.code, version: 1, receiptHash: receipt.receiptHash, authorName: 'Nguyễn Thị Hồng Nhung', penName: 'Hồng Nhung' });

    clock = new Date(clock.getTime() + 60_000);
    const edit = await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { title: 'Người giữ lửa ở tổ dân phố' });
    expect(edit.json()).toMatchObject({ status: 'submitted', changedSinceSubmission: true });
    const second = (await api(nhung, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).json();
    expect(second.version).toBe(2);
    expect(second.receiptHash).not.toBe(receipt.receiptHash);
    const detail = (await api(nhung, 'GET', `/api/entries/${entry.id}`)).json();
    expect(detail.versions.map((v: { version: number; title: string }) => [v.version, v.title]))
      .toEqual([[1, 'Người giữ lửa'], [2, 'Người giữ lửa ở tổ dân phố']]);
    expect(detail.changedSinceSubmission).toBe(false);
    // Version 1's receipt is still there, unchanged.
    expect((await api(nhung, 'GET', `/api/entries/${entry.id}/receipt?version=1`)).json().receiptHash).toBe(receipt.receiptHash);
    const mine = (await api(nhung, 'GET', '/api/entries/mine')).json();
    expect(mine).toEqual([expect.objectContaining({ id: entry.id, status: 'submitted', versionCount: 2 })]);
  });

  it('nothing changes after the deadline: edits, uploads, submits and withdrawals are refused clearly', async () => {
    const entry = await draft(nhung, asHtml(essay01));
    clock = new Date(clock.getTime() + 10 * DAY + 1000);
    const before = rowCounts();
    const attempts = [
      await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { title: 'Muộn' }),
      await api(nhung, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true }),
      await api(nhung, 'POST', `/api/entries/${entry.id}/withdraw`),
      await api(nhung, 'POST', `/api/contests/${contestId}/entries`, { title: 'Bài mới' }),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'submission_closed' });
      expect(response.json().error.message).toMatch(/Đã hết hạn nộp bài \(06\/12\/2026 10:00, giờ Việt Nam\)/);
    }
    expect(rowCounts()).toEqual(before);
  });

  it('one second before the deadline still counts, and the limits of the rules are enforced', async () => {
    const entry = await draft(nhung, '<p>Quá ngắn.</p>');
    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { category: 'Người lao động' });
    const short = await api(nhung, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: false });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toBe('Bài viết có 2 chữ, ít hơn mức tối thiểu 100 chữ của thể lệ.');
    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { body: asHtml(essay01) });
    clock = new Date(clock.getTime() + 10 * DAY - 1000);
    expect((await api(nhung, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: false })).statusCode).toBe(200);
  });

  it('a refused submission names every problem at once: window, title, category and words', async () => {
    const early = (await createOpenContest(ctx.app, organizer, new Date(clock.getTime() + 2 * DAY))).id;
    const created = await api(nhung, 'POST', `/api/contests/${early}/entries`, { title: '', body: '<p>Quá ngắn.</p>' });
    expect(created.statusCode, created.body).toBe(201);
    const before = rowCounts();
    const refused = await api(nhung, 'POST', `/api/entries/${created.json().id}/submit`, { consentToPublish: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('entry_not_submittable');
    const message: string = refused.json().error.message;
    expect(message).toMatch(/^Chưa nộp được bài: cần sửa 4 điều sau\./);
    expect(message).toContain('Cuộc thi chưa mở nhận bài');
    expect(message).toContain('Bài dự thi cần có tiêu đề.');
    expect(message).toContain('Vui lòng chọn thể loại cho bài dự thi.');
    expect(message).toContain('Bài viết có 2 chữ, ít hơn mức tối thiểu 100 chữ của thể lệ.');
    expect(rowCounts()).toEqual(before);
  });

  it('stores NFD text pasted from a Mac as NFC, with the word count of DESIGN.md', async () => {
    const nfd = fixture('essays/essay-03-nfd.txt').toString('utf8');
    const nfc = fixture('essays/essay-03.txt').toString('utf8');
    expect(nfd).not.toBe(nfc);
    const entry = await draft(nhung, asHtml(nfd));
    const stored = (await api(nhung, 'GET', `/api/entries/${entry.id}`)).json();
    expect(stored.body).toBe(asHtml(nfc));
    expect(htmlToText(stored.body).replace(/\s+/g, ' ').trim()).toBe(nfc.replace(/\s+/g, ' ').trim());
    expect(stored.wordCount).toBe(300);
  });

  it('sanitizes the editor\'s HTML', async () => {
    const entry = await draft(nhung, '<p onclick="x()">Chị <strong>Lan</strong><script>alert(1)</script> <a href="javascript:alert(1)">xem</a> <img src=x onerror=alert(1)></p>');
    const body = (await api(nhung, 'GET', `/api/entries/${entry.id}`)).json().body;
    expect(body).not.toMatch(/script|onclick|onerror|javascript|<img/i);
    expect(body).toContain('<strong>Lan</strong>');
  });

  it('warns, without blocking, where the text names its author or unit', async () => {
    const entry = await draft(nhung, `<p>Tôi, Nguyễn Thị Hồng Nhung, công tác tại Sở Tư pháp.</p>${asHtml(essay01)}`);
    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { category: 'Người lao động' });
    const result = (await api(nhung, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).json();
    expect(result.warnings).toEqual([
      expect.objectContaining({ field: 'body', kind: 'name', match: 'Nguyễn Thị Hồng Nhung', before: 'Tôi, ' }),
      expect.objectContaining({ field: 'body', kind: 'unit', match: 'Sở Tư pháp' }),
    ]);
  });

  // Found by a review of the judges' copies: Word shows text typed in an 8-bit Vietnamese font as
  // Vietnamese, and the copy keeps the font, while the text read from the file is Latin-1.
  it('warns where an attachment names its author in a .VnTime font, as Word shows it', async () => {
    const entry = await draft(nhung, asHtml(essay01));
    const original = fixture('essays/essay-01.docx');
    const document = (await unzipAll(original)).get('word/document.xml')!.toString('utf8');
    const legacy = '<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>T¸c gi¶: NguyÔn ThÞ Hång Nhung</w:t></w:r></w:p>';
    const docx = await editZip(original, { 'word/document.xml': document.replace('<w:sectPr', `${legacy}<w:sectPr`) });
    const body = multipart({ name: 'bai-viet.docx', bytes: docx });
    const uploaded = await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...body.headers }, payload: body.payload });
    expect(uploaded.statusCode).toBe(201);
    const warnings = (await api(nhung, 'GET', `/api/entries/${entry.id}/anonymity-check`)).json<{ warnings: unknown[] }>().warnings;
    expect(warnings).toEqual([expect.objectContaining({ field: 'attachment', attachmentId: uploaded.json().attachment.id, kind: 'name', match: 'Nguyễn Thị Hồng Nhung', before: 'Tác giả: ' })]);
  });

  // Found by a review of "nothing lost": a document's text may hold characters the API refuses in
  // an essay (bidirectional marks, U+FFFD). The text it gives the editor must be text it saves, or
  // "use this text" leaves the draft unsavable.
  it('gives the editor text from a document that it then accepts as the essay', async () => {
    const entry = await draft(nhung, '');
    const original = fixture('essays/essay-01.docx');
    const document = (await unzipAll(original)).get('word/document.xml')!.toString('utf8');
    const marked = '<w:p><w:r><w:t xml:space="preserve">\u202BKý hiệu\u202C lỗi \uFFFD ở \u2066đây\u2069.</w:t></w:r></w:p>';
    const docx = await editZip(original, { 'word/document.xml': document.replace('<w:sectPr', `${marked}<w:sectPr`) });
    const body = multipart({ name: 'bai-viet.docx', bytes: docx });
    const uploaded = await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...body.headers }, payload: body.payload });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const extracted = uploaded.json<{ extracted: { html: string; text: string } }>().extracted;
    expect(extracted.text).toMatch(/Ký hiệu lỗi\s+ở đây\./);
    const used = await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { body: extracted.html });
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json<{ body: string }>().body).toMatch(/Ký hiệu lỗi\s+ở đây\./);
  });

  // Found by a review of what judges see: a photo's caption is shown under it in the judge's reader,
  // and the check read only the title, subject, text and attachments' extracted text.
  it('warns where a photo\'s caption names its author', async () => {
    const entry = await draft(nhung, asHtml(essay01));
    const body = multipart({ name: 'anh.jpg', bytes: fixture('essays/photo-01.jpg') }, { altText: 'Nguyễn Thị Hồng Nhung bên xe' });
    const uploaded = await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...body.headers }, payload: body.payload });
    expect(uploaded.statusCode).toBe(201);
    const warnings = (await api(nhung, 'GET', `/api/entries/${entry.id}/anonymity-check`)).json<{ warnings: unknown[] }>().warnings;
    expect(warnings).toEqual([expect.objectContaining({ field: 'attachment', attachmentId: uploaded.json().attachment.id, kind: 'name', match: 'Nguyễn Thị Hồng Nhung', after: ' bên xe' })]);
  });

  it('answers the check afresh whenever the text or the author\'s identity changes', async () => {
    const entry = await draft(nhung, `<p>Tôi, Nguyễn Thị Hồng Nhung, công tác tại Sở Tư pháp.</p>${asHtml(essay01)}`);
    const kinds = async () => (await api(nhung, 'GET', `/api/entries/${entry.id}/anonymity-check`)).json<{ warnings: { kind: string; match: string }[] }>()
      .warnings.map((w) => `${w.kind}: ${w.match}`);
    expect(await kinds()).toEqual(['name: Nguyễn Thị Hồng Nhung', 'unit: Sở Tư pháp']);
    expect(await kinds()).toEqual(['name: Nguyễn Thị Hồng Nhung', 'unit: Sở Tư pháp']);
    const unitId = ctx.db.$client.prepare('select unit_id from users where email = ?').pluck().get('nhung@example.vn');
    expect((await api(organizer, 'PATCH', `/api/units/${unitId}`, { name: 'Đảng ủy Sở Y tế' })).statusCode).toBe(200);
    expect(await kinds()).toEqual(['name: Nguyễn Thị Hồng Nhung']);
    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { body: `<p>Tôi công tác tại Sở Y tế.</p>${asHtml(essay01)}` });
    expect(await kinds()).toEqual(['unit: Sở Y tế']);
    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { title: 'Nguyễn Thị Hồng Nhung kể chuyện' });
    expect(await kinds()).toEqual(['name: Nguyễn Thị Hồng Nhung', 'unit: Sở Y tế']);
  });

  it('withdraws before the deadline, after which the entry is locked', async () => {
    const entry = await draft();
    expect((await api(nhung, 'POST', `/api/entries/${entry.id}/withdraw`)).json().status).toBe('withdrawn');
    const edit = await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { title: 'Lại' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('entry_locked');
  });
});

describe('uploads that must be refused', () => {
  const upload = (entryId: number, name: string, bytes: Buffer) => {
    const body = multipart({ name, bytes });
    return ctx.app.inject({ method: 'POST', url: `/api/entries/${entryId}/attachments`, headers: { cookie: nhung, ...body.headers }, payload: body.payload });
  };

  it.each([
    ['bad/bad-truncated.docx', 422, 'file_damaged'],
    ['bad/bad-html-as.pdf', 415, 'file_type_not_allowed'],
    ['bad/bad-elf-as.docx', 415, 'file_type_not_allowed'],
  ])('%s → %d %s, nothing saved', async (path, status, code) => {
    const entry = await draft();
    const before = rowCounts();
    const response = await upload(entry.id, path.split('/')[1] ?? path, fixture(path));
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message.length).toBeGreaterThan(20);
    expect(rowCounts()).toEqual(before);
  });

  it('a cut-off multipart body → 400, nothing saved', async () => {
    const entry = await draft();
    const form = multipart({ name: 'bai.docx', bytes: fixture('essays/essay-01.docx') });
    const before = rowCounts();
    const response = await ctx.app.inject({
      method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...form.headers },
      payload: form.payload.subarray(0, 4000),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_multipart');
    expect(rowCounts()).toEqual(before);
  });

  it('a 30 MB file → 413 with no partial file or row', async () => {
    const entry = await draft();
    const before = rowCounts();
    const response = await upload(entry.id, 'lon.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(30 * 1024 * 1024, 0x20)]));
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'file_too_large' });
    expect(response.json().error.message).toMatch(/tối đa 10 MB/);
    expect(rowCounts()).toEqual(before);
  });

  it('more attachments than the contest allows → 409', async () => {
    const small = await createOpenContest(ctx.app, organizer, clock, { maxAttachments: 1 });
    const entry = (await api(nhung, 'POST', `/api/contests/${small.id}/entries`, { title: 'Ảnh' })).json();
    expect((await upload(entry.id, 'anh.jpg', fixture('essays/photo-01.jpg'))).statusCode).toBe(201);
    const second = await upload(entry.id, 'anh2.png', fixture('essays/photo-02.png'));
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('too_many_attachments');
  });

  it('kinds the contest does not accept → 415', async () => {
    const docsOnly = await createOpenContest(ctx.app, organizer, clock, { allowedAttachmentKinds: ['docx'] });
    const entry = (await api(nhung, 'POST', `/api/contests/${docsOnly.id}/entries`, { title: 'PDF' })).json();
    expect((await upload(entry.id, 'bai.pdf', fixture('essays/essay-01.pdf'))).statusCode).toBe(415);
  });
});

describe('everyone sees only their own', () => {
  it('another entrant gets 404 for every route on my entry, before and after the deadline', async () => {
    const entry = await draft(nhung, asHtml(essay01));
    const body = multipart({ name: 'anh.jpg', bytes: fixture('essays/photo-01.jpg') });
    const photo = (await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...body.headers }, payload: body.payload })).json();
    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { category: 'Người lao động' });
    await api(nhung, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true });

    for (const moment of [clock, new Date(clock.getTime() + 11 * DAY)]) {
      clock = moment;
      const before = rowCounts();
      const attempts = [
        await api(huy, 'GET', `/api/entries/${entry.id}`),
        await api(huy, 'PATCH', `/api/entries/${entry.id}`, { title: 'Của tôi' }),
        await api(huy, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true }),
        await api(huy, 'POST', `/api/entries/${entry.id}/withdraw`),
        await api(huy, 'GET', `/api/entries/${entry.id}/receipt`),
        await api(huy, 'GET', `/api/entries/${entry.id}/anonymity-check`),
        await api(huy, 'GET', `/api/entries/${entry.id}/attachments/${photo.attachment.id}`),
        await api(huy, 'DELETE', `/api/entries/${entry.id}/attachments/${photo.attachment.id}`),
        await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: huy, ...body.headers }, payload: body.payload }),
      ];
      expect(attempts.map((r) => r.statusCode)).toEqual(attempts.map(() => 404));
      expect(rowCounts()).toEqual(before);
      expect((await api(huy, 'GET', '/api/entries/mine')).json()).toEqual([]);
    }
    // Organizers may read it.
    const asOrganizer = await api(organizer, 'GET', `/api/entries/${entry.id}`);
    expect(asOrganizer.json()).toMatchObject({ mine: false, editable: false });
  });

  it('the original file downloads only as an attachment with a generated name', async () => {
    const entry = await draft();
    const body = multipart({ name: 'Nguyễn Thị Hồng Nhung - ảnh.jpg', bytes: fixture('essays/photo-01.jpg') });
    const { attachment } = (await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...body.headers }, payload: body.payload })).json();
    const download = await api(nhung, 'GET', `/api/entries/${entry.id}/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${entry.code}-${attachment.id}.jpg"`);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe('sandbox');
    expect(download.rawPayload.equals(fixture('essays/photo-01.jpg'))).toBe(true);
  });

  // Found by a black-box attack: a caption or file name cut to its limit in the middle of an emoji
  // kept half of it, a lone surrogate that came back from the database as "���".
  it('a caption or file name cut to its limit never keeps half of a character', async () => {
    const entry = await draft();
    const body = multipart({ name: `${'a'.repeat(254)}😀.jpg`, bytes: fixture('essays/photo-01.jpg') }, { altText: `${'b'.repeat(499)}😀 và thêm` });
    const uploaded = await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...body.headers }, payload: body.payload });
    expect(uploaded.statusCode).toBe(201);
    const stored = (await api(nhung, 'GET', `/api/entries/${entry.id}`)).json<{ attachments: { originalName: string; altText: string }[] }>().attachments;
    for (const { originalName, altText } of [uploaded.json().attachment, ...stored]) {
      expect(originalName).toBe('a'.repeat(254));
      expect(altText).toBe('b'.repeat(499));
    }
  });
});

describe('the copies judges will get', () => {
  it.each(['essay-01.docx', 'essay-01.pdf', 'essay-02.docx', 'essay-02.odt', 'photo-01.jpg', 'photo-02.png'])(
    'the stored sanitized copy of %s carries no author data, inside every part and by exiftool',
    async (name) => {
      const entry = await draft();
      const form = multipart({ name, bytes: fixture(`essays/${name}`) });
      const response = await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie: nhung, ...form.headers }, payload: form.payload });
      expect(response.statusCode, response.body).toBe(201);
      const sha = String(ctx.db.$client.prepare('select sanitized_sha256 from attachments').pluck().get());
      const stored = await readBlob(join(ctx.dataDir, 'files'), sha);
      const extension = name.split('.').pop() ?? '';
      const parts = ['docx', 'odt'].includes(extension) ? [...(await unzipAll(stored)).values()]
        : extension === 'pdf' ? [qdf(stored)] : [stored];
      for (const part of parts) expect(leaksIn(part)).toEqual([]);
      expect(identifyingTags(exiftool(stored, extension))).toEqual([]);
    },
  );
});

describe('essay HTML that normalization would turn into markup (issue 10, class 1)', () => {
  it('is stored as text: no tag gains an event attribute, and a re-save changes nothing', async () => {
    const entry = await draft();
    const payload = '<p>&#x338;onfocus=alert(1) autofocus tabindex=0 x</p><p>y</p>\u0338<b onmouseover=alert(1)>z</b>';
    const saved = await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { body: payload });
    expect(saved.statusCode, saved.body).toBe(200);
    const stored = (await api(nhung, 'GET', `/api/entries/${entry.id}`)).json<{ body: string }>().body;
    expect(stored).not.toMatch(/<[^>]*\bon[a-z]+\s*=/i);
    expect(stored.normalize('NFC')).toBe(stored);
    await api(nhung, 'PATCH', `/api/entries/${entry.id}`, { body: stored });
    expect((await api(nhung, 'GET', `/api/entries/${entry.id}`)).json<{ body: string }>().body).toBe(stored);
  });
});

describe('bodies stored before the sanitizer was fixed', () => {
  it('are served through today\'s sanitizer, while the stored row stays as it was', async () => {
    const entry = await draft();
    const legacy = '<p\u226f onmouseover=alert(1) x</p><p>Đoạn hai</p>';
    ctx.db.$client.prepare('update entries set body = ? where id = ?').run(legacy, entry.id);
    const served = (await api(nhung, 'GET', `/api/entries/${entry.id}`)).json<{ body: string }>().body;
    expect(served).not.toMatch(/<[^>]*\bon[a-z]+\s*=/i);
    expect(served).toContain('<p>Đoạn hai</p>');
    expect(ctx.db.$client.prepare('select body from entries where id = ?').pluck().get(entry.id)).toBe(legacy);
  });
});

describe('an upload with two file parts (issue 10, class 11)', () => {
  it('is refused whole: neither file is kept', async () => {
    const entry = await draft();
    const boundary = '----gs-two-files';
    const part = (name: string, bytes: Buffer) => Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`),
      bytes, Buffer.from('\r\n')]);
    const payload = Buffer.concat([part('a.jpg', fixture('essays/photo-01.jpg')), part('b.jpg', fixture('essays/photo-01.jpg')),
      Buffer.from(`--${boundary}--\r\n`)]);
    const before = rowCounts();
    const response = await ctx.app.inject({
      method: 'POST', url: `/api/entries/${entry.id}/attachments`, payload,
      headers: { cookie: nhung, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toBe('Mỗi lần chỉ tải lên một tệp.');
    expect(rowCounts()).toEqual(before);
  });
});
