import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toCsv } from './csv-write.ts';
import { spreadsheetText, type Cell, type Table } from './tables.ts';

/** The file as its buffers sent one after another give it. */
const csvFile = (table: Table) => Buffer.concat(toCsv(table));

// toCsv writes most text byte by byte after one test: it must write exactly what the full rule (no
// XML controls, an apostrophe before a formula, RFC 4180 quoting) writes, whatever the text.
const fullRule = (text: string) => {
  const written = spreadsheetText(text);
  return /[",;\t\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
};
const cellText = (cell: Cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : fullRule(cell));
/** The file as one string of every line, encoded once: what toCsv must write, byte for byte. */
const asOneString = (header: string[], rows: readonly Cell[][]) => Buffer.from(`\uFEFF${[header, ...rows].map((row) => row.map(cellText).join(',')).join('\r\n')}\r\n`);

const awkward = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', '\u0000', '\u0008', '\u001F', '\u007F', '\u0080', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '_x003D_', 'ư', 'a', ' ');
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(awkward, { maxLength: 8 }).map((parts) => parts.join('')));
const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.double(), fc.integer(), fc.constant(null), fc.constantFrom(-0, 8.5, 1e21, 0.1 + 0.2, 999_999_999_999_999, 1e15, 2 ** 53, -7, 0.000001, 1e-7));

describe('CSV cells', () => {
  test('every text is written as the full rule writes it', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
      // As bytes: UTF-8 has no lone surrogate, so both sides are encoded the same way.
      expect(csvFile({ title: '', header: [], rows: [cells] })).toEqual(Buffer.from(`\uFEFF\r\n${cells.map(fullRule).join(',')}\r\n`));
    }), { numRuns: 2000 });
  });

  test('rows of any cells, texts repeated or not, make the file one string of them would', () => {
    // A cell given as { repeat: n } is the header's n-th text again: repeated texts are encoded once and then copied.
    const shape = fc.oneof(cell.map((value) => ({ value })), fc.nat(4).map((repeat) => ({ repeat })));
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.array(fc.array(shape, { maxLength: 6 }), { maxLength: 30 }), (header, shapes) => {
      const rows = shapes.map((row) => row.map((c) => ('repeat' in c ? header[c.repeat % header.length]! : c.value)));
      expect(csvFile({ title: '', header, rows })).toEqual(asOneString(header, rows));
    }), { numRuns: 1000 });
  });
});

describe('CSV of many rows', () => {
  test('rows written in runs make the file one string of them would', () => {
    const rows = Array.from({ length: 2_501 }, (_, k) => [`Bài số ${k}, "Gương sáng"`, k % 7 === 0 ? null : k / 4, '=1+1']);
    const lines = ['Tiêu đề,Điểm,Ghi chú', ...rows.map((_, k) => `"Bài số ${k}, ""Gương sáng""",${k % 7 === 0 ? '' : k / 4},'=1+1`)];
    expect(csvFile({ title: 'T', header: ['Tiêu đề', 'Điểm', 'Ghi chú'], rows })).toEqual(Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`));
  });

  test('a file of megabytes, a cell longer than a run, and more distinct texts and numbers than are kept encoded', () => {
    const long = `Nhận xét ${'rất dài, '.repeat(300_000)}=`;
    const rows: Cell[][] = [
      ...Array.from({ length: 70_000 }, (_, k): Cell[] => [`Giám khảo ${k}`, `GS-${k}`, k % 11, `Giám khảo ${k % 3}`, k + 0.5, k * 15_485_863_001]),
      [long, `plain ${'x'.repeat(2_000_000)}`, 'ư'],
      [`=${'ư'.repeat(300)}"`, `\u0001${'a;'.repeat(200)}`, `@${'ư\r\n'.repeat(100)}`],
      ...Array.from({ length: 3_000 }, (_, k): Cell[] => [`${'ă'.repeat(k % 500)}`, `a${'b'.repeat(k)}`, -k / 7]),
    ];
    const header = ['Giám khảo', 'Mã', 'Điểm', 'Lặp lại', 'Nửa', 'Lớn'];
    const file = csvFile({ title: '', header, rows });
    expect(file.length).toBeGreaterThan(8_000_000);
    expect(file.equals(asOneString(header, rows))).toBe(true);
  });
});
describe('CSV read with another separator', () => {
  // Excel splits a CSV on the list separator of Windows' regional settings: ';' in Vietnamese
  // (where ',' is the decimal mark), as in much of Europe; LibreOffice offers ';' and tab. Quotes
  // are honoured whatever the separator, so only a cell's own start can begin a formula.
  const fields = (line: string, separator: string) => {
    const out: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"' && field === '') quoted = true;
      else if (c === separator) {
        out.push(field);
        field = '';
      } else field += c;
    }
    return [...out, field];
  };

  test.each([';', '\t'])('no field read with %j as the separator starts a formula', (separator) => {
    const titles = ['Bài dự thi;=1+1;', 'Gương sáng;=WEBSERVICE(CHAR(104)&I2);', 'a\t@SUM(A1)\t', 'x;-2+3', 'y;+1;z'];
    const lines = csvFile({ title: '', header: ['Tiêu đề', 'Điểm'], rows: titles.map((t) => [t, 8.5]) }).toString().slice(1).split('\r\n');
    for (const line of lines.slice(1, -1)) {
      for (const field of fields(line, separator)) expect(field).not.toMatch(/^[=+\-@]/);
    }
  });
});
