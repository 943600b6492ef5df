import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenContest, createUnit, DAY, FIXTURES, login, makeApp, multipart, ORGANIZER, organizerEnv, register,
  type TestContext,
} from './helpers.ts';

let ctx: TestContext;
let clock: Date;
let organizer: string;
let contestId: number;
let contestSlug: string;
const authors: { cookie: string; entryId: number; code: string; name: string }[] = [];
let judge: string;

const PHRASE = 'Anh là tấm Gương sáng làm theo lời Bác ở Đảng ủy phường.';
const essay = readFileSync(join(FIXTURES, 'essays/essay-01.txt'), 'utf8').split(/\n\s*\n/).slice(1);
const body = (extra: string) => `${essay.map((p) => `<p>${p.trim()}</p>`).join('')}<p>${extra}</p>`;

const api = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie, 'accept-language': 'vi' }, ...(payload && { payload }) });
const visitor = (url: string) => ctx.app.inject({ method: 'GET', url });

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  authors.length = 0;
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const units = [await createUnit(ctx.app, organizer, 'Đảng ủy Sở Y tế'), await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp')];
  contestSlug = `guong-sang-${Math.random().toString(36).slice(2, 8)}`;
  contestId = (await createOpenContest(ctx.app, organizer, clock, { slug: contestSlug, categories: [], prizeTiers: [{ name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 }] })).id;
  const people = [
    ['Nguyễn Thị Hồng Nhung', 'Người giữ lửa ở khu phố', PHRASE],
    ['Đỗ Quang Huy', 'Bác sĩ của bản làng', 'Anh lên bản mỗi tuần.'],
    ['Trần Văn Bảy', 'Chuyện người lái đò', 'Ông chở học trò qua sông bằng chiếc xuồng ba lá.'],
    ['Lê Thị Mai', 'Bài không đoạt giải', 'Một câu chuyện khác.'],
  ] as const;
  for (const [i, [name, title, extra]] of people.entries()) {
    const cookie = await register(ctx.app, { email: `tacgia${i}@example.vn`, fullName: name, unitId: units[i % 2] ?? 0 });
    const entry = (await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title, body: body(extra) })).json();
    if (i === 0) {
      const photo = multipart({ name: 'anh-Hong-Nhung.jpg', bytes: readFileSync(join(FIXTURES, 'essays/photo-01.jpg')) });
      await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie, ...photo.headers }, payload: photo.payload });
    }
    const submitted = await api(cookie, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: i !== 2 });
    expect(submitted.statusCode).toBe(200);
    authors.push({ cookie, entryId: entry.id, code: submitted.json().code, name });
  }
  judge = await register(ctx.app, { email: 'giamkhao@example.vn', fullName: 'Giám khảo', unitId: units[0] ?? 0 });
  clock = new Date(clock.getTime() + 20 * DAY);
  const tiers = (await api(organizer, 'GET', `/api/contests/${contestId}`)).json().prizeTiers as { id: number }[];
  const decided = await api(organizer, 'PUT', `/api/contests/${contestId}/awards`, { awards: [
    { entryCode: authors[0]!.code, tierId: tiers[0]!.id, reason: 'Hội đồng thống nhất' },
    { entryCode: authors[1]!.code, tierId: tiers[1]!.id, reason: 'Hội đồng thống nhất' },
    { entryCode: authors[2]!.code, tierId: tiers[1]!.id, reason: 'Hội đồng thống nhất' },
  ] });
  expect(decided.statusCode).toBe(200);
  expect((await api(organizer, 'POST', `/api/contests/${contestId}/awards/finalize`)).statusCode).toBe(200);
});
afterEach(() => ctx.close());

const publicVersion = (entryId: number, cookie = authors[0]!.cookie) => api(cookie, 'GET', `/api/entries/${entryId}/publication`);
const save = (entryId: number, changes: Record<string, unknown>, cookie = authors[0]!.cookie) =>
  publicVersion(entryId, cookie).then(async (current) => {
    const p = current.json().public ?? { title: 'x', body: '<p>x</p>', usesPenName: false, showUnit: true, photoIds: [] };
    return api(cookie, 'PUT', `/api/entries/${entryId}/publication`, {
      title: p.title, body: p.body, usesPenName: p.usesPenName, penName: p.usesPenName ? p.displayName : undefined, showUnit: p.showUnit, photoIds: p.photoIds, approve: false, ...changes,
    });
  });

/** The organizer approves the version they read (its author-approval time, as the page sends it). */
const approve = async (entryId: number, cookie = organizer) => {
  const reviewed = (await publicVersion(entryId, organizer)).json().authorApprovedAt ?? undefined;
  return api(cookie, 'PUT', `/api/entries/${entryId}/publication/approval`, { approved: true, reviewed });
};

describe('the public version', () => {
  it('awaits each winner, made from the judged version, seen only by its author and organizers', async () => {
    const [nhung] = authors;
    const mine = await publicVersion(nhung!.entryId);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      code: nhung!.code, tierName: 'Giải Nhất', status: 'awaiting_author', realName: 'Nguyễn Thị Hồng Nhung', unitName: 'Đảng ủy Sở Y tế',
      public: { title: 'Người giữ lửa ở khu phố', displayName: 'Nguyễn Thị Hồng Nhung', usesPenName: false, showUnit: true },
    });
    expect(mine.json().photos).toHaveLength(1);
    expect(mine.json().public.photoIds).toEqual([mine.json().photos[0].id]);
    expect((await publicVersion(nhung!.entryId, organizer)).statusCode).toBe(200);
    // The winner's notice: their entries list names the prize and what is awaited of them.
    const list = (await api(nhung!.cookie, 'GET', '/api/entries/mine')).json();
    expect(list[0].award).toEqual({ tierName: 'Giải Nhất', publicationStatus: 'awaiting_author' });
    expect((await api(authors[3]!.cookie, 'GET', '/api/entries/mine')).json()[0].award).toBeNull();
    for (const cookie of [authors[1]!.cookie, judge, '']) {
      expect([401, 404]).toContain((await publicVersion(nhung!.entryId, cookie)).statusCode);
    }
    // No award, no public version.
    expect((await publicVersion(authors[3]!.entryId, authors[3]!.cookie)).statusCode).toBe(404);
  });

  it('takes typo fixes, a pen name and a hidden unit; refuses a changed story with a clear message', async () => {
    const [nhung] = authors;
    const current = (await publicVersion(nhung!.entryId)).json();
    const fixed = await save(nhung!.entryId, {
      title: 'Người giữ lửa của khu phố', usesPenName: true, penName: 'Hồng Nhung', showUnit: false,
      body: current.public.body.replace('Mỗi sáng', 'Mỗi buổi sáng'), approve: true,
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ status: 'awaiting_organizer', public: { displayName: 'Hồng Nhung', showUnit: false } });
    expect(fixed.json().diff.title).toContainEqual({ kind: 'added', text: 'của' });
    expect(fixed.json().diff.addedWords).toBe(1);

    const linked = await save(nhung!.entryId, {
      body: current.public.body.replace('Mỗi sáng', '<a href="https://evil.example/phish">Mỗi</a> buổi sáng'),
    });
    expect(linked.json().diff.body.filter((p: { kind: string }) => p.kind === 'added').map((p: { text: string }) => p.text).join(''))
      .toContain('evil.example/phish');

    const rewritten = await save(nhung!.entryId, { body: '<p>Một câu chuyện hoàn toàn khác, viết lại từ đầu.</p>' });
    expect(rewritten.statusCode).toBe(400);
    expect(rewritten.json().error).toMatchObject({ code: 'publication_too_different' });
    expect(rewritten.json().error.message).toMatch(/không được thay đổi nội dung/);
    expect((await save(nhung!.entryId, { usesPenName: true, penName: '  ' })).json().error.code).toBe('pen_name_required');
    expect((await save(nhung!.entryId, { photoIds: [999] })).json().error.code).toBe('invalid_photo');
    expect((await save(nhung!.entryId, { altTexts: [{ id: 999, text: 'x' }] })).json().error.code).toBe('invalid_photo');
    const photoId = current.photos[0].id;
    const described = await save(nhung!.entryId, { altTexts: [{ id: photoId, text: '  Chị Nhung   bên giường bệnh nhân ' }], approve: true });
    expect(described.json().photos[0].altText).toBe('Chị Nhung bên giường bệnh nhân');
    expect((await save(nhung!.entryId, {}, authors[1]!.cookie)).statusCode).toBe(404);
    // The last accepted save approved it again; the refused ones changed nothing.
    expect((await publicVersion(nhung!.entryId)).json().status).toBe('awaiting_organizer');
  });

  it('goes public only when author and organizer approved and the showcase is published, on schedule', async () => {
    const [nhung, huy, bay] = authors;
    expect((await visitor(`/api/public/contests/${contestSlug}`)).statusCode).toBe(404);
    await save(nhung!.entryId, { approve: true });
    await save(huy!.entryId, { approve: true }, huy!.cookie);
    // The organizer cannot approve what the author has not.
    expect((await approve(bay!.entryId)).statusCode).toBe(409);
    expect((await approve(nhung!.entryId, authors[0]!.cookie)).statusCode).toBe(403);
    // Approving needs the version read: an older or missing one is refused.
    const stale = await api(organizer, 'PUT', `/api/entries/${nhung!.entryId}/publication/approval`, { approved: true, reviewed: '2020-01-01T00:00:00.000Z' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('publication_changed');
    expect((await api(organizer, 'PUT', `/api/entries/${nhung!.entryId}/publication/approval`, { approved: true })).statusCode).toBe(409);
    for (const a of [nhung!, huy!]) {
      expect((await approve(a.entryId)).json().status).toBe('approved');
    }
    // Approved by the organizer: the author can no longer change it.
    expect((await save(nhung!.entryId, { approve: true })).json().error.code).toBe('publication_locked');
    expect((await api(bay!.cookie, 'POST', `/api/entries/${bay!.entryId}/publication/decline`)).json().status).toBe('declined');

    const past = await api(organizer, 'POST', `/api/contests/${contestId}/publish`, { at: new Date(clock.getTime() - 86_400_000).toISOString() });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.code).toBe('publish_time_past');
    const at = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
    const scheduled = await api(organizer, 'POST', `/api/contests/${contestId}/publish`, { at: at.toISOString() });
    expect(scheduled.json().contest).toMatchObject({ publishedAt: at.toISOString(), isPublic: false });
    const stories = (await api(organizer, 'GET', `/api/contests/${contestId}/publications`)).json().stories;
    expect(stories.map((s: { status: string }) => s.status)).toEqual(['approved', 'approved', 'declined']);
    const story = (await publicVersion(nhung!.entryId)).json();
    expect(story.publicUrl).toBeNull();
    expect((await api(organizer, 'GET', `/api/contests/${contestId}`)).json().showcasePublic).toBe(false);
    const storyUrl = `/api/public/contests/${contestSlug}/stories/${story.public.slug}`;
    expect((await visitor(storyUrl)).statusCode).toBe(404);
    expect((await visitor('/api/public/search?q=guong+sang')).json().total).toBe(0);

    clock = new Date(at.getTime() + 1000);
    const showcase = await visitor(`/api/public/contests/${contestSlug}`);
    expect(showcase.statusCode).toBe(200);
    const tiers = showcase.json().tiers;
    expect(tiers.map((t: { name: string }) => t.name)).toEqual(['Giải Nhất', 'Giải Nhì']);
    expect(tiers[0].winners[0]).toMatchObject({ code: nhung!.code, story: { slug: story.public.slug, displayName: 'Nguyễn Thị Hồng Nhung', unitName: 'Đảng ủy Sở Y tế' } });
    // Declined: listed by code and title, nothing else.
    expect(tiers[1].winners).toContainEqual({ code: bay!.code, title: 'Chuyện người lái đò', story: null });
    expect(showcase.body).not.toContain('Trần Văn Bảy');
    expect(showcase.body).not.toContain('@example.vn');

    const page = await visitor(storyUrl);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ title: 'Người giữ lửa ở khu phố', tierName: 'Giải Nhất', displayName: 'Nguyễn Thị Hồng Nhung' });
    expect(page.json().photos[0]).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    expect((await publicVersion(nhung!.entryId)).json().publicUrl).toMatch(new RegExp(`/showcase/${contestSlug}/${story.public.slug}$`));

    const photo = await visitor(page.json().photos[0].url);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const dir = mkdtempSync(join(tmpdir(), 'gs-photo-'));
    try {
      writeFileSync(join(dir, 'p.jpg'), photo.rawPayload);
      const exif = spawnSync('exiftool', ['-j', '-EXIF:all', '-XMP:all', '-GPS:all', join(dir, 'p.jpg')], { encoding: 'utf8' });
      const tags = Object.keys(JSON.parse(exif.stdout)[0]).filter((k) => k !== 'SourceFile');
      expect(tags).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const search = (await visitor('/api/public/search?q=guong%20sang%20lam%20theo%20loi%20bac')).json();
    // Every story holding all six words is found; the one with the exact phrase comes first.
    expect(search.total).toBe(2);
    expect(search.results[0]).toMatchObject({ slug: story.public.slug, contestSlug, tierName: 'Giải Nhất' });
    expect(search.results[0].snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text)).toContain('Gương sáng làm theo lời Bác');
    expect((await visitor('/api/public/search?q=xuong')).json().total).toBe(0);

    const feed = (await visitor(`/api/public/stories?contest=${contestSlug}&text=true`)).json();
    expect(feed.map((s: { title: string }) => s.title)).toEqual(['Người giữ lửa ở khu phố', 'Bác sĩ của bản làng']);
    expect(feed[0].bodyHtml).toContain(PHRASE);
    expect((await visitor('/api/public/stories')).json()[0].bodyHtml).toBeUndefined();
    expect((await visitor('/api/public/contests')).json().map((c: { slug: string }) => c.slug)).toEqual([contestSlug]);
    expect((await api(organizer, 'GET', `/api/contests/${contestId}`)).json().showcasePublic).toBe(true);
  });

  it('shows nothing unpublished to URL guessing', async () => {
    const [nhung, , , loser] = authors;
    await save(nhung!.entryId, { approve: true });
    await api(organizer, 'POST', `/api/contests/${contestId}/publish`, {});
    const slug = (await publicVersion(nhung!.entryId)).json().public.slug;
    // Approved by the author, not yet by the organizer: still private.
    expect((await visitor(`/api/public/contests/${contestSlug}/stories/${slug}`)).statusCode).toBe(404);
    for (const url of [
      `/api/public/contests/${contestSlug}/stories/${loser!.code.toLowerCase()}`,
      `/api/public/contests/${contestSlug}/stories/bai-khong-doat-giai-${loser!.code.toLowerCase()}`,
      `/api/public/contests/${contestSlug}/stories/${slug}/photos/1`,
      '/api/public/contests/khong-co',
      `/api/public/contests/${contestSlug}/stories/..%2F..%2Fentries`,
    ]) {
      expect([400, 404], url).toContain((await visitor(url)).statusCode);
    }
    expect((await visitor('/api/public/search?q=khac')).json().total).toBe(0);
  });

  it('sanitizes the public text and audits every step', async () => {
    const [nhung] = authors;
    const current = (await publicVersion(nhung!.entryId)).json();
    const saved = await save(nhung!.entryId, {
      body: `${current.public.body}<script>alert(1)</script><img src=x onerror=alert(1)>`, approve: true,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().public.body).not.toMatch(/<script|onerror|<img/);
    await approve(nhung!.entryId);
    await api(organizer, 'POST', `/api/contests/${contestId}/publish`, {});
    await api(organizer, 'DELETE', `/api/contests/${contestId}/publish`);
    expect((await visitor(`/api/public/contests/${contestSlug}`)).statusCode).toBe(404);
    const audit = ctx.db.$client.prepare("select action from audit_log where action like 'publication.%' or action like 'contest.%publish%' order by id").pluck().all();
    expect(audit).toEqual(['publication.author_approved', 'publication.approved', 'contest.published', 'contest.unpublished']);
  });

  it('makes the anthology (PDF, EPUB) of what is public, and certificates for winners', async () => {
    const [nhung, huy, bay, loser] = authors;
    const anthology = `/api/public/contests/${contestSlug}/anthology.pdf`;
    expect((await visitor(anthology)).statusCode).toBe(404);
    for (const a of [nhung!, huy!]) {
      await save(a.entryId, { approve: true }, a.cookie);
      await approve(a.entryId);
    }
    await api(organizer, 'POST', `/api/contests/${contestId}/publish`, {});
    const dir = mkdtempSync(join(tmpdir(), 'gs-books-'));
    const pdfText = (name: string, bytes: Buffer) => {
      writeFileSync(join(dir, name), bytes);
      return spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, name), '-'], { encoding: 'utf8' }).stdout;
    };
    const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(dir, name)], { encoding: 'utf8' }).stdout)?.[1]);
    try {
      const pdf = await visitor(anthology);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = pdfText('a.pdf', pdf.rawPayload);
      expect(text).toBe(text.normalize('NFC'));
      for (const expected of ['Người giữ lửa ở khu phố', 'Bác sĩ của bản làng', 'Nguyễn Thị Hồng Nhung — Đảng ủy Sở Y tế', 'Anh là tấm Gương sáng làm theo lời Bác ở Đảng ủy phường.']) {
        expect(text.replace(/\s+/g, ' ')).toContain(expected);
      }
      // The declined story is not in the book.
      expect(text).not.toContain('xuồng ba lá');
      const epub = await visitor(`/api/public/contests/${contestSlug}/anthology.epub`);
      expect(epub.headers['content-type']).toBe('application/epub+zip');
      expect(epub.rawPayload.subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
      // A new caption (sent back, described, approved again) makes a new book, not the cached one.
      await api(organizer, 'PUT', `/api/entries/${nhung!.entryId}/publication/approval`, { approved: false });
      const photoId = (await publicVersion(nhung!.entryId)).json().photos[0].id;
      await save(nhung!.entryId, { altTexts: [{ id: photoId, text: 'Ảnh chụp lại, không còn tên đồng nghiệp' }], approve: true });
      await approve(nhung!.entryId);
      const again = await visitor(`/api/public/contests/${contestSlug}/anthology.epub`);
      expect(again.headers.etag).not.toBe(epub.headers.etag);
      expect(pdfText('b.pdf', (await visitor(anthology)).rawPayload).replace(/\s+/g, ' ')).toContain('Ảnh chụp lại, không còn tên đồng nghiệp');

      const mine = await api(nhung!.cookie, 'GET', `/api/entries/${nhung!.entryId}/certificate.pdf`);
      expect(mine.statusCode).toBe(200);
      expect(pdfText('c.pdf', mine.rawPayload).replace(/\s+/g, ' ')).toContain('Nguyễn Thị Hồng Nhung');
      expect(spawnSync('pdfinfo', [join(dir, 'c.pdf')], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+841\.89 x 595\.28/);
      expect((await api(huy!.cookie, 'GET', `/api/entries/${nhung!.entryId}/certificate.pdf`)).statusCode).toBe(404);
      expect((await api(loser!.cookie, 'GET', `/api/entries/${loser!.entryId}/certificate.pdf`)).statusCode).toBe(404);
      const all = await api(organizer, 'GET', `/api/contests/${contestId}/certificates.pdf`);
      writeFileSync(join(dir, 'all.pdf'), all.rawPayload);
      expect(pages('all.pdf')).toBe(3);
      // A winner who kept the story private still gets a certificate, with the real name.
      expect(pdfText('all2.pdf', all.rawPayload)).toContain(bay!.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('freezes every score once the awards are final: no new round (results-final.test.ts has every other write)', async () => {
    const round = await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
      name: 'Vòng sơ khảo', readersPerEntry: 1,
      opensAt: new Date(clock.getTime() - 3 * DAY).toISOString(), closesAt: new Date(clock.getTime() + DAY).toISOString(),
    });
    expect(round.statusCode).toBe(409);
    expect(round.json().error.code).toBe('awards_final');
  });

  it('refuses to publish before the awards are final', async () => {
    const other = await createOpenContest(ctx.app, organizer, clock);
    const refused = await api(organizer, 'POST', `/api/contests/${other.id}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('awards_not_final');
  });
});

describe('cached public answers (publishing/public-cache.ts)', () => {
  /** What a visitor finds of a story: its page, its place in the showcase, a search for its title. */
  const seen = async (storySlug: string, titleWords: string) => {
    const story = await visitor(`/api/public/contests/${contestSlug}/stories/${storySlug}`);
    const showcase = await visitor(`/api/public/contests/${contestSlug}`);
    const linked = showcase.statusCode === 200
      && (showcase.json().tiers as { winners: { story: { slug: string } | null }[] }[])
        .some((tier) => tier.winners.some((w) => w.story?.slug === storySlug));
    const search = (await visitor(`/api/public/search?q=${encodeURIComponent(titleWords)}`)).json();
    const found = (search.results as { slug: string }[]).some((r) => r.slug === storySlug);
    return { story: story.statusCode, showcase: showcase.statusCode, linked, found };
  };
  const visible = { story: 200, showcase: 200, linked: true, found: true };

  it('drops an unpublished story from the story page, showcase and search at once, and shows a newly published one', async () => {
    const [nhung, huy] = authors;
    await save(nhung!.entryId, { approve: true });
    await save(huy!.entryId, { approve: true }, huy!.cookie);
    await approve(nhung!.entryId);
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/publish`, {})).statusCode).toBe(200);
    const nhungSlug = (await publicVersion(nhung!.entryId)).json().public.slug as string;
    const huySlug = (await publicVersion(huy!.entryId, huy!.cookie)).json().public.slug as string;
    // Asked twice: the second answers come from the cache.
    for (let i = 0; i < 2; i++) {
      expect(await seen(nhungSlug, 'nguoi giu lua')).toEqual(visible);
      expect(await seen(huySlug, 'bac si ban lang')).toMatchObject({ story: 404, linked: false, found: false });
    }

    // The organizer approves Huy's story: it appears everywhere on the next request.
    expect((await approve(huy!.entryId)).statusCode).toBe(200);
    expect(await seen(huySlug, 'bac si ban lang')).toEqual(visible);

    // The organizer takes the approval of Nhung's story back: it is gone from all three at once.
    const withdrawn = await api(organizer, 'PUT', `/api/entries/${nhung!.entryId}/publication/approval`, { approved: false });
    expect(withdrawn.statusCode).toBe(200);
    expect(await seen(nhungSlug, 'nguoi giu lua')).toMatchObject({ story: 404, linked: false, found: false });
    expect(await seen(huySlug, 'bac si ban lang')).toEqual(visible);

    // The whole showcase unpublished, then published again.
    expect((await api(organizer, 'DELETE', `/api/contests/${contestId}/publish`)).statusCode).toBe(200);
    expect(await seen(huySlug, 'bac si ban lang')).toEqual({ story: 404, showcase: 404, linked: false, found: false });
    expect((await visitor('/api/public/contests')).json()).toEqual([]);
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/publish`, {})).statusCode).toBe(200);
    expect(await seen(huySlug, 'bac si ban lang')).toEqual(visible);

    // A revoked award takes its story down.
    const revoked = await api(organizer, 'POST', `/api/contests/${contestId}/awards/revoke`, { entryCode: huy!.code, reason: 'Đạo văn' });
    expect(revoked.statusCode).toBe(200);
    expect(await seen(huySlug, 'bac si ban lang')).toMatchObject({ story: 404, linked: false, found: false });
  });

  it('follows the author: a changed byline or a withdrawn consent shows at once', async () => {
    const [nhung] = authors;
    await save(nhung!.entryId, { approve: true });
    await approve(nhung!.entryId);
    await api(organizer, 'POST', `/api/contests/${contestId}/publish`, {});
    const slug = (await publicVersion(nhung!.entryId)).json().public.slug as string;
    const storyUrl = `/api/public/contests/${contestSlug}/stories/${slug}`;
    expect((await visitor(storyUrl)).json()).toMatchObject({ unitName: 'Đảng ủy Sở Y tế' });
    // The author's unit is renamed by the organizer: the byline follows.
    const unitId = (await api(organizer, 'GET', '/api/units')).json().find((u: { name: string }) => u.name === 'Đảng ủy Sở Y tế').id;
    expect((await api(organizer, 'PATCH', `/api/units/${unitId}`, { name: 'Đảng ủy Sở Y tế tỉnh' })).statusCode).toBe(200);
    expect((await visitor(storyUrl)).json()).toMatchObject({ unitName: 'Đảng ủy Sở Y tế tỉnh' });
    // The author withdraws consent.
    expect((await api(nhung!.cookie, 'POST', `/api/entries/${nhung!.entryId}/publication/decline`)).statusCode).toBe(200);
    expect(await seen(slug, 'nguoi giu lua')).toMatchObject({ story: 404, linked: false, found: false });
  });

  it('publishes a scheduled showcase when its time comes, with nothing written', async () => {
    const [nhung] = authors;
    await save(nhung!.entryId, { approve: true });
    await approve(nhung!.entryId);
    const at = new Date(clock.getTime() + 60 * 60 * 1000);
    await api(organizer, 'POST', `/api/contests/${contestId}/publish`, { at: at.toISOString() });
    const slug = (await publicVersion(nhung!.entryId)).json().public.slug as string;
    expect(await seen(slug, 'nguoi giu lua')).toEqual({ story: 404, showcase: 404, linked: false, found: false });
    clock = new Date(at.getTime());
    expect(await seen(slug, 'nguoi giu lua')).toEqual(visible);
    // A clock set back (tests, a corrected server clock) is not served what its time may not see.
    clock = new Date(at.getTime() - 1);
    expect(await seen(slug, 'nguoi giu lua')).toMatchObject({ story: 404, showcase: 404 });
  });
});
