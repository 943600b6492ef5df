import { FileRejectedError } from './errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/** Decodes by BOM or first bytes, so a `<!DOCTYPE` written in UTF-16 is seen like any other. */
function decode(bytes: Uint8Array, part: string): string {
  const [b0, b1, b2, b3] = bytes;
  try {
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8.decode(bytes.subarray(3));
    if ((b0 === 0 && b1 === 0) || (b2 === 0 && b3 === 0 && b0 !== 0x3c)) {
      throw new FileRejectedError('file_damaged', `${part}: UTF-32 or unknown XML encoding`);
    }
    if (b0 === 0xff && b1 === 0xfe) return utf16le.decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return utf16be.decode(bytes.subarray(2));
    if (b0 === 0x3c && b1 === 0) return utf16le.decode(bytes);
    if (b0 === 0 && b1 === 0x3c) return utf16be.decode(bytes);
    return utf8.decode(bytes);
  } catch (error) {
    if (error instanceof FileRejectedError) throw error;
    throw new FileRejectedError('file_damaged', `${part}: not valid UTF-8/UTF-16`);
  }
}

/**
 * The text of one XML part, refused if it declares a DTD, entities, elements or notations (the
 * only places SYSTEM/PUBLIC references can live), links a stylesheet, or claims an encoding other
 * than UTF-8/16 (UTF-7 could smuggle a DOCTYPE past the check). No XML parser in this module
 * resolves entities, but Word, LibreOffice and mammoth's parser must never be handed one either.
 */
export function readXmlPart(bytes: Uint8Array, part: string): string {
  const xml = decode(bytes, part);
  if (/<!\s*[A-Za-z]/.test(xml)) {
    throw new FileRejectedError('xml_entities', `${part}: markup declaration (DOCTYPE/ENTITY)`);
  }
  if (/<\?xml-stylesheet/i.test(xml)) throw new FileRejectedError('xml_entities', `${part}: xml-stylesheet`);
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/.exec(xml)?.[1];
  if (declared !== undefined && !/^utf-?(8|16)$/i.test(declared)) {
    throw new FileRejectedError('file_damaged', `${part}: declared encoding ${declared}`);
  }
  return xml;
}

/**
 * A reference from inside an ODF package to one of its own parts ("Pictures/a.png", "./Object 1"):
 * no scheme, not absolute, not climbing out.
 */
export function isPackageInternal(href: string): boolean {
  const target = href.trim();
  return (
    target.length > 0 &&
    !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target) &&
    !target.startsWith('/') &&
    !target.startsWith('\\') &&
    !target.split(/[/\\]/).includes('..')
  );
}

/** UTF-8 bytes of a rewritten part, its declaration saying so (the original may have been UTF-16). */
export function encodeXmlPart(xml: string): Buffer {
  return Buffer.from(xml.replace(/^(\s*<\?xml[^>]*\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2'), 'utf8');
}
