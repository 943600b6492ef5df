/**
 * A round's listed sheets (every sheet of its active assignments, drafts too, as the score-sheet
 * export lists them) as columns, scanned from the text SQLite writes as the counted sheets are
 * (counted-sheets.ts): at 100,000 entries an object per sheet, with an array of its scores, was
 * most of an export's time and most of its garbage.
 */
import {
  areSheetHeads, countedSheetsBuffers, countedSheetsOfRows, gatherCountedSheets, inEntryOrder, type CountedSheets, type SheetPicks, type SheetsText,
} from './counted-sheets.ts';
import type { ScoreSheet, SheetExportDetails, SheetExportRow } from './judging.ts';
import { checkedCount, idAt, malformed, scanSheets, SheetHeads, ASCII } from './sheets-text-scan.ts';

/** A sheet's statuses, in the order `ListedSheets.status` numbers them. */
export const SHEET_STATUSES = ['draft', 'submitted'] as const satisfies readonly ScoreSheet['status'][];
const QUOTED_STATUSES = SHEET_STATUSES.map((status) => JSON.stringify(status));

/**
 * Sheets by entry then assignment, as counted sheets are, and what the export shows of each. A
 * sheet whose judge is −1 has no judge or scores yet: the details of a submitted sheet, which the
 * round's counted sheets complete (`completedListedSheets`).
 */
export interface ListedSheets extends CountedSheets {
  /** Sheet k's status is `SHEET_STATUSES[status[k]]`. */
  status: Uint8Array;
  comment: string[];
  updatedAt: Float64Array;
  /** Sheet k's entry's code. */
  code: string[];
}

/**
 * The listed sheets of a text `assignment id,entry id,"judge",{"criterion id":score,…},"status",
 * "comment",updated at,…` (judging.ts's listedColumns), each with its entry's code by `codeOf`.
 * With `details`, a sheet's judge and scores may both be null (judging.ts's detailColumns): its
 * judge is then −1. Checked as counted sheets are, and sorted when SQLite gave another order; a
 * status that is not a sheet's is refused as malformed.
 */
export function listedSheetsOf(read: SheetsText | undefined, codeOf: (entryId: number) => string, details = false): ListedSheets {
  const text = read?.values ?? '';
  const heads = new SheetHeads(checkedCount(text, read?.sheets ?? 0));
  const { count } = heads;
  const status = new Uint8Array(count);
  const comment = new Array<string>(count);
  const updatedAt = new Float64Array(count);
  scanSheets(text, count, (scanner, k) => {
    heads.scan(scanner, k, details);
    scanner.expect(ASCII.comma);
    const at = scanner.at;
    const s = scanner.word(QUOTED_STATUSES);
    if (s < 0) malformed(text, at);
    status[k] = s;
    scanner.expect(ASCII.comma);
    comment[k] = scanner.string();
    scanner.expect(ASCII.comma);
    updatedAt[k] = idAt(scanner);
  });
  // An entry's sheets mostly come together: its code is looked up once for them.
  const code = new Array<string>(count);
  let entry = Number.NaN;
  let entryCode = '';
  for (let k = 0; k < count; k++) {
    if (heads.entryId[k] !== entry) entryCode = codeOf(entry = heads.entryId[k]!);
    code[k] = entryCode;
  }
  const sheets: ListedSheets = { ...heads.columns(), status, comment, updatedAt, code };
  return heads.ordered ? sheets : gatherListedSheets([sheets], inEntryOrder(sheets));
}

/** Listed sheets picked from `parts` as `picks` say, in that order (gatherCountedSheets, and what the export shows). */
export function gatherListedSheets(parts: readonly ListedSheets[], picks: SheetPicks): ListedSheets {
  const { count } = picks;
  const status = new Uint8Array(count);
  const comment = new Array<string>(count);
  const updatedAt = new Float64Array(count);
  const code = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const from = parts[picks.part[k]!]!;
    const sheet = picks.sheet[k]!;
    status[k] = from.status[sheet]!;
    comment[k] = from.comment[sheet]!;
    updatedAt[k] = from.updatedAt[sheet]!;
    code[k] = from.code[sheet]!;
  }
  return { ...gatherCountedSheets(parts, picks), status, comment, updatedAt, code };
}

/** Reads of entries one after another (runs of a round too long for one read) as one. */
export function joinedListedSheets(runs: readonly ListedSheets[]): ListedSheets {
  // A pick names its part in a byte: up to 256 parts at a time.
  let parts = runs;
  while (parts.length !== 1) {
    const joined: ListedSheets[] = [];
    for (let from = 0; from < Math.max(parts.length, 1); from += 256) {
      const some = parts.slice(from, from + 256);
      const count = some.reduce((sum, part) => sum + part.count, 0);
      const picks: SheetPicks = { count, part: new Uint8Array(count), sheet: new Int32Array(count) };
      let k = 0;
      some.forEach((part, index) => {
        for (let sheet = 0; sheet < part.count; sheet++, k++) {
          picks.part[k] = index;
          picks.sheet[k] = sheet;
        }
      });
      joined.push(gatherListedSheets(some, picks));
    }
    parts = joined;
  }
  return parts[0]!;
}

/**
 * Details (`listedSheetsOf` with `details`: of a round's entries in parts one after another, the
 * halves read on two threads) whose submitted sheets take their judge and scores from `counted`,
 * read of the same state: both run by entry then assignment, and the counted sheets are exactly the
 * submitted ones. Undefined when the two do not pair up.
 */
export function completedListedSheets(details: readonly ListedSheets[], counted: CountedSheets): ListedSheets | undefined {
  const submitted = SHEET_STATUSES.indexOf('submitted');
  const count = details.reduce((sum, part) => sum + part.count, 0);
  const picks: SheetPicks = { count, part: new Uint8Array(count), sheet: new Int32Array(count) };
  const status = new Uint8Array(count);
  const updatedAt = new Float64Array(count);
  const fromCounted = details.length;
  let k = 0;
  let next = 0;
  for (let index = 0; index < details.length; index++) {
    const part = details[index]!;
    status.set(part.status, k);
    updatedAt.set(part.updatedAt, k);
    for (let sheet = 0; sheet < part.count; sheet++, k++) {
      if (part.judge[sheet]! >= 0) {
        picks.part[k] = index;
        picks.sheet[k] = sheet;
        continue;
      }
      const kept = next++;
      if (kept >= counted.count || counted.assignmentId[kept] !== part.assignmentId[sheet] || part.status[sheet] !== submitted) return undefined;
      picks.part[k] = fromCounted;
      picks.sheet[k] = kept;
    }
  }
  if (next !== counted.count) return undefined;
  const shown = { status, comment: details.flatMap((part) => part.comment), updatedAt, code: details.flatMap((part) => part.code) };
  // Every sheet submitted (as when judging is over): the counted sheets are the listed ones, as they are.
  if (count === counted.count) return { ...counted, ...shown };
  return { ...gatherCountedSheets([...details, counted], picks), ...shown };
}

/**
 * Whether `value` (another thread's answer) is details of listed sheets whose parts agree: the
 * counted sheets' columns (areSheetHeads, judge −1 allowed) and what the export shows of each, as
 * a read of the text would have them. A thread from another build may answer with something else.
 */
export function isListedSheetDetails(value: unknown): value is ListedSheets {
  if (!areSheetHeads(value, true)) return false;
  const { count, status, comment, updatedAt, code } = value as Partial<Record<keyof ListedSheets, unknown>> & { count: number };
  if (!(status instanceof Uint8Array) || !(updatedAt instanceof Float64Array) || !Array.isArray(comment) || !Array.isArray(code)) return false;
  if (status.length !== count || updatedAt.length !== count || comment.length !== count || code.length !== count) return false;
  const submitted = SHEET_STATUSES.indexOf('submitted');
  const { judge } = value;
  for (let k = 0; k < count; k++) {
    if (!(status[k]! < SHEET_STATUSES.length) || !Number.isInteger(updatedAt[k]) || typeof comment[k] !== 'string' || typeof code[k] !== 'string') return false;
    // The details leave out exactly a submitted sheet's judge and scores (judging.ts detailColumns).
    if ((judge[k] === -1) !== (status[k] === submitted)) return false;
  }
  return true;
}

/** The buffers of listed sheets, to hand to another thread rather than copy. */
export function listedSheetsBuffers(sheets: ListedSheets): ArrayBuffer[] {
  return [...new Set([...countedSheetsBuffers(sheets), sheets.status.buffer, sheets.updatedAt.buffer])] as ArrayBuffer[];
}

/** Sheet k of listed sheets as an object. */
export function listedSheetRowAt(sheets: ListedSheets, k: number): SheetExportDetails {
  const judge = sheets.judge[k]!;
  return {
    assignmentId: sheets.assignmentId[k]!, entryId: sheets.entryId[k]!,
    judgeId: judge >= 0 ? sheets.judgeIds[judge]! : null,
    criteria: judge >= 0 ? Array.from(sheets.pairs.subarray(sheets.pairStart[k]!, sheets.pairStart[k + 1]!)) : null,
    status: SHEET_STATUSES[sheets.status[k]!]!, comment: sheets.comment[k]!, updatedAt: sheets.updatedAt[k]!, code: sheets.code[k]!,
  };
}

/** Every listed sheet as an object (tests compare them with what they wrote). */
export function listedSheetRows(sheets: ListedSheets): SheetExportDetails[] {
  return Array.from({ length: sheets.count }, (_, k) => listedSheetRowAt(sheets, k));
}

/**
 * Listed sheets given an object each (a few: those written since a read), in the order given. A
 * status that is not a sheet's (edited by hand) is refused as a read of the whole text refuses it:
 * as a Uint8Array's −1, 255, it was no status, and the export threw on it. So is a sheet without
 * its entry's code (judging.ts's changed sheets read it as null), as the whole read refuses it.
 */
export function listedSheetsOfRows(rows: readonly SheetExportRow[]): ListedSheets {
  const status = new Uint8Array(rows.length);
  rows.forEach((row, k) => {
    const s = SHEET_STATUSES.indexOf(row.status);
    if (s < 0) throw new Error(`a score sheet's status read as ${JSON.stringify(row.status)?.slice(0, 40)}: a stored text is malformed`);
    if (typeof row.code !== 'string') throw new Error(`a score sheet of entry ${row.entryId} read with no entry code: a stored entry id or code is malformed`);
    status[k] = s;
  });
  return {
    ...countedSheetsOfRows(rows),
    status,
    comment: rows.map((row) => row.comment),
    updatedAt: Float64Array.from(rows, (row) => row.updatedAt),
    code: rows.map((row) => row.code),
  };
}
