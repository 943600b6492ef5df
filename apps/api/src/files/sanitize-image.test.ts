import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { sanitizeDocx } from './sanitize-docx.ts';
import { MAX_IMAGE_SIDE, sanitizeImage } from './sanitize-image.ts';
import { sanitizeOdt } from './sanitize-odt.ts';
import { authorSecrets, hostileJpeg } from './test-corpus.ts';
import { docxWithPicture, exiftool, fixture, identifyingTags, leaksIn, odtWithPicture, unzipAll } from './test-helpers.ts';

describe('sanitizeImage', () => {
  test.each([
    ['photo-01.jpg', 'jpeg', 'jpg'],
    ['photo-02.png', 'png', 'png'],
  ] as const)('%s loses its EXIF, GPS, XMP and text chunks', async (name, format, extension) => {
    const original = fixture(`essays/${name}`);
    expect(identifyingTags(exiftool(original, extension)).length).toBeGreaterThan(0);
    const clean = await sanitizeImage(original, format);
    expect(identifyingTags(exiftool(clean, extension))).toEqual([]);
    expect(leaksIn(clean)).toEqual([]);
    const meta = await sharp(clean).metadata();
    expect(meta.format).toBe(format);
    expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
  });

  test('EXIF orientation is applied to the pixels, then dropped', async () => {
    const rotated = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#08f' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const clean = await sanitizeImage(rotated, 'jpeg');
    const meta = await sharp(clean).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([20, 40, undefined]);
  });

  test('the longest side is capped', async () => {
    const wide = await sharp({ create: { width: 5000, height: 1000, channels: 3, background: '#fff' } }).webp().toBuffer();
    const meta = await sharp(await sanitizeImage(wide, 'webp')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', MAX_IMAGE_SIDE, MAX_IMAGE_SIDE / 5]);
  });

  // One bound wherever a picture is stored: a 12-megapixel phone photo with EXIF (GPS, camera), XMP and IPTC.
  test.each([
    ['uploaded on its own', 4032, 3024, (photo: Buffer) => sanitizeImage(photo, 'jpeg')],
    ['inside a DOCX', 3024, 4032, async (photo: Buffer) => (await unzipAll(await sanitizeDocx(await docxWithPicture('media/image9.jpeg', photo)))).get('word/media/image1.jpeg')!],
    ['inside an ODT', 4032, 2268, async (photo: Buffer) => (await unzipAll(await sanitizeOdt(await odtWithPicture('Pictures/anh.jpg', photo)))).get('Pictures/1.jpeg')!],
  ] as const)('a phone photo %s comes out within the bound, its shape kept, its metadata gone', async (_where, width, height, judgesCopy) => {
    const photo = await hostileJpeg(width, height);
    expect(identifyingTags(exiftool(photo, 'jpg')).length).toBeGreaterThan(0);
    const clean = await judgesCopy(photo);
    const meta = await sharp(clean).metadata();
    expect(Math.max(meta.width, meta.height)).toBe(MAX_IMAGE_SIDE);
    expect(meta.width / meta.height).toBeCloseTo(width / height, 2);
    expect([meta.format, meta.exif, meta.xmp, meta.iptc]).toEqual(['jpeg', undefined, undefined, undefined]);
    expect(identifyingTags(exiftool(clean, 'jpg'))).toEqual([]);
    expect(leaksIn(clean, authorSecrets)).toEqual([]);
  });

  test('a pixel-flood PNG (20000×20000, about 1 MB) is refused before it is decoded', async () => {
    const flood = await sharp({ create: { width: 20_000, height: 20_000, channels: 3, background: '#fff' }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(flood.length).toBeLessThan(2 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const error = await sanitizeImage(flood, 'png').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).code).toBe('image_too_large');
    expect(process.memoryUsage().rss - rss).toBeLessThan(150 * 1024 * 1024);
  });

  test('a thread of a picture (1 × 1,000,000, under the pixel cap) is refused from its header, not shrunk for seconds', async () => {
    const thread = await sharp({ create: { width: 1, height: 1_000_000, channels: 3, background: '#888' }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const error = await sanitizeImage(thread, 'png').catch((e: unknown) => e);
    expect((error as FileRejectedError).code).toBe('image_too_large');
    expect((error as FileRejectedError).params).toEqual({ megapixels: 40, side: 16_384 });
    // A wide panorama within the side cap still goes through, reduced to the stored size.
    const panorama = await sharp({ create: { width: 16_000, height: 400, channels: 3, background: '#7a9' } }).jpeg().toBuffer();
    const { width, height } = await sharp(await sanitizeImage(panorama, 'jpeg')).metadata();
    expect([width, height]).toEqual([1600, 40]);
  });

  test('bytes that are no image are damaged', async () => {
    const error = await sanitizeImage(Buffer.from('\xff\xd8\xff not really'), 'jpeg').catch((e: unknown) => e);
    expect((error as FileRejectedError).code).toBe('file_damaged');
  });
});

describe('SVG pictures inside documents', () => {
  // What Inkscape writes, and what an attacker adds: the author's file name and home folder, script
  // links, a tracking picture and style import, and the author's name as drawn text.
  const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    + 'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
    + 'sodipodi:docname="NguyenThiNhung-bai-du-thi.svg" inkscape:export-filename="/home/nhung.nguyen/Pictures/x.png" width="10" height="10">'
    + '<sodipodi:namedview inkscape:current-layer="NhungLayer"/><a xlink:href="javascript:alert(1)"><rect width="5" height="5"/></a>'
    + '<animate attributeName="href" to="javascript:alert(2)"/><image xlink:href="https://tracker.example/beacon.png" width="1" height="1"/>'
    + '<style>@import url(https://tracker.example/s.css);</style><text>Nguyễn Thị Nhung</text></svg>');
  const kept = (picture: Buffer) => {
    const text = picture.toString('latin1');
    expect(text.startsWith('\x89PNG')).toBe(true);
    expect(text).not.toMatch(/Nhung|nhung|javascript|tracker|svg/);
  };

  test('become a transparent pixel in a DOCX: nothing of the SVG is kept', async () => {
    kept((await unzipAll(await sanitizeDocx(await docxWithPicture('media/image1.svg', svg)))).get('word/media/image1.png')!);
  });

  test('become a transparent pixel in an ODT', async () => {
    kept((await unzipAll(await sanitizeOdt(await odtWithPicture('Pictures/hinh.svg', svg)))).get('Pictures/1.png')!);
  });
});
