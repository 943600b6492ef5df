import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { sanitizePdf } from './sanitize-pdf.ts';
import { exiftool, fixture, identifyingTags, leaksIn, qdf, withTempFile } from './test-helpers.ts';

const xmp = (creator: string) =>
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description>` +
  '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/**
 * essay-01.pdf with every place a PDF keeps its author: Info, XMP on the catalog and the page,
 * a comment with its popup, application data, a photo whose JPEG keeps its EXIF, and an
 * incremental update that rewrites Info (older revisions stay in the file).
 */
async function tracedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.load(fixture('essays/essay-01.pdf'), { updateMetadata: false });
  const { context } = doc;
  const page = doc.getPage(0);
  const stream = (text: string) => context.register(context.flateStream(text, { Type: 'Metadata', Subtype: 'XML' }));
  doc.catalog.set(PDFName.of('Metadata'), stream(xmp('Nguyễn Thị Hồng Nhung')));
  page.node.set(PDFName.of('Metadata'), stream(xmp('Đỗ Quang Huy')));
  page.node.set(PDFName.of('PieceInfo'), context.obj({ Illustrator: { Private: PDFHexString.fromText('Đảng ủy Sở Tư pháp') } }));
  const photo = await doc.embedJpg(fixture('essays/photo-01.jpg'));
  page.drawImage(photo, { x: 50, y: 50, width: 160, height: 120 });

  const comment = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [100, 700, 120, 720],
      T: PDFHexString.fromText('Nguyễn Thị Hồng Nhung'),
      Contents: PDFHexString.fromText('Nhớ sửa lại đoạn này trước khi nộp'),
    }),
  );
  const popup = context.register(
    context.obj({ Type: 'Annot', Subtype: 'Popup', Rect: [120, 600, 300, 700], Parent: comment, T: PDFHexString.fromText('Đỗ Quang Huy') }),
  );
  (context.lookup(comment) as PDFDict).set(PDFName.of('Popup'), popup);
  const link = context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [56, 480, 200, 495],
    T: PDFHexString.fromText('Nguyễn Thị Hồng Nhung'),
    NM: PDFString.of('Nhung-link'),
    A: { S: 'URI', URI: PDFString.of('https://example.com/bai-viet') },
  });
  const script = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'JavaScript', JS: PDFString.of('app.alert(1)') } });
  page.node.set(PDFName.of('Annots'), context.obj([comment, popup, context.register(link), context.register(script)]));
  const saved = Buffer.from(await doc.save({ useObjectStreams: false }));

  // An incremental update, as Acrobat writes one: a new Info object and a trailer pointing back.
  const text = saved.toString('latin1');
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1];
  const root = /\/Root (\d+ \d+ R)/.exec(text)![1];
  const objectNumber = context.largestObjectNumber + 1;
  const object = `${objectNumber} 0 obj\n<< /Author ${PDFHexString.fromText('Đỗ Quang Huy').toString()} /Company (Benh vien quan Go Vap) >>\nendobj\n`;
  const objectOffset = saved.length + 1;
  const xrefOffset = objectOffset + object.length;
  const update =
    `\n${object}xref\n0 1\n0000000000 65535 f \n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNumber + 1} /Root ${root} /Info ${objectNumber} 0 R /Prev ${previous} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([saved, Buffer.from(update, 'latin1')]);
}

function pdfTraces(pdf: Buffer): string[] {
  return [...leaksIn(qdf(pdf)).map((text) => `qdf: ${text}`), ...identifyingTags(exiftool(pdf, 'pdf'))];
}

async function refusal(bytes: Buffer): Promise<string | undefined> {
  try {
    await sanitizePdf(bytes);
    return undefined;
  } catch (error) {
    return error instanceof FileRejectedError ? error.code : String(error);
  }
}

describe('sanitizePdf', () => {
  test('essay-01.pdf: no Info, no XMP, no author anywhere; the text is the same', async () => {
    const original = fixture('essays/essay-01.pdf');
    expect(pdfTraces(original).length).toBeGreaterThan(0);
    const clean = await sanitizePdf(original);
    expect(pdfTraces(clean)).toEqual([]);
    const expanded = qdf(clean).toString('latin1');
    expect(expanded).not.toMatch(/\/(Info|Metadata|Author|Creator|Producer)\b/);
    expect(expanded).not.toContain('pdf-lib');
    const text = (pdf: Buffer) => withTempFile(pdf, 'pdf', (path) => spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout);
    expect(text(clean)).toBe(text(original));
  });

  test('every authoring trace, in every revision, is removed; pictures stay', async () => {
    const traced = await tracedPdf();
    expect(pdfTraces(traced).length).toBeGreaterThan(3);
    const clean = await sanitizePdf(traced);
    expect(pdfTraces(clean)).toEqual([]);

    const expanded = qdf(clean).toString('latin1');
    expect(expanded).not.toMatch(/\/(Info|Metadata|PieceInfo|Popup|JavaScript|JS|NM)\b|\/T </);
    expect(expanded).not.toContain('https://example.com/bai-viet');
    expect(exiftool(clean, 'pdf')).not.toHaveProperty('XMP-dc:Creator');

    // The photo is still there and still decodes, without its EXIF.
    const reloaded = await PDFDocument.load(clean);
    const images = reloaded.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toHaveLength(1);
    const jpeg = Buffer.from(images[0]!.contents);
    expect((await sharp(jpeg).metadata()).width).toBe(640);
    expect(identifyingTags(exiftool(jpeg, 'jpg'))).toEqual([]);
  });

  test('links keep their words, not their address: a mailto: or a personal page the identity warning never reads (as in DOCX and ODT copies)', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawText('Lien he va trang ca nhan', { x: 56, y: 700, size: 12 });
    const links = ['mailto:nguyen.van.an@benhvien-govap.vn', 'https://www.facebook.com/nguyen.van.an.1985'].map((uri, i) =>
      doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [56 + i * 80, 695, 130 + i * 80, 712], A: { S: 'URI', URI: PDFString.of(uri) } })));
    page.node.set(PDFName.of('Annots'), doc.context.obj(links));
    const original = Buffer.from(await doc.save({ useObjectStreams: false }));

    const clean = await sanitizePdf(original);
    const expanded = qdf(clean).toString('latin1');
    expect(expanded).not.toMatch(/nguyen\.van\.an|\/URI\b|\/Annots\b/);
    const text = (pdf: Buffer) => withTempFile(pdf, 'pdf', (path) => spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout);
    expect(text(clean)).toBe(text(original));
  });

  test('images under PNG predictors keep their pixels through the rebuild', async () => {
    // 5×4 RGB pixels, rows encoded with PNG filters None, Sub, Up, Average and Paeth as pdfTeX writes them.
    const [width, height, bpp] = [5, 4, 3];
    const pixels = Buffer.from(Array.from({ length: width * height * bpp }, (_, i) => (i * 37 + (i >> 3) * 11) & 0xff));
    const row = (r: number) => pixels.subarray(r * width * bpp, (r + 1) * width * bpp);
    const at = (r: number, i: number) => (r < 0 || i < 0 ? 0 : row(r)[i]!);
    const paeth = (a: number, b: number, c: number) => {
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    };
    const filters = [
      (r: number, i: number) => at(r, i),
      (r: number, i: number) => at(r, i) - at(r, i - bpp),
      (r: number, i: number) => at(r, i) - at(r - 1, i),
      (r: number, i: number) => at(r, i) - ((at(r, i - bpp) + at(r - 1, i)) >> 1),
      (r: number, i: number) => at(r, i) - paeth(at(r, i - bpp), at(r - 1, i), at(r - 1, i - bpp)),
    ];
    const encoded = Buffer.concat(
      Array.from({ length: height }, (_, r) => {
        const type = [1, 2, 3, 4][r]!;
        return Buffer.from([type, ...Array.from({ length: width * bpp }, (_, i) => filters[type]!(r, i) & 0xff)]);
      }),
    );
    const doc = await PDFDocument.create();
    const page = doc.addPage([100, 100]);
    const image = doc.context.register(
      doc.context.stream(deflateSync(encoded), {
        Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8,
        Filter: 'FlateDecode', DecodeParms: { Predictor: 15, Colors: 3, Columns: width, BitsPerComponent: 8 },
      }),
    );
    page.node.setXObject(PDFName.of('Im'), image);
    page.node.addContentStream(doc.context.register(doc.context.flateStream('q 50 0 0 40 0 0 cm /Im Do Q')));

    const clean = await PDFDocument.load(await sanitizePdf(Buffer.from(await doc.save())));
    const [copy] = clean.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(copy!.dict.get(PDFName.of('DecodeParms'))).toBeUndefined();
    expect(inflateSync(copy!.contents).equals(pixels)).toBe(true);
  });

  test('an encrypted PDF is refused', async () => {
    const encrypted = withTempFile(fixture('essays/essay-01.pdf'), 'pdf', (path) => {
      const out = `${path}.enc.pdf`;
      spawnSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', path, out]);
      return readFileSync(out);
    });
    expect(await refusal(encrypted)).toBe('file_encrypted');
  });

  test.each([
    ['no objects', Buffer.from('%PDF-1.7\n%%EOF\n')],
    ['garbage after the header', Buffer.from('%PDF-1.7\n<< /Type /Catalog /Pages 2 0 R >> trailer <<>>')],
  ])('a PDF with %s is damaged', async (_name, bytes) => {
    expect(await refusal(bytes)).toBe('file_damaged');
  });
});
