import sharp from 'sharp';
import { expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { stripJpegMetadata } from './jpeg-metadata.ts';
import { exiftool, fixture, identifyingTags, leaksIn } from './test-helpers.ts';

test('EXIF/GPS segments go, the picture stays bit-for-bit the same', async () => {
  const original = fixture('essays/photo-01.jpg');
  const stripped = Buffer.from(stripJpegMetadata(original));
  expect(identifyingTags(exiftool(stripped, 'jpg'))).toEqual([]);
  expect(leaksIn(stripped)).toEqual([]);
  const [before, after] = await Promise.all([sharp(original).raw().toBuffer(), sharp(stripped).raw().toBuffer()]);
  expect(after.equals(before)).toBe(true);
});

test('ICC profiles and progressive scans survive', async () => {
  const progressive = await sharp(fixture('essays/photo-01.jpg')).withIccProfile('p3').jpeg({ progressive: true }).toBuffer();
  const stripped = Buffer.from(stripJpegMetadata(progressive));
  expect((await sharp(stripped).metadata()).icc).toBeDefined();
  const [before, after] = await Promise.all([sharp(progressive).raw().toBuffer(), sharp(stripped).raw().toBuffer()]);
  expect(after.equals(before)).toBe(true);
});

test('non-JPEG data is refused', () => {
  expect(() => stripJpegMetadata(Buffer.from('hello'))).toThrow(FileRejectedError);
});
