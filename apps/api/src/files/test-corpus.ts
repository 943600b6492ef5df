// The metadata-leak corpus: hostile files built by the tests themselves (issue 10, class 2), each
// hiding one author in every place a DOCX, ODT, PDF or picture can keep them.
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFContext, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';

export const author = {
  name: 'Nguyễn Thị Hồng Nhung',
  ascii: 'Nguyen Thi Hong Nhung',
  email: 'hong.nhung@sotuphap.hcm.gov.vn',
  unit: 'Đảng ủy Sở Tư pháp',
  /** The upload's own name and the figures' paths on the author's disk. */
  fileName: 'bai-du-thi-hong-nhung',
  figurePath: '/home/hongnhung/luan-van/hinh/anh-tap-the.pdf',
};

/** What must never be found in a judge's copy, in any encoding (test-helpers.ts leaksIn). */
export const authorSecrets = [author.name, 'Hồng Nhung', author.ascii, author.email, author.unit, author.fileName, 'hongnhung', 'anh-tap-the'];

export const xmpPacket = (creator: string) =>
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description>` +
  '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** IPTC By-line (2:80) in UTF-8 (1:90), inside Photoshop's APP13 resource block. */
function iptcSegment(byline: string): Buffer {
  const dataset = (record: number, tag: number, value: Buffer) => {
    const head = Buffer.from([0x1c, record, tag, 0, 0]);
    head.writeUInt16BE(value.length, 3);
    return Buffer.concat([head, value]);
  };
  const iptc = Buffer.concat([dataset(1, 90, Buffer.from('\x1b%G', 'latin1')), dataset(2, 80, Buffer.from(byline, 'utf8'))]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const resource = Buffer.concat([Buffer.from('8BIM\x04\x04\0\0', 'latin1'), size, iptc, iptc.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
  return segment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]));
}

/** A camera photo as it leaves a phone: EXIF Artist/Copyright/GPS, XMP dc:creator, IPTC by-line, a comment. */
export async function hostileJpeg(width = 64, height = 48, colour = '#2a8'): Promise<Buffer> {
  const jpeg = await sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Artist: author.name, Copyright: author.unit, ImageDescription: author.fileName, Make: 'Samsung', Model: 'SM-A546E' },
      IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' },
    })
    .withXmp(xmpPacket(author.name))
    .toBuffer();
  return Buffer.concat([jpeg.subarray(0, 2), iptcSegment(author.name), segment(0xfe, Buffer.from(author.email)), jpeg.subarray(2)]);
}

/** A JPEG 2000 file whose XML box names the author: nothing here can decode it, so it must be replaced. */
function hostileJp2(): Buffer {
  const box = (type: string, payload: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(payload.length + 8);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, payload]);
  };
  return Buffer.concat([
    box('jP  ', Buffer.from([0x0d, 0x0a, 0x87, 0x0a])),
    box('ftyp', Buffer.from('jp2 \0\0\0\0jp2 ', 'latin1')),
    box('xml ', Buffer.from(xmpPacket(author.name), 'utf8')),
  ]);
}

function metadataStream(context: PDFContext): PDFRef {
  return context.register(context.flateStream(xmpPacket(author.name), { Type: 'Metadata', Subtype: 'XML' }));
}

/** Private application data as Illustrator and InDesign leave it. */
function pieceInfo(context: PDFContext) {
  return context.obj({ Illustrator: { LastModified: PDFString.of('D:20261003'), Private: PDFHexString.fromText(author.unit) } });
}

/**
 * A PDF as pdfTeX writes one with included figures, plus every other place an image can hide:
 * a Form XObject per figure with /PTEX.FileName, /PTEX.InfoDict and /PTEX.PageNumber (and XMP,
 * PieceInfo), a nested form, JPEGs with full EXIF under [/FlateDecode /DCTDecode], plain /DCTDecode,
 * [/ASCIIHexDecode /FlateDecode /DCTDecode] in a tiling pattern, Flate-compressed JPEG bytes
 * declared as plain samples, a JPEG soft mask, plain samples followed by hidden bytes, a JPEG
 * 2000 image, and private keys on the page, the font and the images.
 */
export async function pdfTexStylePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setAuthor(author.name);
  doc.setTitle(author.fileName);
  const { context } = doc;
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Tam guong sang noi benh vien quan', { x: 50, y: 780, size: 14, font });

  const jpeg = await hostileJpeg();
  const rgb = { Type: 'XObject', Subtype: 'Image', Width: 64, Height: 48, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 };
  const image = (data: Buffer, filter: string[] | undefined, extra: Record<string, unknown> = {}) =>
    context.register(context.stream(data, { ...rgb, ...(filter ? { Filter: filter } : {}), ...extra } as never));
  const softMask = image(await hostileJpeg(64, 48, '#888'), ['DCTDecode'], { ColorSpace: 'DeviceGray' });
  const chained = image(deflateSync(jpeg), ['FlateDecode', 'DCTDecode'], { Metadata: metadataStream(context), SMask: softMask });
  const plainDct = image(jpeg, ['DCTDecode'], { PieceInfo: pieceInfo(context), 'PTEX.FileName': PDFString.of(author.figurePath) });
  const jpegAsSamples = image(deflateSync(jpeg), ['FlateDecode']);
  const hexChain = image(Buffer.from(deflateSync(jpeg).toString('hex') + '>', 'latin1'), ['ASCIIHexDecode', 'FlateDecode', 'DCTDecode']);
  const samples = Buffer.concat([Buffer.alloc(64 * 48 * 3, 0x90), Buffer.from(`${author.name} ${author.email}`)]);
  const trailing = image(deflateSync(samples), ['FlateDecode']);
  const jp2 = image(hostileJp2(), ['JPXDecode']);

  const form = (content: string, xobjects: Record<string, PDFRef>, extra: Record<string, unknown>) =>
    context.register(
      context.flateStream(content, { Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [0, 0, 64, 48], Resources: { XObject: xobjects }, ...extra } as never),
    );
  const pdfTexKeys = {
    'PTEX.FileName': PDFString.of(author.figurePath),
    'PTEX.PageNumber': 1,
    'PTEX.InfoDict': context.obj({ Author: PDFHexString.fromText(author.name), Creator: PDFString.of(author.email), Title: PDFString.of(author.fileName) }),
    Metadata: metadataStream(context),
    PieceInfo: pieceInfo(context),
    LastModified: PDFString.of('D:20261003120000+07'),
  };
  const nested = form('q 64 0 0 48 0 0 cm /Im Do Q', { Im: jpegAsSamples }, pdfTexKeys);
  const figure = form('q 64 0 0 48 0 0 cm /Im Do Q q 0.5 0 0 0.5 0 0 cm /Inner Do Q', { Im: plainDct, Inner: nested }, pdfTexKeys);
  const pattern = context.register(
    context.flateStream('q 64 0 0 48 0 0 cm /Im Do Q', {
      Type: 'Pattern', PatternType: 1, PaintType: 1, TilingType: 1, BBox: [0, 0, 64, 48], XStep: 64, YStep: 48,
      Resources: { XObject: { Im: hexChain } }, 'PTEX.FileName': PDFString.of(author.figurePath),
    } as never),
  );

  const content =
    'q 128 0 0 96 50 600 cm /Chained Do Q q 1 0 0 1 200 600 cm /Fig Do Q q 128 0 0 96 300 600 cm /Trailing Do Q ' +
    'q 128 0 0 96 50 450 cm /Jp2 Do Q q /Pattern cs /P1 scn 200 450 128 96 re f Q';
  page.node.addContentStream(context.register(context.flateStream(content)));
  const resources = page.node.Resources()!;
  resources.set(PDFName.of('XObject'), context.obj({ Chained: chained, Fig: figure, Trailing: trailing, Jp2: jp2 }));
  resources.set(PDFName.of('Pattern'), context.obj({ P1: pattern }));
  await doc.flush();
  context.lookup(font.ref, PDFDict).set(PDFName.of('Nhung.Private'), PDFHexString.fromText(author.name));
  page.node.set(PDFName.of('PieceInfo'), pieceInfo(context));
  page.node.set(PDFName.of('Metadata'), metadataStream(context));
  page.node.set(PDFName.of('LastModified'), PDFString.of('D:20261003120000+07'));
  page.node.set(
    PDFName.of('Annots'),
    context.obj([context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [10, 10, 30, 30], T: PDFHexString.fromText(author.name), Contents: PDFString.of(author.email) })]),
  );
  doc.catalog.set(PDFName.of('Metadata'), metadataStream(context));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
