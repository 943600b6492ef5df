import { sanitizeImage, type ImageFormat } from './sanitize-image.ts';
import { encodeXmlPart, readXmlPart } from './xml-guard.ts';
import { rewriteXml } from './xml-rewrite.ts';

const rasterByExtension: Record<string, ImageFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  gif: 'gif',
  tif: 'tiff',
  tiff: 'tiff',
  webp: 'webp',
};

/** SVG keeps its drawing; its metadata, titles, scripts and event handlers go. */
function sanitizeSvg(data: Buffer, part: string): Buffer {
  const svg = rewriteXml(readXmlPart(data, part), {
    element: (element) => (['metadata', 'title', 'desc', 'script', 'foreignObject'].includes(element.local) ? 'drop' : 'keep'),
    attribute: (attribute) => !/^on/i.test(attribute.local),
  });
  return encodeXmlPart(svg);
}

/**
 * A picture inside a DOCX/ODT package, with the camera's EXIF/GPS and editors' metadata removed.
 * The format follows the part's extension, which the package's content types are keyed on.
 * Vector formats without a metadata block of their own (EMF, WMF) pass unchanged.
 */
export async function sanitizePackageMedia(name: string, data: Buffer): Promise<Buffer> {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const raster = rasterByExtension[extension];
  if (raster) return sanitizeImage(data, raster);
  if (extension === 'svg') return sanitizeSvg(data, name);
  return data;
}
