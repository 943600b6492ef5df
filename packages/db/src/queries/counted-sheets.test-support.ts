import { expect } from 'vitest';
import { countedSheetsOf, type CountedSheets } from './counted-sheets.ts';

/*
 * An oracle for the scanner of counted sheets: JSON.parse of the text (its values in brackets), with
 * the checks of the read before the scanner (adf81f6^ judging.ts: sheetsInOrder's and pairsOf's),
 * each sheet's scores read as JSON.parse reads the stored object: keys that name a criterion as
 * String() writes its id, numbers as values, no key twice.
 */

/** A criterion id's key as saveScoreSheet writes it (quoted, no escape), and nothing else the scanner takes. */
const CRITERION_KEY = /^"(0|-?[1-9][0-9]{0,14})"$/;

/** A stored scores text from pairs (criterion id, score, …), keys in the order given. */
export const scoresText = (pairs: readonly number[]) => {
  const keys: string[] = [];
  for (let p = 0; p < pairs.length; p += 2) keys.push(`${JSON.stringify(String(pairs[p]))}:${JSON.stringify(pairs[p + 1])}`);
  return `{${keys.join(',')}}`;
};

/**
 * A text of sheets as SQLite writes it (judging.ts): `values` as JSON one after another, with an
 * array of numbers (a sheet's scores as pairs) written as the stored object, and `space` after
 * every comma between values.
 */
export function sheetsText(values: readonly unknown[], space = ''): string {
  return values.map((value) => (Array.isArray(value) ? scoresText(value as number[]) : JSON.stringify(value))).join(`,${space}`);
}

/**
 * The keys of each object in a text JSON.parse took, in order, as written (escapes and all):
 * JSON.parse keeps the last of a key named twice and decodes escapes, so the text itself is read.
 * Every string is one token (a key is a string followed by a colon), so a brace or colon inside a
 * string is never taken for one.
 */
export function keysPerObject(text: string): string[][] {
  const objects: string[][] = [];
  const open: string[][] = [];
  for (const [token, key, colon] of text.matchAll(/("(?:[^"\\]|\\.)*")(\s*:)?|[{}]/g)) {
    if (token === '{') open.push(objects[objects.push([]) - 1]!);
    else if (token === '}') open.pop();
    else if (colon) open.at(-1)!.push(key!);
  }
  return objects;
}

/**
 * A stored scores object as pairs in criterion order, or undefined when the scanner must refuse
 * it; `keys` are the keys its text names, as written.
 */
export function scoresOfObject(scores: unknown, keys: readonly string[] = []): number[] | undefined {
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return undefined;
  const entries = Object.entries(scores);
  if (entries.length !== keys.length || !keys.every((key) => CRITERION_KEY.test(key))) return undefined;
  if (!entries.every(([, value]) => typeof value === 'number')) return undefined;
  return entries.map(([key, value]) => [Number(key), value as number]).sort((a, b) => a[0]! - b[0]!).flat();
}

/** The sheets of a text as JSON.parse with the old checks reads them (scores in criterion order), or 'refused'. */
export function parsedAsBefore(text: string | null, count: number) {
  let values: unknown;
  try {
    values = JSON.parse(`[${text ?? ''}]`);
  } catch {
    return 'refused';
  }
  if (!Array.isArray(values) || values.length !== count * 4) return 'refused';
  const sheets: { assignmentId: number; entryId: number; judgeId: string; criteria: number[] }[] = [];
  for (let k = 0; k < values.length; k += 4) {
    const [assignmentId, entryId, judgeId] = values.slice(k, k + 3) as unknown[];
    if (!Number.isInteger(assignmentId) || !Number.isInteger(entryId) || typeof judgeId !== 'string') return 'refused';
  }
  // Every other value checked: the objects of the text are the sheets' scores, in order.
  const keys = keysPerObject(text ?? '');
  for (let k = 0; k < values.length; k += 4) {
    const criteria = scoresOfObject(values[k + 3], keys[k / 4]);
    if (!criteria) return 'refused';
    sheets.push({ assignmentId: values[k] as number, entryId: values[k + 1] as number, judgeId: values[k + 2] as string, criteria });
  }
  return sheets.sort((a, b) => a.entryId - b.entryId || a.assignmentId - b.assignmentId);
}

/** Pairs (criterion id, score, …) in criterion order. */
export function byCriterion(pairs: readonly number[]): number[] {
  const sorted: [number, number][] = [];
  for (let p = 0; p < pairs.length; p += 2) sorted.push([pairs[p]!, pairs[p + 1]!]);
  return sorted.sort((a, b) => a[0] - b[0]).flat();
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

/** The scanner reads the text as the oracle does, every number the same bits (−0 apart from 0), or both refuse it. */
export function expectSameRead(text: string | null, count: number) {
  const read = scanned(text, count);
  const actual = read === 'refused' ? read : read.map((sheet) => ({ ...sheet, criteria: byCriterion(sheet.criteria) }));
  const expected = parsedAsBefore(text, count);
  expect(actual).toEqual(expected);
  if (actual === 'refused' || expected === 'refused') return;
  actual.forEach((sheet, k) => {
    expect(Object.is(sheet.assignmentId, expected[k]!.assignmentId)).toBe(true);
    expect(Object.is(sheet.entryId, expected[k]!.entryId)).toBe(true);
    sheet.criteria.forEach((value, p) => expect(Object.is(value, expected[k]!.criteria[p])).toBe(true));
  });
}
