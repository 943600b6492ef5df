import { FileRejectedError } from './errors.ts';
import { sanitizeImage, type ImageFormat } from './sanitize-image.ts';
import { xmlEvents } from './xml-events.ts';
import { encodeXmlPart, readXmlPart } from './xml-guard.ts';
import { rewriteXml } from './xml-rewrite.ts';

export interface PackageImage {
  data: Buffer;
  /** The content type the package must declare for the part (DOCX [Content_Types].xml, ODF manifest). */
  mime: string;
  /**
   * Stored in the zip as it is: JPEG, PNG, GIF and WebP are compressed already, and deflating a
   * 1 MB photo again cost ~30 ms to write and ~50 ms for mammoth to read back, for under 0.1 %.
   */
  store: boolean;
}

/** sharp writes TIFF with JPEG compression; left to deflate in case a strip is raw. */
const selfCompressed: Record<ImageFormat, boolean> = { jpeg: true, png: true, gif: true, webp: true, tiff: false };

const mimeOf: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  tiff: 'image/tiff',
  webp: 'image/webp',
};

/** One transparent pixel: what a picture that cannot be understood becomes. */
const PLACEHOLDER: PackageImage = {
  data: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==', 'base64'),
  mime: 'image/png',
  store: true,
};

/** The raster format of the bytes, from their magic numbers alone (never the part's name or declared type). */
function rasterFormat(data: Buffer): ImageFormat | undefined {
  const ascii = (start: number, end: number) => data.subarray(start, end).toString('latin1');
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  return undefined;
}

function isSvg(data: Buffer, part: string): boolean {
  const head = data.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return false;
  for (const event of xmlEvents(readXmlPart(data, part))) {
    if (event.type === 'start') return event.element.local === 'svg';
  }
  return false;
}

/** SVG keeps its drawing; its metadata, titles, scripts and event handlers go. */
function sanitizeSvg(data: Buffer, part: string): Buffer {
  const svg = rewriteXml(readXmlPart(data, part), {
    element: (element) => (['metadata', 'title', 'desc', 'script', 'foreignObject'].includes(element.local) ? 'drop' : 'keep'),
    attribute: (attribute) => !/^on/i.test(attribute.local),
  });
  return encodeXmlPart(svg);
}

/**
 * A picture inside a DOCX/ODT package, found by its content wherever it is and whatever its
 * name (`word/media/photo1.bin`, `Pictures/photo1`): rasters are re-encoded by sharp (no EXIF,
 * GPS, XMP, IPTC or text chunks survive), SVG keeps only its drawing, and anything else —
 * metafiles (EMF/WMF/SVM, which carry descriptions and comment records), unknown or damaged
 * data — becomes a transparent pixel. A pixel flood is still refused.
 */
export async function sanitizePackageImage(part: string, data: Buffer): Promise<PackageImage> {
  const format = rasterFormat(data);
  if (format) {
    try {
      return { data: await sanitizeImage(data, format), mime: mimeOf[format], store: selfCompressed[format] };
    } catch (error) {
      if (error instanceof FileRejectedError && error.code === 'image_too_large') throw error;
      return PLACEHOLDER;
    }
  }
  try {
    if (isSvg(data, part)) return { data: sanitizeSvg(data, part), mime: 'image/svg+xml', store: false };
  } catch (error) {
    // An SVG with a DOCTYPE is refused like any other hostile XML; anything else unreadable is replaced.
    if (error instanceof FileRejectedError && error.code === 'xml_entities') throw error;
  }
  return PLACEHOLDER;
}
