import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { openGuardedZip } from '../files/zip-guard.ts';
import { writeXlsx, type XlsxCell } from './xlsx-write.ts';

// Read back by exceljs, an independent XLSX reader (LibreOffice reads the route's file in
// test/judging.test.ts).
async function readBack(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => { rows.push((row.values as unknown[]).slice(1)); });
  return { sheet, rows };
}

/** XML 1.0's characters: tab, line feed, carriage return, and from space on, less U+FFFE and U+FFFF. */
const xmlCharacters = (text: string) => [...text].filter((ch) => {
  const code = ch.codePointAt(0)!;
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}).join('');

describe('writeXlsx', () => {
  test('a sheet written and deflated in many pieces reads back whole, every row in its place', async () => {
    // 2,000 rows a piece: 9,001 rows end in a short piece, with text that crosses UTF-8 byte lengths.
    const rows = Array.from({ length: 9001 }, (_, i): XlsxCell[] => [i + 1, `Bài dự thi số ${i + 1} — “Gương sáng” 😀`, i % 7 === 0 ? null : i / 4]);
    const file = await writeXlsx('T', ['Số', 'Tên bài', 'Điểm'], rows);
    // Our own reader checks each part's size and CRC-32 against its bytes.
    const sheet = (await (await openGuardedZip(file)).read('xl/worksheets/sheet1.xml')).toString('utf8');
    expect(sheet.endsWith('<row r="9002"><c r="A9002"><v>9001</v></c><c r="B9002" t="inlineStr"><is><t xml:space="preserve">Bài dự thi số 9001 — “Gương sáng” 😀</t></is></c><c r="C9002"><v>2250</v></c></row></sheetData></worksheet>')).toBe(true);
    const { rows: read } = await readBack(file);
    expect(read).toHaveLength(9002);
    expect(read.slice(1)).toEqual(rows.map((row) => (row[2] === null ? [row[0], row[1]] : row)));
  });

  test('rows that fail while the file is written fail the file', async () => {
    function* failing(): Generator<XlsxCell[]> {
      for (let i = 0; i < 5000; i++) yield [i];
      throw new Error('the rows could not be read');
    }
    await expect(writeXlsx('T', ['c'], failing())).rejects.toThrow('the rows could not be read');
  });

  test('one named sheet, the header bold, text and numbers as they were, empty cells empty', async () => {
    const { sheet, rows } = await readBack(await writeXlsx('Kết quả vòng sơ khảo', ['Hạng', 'Mã', 'Tên bài', 'Điểm'], [
      [1, 'GS-000001', 'Người giữ lửa ở phường Bến Nghé', 8.75],
      [2, 'GS-000002', null, -1.5],
      [3, '', 'Không điểm', Number.NaN],
    ]));
    expect(sheet.name).toBe('Kết quả vòng sơ khảo');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(rows).toEqual([
      ['Hạng', 'Mã', 'Tên bài', 'Điểm'],
      [1, 'GS-000001', 'Người giữ lửa ở phường Bến Nghé', 8.75],
      [2, 'GS-000002', undefined, -1.5],
      [3, undefined, 'Không điểm'],
    ]);
  });

  test('text that looks like markup or a formula stays text: no element, no formula, nothing lost', async () => {
    const hostile = ['</t></is></c><c><f>1+1</f></c>', '<![CDATA[x]]>', '&amp; &lt;', '"quoted" \'single\'', '=SUM(A1:A2)', ']]>'];
    const file = await writeXlsx('<Kết quả & "tên">', ['Tiêu đề'], hostile.map((title) => [title]));
    const { sheet, rows } = await readBack(file);
    expect(rows.slice(1)).toEqual(hostile.map((title) => [title]));
    hostile.forEach((_, i) => expect(sheet.getRow(i + 2).getCell(1).type).toBe(ExcelJS.ValueType.String));
    expect(sheet.name).toBe('<Kết quả & "tên">');
  });

  test('text shaped like an escaped character (_xHHHH_) stays literal: the controls dropped cannot come back, nor = past the apostrophe rule', async () => {
    const cells = ['_x0007_bell', 'a_x005F_b', '_x003D_HYPERLINK("http://evil.example","x")', '_x00\u000141_', '_x0041_x0042_', '_X0041_'];
    const file = await writeXlsx('T', ['c'], cells.map((cell) => [cell]));
    const sheet = (await (await openGuardedZip(file)).read('xl/worksheets/sheet1.xml')).toString('utf8');
    expect(sheet).toContain('>_x005F_x0007_bell<');
    expect(sheet).toContain('>a_x005F_x005F_b<');
    expect(sheet).toContain('>_x005F_x003D_HYPERLINK(');
    // Dropping the control forms _x0041_, which is then escaped too.
    expect(sheet).toContain('>_x005F_x0041_<');
    expect(sheet).toContain('>_x005F_x0041_x005F_x0042_<');
    expect(sheet).toContain('>_X0041_<');
  });

  test('a sheet name Excel accepts, and a cut never splits an emoji', async () => {
    const names = async (title: string) => (await readBack(await writeXlsx(title, ['c'], []))).sheet.name;
    expect(await names('\u0001')).toBe('Sheet1');
    expect(await names("'Kết quả'")).toBe('Kết quả');
    expect(await names('History')).toBe('Sheet1');
    expect(await names(`${'a'.repeat(30)}😀`)).toBe('a'.repeat(30));
    const { rows } = await readBack(await writeXlsx('T', ['c'], [[`${'a'.repeat(32_765)}😀b`]]));
    expect(rows[1]?.[0]).toBe(`${'a'.repeat(32_765)}…`);
  });

  test('characters XML cannot hold are dropped; the 27th column is AA; over-long text is cut to what Excel opens', async () => {
    const long = 'a'.repeat(40_000);
    const wide = Array.from({ length: 30 }, (_, k) => k);
    const { sheet, rows } = await readBack(await writeXlsx('Sheet: a/b?*[c]', wide.map(String), [wide, ['tab\there\u0000\u0007\u001f\uffff', long]]));
    expect(sheet.getCell('AA2').value).toBe(26);
    expect(sheet.getCell('AD2').value).toBe(29);
    expect(rows[2]?.[0]).toBe('tab\there');
    expect(String(rows[2]?.[1]).length).toBe(32_767);
    expect(sheet.name).toBe('Sheet  a b   c');
  });

  test('property: any text comes back as itself, less what XML cannot hold (a carriage return reads back as a line feed)', async () => {
    // Text with pieces of escaped characters in it, which the writer must keep literal.
    const text = fc.array(fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('_x', '_x0041_', '_X00e9_', '_x005F_', '_', 'x00', '41_', '\u0001', '\r'),
    ), { maxLength: 6 }).map((pieces) => pieces.join(''));
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(text, fc.double(), fc.constant(null)), { minLength: 1, maxLength: 8 }),
      async (cells: XlsxCell[]) => {
        const { rows: raw } = await readBack(await writeXlsx('T', cells.map((_, k) => `c${k}`), [cells]));
        // exceljs leaves _xHHHH_ in inline strings as it is; Excel and LibreOffice decode it, as here.
        const rows = raw.map((row) => row.map((cell) => typeof cell === 'string'
          ? cell.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
          : cell));
        const expected = cells.map((cell) => {
          if (typeof cell === 'number') return Number.isFinite(cell) ? (Object.is(cell, -0) ? 0 : cell) : undefined;
          const text = cell === null ? '' : xmlCharacters(cell).replace(/\r\n?/g, '\n');
          return text ? text : undefined;
        });
        while (expected.length > 0 && expected.at(-1) === undefined) expected.pop();
        const got = [...(rows[1] ?? [])];
        while (got.length > expected.length) got.pop();
        expect(got).toEqual(expected);
      },
    ), { numRuns: 150 });
  });
});
