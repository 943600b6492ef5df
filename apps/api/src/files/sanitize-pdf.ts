import { PDFDocument, PDFName } from 'pdf-lib';
import { FileRejectedError } from './errors.ts';
import { PdfRebuild } from './pdf-rebuild.ts';

const name = (key: string) => PDFName.of(key);

/**
 * The judges' copy of a PDF (SECURITY.md #4, DESIGN.md Blindness): fresh pages rebuilt from an
 * allow-list of what rendering needs (pdf-rebuild.ts), so nothing else survives — Info, XMP on any
 * object, outlines, attachments, earlier incremental revisions, JavaScript, form data, pdfTeX's
 * figure dictionaries, application private data, annotations (a comment's author is in /T; a
 * link's address, a mailto: or the author's own page, is read by no identity check, so its words
 * stay on the page without it, as in the DOCX and ODT copies and the essay judges read) — and no
 * Info dictionary of its own (updateMetadata off keeps pdf-lib from writing its Producer/Creator/dates).
 */
export async function sanitizePdf(bytes: Uint8Array): Promise<Buffer> {
  try {
    // Loaded even when encrypted, only to say so: pdf-lib's own error loses its class when thrown.
    const source = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (source.isEncrypted) throw new FileRejectedError('file_encrypted', 'encrypted PDF');
    if (source.getPageCount() === 0) throw new FileRejectedError('file_damaged', 'PDF without pages');
    const clean = await PDFDocument.create({ updateMetadata: false });
    const rebuild = new PdfRebuild(source.context, clean.context);
    for (const sourcePage of source.getPages()) {
      const page = clean.addPage();
      page.node.delete(name('Resources'));
      for (const [key, value] of rebuild.page(sourcePage.node)) page.node.set(name(key), value);
    }
    return Buffer.from(await clean.save());
  } catch (error) {
    if (error instanceof FileRejectedError) throw error;
    throw new FileRejectedError('file_damaged', `PDF: ${String(error)}`);
  }
}
