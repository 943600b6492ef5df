import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { translate } from '../lib/messages.ts';
import { DocumentPool } from './document-pool.ts';
import { FileRejectedError, type FileErrorCode } from './errors.ts';
import { documentKinds, mimeOf, photoKinds, type FileKind } from './kinds.ts';
import { processUpload } from './process-upload.ts';
import {
  buildZip,
  docxWithPicture,
  editZip,
  exiftool,
  fixture,
  identifyingTags,
  leaksIn,
  declareSize,
  qdf,
  repeated,
  unzipAll,
  type ZipSpecEntry,
} from './test-helpers.ts';

const everything: FileKind[] = [...documentKinds, ...photoKinds];
const MB = 1024 * 1024;
// Uploads go through the same pool of worker processes as in the app.
const documents = new DocumentPool({ workers: 2, queue: 64 });
afterAll(() => documents.close());
const uploaderId = 'entrant-1';

async function docxParts(): Promise<Map<string, Buffer>> {
  return unzipAll(fixture('essays/essay-01.docx'));
}

async function docxWith(changes: Record<string, Buffer | string>): Promise<Buffer> {
  return editZip(fixture('essays/essay-01.docx'), changes);
}

/** essay-01.docx whose document.xml is replaced by a stream (streamed, so the test never holds it). */
async function docxWithBody(body: ZipSpecEntry['data']): Promise<Buffer> {
  const entries: ZipSpecEntry[] = [...(await docxParts())].map(([name, data]) => ({ name, data: name === 'word/document.xml' ? body : data }));
  return buildZip(entries);
}

const hostile: Record<string, { bytes: () => Promise<Buffer>; code: FileErrorCode }> = {
  'bad-truncated.docx': { bytes: async () => fixture('bad/bad-truncated.docx'), code: 'file_damaged' },
  'bad-html-as.pdf': { bytes: async () => fixture('bad/bad-html-as.pdf'), code: 'file_type_not_allowed' },
  'bad-elf-as.docx': { bytes: async () => fixture('bad/bad-elf-as.docx'), code: 'file_type_not_allowed' },
  'zip bomb: document.xml inflating to 300 MB': { bytes: () => docxWithBody(repeated(300 * MB)), code: 'archive_too_large' },
  'zip bomb that lies: 50 MB declared as 4 KB': {
    bytes: async () => declareSize(await docxWithBody(repeated(50 * MB)), 'word/document.xml', 4096),
    code: 'archive_too_large',
  },
  'zip of 10,000 entries': {
    bytes: async () => {
      const parts: ZipSpecEntry[] = [...(await docxParts())].map(([name, data]) => ({ name, data }));
      return buildZip([...parts, ...Array.from({ length: 10_000 }, (_, i) => ({ name: `word/x${i}.xml`, data: '' }))]);
    },
    code: 'archive_too_large',
  },
  'XXE in document.xml': {
    bytes: async () => {
      const body = (await docxParts()).get('word/document.xml')!.toString('utf8');
      return docxWith({ 'word/document.xml': body.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>').replace('<w:t>', '<w:t>&e;') });
    },
    code: 'xml_entities',
  },
  'billion laughs in document.xml': {
    bytes: async () => {
      const entities = ['<!ENTITY l0 "ha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
      const body = (await docxParts()).get('word/document.xml')!.toString('utf8');
      return docxWith({ 'word/document.xml': body.replace('?>', `?><!DOCTYPE w [${entities}]>`).replace('<w:t>', '<w:t>&l9;') });
    },
    code: 'xml_entities',
  },
  'r:link picture pointing at file:///etc/passwd': {
    bytes: async () => {
      const parts = await docxParts();
      const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8').replace(
        '</Relationships>',
        '<Relationship Id="rIdEvil" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>',
      );
      const picture =
        '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="9" name="x"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
        '<pic:blipFill><a:blip r:link="rIdEvil"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
      const body = parts.get('word/document.xml')!.toString('utf8').replace('<w:sectPr>', `${picture}<w:sectPr>`);
      return docxWith({ 'word/_rels/document.xml.rels': rels, 'word/document.xml': body });
    },
    code: 'xml_entities',
  },
  '.docm saved as .docx (vbaProject.bin)': { bytes: () => docxWith({ 'word/vbaProject.bin': randomBytes(2048) }), code: 'macro_document' },
  'junk before %PDF': {
    bytes: async () => Buffer.concat([Buffer.from('<script>alert(1)</script>'), fixture('essays/essay-01.pdf')]),
    code: 'file_type_not_allowed',
  },
  'PNG named .docx': { bytes: async () => fixture('essays/photo-02.png'), code: 'file_type_not_allowed' },
  'pixel-flood PNG (20000×20000)': {
    bytes: () => sharp({ create: { width: 20_000, height: 20_000, channels: 3, background: '#fff' }, limitInputPixels: false }).png({ compressionLevel: 9 }).toBuffer(),
    code: 'image_too_large',
  },
  'pixel-flood PNG inside a DOCX': {
    bytes: async () =>
      docxWithPicture(
        'media/image1.png',
        await sharp({ create: { width: 20_000, height: 20_000, channels: 3, background: '#fff' }, limitInputPixels: false }).png({ compressionLevel: 9 }).toBuffer(),
      ),
    code: 'image_too_large',
  },
};

describe('processUpload refuses hostile files with bounded memory (speed: pnpm bench)', () => {
  const inputs = new Map<string, Buffer>();
  beforeAll(async () => {
    for (const [name, { bytes }] of Object.entries(hostile)) inputs.set(name, await bytes());
  }, 120_000);

  test.each(Object.entries(hostile).map(([name, { code }]) => [name, code] as const))('%s → %s', async (name, code) => {
    const bytes = inputs.get(name)!;
    const rss = process.memoryUsage().rss;
    const fileName = name.endsWith('.docx') || name.includes('DOCX') ? 'bai-du-thi.docx' : undefined;
    const error = await processUpload({ bytes, allowedKinds: everything, maxBytes: 20 * MB, uploaderId, ...(fileName ? { fileName } : {}) }, documents).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).code).toBe(code);
    expect(translate(code, 'vi')).toMatch(/\S/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(150 * MB);
  });

  test('the API process keeps serving while a worker chews on a bomb', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const error = await processUpload({ bytes: inputs.get('zip bomb that lies: 50 MB declared as 4 KB')!, allowedKinds: everything, maxBytes: 20 * MB, uploaderId }, documents).catch(
      (e: unknown) => e,
    );
    delay.disable();
    expect((error as FileRejectedError).code).toBe('archive_too_large');
    expect(delay.max / 1e6).toBeLessThan(250);
  });
});

describe('processUpload accepts the real essays and photos', () => {
  // Every upload-able fixture, so a file added to fixtures/essays is checked too.
  const uploads = readdirSync(fileURLToPath(new URL('../../../../../shared/fixtures/essays/', import.meta.url))).filter((file) => !file.endsWith('.txt'));
  const kindOf: Record<string, FileKind> = { docx: 'docx', odt: 'odt', pdf: 'pdf', jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp' };

  test('the fixtures are all here', () => {
    expect(uploads.length).toBeGreaterThanOrEqual(6);
  });

  test.each(uploads)('%s: sniffed, sanitized, nothing identifying left', async (file) => {
    const extension = file.split('.').pop()!;
    const result = await processUpload({ bytes: fixture(`essays/${file}`), allowedKinds: everything, maxBytes: 20 * MB, uploaderId, fileName: file }, documents);
    expect(result.kind).toBe(kindOf[extension]);
    expect(result.mime).toBe(mimeOf[result.kind]);
    expect(Boolean(result.extracted)).toBe(result.category === 'document');
    expect(identifyingTags(exiftool(result.sanitized, extension))).toEqual([]);
    if (result.kind === 'pdf') {
      expect(leaksIn(qdf(result.sanitized))).toEqual([]);
    } else if (result.category === 'document') {
      for (const [name, data] of await unzipAll(result.sanitized)) {
        expect(leaksIn(data), name).toEqual([]);
        if (/\.(jpe?g|png)$/i.test(name)) expect(identifyingTags(exiftool(data, 'jpg')), name).toEqual([]);
      }
    } else {
      expect(leaksIn(result.sanitized)).toEqual([]);
    }
  });

  test('the name must agree with the content, when given', async () => {
    const docx = fixture('essays/essay-01.docx');
    for (const fileName of ['bai.pdf', 'bai', 'bai.docx.exe', 'bai.docm']) {
      const error = await processUpload({ bytes: docx, allowedKinds: everything, maxBytes: 20 * MB, uploaderId, fileName }, documents).catch((e: unknown) => e);
      expect((error as FileRejectedError).code, fileName).toBe('file_type_not_allowed');
    }
    expect((await processUpload({ bytes: docx, allowedKinds: everything, maxBytes: 20 * MB, uploaderId, fileName: 'BÀI DỰ THI.DOCX' }, documents)).kind).toBe('docx');
  });

  test('a photo where only documents are allowed is refused', async () => {
    const error = await processUpload({ bytes: fixture('essays/photo-01.jpg'), allowedKinds: documentKinds, maxBytes: 20 * MB, uploaderId }, documents).catch((e: unknown) => e);
    expect((error as FileRejectedError).code).toBe('file_type_not_allowed');
  });

  test('one byte over the limit is refused before anything else', async () => {
    const pdf = fixture('essays/essay-01.pdf');
    const error = await processUpload({ bytes: pdf, allowedKinds: everything, maxBytes: pdf.length - 1, uploaderId }, documents).catch((e: unknown) => e);
    expect((error as FileRejectedError).code).toBe('file_too_large');
    const limited = await processUpload({ bytes: pdf, allowedKinds: everything, maxBytes: pdf.length, uploaderId }, documents);
    expect(limited.kind).toBe('pdf');
    const big = await processUpload({ bytes: Buffer.alloc(3 * MB + 1), allowedKinds: everything, maxBytes: 3 * MB, uploaderId }, documents).catch((e: unknown) => e);
    expect(translate('file_too_large', 'vi', (big as FileRejectedError).params)).toContain('tối đa 3 MB');
  });

  test('a ~1 MB DOCX (essay plus a large photo) is extracted and sanitized', async () => {
    const noise = await sharp(randomBytes(1500 * 1100 * 3), { raw: { width: 1500, height: 1100, channels: 3 } })
      .jpeg({ quality: 85 })
      .withExif({ IFD0: { Artist: 'Nguyễn Thị Hồng Nhung' } })
      .toBuffer();
    const docx = await docxWithPicture('media/image1.jpeg', noise);
    expect(docx.length).toBeGreaterThan(0.9 * MB);
    const started = performance.now();
    const result = await processUpload({ bytes: docx, allowedKinds: everything, maxBytes: 20 * MB, uploaderId }, documents);
    const elapsed = performance.now() - started;
    console.info(`~1 MB DOCX (${(docx.length / MB).toFixed(2)} MB): extracted and sanitized in ${Math.round(elapsed)} ms`);
    expect(result.extracted?.wordCount).toBe(361);
    const image = (await unzipAll(result.sanitized)).get('word/media/image1.jpeg')!;
    expect(identifyingTags(exiftool(image, 'jpg'))).toEqual([]);
  }, 120_000);
});

test('a photo is re-encoded in a worker process: a 40-megapixel picture never takes memory in the API process', async () => {
  const pool = new DocumentPool({ workers: 1, queue: 1 });
  try {
    const result = await processUpload({ bytes: fixture('essays/photo-02.png'), allowedKinds: photoKinds, maxBytes: 20 * MB, uploaderId }, pool);
    expect(result.kind).toBe('png');
    expect(identifyingTags(exiftool(result.sanitized, 'png'))).toEqual([]);
    expect(pool.stats().started).toBe(1);
  } finally {
    await pool.close();
  }
}, 120_000);
