import {
  closeDb, countEntriesByStatus, createDb, getContestBySlug, getUserRoles, listAudit, listContests,
  listCriteria, listEntriesByContest, listEntryVersions, listPrizeTiers, listUnits, schema,
  searchUsers, type Db, type Entry,
} from '@guong-sang/db';
import { receiptHash } from '../entries/receipt.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PUBLISHED_SLUG } from './contests.ts';
import { DEMO_CONTEST_SLUG, DEMO_ORGANIZER_EMAIL, seedDemo, type DemoAccounts } from './seed.ts';

const NOW = new Date('2026-05-19T03:00:00Z');
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$demo$demo';

/** The body as a reader sees it: tags dropped, blocks separated by blank lines. */
const textOf = (html: string) => html.replace(/<\/(p|h2)>\s*/g, '\n\n').replace(/<[^>]+>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
/** An independent recount by the rule in DESIGN.md. */
const recount = (text: string) =>
  text.normalize('NFC').split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

const demoUsers = (db: Db) => searchUsers(db, '@demo.guongsang.vn', { limit: 10_000 });

let db: Db;
let accounts: DemoAccounts;
let contestId: number;
let entries: Entry[];

beforeAll(() => {
  db = createDb(':memory:');
  accounts = seedDemo(db, { passwordHash: HASH, now: NOW, seed: 7 });
  contestId = getContestBySlug(db, DEMO_CONTEST_SLUG)!.id;
  entries = listEntriesByContest(db, contestId);
});
afterAll(() => closeDb(db));

describe('seedDemo', () => {
  it('creates about 360 entrants, eight judges and the organizer', () => {
    const users = demoUsers(db);
    const roles = new Map(users.map((u) => [u.id, getUserRoles(db, u.id)]));
    const onlyEntrants = users.filter((u) => roles.get(u.id)!.join() === 'entrant');
    const judges = users.filter((u) => roles.get(u.id)!.includes('judge'));
    expect(onlyEntrants.length).toBeGreaterThanOrEqual(350);
    expect(onlyEntrants.length).toBeLessThanOrEqual(370);
    expect(judges).toHaveLength(8);
    for (const judge of judges) expect(roles.get(judge.id)).toEqual(['entrant', 'judge']);
    expect(new Set(judges.map((j) => j.unitId)).size).toBe(8);
    const organizer = users.find((u) => u.email === DEMO_ORGANIZER_EMAIL)!;
    expect(roles.get(organizer.id)).toEqual(['organizer']);
    expect(users.every((u) => u.passwordHash === HASH)).toBe(true);
  });

  it('returns the accounts to print, which exist with the right roles', () => {
    expect(accounts.created).toBe(true);
    expect(accounts.organizer.email).toBe(DEMO_ORGANIZER_EMAIL);
    expect(accounts.judges).toHaveLength(8);
    expect(accounts.entrants.length).toBeGreaterThanOrEqual(3);
    const byEmail = new Map(demoUsers(db).map((u) => [u.email, u]));
    for (const judge of accounts.judges) expect(getUserRoles(db, byEmail.get(judge.email)!.id)).toContain('judge');
    for (const entrant of accounts.entrants) expect(getUserRoles(db, byEmail.get(entrant.email)!.id)).toEqual(['entrant']);
    expect(accounts.passwordNote).not.toBe('');
  });

  it('gives people Vietnamese names and diacritic-free, unique e-mails', () => {
    const users = demoUsers(db);
    expect(new Set(users.map((u) => u.email)).size).toBe(users.length);
    for (const u of users) {
      expect(u.email).toMatch(/^[a-z]+(\.[a-z]+\.\d{3})?@demo\.guongsang\.vn$/);
      expect(u.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    expect(users.some((u) => /[ăâđêôơưáàảãạ]/i.test(u.fullName))).toBe(true);
    expect(listUnits(db).length).toBeGreaterThanOrEqual(20);
  });

  it('creates the open 2026 contest as specified', () => {
    const contest = getContestBySlug(db, DEMO_CONTEST_SLUG)!;
    expect(contest).toMatchObject({
      title: 'Gương sáng làm theo lời Bác năm 2026',
      status: 'open',
      minWords: 500,
      maxWords: 2500,
      categories: ['Cán bộ, đảng viên', 'Người lao động', 'Tập thể tiêu biểu'],
    });
    const day = 24 * 60 * 60 * 1000;
    expect(contest.submissionOpensAt.getTime()).toBe(NOW.getTime() - 20 * day);
    expect(contest.submissionClosesAt.getTime()).toBe(NOW.getTime() + 10 * day);
    expect(contest.rules).toContain('## ');
    const criteria = listCriteria(db, contest.id);
    expect(criteria.map((c) => c.name)).toEqual(['Nội dung', 'Tính chân thực', 'Tính lan tỏa', 'Hình thức trình bày']);
    expect(criteria.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 10);
    for (const c of criteria) {
      expect([c.min, c.max]).toEqual([0, 10]);
      expect(c.levels.length).toBeGreaterThanOrEqual(3);
    }
    expect(listPrizeTiers(db, contest.id).map((t) => [t.name, t.count])).toEqual([
      ['Giải Nhất', 1], ['Giải Nhì', 2], ['Giải Ba', 3], ['Giải Khuyến khích', 10],
    ]);
  });

  it('adds two past contests whose submissions are closed: one being judged, last year\'s to publish', () => {
    const past = listContests(db).filter((c) => c.slug !== DEMO_CONTEST_SLUG);
    expect(past.map((c) => c.slug).sort()).toEqual([DEMO_PUBLISHED_SLUG, 'nguoi-tot-viec-tot-2026']);
    for (const contest of past) {
      expect(contest.submissionClosesAt.getTime()).toBeLessThan(NOW.getTime());
      expect(contest.status).not.toBe('open');
      expect(listEntriesByContest(db, contest.id, { status: 'submitted' }).length).toBeGreaterThanOrEqual(40);
    }
  });

  it('enters about 310 entrants over three weeks, most of them submitted; 400+ entries in all', () => {
    const counts = countEntriesByStatus(db, contestId);
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(entries.length).toBeLessThanOrEqual(320);
    expect(db.select().from(schema.entries).all().length).toBeGreaterThanOrEqual(400);
    const days = new Set(entries.filter((e) => e.submittedAt).map((e) => e.submittedAt!.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(14);
    expect(counts.submitted).toBeGreaterThan(entries.length / 2);
    expect(counts.draft).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.authorId)).size).toBe(entries.length);
  });

  it('spreads participation unevenly over the units: a few keen ones, many quiet ones', () => {
    const authorsUnit = new Map(demoUsers(db).map((u) => [u.id, u.unitId]));
    const perUnit = new Map<number, number>();
    for (const e of entries) perUnit.set(authorsUnit.get(e.authorId)!, (perUnit.get(authorsUnit.get(e.authorId)!) ?? 0) + 1);
    const counts = [...perUnit.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThanOrEqual(4 * counts[counts.length - 1]!);
  });

  it('keeps every submitted entry within the word limits, with a word count that matches its text', () => {
    for (const entry of entries.filter((e) => e.status === 'submitted')) {
      expect(entry.wordCount).toBeGreaterThanOrEqual(500);
      expect(entry.wordCount).toBeLessThanOrEqual(2500);
      expect(recount(textOf(entry.body))).toBe(entry.wordCount);
    }
  });

  it('stores only NFC text', () => {
    const rows = db.select().from(schema.entries).all();
    for (const e of rows) {
      for (const text of [e.title, e.subject, e.body, e.category ?? '', e.penName ?? '']) {
        expect(text).toBe(text.normalize('NFC'));
      }
    }
    for (const u of demoUsers(db)) expect(u.fullName).toBe(u.fullName.normalize('NFC'));
    for (const c of listContests(db)) expect(c.rules + c.description).toBe((c.rules + c.description).normalize('NFC'));
  });

  it('writes essays that differ from each other', () => {
    const bodies = entries.map((e) => e.body);
    expect(new Set(bodies).size).toBe(bodies.length);
    // Not just different somewhere: no two essays share most of their sentences.
    const sentences = bodies.map((b) => new Set(textOf(b).split(/(?<=[.!?”])\s+/)));
    for (let i = 0; i < 40; i++) {
      for (let j = i + 1; j < 40; j++) {
        const shared = [...sentences[i]!].filter((s) => sentences[j]!.has(s)).length;
        expect(shared / Math.min(sentences[i]!.size, sentences[j]!.size)).toBeLessThan(0.5);
      }
    }
    // Subjects are generated Vietnamese names: among 310 a few repeat, as among real colleagues.
    expect(new Set(entries.map((e) => e.subject)).size).toBeGreaterThan(entries.length * 0.85);
  });

  it('writes simple sanitized-style HTML bodies', () => {
    for (const e of entries) {
      expect(e.body).toMatch(/^<(p|h2)>/);
      expect(e.body.replace(/<\/?(p|h2)>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('includes a story that names "Gương sáng làm theo lời Bác"', () => {
    expect(entries.some((e) => e.status === 'submitted' && textOf(e.body).includes('Gương sáng làm theo lời Bác'))).toBe(true);
  });

  it('gives each submitted entry a blind code, a submission time and version 1 with its receipt hash', () => {
    for (const entry of entries) {
      expect(entry.code).toMatch(/^GS-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
      const versions = listEntryVersions(db, entry.id);
      if (entry.status === 'draft') {
        expect(entry.submittedAt).toBeNull();
        expect(versions).toEqual([]);
        continue;
      }
      expect(entry.submittedAt!.getTime()).toBeGreaterThanOrEqual(entry.createdAt.getTime());
      expect(entry.submittedAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(versions).toHaveLength(1);
      const v = versions[0]!;
      expect(v).toMatchObject({ version: 1, title: entry.title, body: entry.body, wordCount: entry.wordCount });
      // The same receipt hash the submit route computes, so demo receipts verify.
      expect(v.sha256).toBe(receiptHash({
        title: entry.title, subject: entry.subject, category: entry.category, body: entry.body, attachmentHashes: [],
      }));
    }
  });

  it('audits every submission as done by its author', () => {
    const audit = listAudit(db, { limit: 10_000 }).filter((a) => a.action === 'entry.submitted');
    const submitted = db.select().from(schema.entries).all().filter((e) => e.status === 'submitted');
    expect(audit).toHaveLength(submitted.length);
    const byId = new Map(submitted.map((e) => [String(e.id), e]));
    for (const row of audit) {
      expect(row.subjectType).toBe('entry');
      expect(row.actorId).toBe(byId.get(row.subjectId)!.authorId);
    }
  });

  it('fills the outbox with each submission\'s receipt, mailed to its author at the submission time', () => {
    const submitted = db.select().from(schema.entries).all().filter((e) => e.status === 'submitted');
    const receipts = db.select().from(schema.mailQueue).all().filter((m) => m.kind === 'receipt');
    expect(receipts).toHaveLength(submitted.length);
    const authors = new Set(submitted.map((e) => e.authorId));
    expect(receipts.every((m) => m.userId !== null && authors.has(m.userId))).toBe(true);
    expect(receipts.every((m) => m.subject.length > 0 && m.text.includes('SHA-256'))).toBe(true);
  });

  it('does nothing the second time, and still returns the accounts', () => {
    const before = db.select().from(schema.entries).all().length;
    const again = seedDemo(db, { passwordHash: 'other', now: new Date(NOW.getTime() + 86_400_000), seed: 99 });
    expect(again.created).toBe(false);
    expect({ ...again, created: true }).toEqual(accounts);
    expect(db.select().from(schema.entries).all()).toHaveLength(before);
    expect(listContests(db)).toHaveLength(3);
  });

  it('gives the same data for the same seed and different data for another', () => {
    const snapshot = (seed: number) => {
      const other = createDb(':memory:');
      try {
        seedDemo(other, { passwordHash: HASH, now: NOW, seed });
        return {
          users: demoUsers(other).map((u) => [u.id, u.email, u.fullName, u.createdAt.getTime()]).sort(),
          entries: other.select().from(schema.entries).all()
            .map((e) => [e.code, e.title, e.body, e.wordCount, e.status, e.submittedAt?.getTime()]),
        };
      } finally {
        closeDb(other);
      }
    };
    const first = snapshot(7);
    expect(snapshot(7)).toEqual(first);
    expect(first.users).toEqual(demoUsers(db).map((u) => [u.id, u.email, u.fullName, u.createdAt.getTime()]).sort());
    const third = snapshot(8);
    expect(third.users).not.toEqual(first.users);
    expect(third.entries[0]).not.toEqual(first.entries[0]);
  }, 180_000); // three seeds of 420 entries each: slow on a shared machine
});
