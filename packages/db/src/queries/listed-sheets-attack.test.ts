import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completedListedSheets, isListedSheetDetails, joinedListedSheets, listedSheetRows, listedSheetsOf, listedSheetsOfRows, type ListedSheets } from './listed-sheets.ts';
import { countedSheetsOf, countedSheetsOfRows } from './counted-sheets.ts';
import { byCriterion, keysPerObject, scoresOfObject, sheetsText } from './counted-sheets.test-support.ts';

/*
 * A review's attack on the scanner of listed sheets (6b695fc): texts as SQLite writes them for the
 * score-sheet export (judging.ts listedColumns / detailColumns), comments typed by judges, stored
 * values edited by hand, read as JSON.parse with the old read's checks (ab4aa24 judging.ts
 * sheetsInOrder, listedSheetAt, roundSheetExportDetailsOf) reads them, each sheet's scores as the
 * counted sheets' oracle reads the stored object (counted-sheets.test-support.ts), or refused as
 * malformed. The scanner is
 * stricter on purpose where the old read let a wrong type through unchecked (a status that is not
 * a sheet's, a comment that is not a string, an updated-at that is not an integer, in the details
 * a judge without scores or scores without a judge): the oracle refuses those too.
 */
function parsedAsBefore(text: string | null, count: number, details: boolean) {
  let v: unknown;
  try {
    v = JSON.parse(`[${text ?? ''}]`);
  } catch {
    return 'refused';
  }
  if (!Array.isArray(v) || v.length !== count * 7) return 'refused';
  // Once every other value is checked, the objects of the text are the scores that are not null, in order.
  const objects = keysPerObject(text ?? '');
  let object = 0;
  const rows = [];
  for (let k = 0; k < v.length; k += 7) {
    const [assignmentId, entryId, judgeId, criteria, status, comment, updatedAt] = v.slice(k, k + 7) as unknown[];
    if (!Number.isInteger(assignmentId) || !Number.isInteger(entryId)) return 'refused';
    // The tightenings (see above).
    if (status !== 'draft' && status !== 'submitted') return 'refused';
    if (typeof comment !== 'string' || !Number.isInteger(updatedAt)) return 'refused';
    const absent = details && judgeId === null && criteria === null;
    if (!absent && (typeof judgeId !== 'string' || typeof criteria !== 'object' || criteria === null || Array.isArray(criteria))) return 'refused';
    rows.push({ assignmentId, entryId, judgeId: absent ? null : judgeId, criteria, status, comment, updatedAt, code: `GS-${String(entryId)}` });
  }
  for (const row of rows) {
    if (row.criteria === null) continue;
    const pairs = scoresOfObject(row.criteria, objects[object++]);
    if (!pairs) return 'refused';
    row.criteria = pairs;
  }
  return rows.sort((a, b) => (a.entryId as number) - (b.entryId as number) || (a.assignmentId as number) - (b.assignmentId as number));
}

function scanned(text: string | null, count: number, details: boolean) {
  try {
    return listedSheetRows(listedSheetsOf({ sheets: count, values: text }, (entryId) => `GS-${entryId}`, details))
      .map((row) => ({ ...row, criteria: row.criteria && byCriterion(row.criteria) }));
  } catch (error) {
    expect(String(error)).toMatch(/malformed/);
    return 'refused';
  }
}

const commentText = fc.oneof(
  fc.string({ maxLength: 20, unit: 'binary' }).map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 20, unit: 'binary' }).map((s) => `"${s}"`),
  fc.constantFrom('"\\u2028\\u2029"', '"\u2028"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\ud83d"', '"\\/\\b\\f\\n\\r\\t"', '"\\x41"', '"\\u00e"',
    '"\\"', '"a\\\\"', '"\u0000"', '"\u001f"', '"\u007f"', 'null', '5', '""', '"=1+1"', '["a"]'),
  fc.nat(200).map((n) => JSON.stringify(`Nhận xét ${'"rất\\ dài"\n'.repeat(n)}`)),
);
const statusText = fc.constantFrom('"draft"', '"submitted"', '"dr\\u0061ft"', '"Submitted"', '"archived"', 'null', '0', '"draft" ', ' "submitted"');
const numberText = fc.constantFrom('0', '7', '-0', '1.5', '1e2', '12345678901234567890', '-3', '01', '1.', 'NaN', '"1"', 'null', '1700000000000');
const judgeText = fc.constantFrom('"j1"', '"judge-0123456789abcdef"', '"j\\u0031"', 'null', '1', '"giám khảo"');
const scoresText = fc.constantFrom('{}', '{"1":5}', '{"2":5,"1":8.5}', '{"1":5,"1":6}', '{"1.5":3}', '{"1"}', 'null', '{"1":"5"}', '[]', '[1,5]', '{"01":5}', '{ "1" : 5 }');
const sheetText = fc.tuple(numberText, numberText, judgeText, scoresText, statusText, commentText, numberText, fc.constantFrom('', ' ', '\n'))
  .map((parts) => { const sp = parts.pop()!; return parts.join(`,${sp}`); });

describe('listed sheets read as the JSON.parse read did', () => {
  it.each([false, true])('typed-in values (details: %s)', (details) => {
    fc.assert(fc.property(fc.array(sheetText, { maxLength: 5 }), fc.integer({ min: -1, max: 1 }), (sheets, off) => {
      const text = sheets.join(',');
      const count = Math.max(0, sheets.length + off);
      expect(scanned(text, count, details)).toEqual(parsedAsBefore(text, count, details));
    }), { numRuns: 4000 });
  });

  it('comments of any characters, as JSON.stringify writes them', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 40, unit: 'binary' }), { maxLength: 6 }), (comments) => {
      const values = comments.flatMap((comment, k) => [k + 1, k + 1, 'j', [1, k], k % 2 ? 'draft' : 'submitted', comment, 1_700_000_000_000 + k]);
      const text = sheetsText(values);
      const read = listedSheetsOf({ sheets: comments.length, values: text }, (e) => `GS-${e}`);
      expect(read.comment).toEqual(comments);
    }), { numRuns: 2000 });
  });
});

/** Details of `n` sheets of entries 1…n, assignment k+1, every other one submitted (judge −1). */
function details(n: number): ListedSheets {
  const values = Array.from({ length: n }, (_, k) => (k % 2 ? [k + 1, k + 1, 'j', [1, k], 'draft', '', 1000] : [k + 1, k + 1, null, null, 'submitted', '', 1000])).flat();
  return listedSheetsOf({ sheets: n, values: sheetsText(values) }, (e) => `GS-${e}`, true);
}

describe('another thread\'s details', () => {
  it('takes an honest reply, and pairs it with the counted sheets', () => {
    const d = details(4);
    expect(isListedSheetDetails(d)).toBe(true);
    const counted = countedSheetsOfRows([1, 3].map((a) => ({ assignmentId: a, entryId: a, judgeId: `c${a}`, criteria: [1, a] })));
    const rows = listedSheetRows(completedListedSheets([d], counted)!);
    expect(rows.map((r) => [r.judgeId, r.criteria])).toEqual([['c1', [1, 1]], ['j', [1, 1]], ['c3', [1, 3]], ['j', [1, 3]]]);
  });

  it('refuses a reply whose submitted sheet has its judge and scores (the details never hold them)', () => {
    const d = details(2);
    d.judge[0] = 0;
    expect(isListedSheetDetails(d)).toBe(false);
  });

  it('refuses a draft without a judge (the details always hold a draft\'s)', () => {
    const d = details(2);
    d.judge[1] = -1;
    d.pairStart[2] = d.pairStart[1]!;
    expect(isListedSheetDetails(d)).toBe(false);
  });
});

describe('another thread\'s details, damaged', () => {
  it('refuses columns that do not agree, and details that do not pair up with the counted sheets', () => {
    const good = details(2);
    const broken: ((d: ListedSheets) => unknown)[] = [
      (d) => ({ ...d, status: Uint8Array.of(1, 2) }),
      (d) => ({ ...d, status: [1, 0] }),
      (d) => ({ ...d, comment: ['', 5] }),
      (d) => ({ ...d, comment: [''] }),
      // eslint-disable-next-line no-sparse-arrays -- a hole where a code should be
      (d) => ({ ...d, code: ['GS-1', , ] }),
      (d) => ({ ...d, updatedAt: Float64Array.of(5, 6.5) }),
      (d) => ({ ...d, updatedAt: Float64Array.of(5, Number.NaN) }),
      (d) => ({ ...d, judge: Int32Array.of(-2, 0) }),
      (d) => ({ ...d, entryId: Float64Array.of(2, 1) }),
      (d) => ({ ...d, count: 3 }),
    ];
    expect(isListedSheetDetails(good)).toBe(true);
    for (const damage of broken) expect(isListedSheetDetails(damage(good))).toBe(false);
    // One counted sheet, of the submitted one: too few, too many, or another assignment does not pair up.
    const counted = (assignments: number[]) => countedSheetsOfRows(assignments.map((a) => ({ assignmentId: a, entryId: a, judgeId: 'c', criteria: [] })));
    expect(completedListedSheets([good], counted([1]))).toBeDefined();
    for (const wrong of [[], [1, 2], [2]]) expect(completedListedSheets([good], counted(wrong))).toBeUndefined();
  });
});

describe('sheets written since a read', () => {
  it('refuses a status that is not a sheet\'s, as a read of the whole text does', () => {
    const row = { assignmentId: 1, entryId: 1, judgeId: 'j', criteria: [1, 5], status: 'archived' as 'draft', comment: '', updatedAt: 1000, code: 'GS-1' };
    expect(() => listedSheetsOf({ sheets: 1, values: sheetsText([1, 1, 'j', [1, 5], 'archived', '', 1000]) }, () => 'GS-1')).toThrow(/malformed/);
    expect(() => listedSheetsOfRows([row])).toThrow(/malformed/);
  });
});

describe('listed sheets put together from parts', () => {
  // Sheets of distinct assignments, in any order: a whole read, a read in runs by entry, and the
  // details of halves completed by the counted sheets must list the same sheets.
  const sheetsArb = fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('j1', 'j2', 'giám-khảo-0123456789'),
    fc.boolean(), fc.string({ maxLength: 5 })), { selector: ([assignmentId]) => assignmentId, maxLength: 30 });
  const code = (entryId: number) => `GS-${entryId}`;
  const listed = (rows: [number, number, string, boolean, string][], details: boolean) => listedSheetsOf({
    sheets: rows.length,
    values: sheetsText(rows.flatMap(([a, e, j, submitted, comment]) => (details && submitted
      ? [a, e, null, null, 'submitted', comment, a * 1000] : [a, e, j, [1, a, 2, e / 2], submitted ? 'submitted' : 'draft', comment, a * 1000]))),
  }, code, details);

  it('runs joined, and halves completed, list what one read lists', () => {
    fc.assert(fc.property(sheetsArb, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 4 }), (rows, cut, runLength) => {
      const whole = listedSheetRows(listed(rows, false));
      const runs: ListedSheets[] = [];
      for (let first = 1; first <= 12; first += runLength) runs.push(listed(rows.filter(([, e]) => e >= first && e < first + runLength), false));
      expect(listedSheetRows(joinedListedSheets(runs))).toEqual(whole);
      const counted = countedSheetsOf({
        sheets: rows.filter((r) => r[3]).length,
        values: sheetsText(rows.filter((r) => r[3]).flatMap(([a, e, j]) => [a, e, j, [1, a, 2, e / 2]])),
      });
      const halves = [listed(rows.filter(([, e]) => e < cut), true), listed(rows.filter(([, e]) => e >= cut), true)];
      expect(halves.every(isListedSheetDetails)).toBe(true);
      expect(listedSheetRows(completedListedSheets(halves, counted)!)).toEqual(whole);
    }), { numRuns: 500 });
  });

  it('a read in more runs than a pick can name at once', () => {
    const rows = Array.from({ length: 700 }, (_, k): [number, number, string, boolean, string] => [k + 1, k + 1, `j${k % 3}`, k % 2 === 0, `c${k}`]);
    const runs = rows.map((row) => listed([row], false));
    expect(listedSheetRows(joinedListedSheets(runs))).toEqual(listedSheetRows(listed(rows, false)));
  });
});
