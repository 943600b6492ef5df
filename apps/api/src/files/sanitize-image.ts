import sharp from 'sharp';
import { FileRejectedError } from './errors.ts';

/** sharp's default is 268 million pixels; a 1 MB PNG can declare 20000×20000 (SECURITY.md #5). */
export const MAX_IMAGE_MEGAPIXELS = 40;
/**
 * Longest side of every picture we re-encode: photo uploads, pictures inside DOCX/ODT, and the
 * anthology's photos (publishing/documents/photos.ts): 1600 px is over 300 dpi across the A5
 * column and more than a story page or a judge's screen shows. A phone's 12-megapixel photo is
 * stored at ~300 KB instead of ~1.2 MB. It is still decoded at full size: sharp 0.35 decodes a JPEG
 * at 1/2 only for a reduction of 3× or more (4,800 px and up here), so re-encoding a 2560 px photo
 * costs a full decode, ~40 of its ~65 ms (bench/RESULTS.md, 2026-12-02).
 */
export const MAX_IMAGE_SIDE = 1600;

/**
 * Longest side accepted, whatever the pixel count: a 76 KB PNG of 1 × 39,000,000 pixels is under the
 * pixel cap and took a worker ~10 s to shrink. WebP's own limit is 16,383.
 */
export const MAX_INPUT_SIDE = 16_384;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff';

/**
 * A re-encoded copy: pixels only, orientation applied, no EXIF/GPS/XMP/IPTC/PNG text (sharp keeps
 * none of them unless asked), longest side capped. A pixel flood fails on the header, before decoding.
 */
export async function sanitizeImage(bytes: Buffer, format: ImageFormat): Promise<Buffer> {
  const tooLarge = (message: string) =>
    new FileRejectedError('image_too_large', message, { megapixels: MAX_IMAGE_MEGAPIXELS, side: MAX_INPUT_SIDE });
  // The header alone, before any pixel is decoded.
  const { width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata().catch((error: unknown) => {
    throw new FileRejectedError('file_damaged', `image: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE) throw tooLarge(`${width}×${height} pixels`);
  const pipeline = sharp(bytes, { limitInputPixels: MAX_IMAGE_MEGAPIXELS * 1_000_000, failOn: 'error' })
    .rotate()
    // Lanczos with 2 lobes, not sharp's 3: the kernel only does the last step of a reduction, under
    // 2× (the rest is shrunk first), and there looks the same; ~10 ms less for 5 megapixels.
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true, kernel: 'lanczos2' });
  const encoded = {
    // No second pass to optimise the Huffman tables: it took half the time of a 5-megapixel photo
    // (bench/RESULTS.md, 2026-12-02) for a file ~7 % smaller.
    jpeg: () => pipeline.jpeg({ quality: 85, optimiseCoding: false }),
    png: () => pipeline.png(),
    webp: () => pipeline.webp({ quality: 85 }),
    gif: () => pipeline.gif(),
    tiff: () => pipeline.tiff(),
  }[format]();
  try {
    return await encoded.toBuffer();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) throw tooLarge(message);
    throw new FileRejectedError('file_damaged', `image: ${message}`);
  }
}
