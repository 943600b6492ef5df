import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { odtToHtml } from './extract-odt.ts';
import { hiddenTextStyles } from './odt-rebuild.ts';
import { sanitizeOdt } from './sanitize-odt.ts';
import { buildZip, editZip, exiftool, fixture, identifyingTags, leaksIn, odtWithPicture, pdfText, unzipAll } from './test-helpers.ts';

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

  test('a paragraph that a conditional style hides goes like one its style hides (found by an adversarial review: LibreOffice hides it, the viewer showed it)', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8');
    const hidden = content
      .replace('<office:automatic-styles/>', '<office:automatic-styles><style:style style:name="P9" style:family="paragraph"><style:text-properties text:display="none"/></style:style>'
        + '<style:style style:name="P8" style:family="paragraph"/></office:automatic-styles>')
      .replace(/(<office:text[^>]*>)/, '$1<text:p text:style-name="P8" text:cond-style-name="P9">Họ tên: Đỗ Quang Huy</text:p><text:h text:outline-level="1" text:cond-style-name="P9">Đỗ Quang Huy</text:h>');
    expect(hidden).toContain('text:cond-style-name="P9"');
    const clean = await sanitizeOdt(await editZip(original, { 'content.xml': hidden }));
    expect((await unzipAll(clean)).get('content.xml')!.toString('utf8')).not.toContain('Đỗ Quang Huy');
    expect(await odtToHtml(clean)).toContain('Câu chuyện bắt đầu từ một đêm mưa năm 2018');
  });

  test('a hidden paragraph style goes however a style of another family is named and however far up it is inherited (found by an adversarial review: a text style of the same name, or 51 parents, hid it from the check)', async () => {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    const content = parts.get('content.xml')!.toString('utf8')
      .replace('<office:automatic-styles/>', '<office:automatic-styles><style:style style:name="Ten" style:family="text"/>'
        + '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="An"/><style:style style:name="An" style:family="table"/></office:automatic-styles>')
      .replace(/(<office:text[^>]*>)/, '$1<text:p text:style-name="Ten">Họ tên: Đỗ Quang Huy</text:p><text:p text:style-name="P7">Đỗ Quang Huy</text:p><text:p text:style-name="Cha0">Đỗ Quang Huy</text:p><text:p>Giữ <text:span text:style-name="An">lại</text:span></text:p>');
    const chain = Array.from({ length: 60 }, (_, i) => `<style:style style:name="Cha${i}" style:family="paragraph" style:parent-style-name="${i === 59 ? 'Ten' : `Cha${i + 1}`}"/>`).join('');
    const styles = parts.get('styles.xml')!.toString('utf8').replace('</office:styles>', `${chain}<style:style style:name="Ten" style:family="paragraph"><style:text-properties text:display="none"/></style:style>`
      + '<style:style style:name="An" style:family="paragraph"><style:text-properties text:display="none"/></style:style><style:style style:name="Ten" style:family="text"/></office:styles>');
    expect(styles).toContain('style:name="An" style:family="paragraph"');
    const clean = await sanitizeOdt(await editZip(original, { 'content.xml': content, 'styles.xml': styles }));
    expect((await unzipAll(clean)).get('content.xml')!.toString('utf8')).not.toContain('Đỗ Quang Huy');
    expect(await odtToHtml(clean)).toContain('<p>Giữ lại</p>');
  });

  test('a paragraph with no style is in Standard, and an automatic style inherits from the common style even when an automatic one has its name (found by an adversarial review: LibreOffice hid both, the copy kept them)', async () => {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    const content = parts.get('content.xml')!.toString('utf8')
      .replace('<office:automatic-styles/>', '<office:automatic-styles><style:style style:name="An" style:family="paragraph"/>'
        + '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="An"/><style:style style:name="Hien" style:family="paragraph" style:parent-style-name="Standard">'
        + '<style:text-properties text:display="true"/></style:style></office:automatic-styles>')
      .replace(/(<office:text[^>]*>)/, '$1<text:p>Họ tên: Đỗ Quang Huy</text:p><text:p text:style-name="P7">Đỗ Quang Huy</text:p><text:p text:style-name="Hien">Hiện</text:p>');
    const styles = parts.get('styles.xml')!.toString('utf8').replace('</office:styles>', '<style:style style:name="An" style:family="paragraph"><style:text-properties text:display="none"/></style:style></office:styles>')
      .replace(/(<style:style style:name="Standard" style:family="paragraph"[^>]*)\/>/, '$1><style:text-properties text:display="none"/></style:style>');
    expect(styles).toMatch(/<style:style style:name="Standard" style:family="paragraph"[^>]*><style:text-properties text:display="none"\/>/);
    const clean = await sanitizeOdt(await editZip(original, { 'content.xml': content, 'styles.xml': styles }));
    expect((await unzipAll(clean)).get('content.xml')!.toString('utf8')).not.toContain('Đỗ Quang Huy');
    expect(await odtToHtml(clean)).toContain('<p>Hiện</p>');
  });

  test('the copy hides nothing it keeps: no style in it says text:display, so LibreOffice shows what the web viewer shows (an adversarial review found three ways past the hidden-text check)', async () => {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    const content = parts.get('content.xml')!.toString('utf8')
      .replace('<office:automatic-styles/>', '<office:automatic-styles><style:style style:name="T9" style:family="text"><style:text-properties text:display="true" fo:font-weight="bold"/></style:style></office:automatic-styles>')
      .replace(/(<office:text[^>]*>)/, '$1<text:p>Rõ <text:span text:style-name="T9">đậm</text:span></text:p>');
    const styles = parts.get('styles.xml')!.toString('utf8').replace('</office:styles>', '<style:style style:name="An" style:family="text"><style:text-properties text:display="none"/></style:style></office:styles>');
    const clean = await unzipAll(await sanitizeOdt(await editZip(original, { 'content.xml': content, 'styles.xml': styles })));
    for (const part of ['content.xml', 'styles.xml']) expect(clean.get(part)!.toString('utf8')).not.toContain('text:display');
    expect(clean.get('content.xml')!.toString('utf8')).toMatch(/<style:text-properties fo:font-weight="bold"\/>/);
  });

  test('text where nothing shows it goes: a paragraph in a style or a master page, a span in a note\'s number or a page number, a paragraph in a list with no item or a row with no cell (found by an adversarial review)', async () => {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    const content = parts.get('content.xml')!.toString('utf8')
      .replace('<office:automatic-styles/>', '<office:automatic-styles><style:style style:name="P9" style:family="paragraph"><text:p>HUY_STYLE</text:p>'
        + '<style:text-properties><text:span>HUY_PROPERTIES</text:span></style:text-properties></style:style></office:automatic-styles>')
      .replace(/(<office:text[^>]*>)/, '$1<text:p>Có chú thích<text:note text:id="n9" text:note-class="footnote"><text:note-citation><text:span>HUY_CITATION</text:span></text:note-citation>'
        + '<text:note-body><text:p>Lời chú thích</text:p></text:note-body></text:note> và trang <text:page-number><text:span>HUY_PAGE</text:span></text:page-number></text:p>'
        + '<text:list><text:p>HUY_LIST</text:p><text:list-item><text:p>Mục một</text:p></text:list-item></text:list><text:section text:name="m"><text:span>HUY_SECTION</text:span></text:section>'
        + '<table:table><table:table-column/><table:table-row><text:p>HUY_ROW</text:p><table:table-cell><text:p>Ô một</text:p></table:table-cell></table:table-row></table:table>');
    const styles = parts.get('styles.xml')!.toString('utf8').replace('</office:styles>', '<style:style style:name="Q" style:family="paragraph"><text:p>HUY_COMMON</text:p></style:style></office:styles>')
      .replace('</office:master-styles>', '<style:master-page style:name="Khac" style:page-layout-name="pm1"><text:p>HUY_MASTER</text:p></style:master-page></office:master-styles>');
    expect(styles).toContain('HUY_MASTER');
    const clean = await sanitizeOdt(await editZip(original, { 'content.xml': content, 'styles.xml': styles }));
    const copy = await unzipAll(clean);
    expect(['content.xml', 'styles.xml'].flatMap((part) => copy.get(part)!.toString('utf8').match(/HUY_[A-Z]+/g) ?? [])).toEqual([]);
    expect(await odtToHtml(clean)).toMatch(/<p>Có chú thích và trang 1?<\/p><ul><li><p>Mục một<\/p><\/li><\/ul><p>Ô một<\/p>/);
  });

  test('a cell covered by its neighbour\'s span shows nothing, so it keeps nothing (found by an adversarial review: LibreOffice hid its words, the viewer showed them)', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8').replace(/(<office:text[^>]*>)/, '$1<table:table><table:table-column table:number-columns-repeated="2"/>'
      + '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Ô gộp</text:p></table:table-cell><table:covered-table-cell><text:p>Đỗ Quang Huy</text:p></table:covered-table-cell></table:table-row></table:table>');
    const clean = await sanitizeOdt(await editZip(original, { 'content.xml': content }));
    expect((await unzipAll(clean)).get('content.xml')!.toString('utf8')).toContain('<table:table-cell table:number-columns-spanned="2"><text:p>Ô gộp</text:p></table:table-cell><table:covered-table-cell/>');
    expect(await odtToHtml(clean)).not.toContain('Đỗ Quang Huy');
  });

  test('a space element stands for at most 999 spaces (found by an adversarial review: 300 of 999,999 spaces each, 7 KB of XML, kept LibreOffice busy 9 s)', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8')
      .replace(/(<office:text[^>]*>)/, `$1<text:p>Rộng<text:s text:c="999"/>hẹp${'<text:s text:c="999999"/>'.repeat(300)}hết</text:p>`);
    const clean = (await unzipAll(await sanitizeOdt(await editZip(original, { 'content.xml': content })))).get('content.xml')!.toString('utf8');
    expect(clean).toContain(`<text:p>Rộng<text:s text:c="999"/>hẹp${'<text:s/>'.repeat(300)}hết</text:p>`);
  });

  test('a master page nothing lays a page out with goes with its header (found by an adversarial review: its words stayed in the copy, shown nowhere)', async () => {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    // Each header's page number shows its own page, to tell them apart in the copy (a header's words go in any case).
    const header = (words: string, page: string) => `<style:header><text:p>${words}<text:page-number text:select-page="${page}">1</text:page-number></text:p></style:header>`;
    const styles = parts.get('styles.xml')!.toString('utf8')
      .replace('</office:styles>', '<style:style style:name="Bia" style:family="paragraph" style:master-page-name="Cover"/></office:styles>')
      .replace('<style:master-page style:name="Standard" style:page-layout-name="Mpm1"/>',
        `<style:master-page style:name="Standard" style:page-layout-name="Mpm1">${header('Đầu trang', 'current')}</style:master-page>`
        + `<style:master-page style:name="Cover" style:page-layout-name="Mpm1" style:next-style-name="After">${header('Trang bìa', 'previous')}</style:master-page>`
        + `<style:master-page style:name="After" style:page-layout-name="Mpm1">${header('Trang sau', 'next')}</style:master-page>`
        + `<style:master-page style:name="Unused" style:page-layout-name="Mpm1">${header('Họ tên: Đỗ Quang Huy', 'current')}</style:master-page>`);
    expect(styles).toContain('Đỗ Quang Huy');
    const copy = (await unzipAll(await sanitizeOdt(await editZip(original, { 'styles.xml': styles })))).get('styles.xml')!.toString('utf8');
    expect(copy).not.toContain('Đỗ Quang Huy');
    expect([...copy.matchAll(/<style:master-page [^>]*><style:header><text:p><text:page-number text:select-page="(\w+)"/g)].map(([, page]) => page)).toEqual(['current', 'previous', 'next']);
  });

  test('60,000 styles inheriting from one are read in one pass (a copy of each one\'s siblings took minutes)', { timeout: 60_000 }, () => {
    const siblings = Array.from({ length: 60_000 }, (_, i) => `<style:style style:name="P${i}" style:family="paragraph" style:parent-style-name="An"/>`).join('');
    const content = `<office:document-content ${NS}><office:automatic-styles><style:style style:name="An" style:family="paragraph">`
      + `<style:text-properties text:display="none"/></style:style>${siblings}</office:automatic-styles></office:document-content>`;
    expect(hiddenTextStyles(content, undefined).size).toBe(60_001);
  });

  test('a picture outside a frame, where nothing shows it, is not copied (found by an adversarial review: an ID photo could ride in a style)', async () => {
    const original = await editZip(fixture('essays/essay-02.odt'), { 'Pictures/the.jpg': fixture('essays/photo-01.jpg'), 'Pictures/ok.jpg': fixture('essays/photo-01.jpg') });
    const parts = await unzipAll(original);
    const content = parts.get('content.xml')!.toString('utf8')
      .replace('<office:automatic-styles/>', '<office:automatic-styles><style:style style:name="P9" style:family="paragraph"><draw:image xlink:href="Pictures/the.jpg"/></style:style></office:automatic-styles>')
      .replace(/(<office:text[^>]*>)/, '$1<text:p>Ảnh <draw:image xlink:href="Pictures/the.jpg"/><draw:frame svg:width="2cm" svg:height="2cm"><draw:image xlink:href="Pictures/ok.jpg"/></draw:frame></text:p>');
    const copy = await unzipAll(await sanitizeOdt(await editZip(original, { 'content.xml': content })));
    expect([...copy.keys()].filter((name) => name.startsWith('Pictures/'))).toEqual(['Pictures/1.jpeg']);
    expect(copy.get('content.xml')!.toString('utf8').match(/<draw:image[^>]*>/g)).toEqual(['<draw:image xlink:href="Pictures/1.jpeg"/>']);
  });

  test('tables nested 3,000 deep (LibreOffice crashed opening them) are refused (found by an adversarial review)', async () => {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8');
    const table = '<table:table><table:table-column/><table:table-row><table:table-cell>';
    const nested = content.replace(/(<office:text[^>]*>)/, `$1${table.repeat(3000)}<text:p>sâu</text:p>${'</table:table-cell></table:table-row></table:table>'.repeat(3000)}`);
    expect(await refusal(await editZip(original, { 'content.xml': nested }))).toBe('file_damaged');
  });
});

const NS = Object.entries({
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0', text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0', table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0', fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  xlink: 'http://www.w3.org/1999/xlink', svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  dc: 'http://purl.org/dc/elements/1.1/', meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0', form: 'urn:oasis:names:tc:opendocument:xmlns:form:1.0',
  officeooo: 'http://openoffice.org/2009/office', loext: 'urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0', nhung: 'urn:nhung:private', hn: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
}).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ');

/** Every spelling of the marker the attack used: anywhere in a part, in UTF-8 or UTF-16, is a leak. */
const MARKERS = ['NHUNG', 'Nhung', 'nhung'];

/**
 * The places an independent attack found the author's words still reached the copy when it was
 * cleaned by a block-list: style, list, page and font names, links out, conditions and formulas, hidden text,
 * identity and database fields, names of bookmarks, sections, tables, frames and sequences,
 * foreign namespaces (and a prefix of the author's), xml:id, comments, tracked changes, and the
 * package's other parts.
 */
async function blindnessAttackOdt(): Promise<Buffer> {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3">
<office:scripts><office:script script:language="NhungBasic" xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0"/></office:scripts>
<office:font-face-decls><style:font-face style:name="Nhung Handwriting" svg:font-family="'Nhung Handwriting'"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Nhung_20_heading" style:master-page-name="Nhung_20_page" style:list-style-name="NhungList">
<style:paragraph-properties fo:margin-left="1cm" loext:marker="NHUNG_LOEXT"/><style:text-properties fo:font-weight="bold" style:font-name="Nhung Handwriting" fo:font-family="'Nhung Handwriting'" officeooo:rsid="00NHUNG1" officeooo:paragraph-rsid="00aa11"/></style:style>
<style:style style:name="T1" style:family="text" style:display-name="Chữ của Nhung"><style:text-properties fo:font-style="italic" style:font-name="Liberation Serif"/></style:style>
<style:style style:name="T2" style:family="text" style:parent-style-name="NhungHidden"/>
<text:list-style style:name="NhungList" style:display-name="Danh sách Nhung"><text:list-level-style-bullet text:level="1" text:bullet-char="•" style:num-prefix="Nhung " style:num-suffix="NHUNG"/></text:list-style>
<number:date-style style:name="N_NHUNG"><number:text>NHUNG</number:text></number:date-style>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes text:track-changes="true"><text:changed-region xml:id="ct2" text:id="NHUNG_CHANGE"><text:deletion><office:change-info><dc:creator>Nguyễn Thị Hồng Nhung</dc:creator></office:change-info><text:p>đã xóa bởi Nhung</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:variable-decls><text:variable-decl text:name="NHUNG_VARNAME" office:value-type="string"/></text:variable-decls>
<text:user-field-decls><text:user-field-decl text:name="NhungField" office:value-type="string" office:string-value="NHUNG_USERVALUE"/></text:user-field-decls>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="HinhNhung"/></text:sequence-decls>
<text:h text:style-name="P1" text:outline-level="1" xml:id="NHUNG_XMLID" nhung:tag="NHUNG_ATTR">Đoạn mở đầu</text:h>
<text:p text:style-name="P1" text:class-names="NHUNG_CLASS"><text:bookmark-start text:name="NHUNG_BOOKMARK"/>Một <text:span text:style-name="T1">hai</text:span><text:bookmark-end text:name="NHUNG_BOOKMARK"/> <text:bookmark-ref text:reference-format="text" text:ref-name="NHUNG_BOOKMARK">xem</text:bookmark-ref> <text:a xlink:type="simple" xlink:href="mailto:nhung@truong.edu.vn" office:target-frame-name="NHUNG_FRAME" office:name="NHUNG_LINKNAME">thư</text:a> <text:a xlink:href="https://nhung.example/blog" office:title="NHUNG_LINKTITLE">trang</text:a> <text:a xlink:href="#NHUNG_BOOKMARK">về đầu</text:a></text:p>
<text:p>Trường: <text:author-name>Nguyễn Thị Hồng Nhung</text:author-name><text:author-initials>NTHN_Nhung</text:author-initials><text:creator>Nhung</text:creator><text:sender-firstname>Nhung</text:sender-firstname><text:file-name>bai-Nhung.odt</text:file-name><text:template-name>Mau-Nhung</text:template-name><text:user-field-get text:name="NhungField">NHUNG_USERSHOWN</text:user-field-get><text:variable-set text:name="NHUNG_VARNAME" office:value-type="string" office:string-value="NHUNG_VARVALUE">NHUNG_VARSHOWN</text:variable-set><text:variable-get text:name="NHUNG_VARNAME">NHUNG_VARGET</text:variable-get><text:database-display text:table-name="NHUNG_TBL" text:database-name="NHUNG_DB" text:column-name="ten">NHUNG_DBVALUE</text:database-display> hết</text:p>
<text:p>Điều kiện: <text:conditional-text text:condition="ooow:NHUNG_VARNAME == 1" text:string-value-if-true="NHUNG_TRUE" text:string-value-if-false="NHUNG_FALSE" text:current-value="true">hiện</text:conditional-text><text:hidden-text text:condition="ooow:1" text:string-value="NHUNG_HIDDEN">NHUNG_HIDDEN</text:hidden-text> Hình <text:sequence text:ref-name="refNHUNG" text:name="HinhNhung" text:formula="ooow:HinhNhung+1" style:num-format="1">1</text:sequence></text:p>
<text:hidden-paragraph text:condition="ooow:NHUNG" text:is-hidden="true"/>
<text:section text:name="NHUNG_SECTION" text:condition="ooow:NHUNG_VARNAME"><text:p>Trong mục<text:reference-mark text:name="NHUNG_REFMARK"/><text:note text:id="NHUNG_NOTE" text:note-class="footnote"><text:note-citation text:label="NHUNG_LABEL">NHUNG</text:note-citation><text:note-body><text:p>Chú thích</text:p></text:note-body></text:note></text:p></text:section>
<text:section text:name="NHUNG_HIDDEN_SECTION" text:display="none"><text:p>Bài của Nhung</text:p></text:section>
<table:table table:name="NHUNG_TABLE" table:template-name="NHUNG_TEMPLATE"><table:table-column/><table:table-row><table:table-cell table:formula="of:=[.NHUNG_A1]*2" office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell></table:table-row></table:table>
<text:p><draw:a xlink:href="https://nhung.example/anh" office:name="NHUNG_DRAWLINK"><draw:frame draw:name="Anh-Nhung" svg:width="2cm" svg:height="2cm" text:anchor-type="as-char"><draw:image xlink:href="Pictures/NHUNG_PIC.png" draw:mime-type="image/png" loext:mime-type="image/png"><svg:title>ảnh Nhung</svg:title><svg:desc>C:/Users/nhung/anh.png</svg:desc></draw:image></draw:frame></draw:a><draw:custom-shape draw:name="NHUNG_SHAPE"><text:p>hình Nhung</text:p></draw:custom-shape><draw:frame draw:name="NHUNG_TEXTBOX"><draw:text-box><text:p>Trong khung</text:p></draw:text-box></draw:frame></text:p>
<text:p>Ý kiến<office:annotation office:name="NHUNG_ANN"><dc:creator>Nguyễn Thị Hồng Nhung</dc:creator><text:p>góp ý của Nhung</text:p></office:annotation><office:annotation-end office:name="NHUNG_ANN"/> xong <nhung:secret>NHUNG_FOREIGN</nhung:secret><office:nhung-extension>NHUNG_OFFICE_EXT</office:nhung-extension><loext:content-control loext:alias="NHUNG_ALIAS">NHUNG_CC</loext:content-control><hn:span>qua tiền tố</hn:span></text:p>
<text:p><text:alphabetical-index-mark text:string-value="NHUNG_INDEX"/><text:span text:class-names="NHUNG_CLASS">cuối</text:span><text:meta-field xml:id="NHUNG_META">bài</text:meta-field></text:p>
<text:p>Ẩn<text:span text:style-name="T2">Nguyễn Thị Hồng Nhung</text:span></text:p>
<office:forms><form:form form:name="NHUNG_FORM"/></office:forms>
</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="Nhung Handwriting" svg:font-family="'Nhung Handwriting'"/></office:font-face-decls>
<office:styles><style:style style:name="Nhung_20_heading" style:display-name="Nhung heading" style:family="paragraph" style:parent-style-name="Heading_20_1" style:next-style-name="Nhung_20_body"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:text-properties fo:font-size="16pt"/></style:style>
<style:style style:name="NhungHidden" style:family="text"><style:text-properties text:display="none"/></style:style>
<draw:gradient draw:name="NHUNG_GRADIENT" draw:display-name="Nhung gradient"/><draw:fill-image draw:name="NHUNG_FILL" xlink:href="Pictures/NHUNG_PIC.png"/></office:styles>
<office:automatic-styles><style:page-layout style:name="NhungLayout"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Nhung_20_page" style:display-name="Trang Nhung" style:page-layout-name="NhungLayout"><style:header><text:p>Đầu trang <text:author-name>Nhung</text:author-name></text:p></style:header><style:footer><text:p>Trang <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
</office:document-styles>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NS}><office:meta><meta:initial-creator>Nguyễn Thị Hồng Nhung</meta:initial-creator><dc:creator>Nhung</dc:creator><meta:user-defined meta:name="Nhung">NHUNG</meta:user-defined></office:meta></office:document-meta>`;
  const settings = `<?xml version="1.0" encoding="UTF-8"?><office:document-settings ${NS}><office:settings><config:config-item config:name="PrinterName" config:type="string">NHUNG-PC</config:config-item></office:settings></office:document-settings>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    ['/', 'content.xml', 'styles.xml', 'meta.xml', 'settings.xml', 'manifest.rdf', 'Pictures/NHUNG_PIC.png', 'Configurations2/accelerator/nhung.xml']
      .map((path) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${path === '/' ? 'application/vnd.oasis.opendocument.text' : 'text/xml'}"/>`).join('') +
    '</manifest:manifest>';
  return buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    { name: 'content.xml', data: content }, { name: 'styles.xml', data: styles }, { name: 'meta.xml', data: meta },
    { name: 'settings.xml', data: settings }, { name: 'manifest.rdf', data: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="NHUNG"/></rdf:RDF>` },
    { name: 'Configurations2/accelerator/nhung.xml', data: '<?xml version="1.0"?><x>NHUNG</x>' },
    { name: 'Thumbnails/thumbnail.png', data: fixture('essays/photo-02.png') },
    { name: 'Pictures/NHUNG_PIC.png', data: fixture('essays/photo-02.png') },
    { name: 'META-INF/manifest.xml', data: manifest },
  ]);
}

/** The marker wherever it is in a package's parts or part names, after decompression, in UTF-8 or UTF-16. */
async function markersIn(odt: Buffer): Promise<string[]> {
  const found: string[] = [];
  for (const [name, data] of await unzipAll(odt)) {
    found.push(...leaksIn(Buffer.from(name, 'utf8'), MARKERS).map((marker) => `name ${name}: ${marker}`));
    found.push(...leaksIn(data, MARKERS).map((marker) => `${name}: ${marker}`));
  }
  return found;
}

/** What LibreOffice writes converting each file (`odt`, `txt:Text`), by output name: it opens them as a judge's office program would. */
function convertedByLibreOffice(files: Record<string, Buffer | string>, convertTo: string): Record<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'gs-odt-'));
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', convertTo, '--outdir', join(dir, 'out'),
      ...Object.keys(files).map((name) => join(dir, name))], { encoding: 'utf8', timeout: 180_000 });
    expect(run.status, run.stderr).toBe(0);
    const extension = convertTo.replace(/:.*/, '');
    return Object.fromEntries(Object.keys(files).map((name) => [name, readFileSync(join(dir, 'out', name.replace(/\.\w+$/, `.${extension}`)))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The attack as a flat ODF file: LibreOffice saves it as a package the way Writer writes one. */
const attackFodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>Nguyen Thi Hong Nhung</meta:initial-creator><dc:creator>Nguyen Thi Hong Nhung</dc:creator></office:meta>
<office:font-face-decls><style:font-face style:name="Nhung Hand" svg:font-family="'Nhung Hand'"/></office:font-face-decls>
<office:styles><style:style style:name="Nhung_heading" style:display-name="Nhung heading" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="Nhung Hand"/></style:style>
<text:list-style style:name="NhungList" style:display-name="Nhung list"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style></office:styles>
<office:master-styles><style:master-page style:name="Standard"><style:footer><text:p>Trang <text:page-number text:select-page="current">1</text:page-number> — <text:author-name>Nhung</text:author-name></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Nhung_heading">Essay body <text:a xlink:href="mailto:hongnhung@example.com">thư</text:a>.</text:p>
<text:p>Para <office:annotation><dc:creator>Nguyen Thi Hong Nhung</dc:creator><text:p>comment by hongnhung</text:p></office:annotation>two.<text:bookmark text:name="hongnhung_mark"/><text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Chú thích một.</text:p></text:note-body></text:note></text:p>
<text:list text:style-name="NhungList"><text:list-item><text:p>Mục một</text:p></text:list-item><text:list-item><text:p>Mục hai</text:p></text:list-item></text:list>
<table:table table:name="Nhung_table"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell office:value-type="string"><text:p>ô một</text:p></table:table-cell><table:table-cell table:formula="of:=2*21" office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell></table:table-row></table:table>
<text:section text:name="Nhung_section"><text:p>Trong mục <text:sequence text:name="Illustration" text:formula="ooow:Illustration+1" style:num-format="1">1</text:sequence>.</text:p></text:section>
</office:text></office:body></office:document>`;

const hasLibreOffice = !spawnSync('soffice', ['--version']).error;

describe('sanitizeOdt rebuilds the copy from an allow-list (blindness)', () => {
  test('the attack document: the author\'s words are in no part, name or attribute; the typed text stays', async () => {
    const hostile = await blindnessAttackOdt();
    expect((await markersIn(hostile)).length).toBeGreaterThan(10);
    const clean = await sanitizeOdt(hostile);
    expect(await markersIn(clean)).toEqual([]);
    const parts = await unzipAll(clean);
    expect([...parts.keys()]).toEqual(['mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'Pictures/1.png', 'META-INF/manifest.xml']);
    const content = parts.get('content.xml')!.toString('utf8');
    // Renamed, and references still meet: the paragraph style, its parent in styles.xml, the bookmark and the link to it.
    expect(content).toContain('<style:style style:name="S1" style:family="paragraph" style:parent-style-name="S2" style:master-page-name="S3" style:list-style-name="S4">');
    expect(parts.get('styles.xml')!.toString('utf8')).toMatch(/<style:style style:name="S2" style:family="paragraph" style:parent-style-name="Heading_20_1" style:next-style-name="S\d+"\/>/);
    expect(content).toContain('<text:bookmark-start text:name="Name1"/>');
    expect(content).toContain('<text:a xlink:href="#Name1">về đầu</text:a>');
    // Only common fonts are declared.
    expect(content).toContain('<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" style:font-family-generic="roman"/></office:font-face-decls>');
    expect(await odtToHtml(clean)).toBe(
      '<h2>Đoạn mở đầu</h2><p>Một <em>hai</em> xem thư trang <a href="#Name1">về đầu</a></p><p>Trường:  hết</p><p>Điều kiện: hiện Hình 1</p>' +
      '<p>Trong mục</p><p>42</p><p></p><p>Ý kiến xong qua tiền tố</p><p>cuốibài</p><p>Ẩn</p><p>Chú thích</p>',
    );
  });

  test.skipIf(!hasLibreOffice)('LibreOffice shows the same text in essay-02.odt and its copy, and in a document it wrote and its copy', async () => {
    const original = fixture('essays/essay-02.odt');
    const copy = await sanitizeOdt(original);
    const [before, after] = await Promise.all([odtToHtml(original), odtToHtml(copy)]);
    expect(after).toBe(before);
    const written = convertedByLibreOffice({ 'attack.fodt': attackFodt }, 'odt')['attack.fodt']!;
    expect((await markersIn(written)).length).toBeGreaterThan(0);
    const writtenCopy = await sanitizeOdt(written);
    expect(await markersIn(writtenCopy)).toEqual([]);
    const shown = Object.fromEntries(Object.entries(convertedByLibreOffice({
      'essay.odt': original, 'copy.odt': copy, 'written.odt': written, 'written-copy.odt': writtenCopy,
      'attack-copy.odt': await sanitizeOdt(await blindnessAttackOdt()),
    }, 'txt:Text')).map(([name, text]) => [name, text.toString('utf8')]));
    expect(shown['copy.odt']).toBe(shown['essay.odt']);
    expect(shown['copy.odt']).toContain('Câu chuyện bắt đầu từ một đêm mưa năm 2018');
    // A footnote, a numbered list, a table with a formula and a caption number, as LibreOffice saved them.
    expect(shown['written-copy.odt']).toBe(shown['written.odt']);
    expect(shown['written-copy.odt']).toContain('1. Mục một');
    expect(shown['attack-copy.odt']).toContain('Một hai xem thư trang về đầu');
    expect(shown['attack-copy.odt']).not.toMatch(/nhung/i);
  }, 240_000);
});

describe('a page\'s margins (header, footer) show page numbers, never who wrote the essay', () => {
  /**
   * essay-02.odt whose page shows a header with the author's name, unit, phone and logo, and a
   * footer with "Trang 1/1"; with a note in the header too when `note` (LibreOffice will not open that).
   */
  async function essayWithMargins(note: boolean): Promise<Buffer> {
    const original = fixture('essays/essay-02.odt');
    const header = '<style:header><text:p>Nguyễn Thị Hồng Nhung – Sở Tư pháp <draw:frame draw:name="Logo" text:anchor-type="as-char" svg:width="1cm" svg:height="1cm">'
      + '<draw:image xlink:href="Pictures/logo-nhung.jpg"/></draw:frame></text:p>'
      + '<text:p>ĐT 0912345678 <text:author-name>Nhung</text:author-name><text:sender-phone-work>0912345678</text:sender-phone-work>'
      + (note ? '<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Nhung trong chú thích</text:p></text:note-body></text:note>' : '')
      + '</text:p>'
      + '<text:p><draw:frame text:anchor-type="paragraph" svg:width="3cm" svg:height="1cm"><draw:text-box><text:p>Nhung trong hộp</text:p></draw:text-box></draw:frame>'
      + '<text:date>03/12/2026</text:date><text:span>ⓃⒽⓊⓃⒼ</text:span><text:a xlink:href="#top">Nhung</text:a><text:chapter text:display="name">Nhung</text:chapter></text:p>'
      + '<text:list><text:list-item text:start-value="912345"><text:p>Nhung</text:p></text:list-item></text:list>'
      + '<table:table><table:table-column/><table:table-row><table:table-cell><text:p>Đơn vị: Sở Tư pháp (</text:p></table:table-cell></table:table-row></table:table></style:header>';
    const footer = '<style:footer><text:p>Trang <text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count> · 912345678</text:p></style:footer>'
      + '<style:header-first><text:p>Nhung – <text:page-number>1</text:page-number></text:p></style:header-first>';
    const parts = await unzipAll(original);
    const styles = parts.get('styles.xml')!.toString('utf8')
      .replace('<style:master-page style:name="Standard" style:page-layout-name="Mpm1"/>', `<style:master-page style:name="Standard" style:page-layout-name="Mpm1">${header}${footer}</style:master-page>`);
    expect(styles).toContain('Nhung');
    const manifest = parts.get('META-INF/manifest.xml')!.toString('utf8')
      .replace('</manifest:manifest>', '<manifest:file-entry manifest:full-path="Pictures/logo-nhung.jpg" manifest:media-type="image/jpeg"/></manifest:manifest>');
    return editZip(original, { 'styles.xml': styles, 'META-INF/manifest.xml': manifest, 'Pictures/logo-nhung.jpg': fixture('essays/photo-01.jpg') });
  }

  test('the copy keeps the page number and count and the punctuation between them; the name, unit, phone, logo, text box, note and other fields go', async () => {
    const attack = await essayWithMargins(true);
    const clean = await sanitizeOdt(attack);
    const parts = await unzipAll(clean);
    const styles = parts.get('styles.xml')!.toString('utf8');
    for (const leak of ['Nhung', 'Sở Tư pháp', 'Đơn vị', '0912345678', '912345', 'ĐT', 'Trang', 'ⓃⒽⓊⓃⒼ', '2026', '<draw:', '<text:note ', '<text:list>', 'xlink:href']) {
      expect(styles).not.toContain(leak);
    }
    // The logo was reached only from the header: it is not copied.
    expect([...parts.keys()].filter((name) => name.startsWith('Pictures/'))).toEqual([]);
    expect(styles).toContain('<style:footer><text:p><text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count></text:p></style:footer>');
    expect(styles).toContain('<style:header-first><text:p><text:page-number>1</text:page-number></text:p></style:header-first>');
    // The table's layout stays, its words go; its punctuation-only text would stay, but "Đơn vị: Sở Tư pháp (" is words.
    expect(styles).toContain('<table:table><table:table-column/><table:table-row><table:table-cell><text:p/></table:table-cell></table:table-row></table:table>');
    expect(await odtToHtml(clean)).toBe(await odtToHtml(fixture('essays/essay-02.odt')));
  });

  test('a header\'s picture from a server (a tracking pixel on every page) is refused, like one in the body', async () => {
    const original = fixture('essays/essay-02.odt');
    const styles = (await unzipAll(original)).get('styles.xml')!.toString('utf8').replace('<style:master-page style:name="Standard" style:page-layout-name="Mpm1"/>',
      '<style:master-page style:name="Standard" style:page-layout-name="Mpm1"><style:header><text:p><draw:frame><draw:image xlink:href="https://example.com/px.png"/></draw:frame></text:p></style:header></style:master-page>');
    expect(await refusal(await editZip(original, { 'styles.xml': styles }))).toBe('xml_entities');
  });

  test.skipIf(!hasLibreOffice)('LibreOffice shows the page number on the copy\'s page, and none of the author\'s words', async () => {
    const attack = await essayWithMargins(false);
    const pdfs = convertedByLibreOffice({ 'attack.odt': attack, 'copy.odt': await sanitizeOdt(attack) }, 'pdf');
    const shown = Object.fromEntries(Object.entries(pdfs).map(([name, pdf]) => [name, pdfText(pdf)]));
    expect(shown['attack.odt']).toContain('Nhung');
    expect(shown['attack.odt']).toMatch(/Trang 1\/1/);
    expect(shown['copy.odt']).toMatch(/(^|\s)1\/1(\s|$)/m);
    expect(shown['copy.odt']).not.toMatch(/Nhung|Tư pháp|912345|Trang/);
    expect(shown['copy.odt']).toContain('Câu chuyện bắt đầu từ một đêm mưa năm 2018');
  }, 240_000);
});

// Found by a third review: Writer shows a page number from where a paragraph or the page layout says
// to start, plus a page number field's adjustment, and a list, heading or note number from its start;
// extract-odt.ts reads none of them, so a phone number or id given as the start was in plain view.
describe('numbering starts (page, list, heading, note) are small numbers, not a phone or an id', () => {
  async function essayStartingAt(start: string): Promise<Buffer> {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    const content = parts.get('content.xml')!.toString('utf8')
      .replace('<office:automatic-styles/>', `<office:automatic-styles><style:style style:name="P9" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard"><style:paragraph-properties style:page-number="${start}"/></style:style></office:automatic-styles>`)
      .replace('<text:p text:style-name="Standard">', '<text:p text:style-name="P9">')
      .replace('</office:text>', `<text:list><text:list-item text:start-value="${start}"><text:p>mục</text:p></text:list-item></text:list><text:h text:outline-level="1" text:start-value="${start}">Đề</text:h></office:text>`);
    const styles = parts.get('styles.xml')!.toString('utf8')
      .replace('<style:page-layout-properties ', `<style:page-layout-properties style:first-page-number="${start}" `)
      .replace('<style:master-page style:name="Standard" style:page-layout-name="Mpm1"/>',
        `<style:master-page style:name="Standard" style:page-layout-name="Mpm1"><style:footer><text:p><text:page-number>1</text:page-number>-<text:page-number text:page-adjust="${start}">1</text:page-number></text:p></style:footer></style:master-page>`)
      .replace('</office:styles>', `<text:notes-configuration text:note-class="footnote" text:start-value="${start}"/></office:styles>`);
    return editZip(original, { 'content.xml': content, 'styles.xml': styles });
  }

  test('a start of 31234 or 912345 is not copied; a start of 3 is', async () => {
    for (const start of ['31234', '912345']) {
      const copy = await unzipAll(await sanitizeOdt(await essayStartingAt(start)));
      for (const [name, data] of copy) expect(leaksIn(data, [start]), name).toEqual([]);
    }
    const small = await unzipAll(await sanitizeOdt(await essayStartingAt('3')));
    expect(small.get('content.xml')!.toString('utf8')).toContain('style:page-number="3"');
    expect(small.get('styles.xml')!.toString('utf8')).toContain('text:page-adjust="3"');
  });

  // LibreOffice numbers pages up to 32767: five digits of the author's choosing (an id) on every page.
  test.skipIf(!hasLibreOffice)('LibreOffice showed the start on the page; it does not show it in the copy', async () => {
    const attack = await essayStartingAt('31234');
    const pdfs = convertedByLibreOffice({ 'attack.odt': attack, 'copy.odt': await sanitizeOdt(attack) }, 'pdf');
    expect(pdfText(pdfs['attack.odt']!)).toMatch(/31234/);
    expect(pdfText(pdfs['copy.odt']!)).not.toMatch(/3123/);
  }, 240_000);
});

// Left by the third review: with a start up to 999, a letter or roman format shows a letter the
// author chose (one-item lists from 14, 8, 21 in capitals read N, H, U), and extract-odt.ts reads no
// list label: numbers are shown as digits, as in DOCX (margin-text.ts numberShownAs).
describe('list and page numbers are shown as digits, never as letters the author chose', () => {
  async function letterLists(): Promise<Buffer> {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    const formats = ['A', 'a', 'I', 'i', '1', ''];
    const styles = formats.map((format, i) => `<text:list-style style:name="L${i + 1}"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="${format}"/></text:list-style>`);
    const lists = formats.map((_, i) => `<text:list text:style-name="L${i + 1}"><text:list-item text:start-value="${14 + i}"><text:p>mục ${i + 1}</text:p></text:list-item></text:list>`);
    const content = parts.get('content.xml')!.toString('utf8')
      .replace('<office:automatic-styles/>', `<office:automatic-styles>${styles.join('')}</office:automatic-styles>`)
      .replace('</office:text>', `${lists.join('')}<text:p><text:page-number style:num-format="A">1</text:page-number></text:p></office:text>`);
    return editZip(original, { 'content.xml': content });
  }

  test('letter and roman formats are written as digits; digits and none stay', async () => {
    const content = (await unzipAll(await sanitizeOdt(await letterLists()))).get('content.xml')!.toString('utf8');
    expect([...content.matchAll(/style:num-format="([^"]*)"/g)].map(([, format]) => format)).toEqual(['1', '1', '1', '1', '1', '', '1']);
  });

  test.skipIf(!hasLibreOffice)('LibreOffice showed the chosen letters; it shows numbers in the copy', async () => {
    const attack = await letterLists();
    const texts = convertedByLibreOffice({ 'attack.odt': attack, 'copy.odt': await sanitizeOdt(attack) }, 'txt:Text (encoded):UTF8');
    const [original, copy] = [texts['attack.odt']!.toString('utf8'), texts['copy.odt']!.toString('utf8')];
    expect(original).toMatch(/N\.\s*mục 1[\s\S]*o\.\s*mục 2[\s\S]*XVI\.\s*mục 3[\s\S]*xvii\.\s*mục 4/);
    expect(copy).toMatch(/14\.\s*mục 1[\s\S]*15\.\s*mục 2[\s\S]*16\.\s*mục 3[\s\S]*17\.\s*mục 4[\s\S]*18\.\s*mục 5/);
    expect(copy).not.toMatch(/(^|\s)\p{L}+\.\s*mục/mu);
  }, 240_000);
});

// Found by a fourth review: Writer numbers endnotes i, ii, iii… when the document does not configure
// them (as Word does): the copy configures them in digits.
describe('endnotes are numbered in digits', () => {
  async function endnoteUnconfigured(): Promise<Buffer> {
    const original = fixture('essays/essay-02.odt');
    const parts = await unzipAll(original);
    const content = parts.get('content.xml')!.toString('utf8').replace('</office:text>',
      '<text:p>Ghi chú<text:note text:id="e1" text:note-class="endnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>chú thích</text:p></text:note-body></text:note></text:p></office:text>');
    const styles = parts.get('styles.xml')!.toString('utf8').replace(/<text:notes-configuration text:note-class="endnote"[^>]*>/, '');
    return editZip(original, { 'content.xml': content, 'styles.xml': styles });
  }

  test('a copy configures its endnotes in digits, and a configuration without a format gets digits', async () => {
    const styles = (await unzipAll(await sanitizeOdt(await endnoteUnconfigured()))).get('styles.xml')!.toString('utf8');
    expect(styles).toContain('<text:notes-configuration text:note-class="endnote" style:num-format="1"/>');
    const original = fixture('essays/essay-02.odt');
    const configured = (await unzipAll(original)).get('styles.xml')!.toString('utf8')
      .replace(/<text:notes-configuration text:note-class="endnote"[^>]*>/, '<text:notes-configuration text:note-class="endnote" text:start-value="5"/>');
    const copy = (await unzipAll(await sanitizeOdt(await editZip(original, { 'styles.xml': configured })))).get('styles.xml')!.toString('utf8');
    expect(copy.match(/<text:notes-configuration text:note-class="endnote"[^>]*>/g)).toEqual(['<text:notes-configuration text:note-class="endnote" text:start-value="5" style:num-format="1"/>']);
  });

  test.skipIf(!hasLibreOffice)('LibreOffice showed the endnote as i; it shows 1 in the copy', async () => {
    const attack = await endnoteUnconfigured();
    const texts = convertedByLibreOffice({ 'attack.odt': attack, 'copy.odt': await sanitizeOdt(attack) }, 'txt:Text (encoded):UTF8');
    expect(texts['attack.odt']!.toString('utf8')).toContain('Ghi chúi\n');
    expect(texts['copy.odt']!.toString('utf8')).toContain('Ghi chú1\n');
  }, 240_000);
});

// Found by a third review: extract-odt.ts reads no frame, so a text box in the body (anchored to the
// page, a paragraph or a character) was never read for the identity warning nor shown by the web
// viewer, while LibreOffice showed its words on the judge's page. (mammoth reads a DOCX's text boxes.)
describe('a text box in the body goes with its words, as the web viewer and the identity warning never read it', () => {
  async function essayWithTextBox(): Promise<Buffer> {
    const original = fixture('essays/essay-02.odt');
    const content = (await unzipAll(original)).get('content.xml')!.toString('utf8').replace('<text:p text:style-name="Standard">',
      '<text:p text:style-name="Standard"><draw:frame text:anchor-type="paragraph" svg:width="8cm" svg:height="1cm"><draw:text-box><text:p>Nguyễn Thị Hồng Nhung</text:p></draw:text-box></draw:frame>');
    return editZip(original, { 'content.xml': content });
  }

  test('the copy holds none of its words, and the viewer shows the same essay', async () => {
    const copy = await sanitizeOdt(await essayWithTextBox());
    for (const [name, data] of await unzipAll(copy)) expect(leaksIn(data, ['Nhung']), name).toEqual([]);
    expect(await odtToHtml(copy)).toBe(await odtToHtml(fixture('essays/essay-02.odt')));
  });

  test.skipIf(!hasLibreOffice)('LibreOffice showed its words on the page; it does not in the copy', async () => {
    const attack = await essayWithTextBox();
    const pdfs = convertedByLibreOffice({ 'attack.odt': attack, 'copy.odt': await sanitizeOdt(attack) }, 'pdf');
    expect(pdfText(pdfs['attack.odt']!)).toMatch(/Nhung/);
    expect(pdfText(pdfs['copy.odt']!)).not.toMatch(/Nhung/);
    expect(pdfText(pdfs['copy.odt']!)).toContain('Câu chuyện bắt đầu từ một đêm mưa năm 2018');
  }, 240_000);
});

// Found by a fourth review: a bullet is one of a list of bullets (margin-text.ts labelSymbol), not any
// symbol: ₦ ₳ ₥ read "NAM" one item at a time, and Symbol's private-use characters are Greek capitals.
test.skipIf(!hasLibreOffice)('a bullet that looks like a letter (₦, a symbol font\'s letter) is not shown; Word\'s bullets stay', async () => {
  const original = fixture('essays/essay-02.odt');
  const parts = await unzipAll(original);
  const bullets = ['₦', '\uF04E', '©', '∑', '†', '\uF0B7', '▪'];
  const content = parts.get('content.xml')!.toString('utf8')
    .replace('<office:automatic-styles/>', `<office:automatic-styles>${bullets.map((bullet, i) => `<text:list-style style:name="B${i}"><text:list-level-style-bullet text:level="1" text:bullet-char="${bullet}"/></text:list-style>`).join('')}</office:automatic-styles>`)
    .replace('</office:text>', '<text:list text:style-name="B0"><text:list-item><text:p>mục</text:p></text:list-item></text:list></office:text>');
  const attack = await editZip(original, { 'content.xml': content });
  const copy = await sanitizeOdt(attack);
  expect([...(await unzipAll(copy)).get('content.xml')!.toString('utf8').matchAll(/text:bullet-char="([^"]*)"/g)].map(([, bullet]) => bullet)).toEqual(['\uF0B7', '▪']);
  const pdfs = convertedByLibreOffice({ 'attack.odt': attack, 'copy.odt': copy }, 'pdf');
  expect(pdfText(pdfs['attack.odt']!)).toMatch(/₦\s*mục/);
  expect(pdfText(pdfs['copy.odt']!)).not.toContain('₦');
}, 240_000);

// Found by a third review: the DOCX copy already refused list labels of symbols that read as letters;
// an ODT bullet could still be one (Ⓝ, ⠝, ㎏), shown by Writer on each item, read by no text reader.
test('a bullet that reads as a letter is not copied; a dot is', async () => {
  const original = fixture('essays/essay-02.odt');
  const bullets = ['Ⓝ', '⠝', '🄽', '℗', '㎏', '•', '➢'];
  const styles = (await unzipAll(original)).get('styles.xml')!.toString('utf8').replace('</office:styles>',
    `<text:list-style style:name="L9">${bullets.map((bullet, level) => `<text:list-level-style-bullet text:level="${level + 1}" text:bullet-char="${bullet}"/>`).join('')}</text:list-style></office:styles>`);
  const copy = (await unzipAll(await sanitizeOdt(await editZip(original, { 'styles.xml': styles })))).get('styles.xml')!.toString('utf8');
  expect([...copy.matchAll(/text:bullet-char="([^"]*)"/g)].map(([, bullet]) => bullet)).toEqual(['•', '➢']);
});

