import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads Excel\'s "CSV UTF-8": BOM, CRLF, quotes only where needed', () => {
    expect(parseCsv('\uFEFFname,email\r\nAn,"a@x.vn"\r\n')).toEqual([['name', 'email'], ['An', 'a@x.vn']]);
  });

  it('takes the separator from the header line: semicolons when they outnumber commas there', () => {
    expect(parseCsv('tên;đơn vị\n"Lê, Văn";Sở A\n')).toEqual([['tên', 'đơn vị'], ['Lê, Văn', 'Sở A']]);
    expect(parseCsv('"a;b",c\nx,y')).toEqual([['a;b', 'c'], ['x', 'y']]);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('a,b\n"say ""hi""","line\r\nbreak"\n')).toEqual([['a', 'b'], ['say "hi"', 'line\r\nbreak']]);
  });

  it('keeps empty fields and a last line without a line end', () => {
    expect(parseCsv('a,b,c\n,,\nx,,z')).toEqual([['a', 'b', 'c'], ['', '', ''], ['x', '', 'z']]);
  });
});
