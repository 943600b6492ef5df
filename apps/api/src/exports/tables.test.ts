import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { spreadsheetText, toCsv, toXlsx, type Table } from './tables.ts';

// Issue 10, class 7 (SECURITY.md case 17): user text that starts like a formula is exported as text.
const hostile = ['=HYPERLINK("https://evil.example","Bấm vào")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
const table: Table = {
  title: 'Kết quả',
  header: ['Tiêu đề', 'Điểm'],
  rows: [...hostile.map((title): [string, number] => [title, -1.5]), ['Gương sáng = lời Bác', 8.5]],
};

describe('exports neutralize formulas in user text', () => {
  test('CSV: every such cell starts with an apostrophe; numbers and other text unchanged', () => {
    const lines = toCsv(table).toString().slice(1).split('\r\n');
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

describe('CSV cells', () => {
  // toCsv writes most text as it is after one test: it must write exactly what the full rule (no
  // XML controls, an apostrophe before a formula, RFC 4180 quoting) writes, whatever the text.
  const fullRule = (text: string) => {
    const written = spreadsheetText(text);
    return /[",;\t\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
  };
  const awkward = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', '\u0000', '\u0008', '\u001F', '\uFFFE', '\uFFFF', '_x003D_', 'ư', 'a', ' ');
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(awkward, { maxLength: 8 }).map((parts) => parts.join('')));

  test('every text is written as the full rule writes it', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
      // As bytes: UTF-8 has no lone surrogate, so both sides are encoded the same way.
      expect(toCsv({ title: '', header: [], rows: [cells] })).toEqual(Buffer.from(`\uFEFF\r\n${cells.map(fullRule).join(',')}\r\n`));
    }), { numRuns: 2000 });
  });
});

describe('CSV of many rows', () => {
  test('rows written in runs make the file one string of them would', () => {
    const rows = Array.from({ length: 2_501 }, (_, k) => [`Bài số ${k}, "Gương sáng"`, k % 7 === 0 ? null : k / 4, '=1+1']);
    const lines = ['Tiêu đề,Điểm,Ghi chú', ...rows.map((_, k) => `"Bài số ${k}, ""Gương sáng""",${k % 7 === 0 ? '' : k / 4},'=1+1`)];
    expect(toCsv({ title: 'T', header: ['Tiêu đề', 'Điểm', 'Ghi chú'], rows })).toEqual(Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`));
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
    const lines = toCsv({ title: '', header: ['Tiêu đề', 'Điểm'], rows: titles.map((t) => [t, 8.5]) }).toString().slice(1).split('\r\n');
    for (const line of lines.slice(1, -1)) {
      for (const field of fields(line, separator)) expect(field).not.toMatch(/^[=+\-@]/);
    }
  });
});
