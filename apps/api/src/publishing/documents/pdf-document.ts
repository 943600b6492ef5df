import PDFDocument from 'pdfkit';
import { type FontStyle, notoSerif } from './fonts.ts';
import { cleanText } from './html-blocks.ts';

export type Pdf = PDFKit.PDFDocument;

/**
 * A pdfkit document with the four Noto Serif faces registered under their style names, Lang vi,
 * and an Info dictionary holding the Title only.
 */
export function newPdf(options: { title: string; date: Date } & Pick<PDFKit.PDFDocumentOptions, 'size' | 'layout' | 'margins'>): Pdf {
  const { title, date, ...page } = options;
  const doc = new PDFDocument({
    ...page,
    autoFirstPage: false,
    bufferPages: true,
    lang: 'vi',
    displayTitle: true,
    // The file ID is a hash of Info including CreationDate: the given date, not the clock, keeps output reproducible.
    info: { Title: title, CreationDate: date },
  });
  // pdfkit still needs CreationDate (for XMP, which it writes only from PDF 1.4 on); hidden from the Info
  // dictionary it stays readable without being written. Producer/Creator would name the software.
  delete doc.info.Producer;
  delete doc.info.Creator;
  Object.defineProperty(doc.info, 'CreationDate', { value: date, enumerable: false });
  const faces = notoSerif();
  for (const style of Object.keys(faces) as FontStyle[]) doc.registerFont(style, faces[style]);
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Input text for a PDF: NFC, no control characters, trimmed. */
export function pdfText(text: string): string {
  return cleanText(text).trim();
}
