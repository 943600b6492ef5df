import sharp from 'sharp';
import { MAX_IMAGE_MEGAPIXELS, MAX_IMAGE_SIDE } from '../../files/sanitize-image.ts';
import type { StoryPhoto } from './types.ts';

export interface PreparedPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  altText: string;
}

/**
 * Every photo becomes a baseline JPEG: PDF embeds JPEG as is, and EPUB readers older than EPUB 3.3
 * cannot show WebP. Upright (EXIF orientation applied), transparency on white, no metadata.
 */
export async function preparePhoto(photo: StoryPhoto): Promise<PreparedPhoto> {
  const { data, info } = await sharp(photo.data, { limitInputPixels: MAX_IMAGE_MEGAPIXELS * 1_000_000 })
    .rotate()
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: data, width: info.width, height: info.height, altText: photo.altText.normalize('NFC').trim() };
}
