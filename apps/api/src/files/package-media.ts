import { FileRejectedError } from './errors.ts';
import { sanitizeImage, type ImageFormat } from './sanitize-image.ts';

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

/**
 * The extension of the neutral part name a picture gets in a rebuilt package (`image1.jpeg`,
 * `Pictures/1.png`): the format it is re-encoded to, or the placeholder's. A raster too damaged to
 * re-encode becomes the placeholder under its format's extension; the package still declares the
 * placeholder's type, which is what readers go by.
 */
export function packageImageExtension(data: Buffer): string {
  return rasterFormat(data) ?? 'png';
}

/**
 * A picture inside a DOCX/ODT package, found by its content wherever it is and whatever its
 * name (`word/media/photo1.bin`, `Pictures/photo1`): rasters are re-encoded by sharp (no EXIF,
 * GPS, XMP, IPTC or text chunks survive), and anything else — SVG (editors write the author's file
 * name and home folder into it, and links can be javascript: or a tracking address), metafiles
 * (EMF/WMF/SVM, which carry descriptions and comment records), unknown or damaged data — becomes a
 * transparent pixel: only what is rebuilt from pixels is kept. Word stores a PNG beside each SVG
 * picture, which is kept as a raster. A pixel flood is still refused.
 */
export async function sanitizePackageImage(data: Buffer): Promise<PackageImage> {
  const format = rasterFormat(data);
  if (format) {
    try {
      return { data: await sanitizeImage(data, format), mime: mimeOf[format], store: selfCompressed[format] };
    } catch (error) {
      if (error instanceof FileRejectedError && error.code === 'image_too_large') throw error;
      return PLACEHOLDER;
    }
  }
  return PLACEHOLDER;
}
