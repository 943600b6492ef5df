import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
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
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.double(), fc.constant(null)), { minLength: 1, maxLength: 8 }),
      async (cells: XlsxCell[]) => {
        const { rows } = await readBack(await writeXlsx('T', cells.map((_, k) => `c${k}`), [cells]));
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
