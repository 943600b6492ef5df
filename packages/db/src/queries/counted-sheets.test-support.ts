import { expect } from 'vitest';
import { countedSheetsOf, type CountedSheets } from './counted-sheets.ts';

/*
 * The read the scanner of counted sheets replaced (adf81f6^ judging.ts: JSON.parse of the whole
 * text, then sheetsInOrder's and pairsOf's checks), for tests to compare the scanner with.
 */

/** The sheets of a text as the JSON.parse read made them, or 'refused'. */
export function parsedAsBefore(text: string | null, count: number) {
  let values: unknown;
  try {
    values = JSON.parse(text ?? '[]');
  } catch {
    return 'refused';
  }
  if (!Array.isArray(values) || values.length !== count * 4) return 'refused';
  const sheets: { assignmentId: number; entryId: number; judgeId: string; criteria: number[] }[] = [];
  for (let k = 0; k < values.length; k += 4) {
    const [assignmentId, entryId, judgeId, criteria] = values.slice(k, k + 4) as unknown[];
    if (!Number.isInteger(assignmentId) || !Number.isInteger(entryId) || typeof judgeId !== 'string') return 'refused';
    if (!Array.isArray(criteria) || criteria.length % 2 !== 0) return 'refused';
    for (let p = 0; p < criteria.length; p += 2) {
      if (!Number.isInteger(criteria[p]) || typeof criteria[p + 1] !== 'number') return 'refused';
      for (let q = 0; q < p; q += 2) if (criteria[q] === criteria[p]) return 'refused';
    }
    sheets.push({ assignmentId: assignmentId as number, entryId: entryId as number, judgeId: judgeId as string, criteria: criteria as number[] });
  }
  return sheets.sort((a, b) => a.entryId - b.entryId || a.assignmentId - b.assignmentId);
}

/** Counted sheets as an object each. */
export function asRows(sheets: CountedSheets) {
  return Array.from({ length: sheets.count }, (_, k) => ({
    assignmentId: sheets.assignmentId[k]!, entryId: sheets.entryId[k]!, judgeId: sheets.judgeIds[sheets.judge[k]!]!,
    criteria: Array.from(sheets.pairs.subarray(sheets.pairStart[k]!, sheets.pairStart[k + 1]!)),
  }));
}

/** The sheets the scanner reads from a text, or 'refused' (its refusal saying "malformed"). */
export function scanned(text: string | null, count: number) {
  try {
    return asRows(countedSheetsOf({ sheets: count, values: text }));
  } catch (error) {
    expect(String(error)).toMatch(/malformed/);
    return 'refused';
  }
}

/** The scanner reads the text as the JSON.parse read did, every number the same bits (−0 apart from 0), or both refuse it. */
export function expectSameRead(text: string | null, count: number) {
  const actual = scanned(text, count);
  const expected = parsedAsBefore(text, count);
  expect(actual).toEqual(expected);
  if (actual === 'refused' || expected === 'refused') return;
  actual.forEach((sheet, k) => {
    expect(Object.is(sheet.assignmentId, expected[k]!.assignmentId)).toBe(true);
    expect(Object.is(sheet.entryId, expected[k]!.entryId)).toBe(true);
    sheet.criteria.forEach((value, p) => expect(Object.is(value, expected[k]!.criteria[p])).toBe(true));
  });
}
