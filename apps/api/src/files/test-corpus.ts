// The metadata-leak corpus: hostile files built by the tests themselves (issue 10, class 2), each
// hiding one author in every place a DOCX, ODT, PDF or picture can keep them.
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFContext, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { buildZip } from './test-helpers.ts';

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
 * 2000 image, inline images (JPEG, and JPEG under Flate), comments in the page's content, and
 * private keys on the page, the font and the images.
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
  // A generator's comment and inline images: a JPEG with its EXIF, and one under [/Fl /DCT].
  const small = await hostileJpeg(8, 8);
  const inline = (filter: string, data: Buffer) =>
    Buffer.concat([Buffer.from(`q 32 0 0 32 400 450 cm BI /W 8 /H 8 /CS /RGB /BPC 8 /F ${filter} ID `, 'latin1'), data, Buffer.from('\nEI Q\n', 'latin1')]);
  const contentBytes = Buffer.concat([
    Buffer.from(`% ${author.figurePath} ${author.email}\n${content}\n`, 'latin1'),
    Buffer.from(`% ${author.name}\n`, 'utf8'),
    inline('/DCT', small),
    inline('[/Fl /DCT]', deflateSync(small)),
  ]);
  page.node.addContentStream(context.register(context.flateStream(contentBytes)));
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

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const relsPart = (...rels: string[]) => `${xmlHead}<Relationships xmlns="${PKG_RELS}">${rels.join('')}</Relationships>`;

/** A fake metafile whose description record names the author: not a picture anything here understands. */
const emf = Buffer.concat([Buffer.from([1, 0, 0, 0, 0x6c, 0, 0, 0]), Buffer.alloc(32), Buffer.from(' EMF'), Buffer.from(`${author.name}\0${author.fileName}`, 'utf16le')]);

function picture(relId: string, id: number): string {
  return (
    `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="609600" cy="457200"/>` +
    `<wp:docPr id="${id}" name="${author.fileName}.jpg" descr="C:\\Users\\hongnhung\\Pictures\\${author.fileName}.jpg"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="${author.fileName}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/**
 * A DOCX built from nothing with the author in: core properties at a part name other than
 * docProps/core.xml (found only through _rels/.rels), app and custom properties, comments and
 * people.xml, a customXml data part, pictures stored without a raster extension
 * (word/media/<file name>.bin, word/media/<name> - ảnh thẻ) and a metafile, a header with its own
 * picture, fields showing the author and the file name, a content control bound to the core
 * properties, and a part nothing references. The header and pictures are named after the author.
 */
export async function hostileDocx(): Promise<Buffer> {
  const jpeg = await hostileJpeg();
  const relType = (name: string) => `${R_NS}/${name}`;
  // Parts named after the author, as a phone or Word names them (the names must not reach the copy either).
  const header = `${author.fileName}-dau-trang.xml`;
  const photo = `${author.name} - ảnh thẻ`;
  const logo = `${author.ascii}.jpg`;
  const body =
    `${xmlHead}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>` +
    '<w:p><w:r><w:t>Tấm gương sáng nơi bệnh viện quận</w:t></w:r></w:p>' +
    '<w:p><w:commentRangeStart w:id="1"/><w:r><w:t xml:space="preserve">Người viết: </w:t></w:r>' +
    `<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>${author.name}</w:t></w:r></w:fldSimple>` +
    `<w:fldSimple w:instr=" FILENAME \\p "><w:r><w:t>C:\\Users\\hongnhung\\${author.fileName}.docx</w:t></w:r></w:fldSimple>` +
    '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>' +
    '<w:p><w:r><w:t xml:space="preserve">Tác giả: </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="Author"/>' +
    '<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\'" w:xpath="/ns1:coreProperties[1]/ns0:creator[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>' +
    `</w:sdtPr><w:sdtContent><w:r><w:t>${author.name}</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
    `<w:p>${picture('rIdPhoto', 1)}${picture('rIdAnh', 2)}${picture('rIdEmf', 3)}</w:p>` +
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/></w:sectPr></w:body></w:document>';
  const headerXml = `${xmlHead}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:r><w:t>Đầu trang</w:t></w:r>${picture('rIdLogo', 4)}</w:p></w:hdr>`;
  const core =
    `${xmlHead}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:creator>${author.name}</dc:creator><cp:lastModifiedBy>${author.email}</cp:lastModifiedBy><dc:title>${author.fileName}</dc:title>` +
    `<dc:description>${author.unit}</dc:description></cp:coreProperties>`;
  const contentTypes =
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="bin" ContentType="application/octet-stream"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    `<Override PartName="/word/${header}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' +
    '<Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/>' +
    `<Override PartName="/word/media/${photo}" ContentType="image/png"/><Override PartName="/word/media/ve.emf" ContentType="image/x-emf"/>` +
    '<Override PartName="/ho-so/nguoi-viet.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>';
  return buildZip([
    { name: '[Content_Types].xml', data: contentTypes },
    {
      name: '_rels/.rels',
      data: relsPart(
        rel('rId1', relType('officeDocument'), 'word/document.xml'),
        rel('rId2', `${PKG_RELS}/metadata/core-properties`, 'ho-so/nguoi-viet.xml'),
        rel('rId3', relType('extended-properties'), 'docProps/app.xml'),
        rel('rId4', relType('custom-properties'), 'docProps/custom.xml'),
        rel('rId5', `${PKG_RELS}/metadata/thumbnail`, 'docProps/thumbnail.jpeg'),
      ),
    },
    { name: 'ho-so/nguoi-viet.xml', data: core },
    {
      name: 'docProps/app.xml',
      data: `${xmlHead}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${author.unit}</Company><Manager>${author.name}</Manager><Pages>1</Pages><TitlesOfParts>${author.fileName}</TitlesOfParts></Properties>`,
    },
    {
      name: 'docProps/custom.xml',
      data: `${xmlHead}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Email"><vt:lpwstr>${author.email}</vt:lpwstr></property></Properties>`,
    },
    { name: 'docProps/thumbnail.jpeg', data: jpeg },
    { name: 'word/document.xml', data: body },
    {
      name: 'word/_rels/document.xml.rels',
      data: relsPart(
        rel('rIdPhoto', relType('image'), `media/${author.fileName}.bin`),
        rel('rIdAnh', relType('image'), encodeURI(`media/${photo}`)),
        rel('rIdEmf', relType('image'), 'media/ve.emf'),
        rel('rIdHeader', relType('header'), header),
        rel('rIdComments', relType('comments'), 'comments.xml'),
        rel('rIdPeople', 'http://schemas.microsoft.com/office/2011/relationships/people', 'people.xml'),
        rel('rIdCustom', relType('customXml'), '../customXml/item1.xml'),
      ),
    },
    { name: `word/${header}`, data: headerXml },
    { name: `word/_rels/${header}.rels`, data: relsPart(rel('rIdLogo', relType('image'), encodeURI(`media/${logo}`))) },
    { name: `word/media/${author.fileName}.bin`, data: jpeg },
    { name: `word/media/${photo}`, data: await hostileJpeg(40, 30, '#c33') },
    { name: `word/media/${logo}`, data: await hostileJpeg(20, 20, '#33c') },
    { name: 'word/media/ve.emf', data: emf },
    {
      name: 'word/comments.xml',
      data: `${xmlHead}<w:comments xmlns:w="${W_NS}"><w:comment w:id="1" w:author="${author.name}" w:initials="NTHN"><w:p><w:r><w:t>${author.email}</w:t></w:r></w:p></w:comment></w:comments>`,
    },
    {
      name: 'word/people.xml',
      data: `${xmlHead}<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="${author.name}"><w15:presenceInfo w15:providerId="AD" w15:userId="${author.email}"/></w15:person></w15:people>`,
    },
    { name: 'customXml/item1.xml', data: `<hoSo><nguoiViet>${author.name}</nguoiViet><donVi>${author.unit}</donVi></hoSo>` },
    { name: 'customXml/_rels/item1.xml.rels', data: relsPart(rel('rId1', relType('customXmlProps'), 'itemProps1.xml')) },
    { name: 'customXml/itemProps1.xml', data: `${xmlHead}<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" ds:itemID="{1}"/>` },
    { name: 'word/ghi-chu-rieng.xml', data: `${xmlHead}<note>${author.name} ${author.email}</note>` },
  ]);
}

const ODF = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
};
const odfNamespaces = `${Object.entries(ODF).map(([prefix, ns]) => `xmlns:${prefix}="${ns}"`).join(' ')} xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"`;

/**
 * An ODT built from nothing with the author in: user fields (declared values and the text showing
 * them), author, initials, sender and file-name fields, a comment, meta.xml and a second document
 * meta under another name, settings with a printer name, a thumbnail, pictures without
 * extensions (Pictures/<file name>-logo, in the body and the header) or inline in base64, an embedded chart with its own meta.xml and a metafile stand-in,
 * and a part nothing references. The pictures and the chart's folder are named after the author.
 */
export async function hostileOdt(): Promise<Buffer> {
  const jpeg = await hostileJpeg();
  // Parts named after the author, as a phone or Writer names them (the names must not reach the copy either).
  const photo = `Pictures/${author.name} - ảnh thẻ.jpg`;
  const object = `Object ${author.fileName}`;
  const logo = `Pictures/${author.fileName}-logo`;
  const content =
    `${xmlHead}<office:document-content ${odfNamespaces} office:version="1.3"><office:body><office:text>` +
    `<text:user-field-decls><text:user-field-decl office:value-type="string" office:string-value="${author.name}" text:name="NguoiViet"/>` +
    `<text:user-field-decl office:value-type="string" office:string-value="${author.email}" text:name="ThuDienTu"/></text:user-field-decls>` +
    '<text:p>Tấm gương sáng nơi bệnh viện quận</text:p>' +
    `<text:p>Người viết: <text:user-field-get text:name="NguoiViet">${author.name}</text:user-field-get>, ` +
    `<text:user-field-get text:name="ThuDienTu">${author.email}</text:user-field-get>, <text:author-name>${author.name}</text:author-name> ` +
    `<text:author-initials>NTHN</text:author-initials> <text:sender-email>${author.email}</text:sender-email> ` +
    `<text:sender-company>${author.unit}</text:sender-company> <text:file-name>${author.fileName}.odt</text:file-name>` +
    `<office:annotation><dc:creator>${author.name}</dc:creator><text:p>${author.email}</text:p></office:annotation></text:p>` +
    `<text:p><draw:frame draw:name="${author.fileName}"><draw:image xlink:href="${photo}"/><svg:title>${author.name}</svg:title></draw:frame></text:p>` +
    `<text:p><draw:frame><draw:image><office:binary-data>${jpeg.toString('base64')}</office:binary-data></draw:image></draw:frame></text:p>` +
    `<text:p><draw:frame><draw:object xlink:href="./${object}"/><draw:image xlink:href="./ObjectReplacements/${object}"/></draw:frame></text:p>` +
    // The logo is shown in the body too: one reached only from the header is not copied at all (margin-text.ts).
    `<text:p><draw:frame><draw:image xlink:href="${logo}"/></draw:frame></text:p>` +
    '</office:text></office:body></office:document-content>';
  const styles =
    `${xmlHead}<office:document-styles ${odfNamespaces} office:version="1.3"><office:master-styles><style:master-page style:name="Standard">` +
    `<style:header><text:p>Đầu trang <text:author-initials>NTHN</text:author-initials><draw:frame><draw:image xlink:href="./${logo}"/></draw:frame></text:p></style:header>` +
    '</style:master-page></office:master-styles></office:document-styles>';
  const meta = (creator: string) =>
    `${xmlHead}<office:document-meta ${odfNamespaces} office:version="1.3"><office:meta><dc:creator>${creator}</dc:creator>` +
    `<meta:initial-creator>${creator}</meta:initial-creator><meta:user-defined meta:name="Don vi">${author.unit}</meta:user-defined></office:meta></office:document-meta>`;
  const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  const manifest =
    `${xmlHead}<manifest:manifest xmlns:manifest="${ODF.manifest}" manifest:version="1.3">` +
    entry('/', 'application/vnd.oasis.opendocument.text') +
    ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml', 'ho-so/thong-tin.xml'].map((path) => entry(path, 'text/xml')).join('') +
    entry(photo, 'image/jpeg') + entry(`${object}/`, 'application/vnd.oasis.opendocument.chart') + entry(`${object}/meta.xml`, 'text/xml') + entry(logo, '') + entry('Thumbnails/thumbnail.png', 'image/png') +
    '</manifest:manifest>';
  return buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    { name: 'content.xml', data: content },
    { name: 'styles.xml', data: styles },
    { name: 'meta.xml', data: meta(author.name) },
    { name: 'ho-so/thong-tin.xml', data: meta(author.email) },
    {
      name: 'settings.xml',
      data: `${xmlHead}<office:document-settings ${odfNamespaces}><office:settings><config:config-item xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" config:name="PrinterName">\\\\${author.ascii}-PC\\HP</config:config-item></office:settings></office:document-settings>`,
    },
    { name: photo, data: jpeg },
    {
      name: `${object}/content.xml`,
      data: `${xmlHead}<office:document-content ${odfNamespaces} office:version="1.3"><office:body><office:chart><text:p>Biểu đồ <text:author-name>${author.name}</text:author-name></text:p></office:chart></office:body></office:document-content>`,
    },
    { name: `${object}/meta.xml`, data: meta(author.name) },
    { name: `ObjectReplacements/${object}`, data: Buffer.concat([Buffer.from('VCLMTF'), Buffer.from(author.name, 'utf16le')]) },
    { name: logo, data: await hostileJpeg(20, 20, '#33c') },
    { name: 'Pictures/khong-dung.jpg', data: await hostileJpeg(10, 10) },
    { name: 'Thumbnails/thumbnail.png', data: jpeg },
    { name: 'META-INF/manifest.xml', data: manifest },
  ]);
}
