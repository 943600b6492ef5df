import { writeZip } from '../files/zip-write.ts';

/**
 * A one-sheet XLSX written directly: exceljs took 16 s of the event loop for a 100,000-row results
 * table (an object per cell, then a second pass to XML). This writes the sheet's XML in pieces of
 * rows, every string inline (no shared-strings table), the header bold, and zips it. Only text and
 * finite numbers reach a cell; text is escaped for XML and loses the characters XML 1.0 cannot hold
 * (a carriage return reads back as a line feed, as XML ends lines), so no user text can add markup
 * or a formula (a cell never gets an <f> element).
 */

export type XlsxCell = string | number | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel refuses a cell longer than this (and repairs the file); longer text is cut with an ellipsis. */
const MAX_CELL_CHARACTERS = 32_767;
/** Nor may a sheet's name be longer, or hold any of : \ / ? * [ ]. */
const MAX_SHEET_NAME = 31;

// Control characters other than tab, line feed and carriage return, and the two non-characters,
// are not allowed in XML 1.0; lone surrogates become U+FFFD when encoded as UTF-8.
// eslint-disable-next-line no-control-regex -- these controls are what the patterns find
const NEEDS_ESCAPING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"_]/;
// eslint-disable-next-line no-control-regex -- these controls are what the pattern removes
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text without the characters XML 1.0 cannot hold, as a spreadsheet will read it. */
export function withoutXmlControls(text: string): string {
  NOT_XML.lastIndex = 0;
  return NOT_XML.test(text) ? text.replace(NOT_XML, '') : text;
}

/**
 * Text as XML character data. Spreadsheet programs read `_xHHHH_` in a cell as an escaped
 * character (ECMA-376 §22.9.2.19), which would bring back the controls removed here or turn
 * `_x003D_…` into `=…` past the apostrophe rule; so a literal one gets its underscore escaped, after
 * the controls are gone (their removal can form one).
 */
function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return withoutXmlControls(text).replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first `length` UTF-16 units, one fewer if the last would split a surrogate pair. */
function cut(text: string, length: number): string {
  const end = /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

/** A, B, …, Z, AA, AB, …: the column's letters in a cell reference. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: XlsxCell, reference: string, style: string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"${style}><v>${value}</v></c>` : '';
  if (value === null || value === '') return '';
  const text = value.length > MAX_CELL_CHARACTERS ? `${cut(value, MAX_CELL_CHARACTERS - 1)}…` : value;
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** Rows written per piece of the sheet: pieces keep the sheet under V8's longest string and let other requests run between them. */
const ROWS_PER_PIECE = 2000;

/** The sheet's XML in pieces, made as the zip asks for them (each is deflated while the next is made). */
async function* sheetXml(header: readonly string[], rows: Iterable<readonly XlsxCell[]>): AsyncGenerator<Buffer> {
  const width = Math.max(header.length, 1);
  const columns = Array.from({ length: width }, (_, k) => columnName(k));
  const rowXml = (cells: readonly XlsxCell[], number: number, style: string) => {
    let xml = `<row r="${number}">`;
    for (let k = 0; k < cells.length; k++) xml += cellXml(cells[k] ?? null, `${columns[k] ?? columnName(k)}${number}`, style);
    return `${xml}</row>`;
  };
  yield Buffer.from(`${XML_DECLARATION}<worksheet xmlns="${MAIN}"><cols><col min="1" max="${width}" width="18" customWidth="1"/></cols>`
    + `<sheetData>${rowXml(header, 1, ' s="1"')}`, 'utf8');
  let number = 2;
  let xml = '';
  for (const row of rows) {
    xml += rowXml(row, number, '');
    number += 1;
    if ((number - 2) % ROWS_PER_PIECE === 0) {
      yield Buffer.from(xml, 'utf8');
      xml = '';
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  yield Buffer.from(`${xml}</sheetData></worksheet>`, 'utf8');
}

/** A name Excel accepts: no control or : \\ / ? * [ ], no apostrophe at either end, at most 31 characters, not "History". */
function sheetName(title: string): string {
  const name = cut(withoutXmlControls(title).replace(/[:\\/?*[\]]/g, ' ').trim(), MAX_SHEET_NAME).replace(/^'+|'+$/g, '').trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Sheet1' : name;
}

/** The workbook: one sheet named `title`, the header in bold, then the rows. */
export async function writeXlsx(title: string, header: readonly string[], rows: Iterable<readonly XlsxCell[]>): Promise<Buffer> {
  const part = (xml: string) => Buffer.from(xml, 'utf8');
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: part(`${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + '</Types>'),
    },
    {
      name: '_rels/.rels',
      data: part(`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`
        + `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: 'xl/workbook.xml',
      data: part(`${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>`
        + `<sheet name="${escapeXml(sheetName(title))}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: part(`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`
        + `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>`
        + `<Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`),
    },
    {
      name: 'xl/styles.xml',
      data: part(`${XML_DECLARATION}<styleSheet xmlns="${MAIN}">`
        + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'),
    },
    { name: 'xl/worksheets/sheet1.xml', pieces: sheetXml(header, rows) },
  ]);
}
