import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { toCsv } from './csv-write.ts';
import { toXlsx, type Table } from './tables.ts';

// Issue 10, class 7 (SECURITY.md case 17): user text that starts like a formula is exported as text.
const hostile = ['=HYPERLINK("https://evil.example","Bấm vào")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
const table: Table = {
  title: 'Kết quả',
  header: ['Tiêu đề', 'Điểm'],
  rows: [...hostile.map((title): [string, number] => [title, -1.5]), ['Gương sáng = lời Bác', 8.5]],
};

describe('exports neutralize formulas in user text', () => {
  test('CSV: every such cell starts with an apostrophe; numbers and other text unchanged', () => {
    const lines = Buffer.concat(toCsv(table)).toString().slice(1).split('\r\n');
    expect(lines[1]).toBe('"\'=HYPERLINK(""https://evil.example"",""Bấm vào"")",-1.5');
    expect(lines[2]).toBe("'+1+1,-1.5");
    expect(lines[3]).toBe("'-2+3,-1.5");
    expect(lines[4]).toBe("'@SUM(A1),-1.5");
    expect(lines[5]).toBe('"\'\t=1",-1.5');
    expect(lines[6]).toBe('"\'\r=1",-1.5');
    expect(lines[7]).toBe('Gương sáng = lời Bác,8.5');
  });

  test('XLSX: the cells are text beginning with an apostrophe, never formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    hostile.forEach((title, i) => {
      const cell = sheet?.getRow(i + 2).getCell(1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      // XML reads a carriage return back as a line feed.
      expect(cell?.value).toBe(`'${title.replace(/\r/g, '\n')}`);
      expect(sheet?.getRow(i + 2).getCell(2).value).toBe(-1.5);
    });
  });
});
