import mammoth from 'mammoth';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { resolveTarget } from './docx-relationships.ts';
import { FileRejectedError } from './errors.ts';
import { docxToHtml } from './extract-docx.ts';
import { rebuildDocx, sanitizeDocx } from './sanitize-docx.ts';
import { editZip, exiftool, fixture, identifyingTags, leaksIn, unzipAll } from './test-helpers.ts';
import { openGuardedZip } from './zip-guard.ts';

const NS = {
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

function relationship(id: string, type: string, target: string, external = false): string {
  return `<Relationship Id="${id}" Type="${NS.rel}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
}

function addRelationships(rels: string, ...added: string[]): string {
  return rels.replace('</Relationships>', `${added.join('')}</Relationships>`);
}

/** Paragraphs exercising every kind of authoring trace the judges' copy must lose. */
const tracedParagraphs = [
  '<!-- sửa bởi Nguyễn Thị Hồng Nhung -->',
  '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:r><w:t xml:space="preserve">Giữ lại </w:t></w:r>',
  '<w:del w:id="11" w:author="Nguyễn Thị Hồng Nhung" w:date="2026-10-03T00:00:00Z"><w:r><w:delText>câu đã xóa</w:delText></w:r></w:del>',
  '<w:ins w:id="12" w:author="Nguyễn Thị Hồng Nhung"><w:r><w:rPr><w:b/><w:rPrChange w:id="13" w:author="Nguyễn Thị Hồng Nhung"><w:rPr/></w:rPrChange></w:rPr><w:t>câu chèn thêm</w:t></w:r></w:ins></w:p>',
  '<w:p><w:pPr><w:pPrChange w:id="14" w:author="Đỗ Quang Huy"><w:pPr/></w:pPrChange></w:pPr><w:r><w:t xml:space="preserve">Tác giả: </w:t></w:r>',
  '<w:fldSimple w:instr=" AUTHOR \\* MERGEFORMAT "><w:r><w:t>Nguyễn Thị Hồng Nhung</w:t></w:r></w:fldSimple>',
  '<w:r><w:t xml:space="preserve"> lưu bởi </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> LASTSAVEDBY </w:instrText></w:r>',
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Đỗ Quang Huy</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
  '<w:r><w:t xml:space="preserve"> trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
  '<w:p><w:permStart w:id="1" w:ed="nhung@so-tu-phap.gov.vn"/><w:hyperlink r:id="rIdWeb"><w:r><w:t>trang web</w:t></w:r></w:hyperlink>',
  '<w:r><w:t xml:space="preserve"> và </w:t></w:r><w:hyperlink r:id="rIdDisk"><w:r><w:t>tệp trên máy</w:t></w:r></w:hyperlink><w:permEnd w:id="1"/></w:p>',
  '<w:p><w:moveFrom w:id="15" w:author="Đỗ Quang Huy"><w:r><w:t>chỗ cũ</w:t></w:r></w:moveFrom><w:moveTo w:id="16" w:author="Đỗ Quang Huy"><w:r><w:t>chỗ mới</w:t></w:r></w:moveTo></w:p>',
  '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="714375"/><wp:docPr id="1" name="Ảnh của Nguyễn Thị Hồng Nhung" descr="C:\\Users\\Nhung\\Pictures\\IMG_2034.jpg"/>',
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">',
  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="Nhung-IMG_2034.jpg"/><pic:cNvPicPr/></pic:nvPicPr>',
  '<pic:blipFill><a:blip r:embed="rIdImg1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>',
].join('');

/** essay-01.docx with everything Word and Writer may leave behind about the author added to it. */
async function tracedDocx(): Promise<Buffer> {
  const original = fixture('essays/essay-01.docx');
  const parts = await unzipAll(original);
  const text = (name: string) => parts.get(name)!.toString('utf8');
  return editZip(original, {
    'word/document.xml': text('word/document.xml').replace('<w:sectPr>', `${tracedParagraphs}<w:sectPr>`),
    'word/_rels/document.xml.rels': addRelationships(
      text('word/_rels/document.xml.rels'),
      relationship('rIdWeb', 'hyperlink', 'https://example.com/bai-viet', true),
      relationship('rIdDisk', 'hyperlink', 'file:///C:/Users/Nhung/Documents/ghi-chu.docx', true),
      relationship('rIdImg1', 'image', 'media/image1.jpeg'),
      relationship('rIdImg2', 'image', 'media/image2.png'),
      `<Relationship Id="rIdPeople" Type="http://schemas.microsoft.com/office/2011/relationships/people" Target="people.xml"/>`,
      `<Relationship Id="rIdCx" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>`,
      relationship('rIdCustom', 'customXml', '../customXml/item1.xml'),
      relationship('rIdFooter', 'footer', 'footer1.xml'),
    ),
    'word/settings.xml': text('word/settings.xml').replace(
      '<w:zoom',
      `<w:attachedTemplate xmlns:r="${NS.rel}" r:id="rIdTpl"/><w:docVars><w:docVar w:name="NguoiViet" w:val="Nguyễn Thị Hồng Nhung"/></w:docVars>` +
        '<w:rsids><w:rsidRoot w:val="00A1B2C3"/></w:rsids><w:zoom',
    ),
    'word/_rels/settings.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS.pkg}">${relationship('rIdTpl', 'attachedTemplate', 'file:///C:/Users/Nhung/AppData/Roaming/Microsoft/Templates/Normal.dotm', true)}</Relationships>`,
    '_rels/.rels': addRelationships(text('_rels/.rels'), relationship('rIdThumb', 'metadata/thumbnail', 'docProps/thumbnail.jpeg').replace('officeDocument/2006/relationships/metadata', 'package/2006/relationships/metadata')),
    'docProps/thumbnail.jpeg': fixture('essays/photo-01.jpg'),
    'docProps/custom.xml': text('docProps/custom.xml').replace(
      '></Properties>',
      '><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị"><vt:lpwstr>Đảng ủy Sở Tư pháp</vt:lpwstr></property></Properties>',
    ),
    'word/media/image1.jpeg': fixture('essays/photo-01.jpg'),
    'word/media/image2.png': fixture('essays/photo-02.png'),
    'word/people.xml': `<w15:people xmlns:w15="${NS.w15}"><w15:person w15:author="Nguyễn Thị Hồng Nhung"><w15:presenceInfo w15:providerId="None" w15:userId="Nguyễn Thị Hồng Nhung"/></w15:person></w15:people>`,
    'word/commentsExtended.xml': `<w15:commentsEx xmlns:w15="${NS.w15}"><w15:commentEx w15:paraId="1" w15:done="0"/></w15:commentsEx>`,
    'word/footer1.xml': `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:ins w:id="20" w:author="Đỗ Quang Huy"><w:r><w:t>chân trang</w:t></w:r></w:ins></w:p></w:ftr>`,
    'customXml/item1.xml': '<nguoiViet>Nguyễn Thị Hồng Nhung</nguoiViet>',
    'customXml/_rels/item1.xml.rels': `<Relationships xmlns="${NS.pkg}">${relationship('rId1', 'customXmlProps', 'itemProps1.xml')}</Relationships>`,
    'customXml/itemProps1.xml': '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" ds:itemID="{1}"/>',
    'word/printerSettings/printerSettings1.bin': Buffer.from('\\\\NHUNG-PC\\HP LaserJet Nguyễn Thị Hồng Nhung', 'utf16le'),
  });
}

async function refusal(bytes: Buffer): Promise<string | undefined> {
  try {
    await sanitizeDocx(bytes);
    return undefined;
  } catch (error) {
    return error instanceof FileRejectedError ? error.code : String(error);
  }
}

/** Every decompressed part, and exiftool's view of the package and of every picture inside it. */
async function tracesIn(docx: Buffer): Promise<string[]> {
  const found: string[] = identifyingTags(exiftool(docx, 'docx')).map((tag) => `docx ${tag}`);
  for (const [name, data] of await unzipAll(docx)) {
    found.push(...leaksIn(data).map((text) => `${name}: ${text}`));
    const extension = /\.(jpe?g|png)$/i.exec(name)?.[1];
    if (extension) found.push(...identifyingTags(exiftool(data, extension)).map((tag) => `${name} ${tag}`));
  }
  return found;
}

describe('sanitizeDocx', () => {
  test.each(['essays/essay-01.docx', 'essays/essay-02.docx'])('%s: no identifying data survives', async (path) => {
    const original = fixture(path);
    expect((await tracesIn(original)).length).toBeGreaterThan(0);
    const clean = await sanitizeDocx(original);
    expect(await tracesIn(clean)).toEqual([]);
    const parts = await unzipAll(clean);
    expect([...parts.keys()].filter((name) => /comments|custom|people/i.test(name))).toEqual([]);
    const body = parts.get('word/document.xml')!.toString('utf8');
    expect(body).not.toMatch(/<w:(ins|del|commentReference|commentRangeStart)\b|w:author=/);
  });

  test('essay-01: the comment is gone, the tracked insertion is accepted, the text is the same', async () => {
    const original = fixture('essays/essay-01.docx');
    const clean = await sanitizeDocx(original);
    const [before, after] = await Promise.all([mammoth.extractRawText({ buffer: original }), mammoth.extractRawText({ buffer: clean })]);
    expect(after.value).toBe(before.value);
    expect(after.value).toContain('Tôi biết anh từ những ngày phường triển khai');
    expect(after.value).not.toContain('Nhớ sửa lại');
  });

  test('every authoring trace is removed from a DOCX that has them all', async () => {
    const traced = await tracedDocx();
    expect((await tracesIn(traced)).length).toBeGreaterThan(10);
    const clean = await sanitizeDocx(traced);
    expect(await tracesIn(clean)).toEqual([]);

    const parts = await unzipAll(clean);
    expect([...parts.keys()].filter((name) => /thumbnail|people|commentsExtended|customXml|printerSettings|custom\.xml/.test(name))).toEqual([]);
    const settings = parts.get('word/settings.xml')!.toString('utf8');
    expect(settings).not.toMatch(/attachedTemplate|docVars|rsid/);
    expect(parts.get('word/_rels/settings.xml.rels')!.toString('utf8')).not.toContain('Relationship ');
    const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8');
    // Links out of the document (a personal site, a mailto:) are the author's: their words stay, the target goes.
    expect(rels).not.toMatch(/example\.com|file:|people|commentsExtended|customXml|hyperlink/);
    expect(parts.get('[Content_Types].xml')!.toString('utf8')).not.toMatch(/custom\.xml|comments/);
    // A footer keeps page numbers only: its words are never read for the identity warning (docx-allow-list.test.ts).
    expect(parts.get('word/footer1.xml')!.toString('utf8')).not.toContain('chân trang');

    // The pictures are re-encoded, still pictures of the same size.
    for (const name of ['word/media/image1.jpeg', 'word/media/image2.png']) {
      const meta = await sharp(parts.get(name)!).metadata();
      expect([meta.exif, meta.xmp]).toEqual([undefined, undefined]);
      expect(meta.width).toBeGreaterThan(0);
    }
    // …and stored as they are: deflating a JPEG or PNG again costs time and saves nothing.
    const zip = await openGuardedZip(clean);
    const pictures = zip.entries.filter((entry) => entry.name.startsWith('word/media/'));
    zip.close();
    expect(pictures.map((entry) => [entry.name, entry.compressed]).sort()).toEqual([['word/media/image1.jpeg', false], ['word/media/image2.png', false]]);

    // Still a Word document with the accepted text: deletions and the author fields' text gone,
    // the web link and the link to a file on the author's disk unlinked with their words kept.
    const html = (await mammoth.convertToHtml({ buffer: clean })).value.replace(/<img[^>]*>/g, '<img>');
    expect(html).toContain('<p>Giữ lại <strong>câu chèn thêm</strong></p>');
    expect(html).toContain('<p>Tác giả:  lưu bởi  trang 1</p>');
    expect(html).toContain('<p>trang web và tệp trên máy</p>');
    expect(html).toContain('<p>chỗ mới</p>');
    expect(html).not.toMatch(/câu đã xóa|chỗ cũ/);
  });

  test('field instructions other than page numbers are emptied: a linked table or picture names the author\'s folders (found by an independent attack)', async () => {
    const original = fixture('essays/essay-01.docx');
    const body = (await unzipAll(original)).get('word/document.xml')!.toString('utf8');
    const run = (inner: string) => `<w:r>${inner}</w:r>`;
    const field = (instruction: string, result: string) => run('<w:fldChar w:fldCharType="begin"/>')
      + run(`<w:instrText xml:space="preserve">${instruction}</w:instrText>`) + run('<w:fldChar w:fldCharType="separate"/>')
      + run(`<w:t>${result}</w:t>`) + run('<w:fldChar w:fldCharType="end"/>');
    const paragraph = `<w:p>${field(' LINK Excel.Sheet.12 "C:\\\\Users\\\\hongnhung\\\\Documents\\\\bang.xlsx" "Sheet1!R1C1" \\a ', 'bảng số liệu')}`
      + `${field(' PAGE \\* MERGEFORMAT ', '7')}`
      + '<w:fldSimple w:instr=" INCLUDEPICTURE &quot;C:\\Users\\hongnhung\\anh.jpg&quot; "><w:r><w:t>ảnh</w:t></w:r></w:fldSimple>'
      + `${field(' PAGE hongnhung THPT ', '8')}<w:fldSimple w:instr="PAGE&#10;hongnhung"><w:r><w:t>9</w:t></w:r></w:fldSimple>`
      + '<w:hyperlink w:anchor="x" w:tooltip="hongnhung" w:docLocation="hongnhung"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p>';
    const edited = await editZip(original, { 'word/document.xml': body.replace('<w:body>', `<w:body>${paragraph}`) });
    const document = (await unzipAll(await sanitizeDocx(edited))).get('word/document.xml')!.toString('utf8');
    expect(document).not.toMatch(/hongnhung|Users|LINK|INCLUDEPICTURE/);
    // A page field keeps its name alone (a format switch could show the page as letters: docx-allow-list.test.ts).
    expect(document).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(document).toContain('bảng số liệu');
    expect(document).toContain('>ảnh<');
  });

  test('bookmark names become ours, and a link to a bookmark still reaches it (found by an independent attack)', async () => {
    const original = fixture('essays/essay-01.docx');
    const body = (await unzipAll(original)).get('word/document.xml')!.toString('utf8');
    const paragraph = '<w:p><w:bookmarkStart w:id="90" w:name="hongnhung_mark"/><w:r><w:t>đánh dấu</w:t></w:r><w:bookmarkEnd w:id="90"/>'
      + '<w:hyperlink w:anchor="hongnhung_mark"><w:r><w:t>về đánh dấu</w:t></w:r></w:hyperlink></w:p>';
    const edited = await editZip(original, { 'word/document.xml': body.replace('<w:body>', `<w:body>${paragraph}`) });
    const document = (await unzipAll(await sanitizeDocx(edited))).get('word/document.xml')!.toString('utf8');
    expect(document).not.toContain('hongnhung');
    const name = /<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/.exec(document)?.[1];
    expect(name).toMatch(/^_bm\d+$/);
    expect(document).toContain(`w:anchor="${name}"`);
  });

  test('a content control\'s alias and tag, a smart tag\'s data and a VML picture\'s alt text are dropped (found by an independent attack)', async () => {
    const original = fixture('essays/essay-01.docx');
    const body = (await unzipAll(original)).get('word/document.xml')!.toString('utf8');
    const paragraph = '<w:sdt><w:sdtPr><w:alias w:val="NHUNG_ALIAS"/><w:tag w:val="NHUNG_TAG"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>điều khiển</w:t></w:r></w:p></w:sdtContent></w:sdt>'
      + '<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName"><w:smartTagPr><w:attr w:name="ProductID" w:val="NHUNG_PERSON"/></w:smartTagPr>'
      + '<w:r><w:t>thẻ</w:t></w:r></w:smartTag></w:p>'
      + '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="s1" alt="NHUNG_ALT" style="width:10pt;height:10pt"/></w:pict></w:r></w:p>';
    const edited = await editZip(original, { 'word/document.xml': body.replace('<w:body>', `<w:body>${paragraph}`) });
    const document = (await unzipAll(await sanitizeDocx(edited))).get('word/document.xml')!.toString('utf8');
    expect(document).not.toContain('NHUNG');
    expect(document).toContain('điều khiển');
    expect(document).toContain('thẻ');
  });

  test('the text is read from the rebuilt parts while the pictures are re-encoded: the same HTML as from the judges\' copy', async () => {
    const { textPackage, judgesCopy } = await rebuildDocx(await tracedDocx());
    const textParts = await unzipAll(textPackage);
    const judgesParts = await unzipAll(await judgesCopy);
    expect([...textParts.keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);
    for (const [name, data] of textParts) if (name !== '[Content_Types].xml') expect(data.equals(judgesParts.get(name)!)).toBe(true);
    expect(await docxToHtml(textPackage)).toBe(await docxToHtml(await judgesCopy));
  });

  test('parts named after the author are written under our names, and every relationship points at the part it reached', async () => {
    const original = fixture('essays/essay-01.docx');
    const parts = await unzipAll(original);
    const photo = 'Nguyễn Hồng Nhung - ảnh thẻ.jpg';
    const header = 'bieu-do-Nguyen-Hong-Nhung/THPT Chu Van An.xml';
    const headerRels = 'bieu-do-Nguyen-Hong-Nhung/_rels/THPT Chu Van An.xml.rels';
    const types = parts.get('[Content_Types].xml')!.toString('utf8').replace('</Types>',
      `<Override PartName="/word/${encodeURI(header)}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`);
    const hostile = await editZip(original, {
      '[Content_Types].xml': types,
      [`word/media/${photo}`]: fixture('essays/photo-01.jpg'),
      [`word/${header}`]: `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>đầu trang</w:t></w:r></w:p></w:hdr>`,
      // The header, in another folder, shows the same picture: a header keeps none, the document's is still one part.
      [`word/${headerRels}`]: `<Relationships xmlns="${NS.pkg}">${relationship('rId1', 'image', `../media/${encodeURI(photo)}`)}</Relationships>`,
      'word/_rels/document.xml.rels': addRelationships(
        parts.get('word/_rels/document.xml.rels')!.toString('utf8'),
        relationship('rIdPhoto', 'image', `media/${encodeURI(photo)}`),
        relationship('rIdHeader', 'header', encodeURI(header)),
      ),
    });

    const clean = await unzipAll(await sanitizeDocx(hostile));
    const names = [...clean.keys()];
    expect(names.filter((name) => /nguy|nhung|chu van|bieu-do/i.test(name))).toEqual([]);
    expect(names.filter((name) => /media|header/.test(name)).sort()).toEqual(['word/_rels/header1.xml.rels', 'word/header1.xml', 'word/media/image1.jpeg']);
    for (const [name, data] of clean) {
      expect(leaksIn(data, ['Nguyễn Hồng Nhung', 'Nguyen-Hong-Nhung', 'THPT Chu Van An', 'bieu-do']), name).toEqual([]);
    }
    expect(clean.get('word/_rels/header1.xml.rels')!.toString('utf8')).not.toContain('<Relationship ');
    expect(clean.get('word/_rels/document.xml.rels')!.toString('utf8')).toContain('Target="media/image1.jpeg"');
    expect(clean.get('[Content_Types].xml')!.toString('utf8')).toContain('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>');
    // Every internal target is a part of the copy.
    for (const [name, data] of clean) {
      if (!name.endsWith('.rels')) continue;
      for (const [, target] of data.toString('utf8').matchAll(/<Relationship [^>]*Target="([^"]*)"(?![^>]*External)/g)) {
        expect(names.map((part) => part.toLowerCase()), `${name} → ${target}`).toContain(resolveTarget(name, target!));
      }
    }
  });

  test('External relationships other than web links are refused (r:link to file:///etc/passwd, linked objects)', async () => {
    const original = fixture('essays/essay-01.docx');
    const rels = (await unzipAll(original)).get('word/_rels/document.xml.rels')!.toString('utf8');
    for (const [type, target] of [
      ['image', 'file:///etc/passwd'],
      ['image', 'https://tracker.example/pixel.png'],
      ['oleObject', '\\\\attacker\\share\\x.xlsx'],
      ['subDocument', 'file:///C:/secret.docx'],
    ] as const) {
      const linked = await editZip(original, { 'word/_rels/document.xml.rels': addRelationships(rels, relationship('rIdX', type, target, true)) });
      expect(await refusal(linked)).toBe('xml_entities');
    }
  });

  test.each([
    ['XXE', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'],
    ['billion laughs', '<!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'],
  ])('%s in document.xml is refused', async (_name, doctype) => {
    const original = fixture('essays/essay-01.docx');
    const document = (await unzipAll(original)).get('word/document.xml')!.toString('utf8');
    const hostile = document.replace('?>', `?>${doctype}`).replace('<w:t>', '<w:t>&e;&c;');
    expect(await refusal(await editZip(original, { 'word/document.xml': hostile }))).toBe('xml_entities');
  });

  test('a DOCTYPE hidden in a UTF-16 part is refused', async () => {
    const header = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:hdr>&e;</w:hdr>';
    const hostile = await editZip(fixture('essays/essay-01.docx'), {
      'word/header1.xml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]),
    });
    expect(await refusal(hostile)).toBe('xml_entities');
  });

  test('macros and ActiveX are refused', async () => {
    const original = fixture('essays/essay-01.docx');
    expect(await refusal(await editZip(original, { 'word/vbaProject.bin': Buffer.from('VBA') }))).toBe('macro_document');
    expect(await refusal(await editZip(original, { 'word/activeX/activeX1.xml': '<ax/>' }))).toBe('macro_document');
  });
});
