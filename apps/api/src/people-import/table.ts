import { DomainError } from '../lib/errors.ts';
import { parseCsv } from './csv.ts';
import { readXlsx } from './xlsx.ts';

/**
 * Limits of one import file (documented in README "Importing units and people"): 10 MB holds a
 * 61,000-person list with room to spare; more rows than 100,000 is not one organization.
 */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 100_000;

export type ImportKind = 'units' | 'people';

/** The columns each kind of file has, in the order the template lists them. */
const columnSpecs = {
  units: [
    { key: 'name', required: true, aliases: ['name', 'unit', 'unit name', 'ten', 'ten don vi', 'don vi'] },
    { key: 'parent', required: false, aliases: ['parent', 'parent unit', 'don vi cap tren', 'cap tren', 'truc thuoc'] },
    { key: 'headcount', required: true, aliases: ['headcount', 'so nguoi', 'quan so', 'so luong'] },
  ],
  people: [
    { key: 'name', required: true, aliases: ['name', 'full name', 'fullname', 'ho va ten', 'ho ten', 'ten'] },
    { key: 'email', required: true, aliases: ['email', 'e-mail', 'thu dien tu'] },
    { key: 'unit', required: true, aliases: ['unit', 'don vi'] },
    { key: 'roles', required: false, aliases: ['roles', 'role', 'vai tro'] },
  ],
} as const;

export type ColumnKey<K extends ImportKind> = (typeof columnSpecs)[K][number]['key'];

/** One data row: its number in the file (the header is row 1) and its cells by column. */
export interface TableRow<K extends ImportKind> {
  row: number;
  cells: Partial<Record<ColumnKey<K>, string>>;
}

export interface Table<K extends ImportKind> {
  kind: K;
  /** What the file calls each column, for problems the organizer can find in their sheet. */
  headers: Partial<Record<ColumnKey<K>, string>>;
  rows: TableRow<K>[];
}

/** Header text compared without case, accents or extra spaces: "Họ và tên" = "ho va ten". */
export function foldHeader(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim()
    .replace(/[\s_]+/g, ' ');
}

const expectedColumns = (kind: ImportKind) => columnSpecs[kind].map((c) => c.key).join(', ');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** CSV or XLSX, told apart by content (never the name): a zip is XLSX, valid UTF-8 text is CSV. */
async function readRows(bytes: Buffer): Promise<string[][]> {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(bytes);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new DomainError(415, 'import_not_table');
  }
  // Binary formats (old .xls, PDF, images) that happen to decode still carry NUL or C0 controls.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new DomainError(415, 'import_not_table');
  return parseCsv(text);
}

/** The file as a table of the given kind, or a 4xx naming the file-level problem. */
export async function readImportTable<K extends ImportKind>(kind: K, bytes: Buffer): Promise<Table<K>> {
  if (bytes.length === 0) throw new DomainError(400, 'import_empty');
  if (bytes.length > IMPORT_MAX_BYTES) throw new DomainError(413, 'import_too_large', { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 });
  const raw = await readRows(bytes);
  const headerIndex = raw.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) throw new DomainError(400, 'import_empty');
  const headerCells = raw[headerIndex]!;
  const specs: readonly { key: string; required: boolean; aliases: readonly string[] }[] = columnSpecs[kind];
  const positions = new Map<string, number>();
  const headers: Record<string, string> = {};
  headerCells.forEach((cell, index) => {
    const folded = foldHeader(cell);
    if (folded === '') return;
    const spec = specs.find((s) => s.aliases.includes(folded));
    // An unknown or repeated column is refused: a guess could put e-mails into the names.
    if (!spec || positions.has(spec.key)) {
      throw new DomainError(422, 'import_columns', { column: cell.trim(), expected: expectedColumns(kind) });
    }
    positions.set(spec.key, index);
    headers[spec.key] = cell.trim();
  });
  const missing = specs.find((s) => s.required && !positions.has(s.key));
  if (missing) throw new DomainError(422, 'import_missing_column', { column: missing.key, expected: expectedColumns(kind) });

  const rows: TableRow<K>[] = [];
  for (let i = headerIndex + 1; i < raw.length; i += 1) {
    const cells = raw[i]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (rows.length === IMPORT_MAX_ROWS) throw new DomainError(413, 'import_too_many_rows', { max: IMPORT_MAX_ROWS });
    const values: Record<string, string> = {};
    for (const [key, index] of positions) values[key] = cells[index] ?? '';
    rows.push({ row: i + 1, cells: values as TableRow<K>['cells'] });
  }
  return { kind, headers: headers as Table<K>['headers'], rows };
}
