import { PDFArray, PDFBool, PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { decodeGeneral } from './pdf-filters.ts';
import { stripJpegMetadata } from './jpeg-metadata.ts';
import { MAX_IMAGE_MEGAPIXELS } from './sanitize-image.ts';

/** What an image XObject's samples become in the judges' copy. */
export type ImageData =
  | { kind: 'samples'; data: Uint8Array }
  | { kind: 'jpeg'; data: Uint8Array }
  /** CCITT G3/G4 is a bare bit stream with no room for metadata; it keeps its parameters. */
  | { kind: 'ccitt'; data: Uint8Array }
  /** Not understood (JPEG 2000 with its XML/UUID boxes, JBIG2 with its comment segments, broken data): replaced. */
  | { kind: 'placeholder' };

const key = (name: string) => PDFName.of(name);

function numberOf(context: PDFContext, value: PDFObject | undefined): number | undefined {
  const resolved = value === undefined ? undefined : context.lookup(value);
  return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
}

/** Components per sample of an image colour space (PDF 32000 §8.6), or undefined when not known. */
function componentsOf(context: PDFContext, space: PDFObject | undefined, depth = 0): number | undefined {
  const resolved = space === undefined ? undefined : context.lookup(space);
  if (depth > 4) return undefined;
  if (resolved instanceof PDFName) {
    return { DeviceGray: 1, CalGray: 1, DeviceRGB: 3, CalRGB: 3, Lab: 3, DeviceCMYK: 4, Indexed: 1, Separation: 1 }[resolved.decodeText()];
  }
  if (!(resolved instanceof PDFArray) || resolved.size() === 0) return undefined;
  const family = context.lookup(resolved.get(0));
  const name = family instanceof PDFName ? family.decodeText() : '';
  if (name === 'ICCBased') {
    const profile = context.lookup(resolved.get(1));
    return profile instanceof PDFRawStream ? numberOf(context, profile.dict.get(key('N'))) : undefined;
  }
  if (name === 'DeviceN') {
    const names = context.lookup(resolved.get(1));
    return names instanceof PDFArray ? names.size() : undefined;
  }
  if (name === 'Indexed' || name === 'Separation') return 1;
  return componentsOf(context, family, depth + 1);
}

function isJpeg(data: Uint8Array): boolean {
  return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
}

function jpegOrPlaceholder(data: Uint8Array): ImageData {
  try {
    const jpeg = stripJpegMetadata(data);
    return { kind: 'jpeg', data: jpeg };
  } catch {
    return { kind: 'placeholder' };
  }
}

/**
 * Reads an image XObject by what it is, whatever its filter chain: general filters are decoded
 * first, so a JPEG under [/FlateDecode /DCTDecode] (or Flate-compressed JPEG bytes declared as
 * plain samples) is found and loses its EXIF/XMP/IPTC like any other. Plain samples are cut to
 * the size the dictionary declares, so nothing rides along after them.
 */
export function readImage(stream: PDFRawStream): ImageData {
  const { context } = stream.dict;
  const width = numberOf(context, stream.dict.get(key('Width')));
  const height = numberOf(context, stream.dict.get(key('Height')));
  if (!width || !height || width < 1 || height < 1 || !Number.isInteger(width) || !Number.isInteger(height)) return { kind: 'placeholder' };
  if (width * height > MAX_IMAGE_MEGAPIXELS * 1_000_000) return { kind: 'placeholder' };
  let decoded: ReturnType<typeof decodeGeneral>;
  try {
    decoded = decodeGeneral(stream);
  } catch {
    return { kind: 'placeholder' };
  }
  const { data, rest } = decoded;
  if (rest.filters.length > 1) return { kind: 'placeholder' };
  const codec = rest.filters[0];
  if (codec === 'DCTDecode' || codec === 'DCT') return jpegOrPlaceholder(data);
  if (codec === 'CCITTFaxDecode' || codec === 'CCF') return { kind: 'ccitt', data };
  if (codec !== undefined) return { kind: 'placeholder' };

  const mask = context.lookup(stream.dict.get(key('ImageMask'))) === PDFBool.True;
  const components = mask ? 1 : componentsOf(context, stream.dict.get(key('ColorSpace')));
  const bits = mask ? 1 : numberOf(context, stream.dict.get(key('BitsPerComponent')));
  if (components === undefined || bits === undefined || ![1, 2, 4, 8, 16].includes(bits)) {
    return isJpeg(data) ? jpegOrPlaceholder(data) : { kind: 'placeholder' };
  }
  const expected = Math.ceil((width * components * bits) / 8) * height;
  if (data.length !== expected && isJpeg(data)) return jpegOrPlaceholder(data);
  const samples = new Uint8Array(expected);
  samples.set(data.subarray(0, expected));
  return { kind: 'samples', data: samples };
}
