import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedSheetRows, listedSheetsOf, listedSheetsOfRows, isListedSheetDetails, completedListedSheets, type ListedSheets } from './listed-sheets.ts';
import { countedSheetsOfRows } from './counted-sheets.ts';

/*
 * A review's attack on the scanner of listed sheets (6b695fc): texts as SQLite writes them for the
 * score-sheet export (judging.ts listedColumns / detailColumns), comments typed by judges, stored
 * values edited by hand, read as the JSON.parse read (ab4aa24 judging.ts sheetsInOrder,
 * listedSheetAt, roundSheetExportDetailsOf) read them, or refused as malformed. The scanner is
 * stricter on purpose where the old read let a wrong type through unchecked (a status that is not
 * a sheet's, a comment that is not a string, an updated-at that is not an integer, in the details
 * a judge without scores or scores without a judge): the oracle refuses those too.
 */
function parsedAsBefore(text: string | null, count: number, details: boolean) {
  let v: unknown;
  try {
    v = JSON.parse(text ?? '[]');
  } catch {
    return 'refused';
  }
  if (!Array.isArray(v) || v.length !== count * 7) return 'refused';
  const rows = [];
  for (let k = 0; k < v.length; k += 7) {
    const [assignmentId, entryId, judgeId, criteria, status, comment, updatedAt] = v.slice(k, k + 7) as unknown[];
    if (!Number.isInteger(assignmentId) || !Number.isInteger(entryId)) return 'refused';
    // The tightenings (see above).
    if (status !== 'draft' && status !== 'submitted') return 'refused';
    if (typeof comment !== 'string' || !Number.isInteger(updatedAt)) return 'refused';
    const absent = details && judgeId === null && criteria === null;
    if (!absent) {
      if (typeof judgeId !== 'string' || !Array.isArray(criteria) || criteria.length % 2 !== 0) return 'refused';
      for (let p = 0; p < criteria.length; p += 2) {
        if (!Number.isInteger(criteria[p]) || typeof criteria[p + 1] !== 'number') return 'refused';
        for (let q = 0; q < p; q += 2) if (criteria[q] === criteria[p]) return 'refused';
      }
    }
    rows.push({ assignmentId, entryId, judgeId: absent ? null : judgeId, criteria: absent ? null : criteria, status, comment, updatedAt, code: `GS-${String(entryId)}` });
  }
  return rows.sort((a, b) => (a.entryId as number) - (b.entryId as number) || (a.assignmentId as number) - (b.assignmentId as number));
}

function scanned(text: string | null, count: number, details: boolean) {
  try {
    return listedSheetRows(listedSheetsOf({ sheets: count, values: text }, (entryId) => `GS-${entryId}`, details));
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
const scoresText = fc.constantFrom('[]', '[1,5]', '[1,5,2,8.5]', '[1,5,1,6]', '[1.5,3]', '[1]', 'null', '[1,"5"]', '{}');
const sheetText = fc.tuple(numberText, numberText, judgeText, scoresText, statusText, commentText, numberText, fc.constantFrom('', ' ', '\n'))
  .map((parts) => { const sp = parts.pop()!; return parts.join(`,${sp}`); });

describe('listed sheets read as the JSON.parse read did', () => {
  it.each([false, true])('typed-in values (details: %s)', (details) => {
    fc.assert(fc.property(fc.array(sheetText, { maxLength: 5 }), fc.integer({ min: -1, max: 1 }), (sheets, off) => {
      const text = `[${sheets.join(',')}]`;
      const count = Math.max(0, sheets.length + off);
      expect(scanned(text, count, details)).toEqual(parsedAsBefore(text, count, details));
    }), { numRuns: 4000 });
  });

  it('comments of any characters, as JSON.stringify writes them', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 40, unit: 'binary' }), { maxLength: 6 }), (comments) => {
      const values = comments.flatMap((comment, k) => [k + 1, k + 1, 'j', [1, k], k % 2 ? 'draft' : 'submitted', comment, 1_700_000_000_000 + k]);
      const text = JSON.stringify(values);
      const read = listedSheetsOf({ sheets: comments.length, values: text }, (e) => `GS-${e}`);
      expect(read.comment).toEqual(comments);
    }), { numRuns: 2000 });
  });
});

/** Details of `n` sheets of entries 1…n, assignment k+1, every other one submitted (judge −1). */
function details(n: number): ListedSheets {
  const values = Array.from({ length: n }, (_, k) => (k % 2 ? [k + 1, k + 1, 'j', [1, k], 'draft', '', 1000] : [k + 1, k + 1, null, null, 'submitted', '', 1000])).flat();
  return listedSheetsOf({ sheets: n, values: JSON.stringify(values) }, (e) => `GS-${e}`, true);
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

describe('sheets written since a read', () => {
  it('refuses a status that is not a sheet\'s, as a read of the whole text does', () => {
    const row = { assignmentId: 1, entryId: 1, judgeId: 'j', criteria: [1, 5], status: 'archived' as 'draft', comment: '', updatedAt: 1000, code: 'GS-1' };
    expect(() => listedSheetsOf({ sheets: 1, values: JSON.stringify([1, 1, 'j', [1, 5], 'archived', '', 1000]) }, () => 'GS-1')).toThrow(/malformed/);
    expect(() => listedSheetsOfRows([row])).toThrow(/malformed/);
  });
});
