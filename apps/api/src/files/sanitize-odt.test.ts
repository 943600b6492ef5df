import sharp from 'sharp';
import yauzl from 'yauzl';
import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { odtToHtml } from './extract-odt.ts';
import { sanitizeOdt } from './sanitize-odt.ts';
import { editZip, exiftool, fixture, identifyingTags, leaksIn, odtWithPicture, unzipAll } from './test-helpers.ts';

const odtNamespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0"';

/** essay-02.odt with more of what Writer leaves: profile fields, a deletion, a photo, a file link. */
async function tracedOdt(extraBody = ''): Promise<Buffer> {
  const original = fixture('essays/essay-02.odt');
  const content = (await unzipAll(original)).get('content.xml')!.toString('utf8');
  const deletion =
    '<text:changed-region text:id="del1"><text:deletion><office:change-info><dc:creator>Nguyễn Thị Hồng Nhung</dc:creator></office:change-info>' +
    '<text:p>Câu đã xóa bởi Nhung</text:p></text:deletion></text:changed-region>';
  const paragraphs =
    '<text:p>Người viết: <text:author-name>Đỗ Quang Huy</text:author-name> <text:sender-firstname>Huy</text:sender-firstname> ' +
    '<text:user-defined text:name="Company">Bệnh viện quận Gò Vấp</text:user-defined><text:change text:change-id="del1"/>hết.</text:p>' +
    '<text:p><text:a xlink:href="https://example.com/bai">trang web</text:a> và <text:a xlink:href="file:///home/huy/ghi-chu.odt">tệp trên máy</text:a></text:p>' +
    '<text:p><draw:frame draw:name="Ảnh của Đỗ Quang Huy"><draw:image xlink:href="Pictures/anh.jpg"/><svg:title>Ảnh do Đỗ Quang Huy chụp</svg:title></draw:frame></text:p>' +
    extraBody;
  const traced = content
    .replace('</text:tracked-changes>', `${deletion}</text:tracked-changes>`)
    .replace('</office:text>', `${paragraphs}</office:text>`);
  return editZip(original, { 'content.xml': traced, 'Pictures/anh.jpg': fixture('essays/photo-01.jpg') });
}

async function tracesIn(odt: Buffer): Promise<string[]> {
  const found = identifyingTags(exiftool(odt, 'odt')).map((tag) => `odt ${tag}`);
  for (const [name, data] of await unzipAll(odt)) {
    found.push(...leaksIn(data).map((text) => `${name}: ${text}`));
    if (/\.(jpe?g|png)$/i.test(name)) found.push(...identifyingTags(exiftool(data, 'jpg')).map((tag) => `${name} ${tag}`));
  }
  return found;
}

async function refusal(bytes: Buffer): Promise<string | undefined> {
  try {
    await sanitizeOdt(bytes);
    return undefined;
  } catch (error) {
    return error instanceof FileRejectedError ? error.code : String(error);
  }
}

async function firstEntry(zip: Buffer): Promise<{ name: string; method: number; extraLength: number }> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  for await (const entry of file.eachEntry()) {
    const local = await file.readLocalFileHeaderPromise(entry);
    return { name: entry.fileName, method: entry.compressionMethod, extraLength: local.extraFieldLength };
  }
  throw new Error('empty zip');
}

describe('sanitizeOdt', () => {
  test('essay-02.odt: no identifying data survives; mimetype first and stored', async () => {
    const original = fixture('essays/essay-02.odt');
    expect((await tracesIn(original)).length).toBeGreaterThan(0);
    const clean = await sanitizeOdt(original);
    expect(await tracesIn(clean)).toEqual([]);
    expect(await firstEntry(clean)).toEqual({ name: 'mimetype', method: 0, extraLength: 0 });
    const parts = await unzipAll(clean);
    expect(parts.get('mimetype')!.toString('latin1')).toBe('application/vnd.oasis.opendocument.text');
    expect([...parts.keys()].filter((name) => /Thumbnails|settings|manifest\.rdf/.test(name))).toEqual([]);
    const content = parts.get('content.xml')!.toString('utf8');
    expect(content).not.toMatch(/office:annotation|tracked-changes|change-start|dc:creator/);
    expect(parts.get('META-INF/manifest.xml')!.toString('utf8')).not.toMatch(/Thumbnails|settings\.xml|manifest\.rdf/);
  });

  test('LibreOffice\'s editing-session ids (officeooo:rsid) are dropped (found by an independent attack)', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8');
    const withIds = content.replace('<office:automatic-styles/>', '<office:automatic-styles><style:style style:name="P1" style:family="paragraph">'
      + '<style:text-properties officeooo:rsid="0012ab34" officeooo:paragraph-rsid="0012ab35"/></style:style></office:automatic-styles>');
    expect(withIds).toContain('officeooo:rsid=');
    const clean = (await unzipAll(await sanitizeOdt(await editZip(original, { 'content.xml': withIds })))).get('content.xml')!.toString('utf8');
    expect(clean).not.toMatch(/rsid|0012ab3/);
  });

  test('fields showing the document\'s properties, editing history or variables go with their text (found by an independent attack)', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8');
    const fields = '<text:p text:style-name="Standard"><text:title>NHUNG_TITLE</text:title><text:description>NHUNG_DESC</text:description>'
      + '<text:creation-date>2026-11-02</text:creation-date><text:editing-duration>PT3H</text:editing-duration>'
      + '<text:variable-set text:name="NHUNG_VAR" office:value-type="string">NHUNG_VALUE</text:variable-set> giữ lại</text:p>';
    const withFields = content.replace(/(<office:text[^>]*>)/, `$1<text:variable-decls><text:variable-decl text:name="NHUNG_VAR" office:value-type="string"/></text:variable-decls>${fields}`);
    expect(withFields).toContain('NHUNG_VALUE');
    const clean = (await unzipAll(await sanitizeOdt(await editZip(original, { 'content.xml': withFields })))).get('content.xml')!.toString('utf8');
    expect(clean).not.toMatch(/NHUNG|2026-11-02|PT3H/);
    expect(clean).toContain('giữ lại');
  });

  test('names the author gives bookmarks, sections, tables and links become ours, references still meeting them (found by an independent attack)', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8');
    const body = '<text:section text:name="NHUNG_SECTION"><text:p text:style-name="Standard" xml:id="NHUNG_XMLID">'
      + '<text:bookmark text:name="hongnhung_mark"/>Đoạn đánh dấu, xem <text:bookmark-ref text:reference-format="page" text:ref-name="hongnhung_mark">1</text:bookmark-ref> '
      + '<text:a xlink:type="simple" xlink:href="#hongnhung_mark" office:name="NHUNG_LINKNAME" office:title="NHUNG_LINKTITLE">tại đây</text:a>'
      + '<text:hidden-text text:condition="ooow:1" text:string-value="NHUNG_HIDDEN"/></text:p></text:section>'
      + '<table:table table:name="NHUNG_TABLE"><table:table-column/><table:table-row><table:table-cell><text:p>ô</text:p></table:table-cell></table:table-row></table:table>';
    const edited = content.replace(/(<office:text[^>]*>)/, `$1${body}`);
    expect(edited).toContain('NHUNG_SECTION');
    const clean = (await unzipAll(await sanitizeOdt(await editZip(original, { 'content.xml': edited })))).get('content.xml')!.toString('utf8');
    expect(clean).not.toMatch(/NHUNG|hongnhung/);
    const bookmark = /<text:bookmark text:name="([^"]+)"/.exec(clean)?.[1];
    expect(bookmark).toMatch(/^Name\d+$/);
    expect(clean).toContain(`text:ref-name="${bookmark}"`);
    expect(clean).toContain(`xlink:href="#${bookmark}"`);
    expect(clean).toContain('Đoạn đánh dấu');
  });

  test('the tracked insertion is accepted, the comment is gone, the text is the same', async () => {
    const original = fixture('essays/essay-02.odt');
    const [before, after] = await Promise.all([odtToHtml(original), odtToHtml(await sanitizeOdt(original))]);
    expect(after).toBe(before);
    expect(after).toContain('Câu chuyện bắt đầu từ một đêm mưa năm 2018');
    expect(after).not.toContain('Nhớ sửa lại');
  });

  test('profile fields, deletions, pictures and links to the disk lose their traces', async () => {
    const traced = await tracedOdt();
    const clean = await sanitizeOdt(traced);
    expect(await tracesIn(clean)).toEqual([]);
    const parts = await unzipAll(clean);
    const picture = await sharp(parts.get('Pictures/1.jpeg')!).metadata();
    expect([picture.format, picture.exif]).toEqual(['jpeg', undefined]);
    const html = await odtToHtml(clean);
    expect(html).toContain('<p>Người viết:   hết.</p>');
    // A link out of the document may be the author's own address: its text stays, the link goes.
    expect(html).toContain('<p>trang web và tệp trên máy</p>');
    expect(html).not.toContain('Câu đã xóa');
  });

  test('pictures named after the author are written under our names, and the document and manifest point at them', async () => {
    const photo = 'Pictures/Nguyễn Hồng Nhung - ảnh thẻ.jpg';
    const hostile = await editZip(await odtWithPicture(photo, fixture('essays/photo-01.jpg')), {
      'Pictures/Nguyen-Hong-Nhung-THPT-Chu-Van-An.png': fixture('essays/photo-02.png'),
    });
    const content = (await unzipAll(hostile)).get('content.xml')!.toString('utf8').replace('</office:text>',
      // The same picture a second time (one part), a second picture by an escaped name, and one missing from the package.
      `<text:p><draw:frame><draw:image xlink:href="./${encodeURI(photo)}"/></draw:frame><draw:frame><draw:image xlink:href="Pictures/Nguyen-Hong-Nhung-THPT-Chu-Van-An.png"/></draw:frame>` +
      '<draw:frame><draw:image xlink:href="Pictures/Nguyen-Hong-Nhung-mat.jpg"/></draw:frame></text:p></office:text>');
    const parts = await unzipAll(await sanitizeOdt(await editZip(hostile, { 'content.xml': content })));

    expect([...parts.keys()].filter((name) => name.startsWith('Pictures/'))).toEqual(['Pictures/1.jpeg', 'Pictures/2.png']);
    for (const [name, data] of parts) expect(leaksIn(data, ['Nguyễn Hồng Nhung', 'Nguyen-Hong-Nhung']), name).toEqual([]);
    const hrefs = [...parts.get('content.xml')!.toString('utf8').matchAll(/xlink:href="([^"]*)"/g)].map(([, href]) => href);
    expect(hrefs.filter((href) => href!.startsWith('Pictures/'))).toEqual(['Pictures/1.jpeg', 'Pictures/1.jpeg', 'Pictures/2.png']);
    const manifest = parts.get('META-INF/manifest.xml')!.toString('utf8');
    expect(manifest).toContain('manifest:full-path="Pictures/1.jpeg" manifest:media-type="image/jpeg"');
    expect(manifest).toContain('manifest:full-path="Pictures/2.png" manifest:media-type="image/png"');
  });

  test.each([
    ['a picture linked from the disk', '<text:p><draw:frame><draw:image xlink:href="file:///etc/passwd"/></draw:frame></text:p>', 'xml_entities'],
    ['a picture from a server (tracking pixel)', '<text:p><draw:frame><draw:image xlink:href="https://tracker.example/p.png"/></draw:frame></text:p>', 'xml_entities'],
    ['a section included from a file', '<text:section text:name="s"><text:section-source xlink:href="../../etc/passwd"/></text:section>', 'xml_entities'],
    ['a macro event', '<text:p><office:event-listeners><script:event-listener script:event-name="dom:load" xlink:href="vnd.sun.star.script:x"/></office:event-listeners></text:p>', 'macro_document'],
  ])('%s is refused', async (_name, body, code) => {
    expect(await refusal(await tracedOdt(body))).toBe(code);
  });

  test('XXE in content.xml and encrypted parts are refused', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8');
    const xxe = content.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>');
    expect(await refusal(await editZip(original, { 'content.xml': xxe }))).toBe('xml_entities');
    const manifest = `<manifest:manifest ${odtNamespaces} xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`;
    expect(await refusal(await editZip(original, { 'META-INF/manifest.xml': manifest }))).toBe('file_encrypted');
  });
});
