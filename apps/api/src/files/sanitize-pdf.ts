import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFPageLeaf,
} from 'pdf-lib';
import { FileRejectedError } from './errors.ts';
import { stripJpegMetadata } from './jpeg-metadata.ts';
import { isWebLink } from './xml-guard.ts';

const name = (key: string) => PDFName.of(key);

/** Keys that carry authoring data wherever they appear (XMP streams, application private data). */
const metadataKeys = ['Metadata', 'PieceInfo', 'LastModified'].map(name);
/** Page keys that hold metadata, thumbnails of the original, actions or article threads. */
const pageKeys = ['Thumb', 'AA', 'B', 'Annots'].map(name);

function isDctImage(stream: PDFRawStream): boolean {
  const filter = stream.dict.get(name('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  return only === name('DCTDecode') && stream.dict.get(name('Subtype')) === name('Image');
}

/**
 * Strips metadata from every object of the loaded file before anything is copied: XMP on pages,
 * images and forms, and EXIF/XMP inside embedded JPEG photos (which carry the camera's GPS).
 */
function scrubObjects(context: PDFContext): void {
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
    for (const key of metadataKeys) dict?.delete(key);
    if (object instanceof PDFRawStream && isDctImage(object)) {
      context.assign(ref, PDFRawStream.of(object.dict, stripJpegMetadata(object.contents)));
    }
  }
}

function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/**
 * Annotations carry their author in /T (and again in their /Popup), plus comments in /Contents.
 * Only web links survive, rebuilt from scratch with nothing but their rectangle and address.
 */
function webLinks(page: PDFPageLeaf, context: PDFContext): PDFDict[] {
  const annots = page.lookupMaybe(name('Annots'), PDFArray);
  const links: PDFDict[] = [];
  for (let i = 0; i < (annots?.size() ?? 0); i++) {
    const annot = annots!.lookupMaybe(i, PDFDict);
    if (annot?.get(name('Subtype')) !== name('Link')) continue;
    const action = annot.lookupMaybe(name('A'), PDFDict);
    const uri = action?.get(name('S')) === name('URI') ? textOf(action.lookup(name('URI'))) : undefined;
    const rect = annot.lookupMaybe(name('Rect'), PDFArray);
    if (!uri || !isWebLink(uri) || !rect) continue;
    links.push(
      context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: rect.asArray().map((n) => context.lookup(n)!),
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
      }),
    );
  }
  return links;
}

/**
 * The judges' copy of a PDF (SECURITY.md #4): pages copied into a fresh document, so nothing
 * unreachable from the pages survives (Info, XMP, outlines, attachments, earlier incremental
 * revisions, JavaScript, form data), with no Info dictionary of its own (updateMetadata off
 * keeps pdf-lib from writing its Producer/Creator/dates).
 */
export async function sanitizePdf(bytes: Uint8Array): Promise<Buffer> {
  try {
    // Loaded even when encrypted, only to say so: pdf-lib's own error loses its class when thrown.
    const source = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (source.isEncrypted) throw new FileRejectedError('file_encrypted', 'encrypted PDF');
    if (source.getPageCount() === 0) throw new FileRejectedError('file_damaged', 'PDF without pages');
    scrubObjects(source.context);
    for (const page of source.getPages()) {
      const links = webLinks(page.node, source.context);
      for (const key of pageKeys) page.node.delete(key);
      if (links.length > 0) page.node.set(name('Annots'), source.context.obj(links.map((link) => source.context.register(link))));
    }
    const clean = await PDFDocument.create({ updateMetadata: false });
    for (const page of await clean.copyPages(source, source.getPageIndices())) clean.addPage(page);
    return Buffer.from(await clean.save());
  } catch (error) {
    if (error instanceof FileRejectedError) throw error;
    throw new FileRejectedError('file_damaged', `PDF: ${String(error)}`);
  }
}
