import ExcelJS from 'exceljs';
import { FileRejectedError } from '../files/errors.ts';
import { assertNoMacroParts } from '../files/sniff.ts';
import { readXmlPart } from '../files/xml-guard.ts';
import { openGuardedZip, type ZipLimits } from '../files/zip-guard.ts';
import { writeZip } from '../files/zip-write.ts';

/**
 * A 61,000-person sheet is about 15 MB of XML; far more than that, or many parts, is not a list
 * of people. Every part is inflated under these caps and its XML checked (no DTD, no entities)
 * before exceljs, which trusts what it is given, sees a byte of it.
 */
const xlsxZipLimits: ZipLimits = {
  maxEntries: 200,
  maxTotalBytes: 80 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAbove: 1024 * 1024,
};

/** The first worksheet's cells as displayed text, row by row (empty rows kept as empty arrays). */
export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const zip = await openGuardedZip(bytes, xlsxZipLimits);
  let checked: Buffer;
  try {
    assertNoMacroParts(zip);
    if (!zip.has('xl/workbook.xml')) throw new FileRejectedError('file_damaged', 'no xl/workbook.xml');
    const parts = await zip.readFiles();
    for (const [name, part] of parts) {
      if (/\.(xml|rels|vml)$/i.test(name)) readXmlPart(part, name);
    }
    // exceljs reads a zip rebuilt from the parts just checked, never the upload: its zip reader
    // could find parts ours did not (an attack hid 1.2 GB behind the end record's count).
    checked = await writeZip([...parts].map(([name, data]) => ({ name, data, store: true })));
  } finally {
    zip.close();
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileRejectedError('file_damaged', `exceljs: ${String(error)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows[rowNumber - 1] = Array.from(cells, (value) => value ?? '');
  });
  return Array.from(rows, (row) => row ?? []);
}
