import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../client.ts';
import { listAwards, replaceAwards, revokeAward } from './awards.ts';
import { createContest, listPrizeTiers, updateContest } from './contests.ts';
import { createEntry, updateEntry } from './entries.ts';
import {
  createPublication, getPublicStory, isEntryPublic, listPublicStories, listPublishedContests, searchPublicStories,
  toMatchExpression, updatePublication, type Publication,
} from './publications.ts';
import { createUnit } from './units.ts';
import { createUser } from './users.ts';

const NOW = new Date(Date.UTC(2026, 10, 26, 10));
const EARLIER = new Date(NOW.getTime() - 60_000);
const LATER = new Date(NOW.getTime() + 60_000);

let db: Db;
let contestId: number;
let codes = 0;

beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 180 });
  createUser(db, { id: 'nhung', email: 'nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', unitId: unit.id, passwordHash: 'x' });
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  contestId = createContest(db, { slug: 'guong-sang-2025', title: 'Gương sáng 2025', ...window, publishedAt: EARLIER }, {
    prizeTiers: [{ name: 'Giải Nhất', count: 100 }],
  }).id;
  awarded.length = 0;
});
afterEach(() => closeDb(db));

const awarded: { entryId: number; tierId: number; adjustmentReason: null }[] = [];

/** A winning entry's public version (its award decided), approved by both sides unless told. */
function story(title: string, bodyText: string, approved = true): Publication {
  const code = `GS-${String(++codes).padStart(6, '0')}`;
  const entry = createEntry(db, { contestId, authorId: 'nhung', code, title, status: 'submitted' });
  awarded.push({ entryId: entry.id, tierId: listPrizeTiers(db, contestId)[0]?.id ?? 0, adjustmentReason: null });
  replaceAwards(db, contestId, awarded, 'nhung', EARLIER);
  return createPublication(db, {
    entryId: entry.id, slug: `story-${code.toLowerCase()}`, title, body: `<p>${bodyText}</p>`, bodyText,
    displayName: 'Nguyễn Thị Hồng Nhung',
    authorApprovedAt: approved ? EARLIER : null, organizerApprovedAt: approved ? EARLIER : null,
  });
}

const find = (query: string) => searchPublicStories(db, query, NOW, { limit: 10, offset: 0 });

describe('story search', () => {
  it('ignores diacritics and case, đ included', () => {
    const phrase = story('Người thầy của bản làng', 'Anh là tấm Gương sáng làm theo lời Bác ở Đảng ủy phường.');
    story('Chuyện khu phố', 'Một câu chuyện khác hẳn.');
    for (const query of ['guong sang lam theo loi bac', 'GƯƠNG SÁNG', 'dang uy', 'Đảng ủy', 'nguoi thay']) {
      expect(find(query).hits.map((h) => h.publicationId), query).toEqual([phrase.id]);
    }
    expect(find('nhung').total).toBe(2);
  });

  it('ranks a title match above a body match', () => {
    const inBody = story('Chuyện khu phố', 'Người giữ lửa của khu phố.');
    const inTitle = story('Người giữ lửa', 'Chị làm việc ở phường.');
    expect(find('giu lua').hits.map((h) => h.publicationId)).toEqual([inTitle.id, inBody.id]);
  });

  it('finds only what is public: both approvals, showcase published by now', () => {
    const unapproved = story('Bài chưa duyệt', 'bí mật', false);
    expect(find('bi mat').total).toBe(0);
    updatePublication(db, unapproved.id, { authorApprovedAt: EARLIER });
    expect(find('bi mat').total).toBe(0);
    updatePublication(db, unapproved.id, { organizerApprovedAt: EARLIER });
    expect(find('bi mat').total).toBe(1);
    updateContest(db, contestId, { publishedAt: LATER });
    expect(find('bi mat').total).toBe(0);
    expect(listPublishedContests(db, NOW)).toEqual([]);
    expect(listPublicStories(db, NOW)).toEqual([]);
  });

  it('follows edits of the public version', () => {
    const edited = story('Tựa cũ', 'nội dung cũ');
    updatePublication(db, edited.id, { title: 'Tựa mới', bodyText: 'nội dung mới' });
    expect(find('cu').total).toBe(0);
    expect(find('tua moi noi dung').hits.map((h) => h.publicationId)).toEqual([edited.id]);
  });

  it('treats FTS5 syntax in the query as plain words', () => {
    story('Dấu ngoặc', 'AND OR NOT NEAR');
    for (const query of ['"', 'a"b', 'NEAR(', '*', '-x', 'title:x', '(', ')', 'AND', '^', '😀']) {
      expect(() => find(query), query).not.toThrow();
    }
    expect(toMatchExpression('  !!! ')).toBeUndefined();
    expect(toMatchExpression('NEAR("x" y)')).toBe('"NEAR" "x" "y"');
    expect(find('and or').total).toBe(1);
  });

  it('pages', () => {
    for (let i = 0; i < 5; i += 1) story(`Bài ${i}`, 'câu chuyện chung');
    const first = searchPublicStories(db, 'cau chuyen', NOW, { limit: 2, offset: 0 });
    const second = searchPublicStories(db, 'cau chuyen', NOW, { limit: 2, offset: 2 });
    expect(first.total).toBe(5);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.publicationId)).size).toBe(4);
  });
});

describe('public story lookup', () => {
  it('returns a story only under its own contest and only when public', () => {
    const shown = story('Công khai', 'x');
    const hidden = story('Riêng tư', 'y', false);
    expect(getPublicStory(db, 'guong-sang-2025', shown.slug, NOW)?.publication.id).toBe(shown.id);
    expect(getPublicStory(db, 'other', shown.slug, NOW)).toBeUndefined();
    expect(getPublicStory(db, 'guong-sang-2025', hidden.slug, NOW)).toBeUndefined();
    expect(listPublicStories(db, NOW).map((s) => s.publication.id)).toEqual([shown.id]);
  });

  it('takes a story down everywhere once its award is revoked or its entry disqualified', () => {
    const revoked = story('Bài đạo văn', 'chép nguyên văn');
    const disqualified = story('Bài bị loại', 'vi phạm thể lệ');
    const kept = story('Bài còn giải', 'câu chuyện thật');
    expect(listPublicStories(db, NOW)).toHaveLength(3);
    const award = listAwards(db, contestId).find((a) => a.entryId === revoked.entryId);
    revokeAward(db, award?.id ?? 0, { revokedBy: 'nhung', revocationReason: 'Đạo văn', revokedAt: NOW });
    updateEntry(db, disqualified.entryId, { status: 'disqualified', disqualifiedReason: 'Vi phạm' });
    for (const gone of [revoked, disqualified]) {
      expect(isEntryPublic(db, gone.entryId, NOW)).toBe(false);
      expect(getPublicStory(db, 'guong-sang-2025', gone.slug, NOW)).toBeUndefined();
    }
    expect(find('chep nguyen van').total).toBe(0);
    expect(find('vi pham the le').total).toBe(0);
    expect(listPublicStories(db, NOW).map((s) => s.publication.id)).toEqual([kept.id]);
    expect(isEntryPublic(db, kept.entryId, NOW)).toBe(true);
  });
});

describe('the search migration', () => {
  it('indexes the stories already stored when the search table is added', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-migrate-'));
    try {
      // The migrations before the search table (up to 0002), in a folder of their own.
      const folder = fileURLToPath(new URL('../../drizzle', import.meta.url));
      const previous = join(dir, 'migrations');
      mkdirSync(join(previous, 'meta'), { recursive: true });
      const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
      const entries = journal.entries.filter((e) => e.tag < '0003');
      for (const e of entries) copyFileSync(join(folder, `${e.tag}.sql`), join(previous, `${e.tag}.sql`));
      writeFileSync(join(previous, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));

      const path = join(dir, 'db.sqlite');
      const old = createDb(path, { migrate: false });
      migrate(old, { migrationsFolder: previous });
      // In SQL, as the 0002 schema has it: today's query functions write columns it lacks.
      const run = (sql: string, ...values: unknown[]) => Number(old.$client.prepare(sql).run(...values).lastInsertRowid);
      const at = EARLIER.getTime();
      const unitId = run("insert into units (name, headcount, created_at) values ('Đảng ủy phường', 1, 0)");
      run('insert into users (id, email, full_name, unit_id, password_hash, created_at) values (?, ?, ?, ?, ?, ?)',
        'dao', 'dao@example.vn', 'Đỗ Thị Đào', unitId, 'x', at);
      const contestId = run(
        'insert into contests (slug, title, submission_opens_at, submission_closes_at, published_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
        'c', 'C', at, at, at, at, at,
      );
      run('insert into prize_tiers (contest_id, position, name, count) values (?, 0, ?, 1)', contestId, 'Giải Nhất');
      const entryId = run(
        "insert into entries (contest_id, author_id, code, title, status, created_at, updated_at) values (?, 'dao', 'GS-000001', 'Đường về', 'submitted', ?, ?)",
        contestId, at, at,
      );
      run(
        `insert into publications (entry_id, slug, title, body, body_text, display_name, author_approved_at, organizer_approved_at, created_at)
         values (?, 'duong-ve-gs-000001', 'Đường về', '<p>Đi đâu cũng nhớ</p>', 'Đi đâu cũng nhớ', 'Đỗ Thị Đào', ?, ?, ?)`,
        entryId, at, at, at,
      );
      closeDb(old);

      const upgraded = createDb(path);
      try {
        replaceAwards(upgraded, contestId, [{ entryId, tierId: listPrizeTiers(upgraded, contestId)[0]?.id ?? 0, adjustmentReason: null }], 'dao', EARLIER);
        expect(searchPublicStories(upgraded, 'di dau', NOW, { limit: 5, offset: 0 }).total).toBe(1);
        expect(searchPublicStories(upgraded, 'do thi dao', NOW, { limit: 5, offset: 0 }).total).toBe(1);
      } finally {
        closeDb(upgraded);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
