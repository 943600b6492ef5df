import { fileTypeFromBuffer } from 'file-type';
import { FileRejectedError } from './errors.ts';
import type { FileKind } from './kinds.ts';
import { xmlEvents, attr } from './xml-events.ts';
import { readXmlPart } from './xml-guard.ts';
import { openGuardedZip, type GuardedZip } from './zip-guard.ts';

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** Parts sniffing may inflate in the API process; real ones are a few KB. */
const MAX_SNIFFED_PART = 1024 * 1024;

function startsWith(bytes: Buffer, ascii: string): boolean {
  return bytes.subarray(0, ascii.length).toString('latin1') === ascii;
}

async function readSmall(zip: GuardedZip, name: string): Promise<Buffer> {
  const entry = zip.entries.find((e) => e.name === name);
  if (entry && entry.uncompressedSize > MAX_SNIFFED_PART) throw new FileRejectedError('file_damaged', `${name} is oversized`);
  return zip.read(name);
}

/** Macros live in vbaProject.bin (DOCX) or Basic/ and Scripts/ (ODF); ActiveX controls count too. */
export function assertNoMacroParts(zip: GuardedZip): void {
  const macro = zip.entries.find(
    (e) =>
      /(^|\/)vba(project\.bin|data\.xml)$/i.test(e.name) ||
      /^word\/activex\//i.test(e.name) ||
      (!e.isDirectory && /^(basic|scripts)\//i.test(e.name)),
  );
  if (macro) throw new FileRejectedError('macro_document', `macro part ${macro.name}`);
}

async function docxMainType(zip: GuardedZip): Promise<string | undefined> {
  const xml = readXmlPart(await readSmall(zip, '[Content_Types].xml'), '[Content_Types].xml');
  let main: string | undefined;
  for (const event of xmlEvents(xml)) {
    if (event.type !== 'start' || event.element.ns !== CONTENT_TYPES_NS) continue;
    const contentType = attr(event.element, '', 'ContentType') ?? '';
    if (/macroEnabled|vbaProject|activeX/i.test(contentType)) {
      throw new FileRejectedError('macro_document', `content type ${contentType}`);
    }
    if (event.element.local === 'Override' && attr(event.element, '', 'PartName')?.toLowerCase() === '/word/document.xml') {
      main = contentType;
    }
  }
  return main;
}

async function packageKind(bytes: Buffer): Promise<FileKind> {
  const zip = await openGuardedZip(bytes);
  try {
    assertNoMacroParts(zip);
    // ODF puts an uncompressed `mimetype` first so that it can be recognised this way.
    if (zip.entries[0]?.name === 'mimetype') {
      const mimetype = (await readSmall(zip, 'mimetype')).toString('latin1');
      if (mimetype === ODT_MIMETYPE) return 'odt';
      throw new FileRejectedError('file_type_not_allowed', `ODF package of type ${mimetype.slice(0, 80)}`);
    }
    if (zip.has('[Content_Types].xml') && zip.has('word/document.xml')) {
      const main = await docxMainType(zip);
      if (main === DOCX_MAIN) return 'docx';
      throw new FileRejectedError('file_type_not_allowed', `Word package with main part ${main ?? 'unknown'}`);
    }
    throw new FileRejectedError('file_type_not_allowed', 'zip that is neither DOCX nor ODT');
  } finally {
    zip.close();
  }
}

async function detect(bytes: Buffer): Promise<FileKind> {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  // Readers find %PDF- anywhere in the first KB; with a prefix the file is two things at once.
  if (bytes.subarray(0, 1024).includes('%PDF-')) throw new FileRejectedError('file_type_not_allowed', 'data before %PDF-');
  if (startsWith(bytes, 'PK\x03\x04')) return packageKind(bytes);
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === 'image/jpeg') return 'jpeg';
  if (type?.mime === 'image/png') return 'png';
  if (type?.mime === 'image/webp') return 'webp';
  throw new FileRejectedError('file_type_not_allowed', `content looks like ${type?.mime ?? 'nothing known'}`);
}

/**
 * The kind of an upload, decided from its bytes alone (the client's name and Content-Type are
 * never trusted). Zips are judged by their central directory and two tiny parts, nothing else is
 * inflated here.
 */
export async function sniffKind(bytes: Buffer, allowed: readonly FileKind[]): Promise<FileKind> {
  if (bytes.length === 0) throw new FileRejectedError('file_empty');
  const kind = await detect(bytes);
  if (!allowed.includes(kind)) throw new FileRejectedError('file_type_not_allowed', `${kind} is not allowed here`);
  return kind;
}
