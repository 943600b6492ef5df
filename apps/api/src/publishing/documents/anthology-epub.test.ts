import { XMLParser, XMLValidator } from 'fast-xml-parser';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, test } from 'vitest';
import { anthologyEpub, essayXhtml } from './anthology-epub.ts';
import { collapse, PARAGRAPHS, sampleAnthology, VIETNAMESE_LETTERS } from './test-helpers.ts';
import type { Anthology } from './types.ts';

interface ZipItem {
  name: string;
  compressionMethod: number;
  data: Buffer;
}

async function unzip(bytes: Buffer): Promise<ZipItem[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true });
  const items: ZipItem[] = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    items.push({ name: entry.fileName, compressionMethod: entry.compressionMethod, data: Buffer.concat(chunks) });
  }
  return items;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'itemref'].includes(name) });

/** The reader's view of an XHTML page: block tags a space, inline tags nothing, the XML entities decoded. */
const readable = (xhtml: string) =>
  collapse(
    xhtml
      .replace(/<\/?(?:p|h1|h2|h3|li|ul|ol|blockquote|br|figure|figcaption|section|div|nav|title|span)\b[^>]*>/g, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

let anthology: Anthology;
let epub: Buffer;
let items: ZipItem[];
const file = (name: string) => {
  const item = items.find((i) => i.name === name);
  expect(item, name).toBeDefined();
  return item!.data.toString('utf8');
};

beforeAll(async () => {
  anthology = await sampleAnthology();
  epub = await anthologyEpub(anthology);
  items = await unzip(epub);
});

describe('anthologyEpub', () => {
  test('OCF: mimetype first, stored, no extra field; container points to the OPF', () => {
    expect(items[0]).toMatchObject({ name: 'mimetype', compressionMethod: 0 });
    expect(items[0]!.data.toString()).toBe('application/epub+zip');
    // The raw local header, as readers sniff it: method 0, no extra field, the type at byte 38.
    expect(epub.readUInt32LE(0)).toBe(0x04034b50);
    expect(epub.readUInt16LE(8)).toBe(0);
    expect(epub.readUInt16LE(28)).toBe(0);
    expect(epub.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
    const container = parser.parse(file('META-INF/container.xml'));
    const opfPath = container.container.rootfiles.rootfile['@full-path'];
    expect(opfPath).toBe('EPUB/content.opf');
    expect(items.some((i) => i.name === opfPath)).toBe(true);
  });

  test('OPF: metadata, nav in the manifest, every chapter in the spine, every file listed', () => {
    const opf = parser.parse(file('EPUB/content.opf')).package;
    expect(opf['@version']).toBe('3.0');
    expect(opf.metadata['dc:title']).toBe(anthology.contestTitle);
    expect(opf.metadata['dc:language']).toBe('vi');
    expect(opf.metadata['dc:identifier']).toMatchObject({ '#text': anthology.url, '@id': opf['@unique-identifier'] });
    expect(opf.metadata.meta).toMatchObject({ '@property': 'dcterms:modified', '#text': '2025-11-26T03:00:00Z' });
    const manifest: Record<string, string>[] = opf.manifest.item;
    expect(manifest.filter((i) => i['@properties'] === 'nav').map((i) => i['@href'])).toEqual(['nav.xhtml']);
    const byId = new Map(manifest.map((i) => [i['@id'], i]));
    const spine = (opf.spine.itemref as Record<string, string>[]).map((r) => byId.get(r['@idref'])?.['@href']);
    expect(spine).toEqual(['title.xhtml', 'nav.xhtml', 'story-001.xhtml', 'story-002.xhtml', 'story-003.xhtml']);
    // Manifest and archive agree both ways.
    const inZip = items.map((i) => i.name).filter((n) => n.startsWith('EPUB/') && n !== 'EPUB/content.opf');
    expect(manifest.map((i) => `EPUB/${i['@href']}`).sort()).toEqual(inZip.sort());
  });

  test('every XML file is well-formed', () => {
    const xmlFiles = items.filter((i) => /\.(xhtml|opf|xml)$/.test(i.name));
    // container.xml, content.opf, title.xhtml, nav.xhtml and the chapters
    expect(xmlFiles.length).toBe(4 + anthology.stories.length);
    for (const item of xmlFiles) expect(XMLValidator.validate(item.data.toString('utf8')), item.name).toBe(true);
  });

  test('chapters hold title, tier, byline and body in NFC; nav lists the titles', () => {
    const nav = file('EPUB/nav.xhtml');
    expect(nav).toContain('epub:type="toc"');
    expect(readable(nav)).toContain('Mục lục');
    for (const [i, story] of anthology.stories.entries()) {
      const xhtml = file(`EPUB/story-00${i + 1}.xhtml`);
      expect(xhtml).toBe(xhtml.normalize('NFC'));
      const text = readable(xhtml);
      for (const part of [story.title, story.tierName, story.byline]) expect(text).toContain(part.normalize('NFC'));
      expect(readable(nav)).toContain(story.title.normalize('NFC'));
      if (i === 1) expect(xhtml).toContain('<blockquote><p>Lời Bác: “Lương y phải như từ mẫu”</p></blockquote>');
    }
    const first = readable(file('EPUB/story-001.xhtml'));
    for (const p of PARAGRAPHS) expect(first).toContain(collapse(p.text));
    for (const letter of VIETNAMESE_LETTERS.split(' ')) expect(first).toContain(letter);
    expect(file('EPUB/story-001.xhtml')).toContain('<strong>những ca trực đêm</strong>');
  });

  test('photos: JPEG files in the manifest, img with alt text and a caption', () => {
    const opf = parser.parse(file('EPUB/content.opf')).package;
    const images = (opf.manifest.item as Record<string, string>[]).filter((i) => i['@media-type'] === 'image/jpeg');
    expect(images).toHaveLength(3);
    for (const image of images) expect(items.find((i) => i.name === `EPUB/${image['@href']}`)!.data.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const second = file('EPUB/story-002.xhtml');
    expect(second).toContain('<img src="images/story-002-1.jpg" alt="Ca trực đêm ở khoa Hồi sức"');
    expect(second).toContain('<figcaption>Tập thể khoa nhận bằng khen</figcaption>');
  });

  test('hostile text stays escaped and the files well-formed', async () => {
    const hostile = await anthologyEpub({
      ...anthology,
      contestTitle: 'Cuộc thi <b>"A & B"</b>',
      url: 'https://e.vn/?a=1&b=2',
      stories: [
        {
          ...anthology.stories[2]!,
          title: `Tiêu đề <script>alert("x")</script> & 'nháy'\u0001`,
          byline: 'A&B <C>',
          tierName: 'Giải "Đặc biệt"',
          bodyHtml:
            '<p>a &amp; b &lt;script&gt;</p><p>x<b>y</p>z</i><li>lạc<a href="javascript:alert(1)">js</a> <a href="https://e.vn/?a=1&amp;b=2">link</a><br><img src=x onerror=alert(1)>',
          photos: [{ ...(anthology.stories[0]!.photos[0]!), altText: 'Ảnh "đẹp" <1> & 2' }],
        },
      ],
    });
    const files = await unzip(hostile);
    for (const item of files.filter((i) => /\.(xhtml|opf|xml)$/.test(i.name))) {
      expect(XMLValidator.validate(item.data.toString('utf8')), item.name).toBe(true);
    }
    const chapter = files.find((i) => i.name === 'EPUB/story-001.xhtml')!.data.toString('utf8');
    expect(chapter).toContain('<p>a &amp; b &lt;script&gt;</p><p>x<b>y</b></p>z<li>lạc<span>js</span> <a href="https://e.vn/?a=1&amp;b=2">link</a><br/></li>');
    expect(chapter).toContain('Tiêu đề &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \'nháy\'</h1>');
    expect(chapter).toContain('alt="Ảnh &quot;đẹp&quot; &lt;1&gt; &amp; 2"');
    expect(chapter).not.toMatch(/<script|<img src=x|javascript:/);
    expect(chapter).not.toContain(String.fromCharCode(1));
    const opf = files.find((i) => i.name === 'EPUB/content.opf')!.data.toString('utf8');
    expect(opf).toContain('<dc:title>Cuộc thi &lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;</dc:title>');
    expect(opf).toContain('<dc:identifier id="book-id">https://e.vn/?a=1&amp;b=2</dc:identifier>');
  });

  test('essayXhtml closes what it opens', () => {
    expect(essayXhtml('<ul><li><p>một</ul><h2>hai<br>')).toBe('<ul><li><p>một</p></li></ul><h2>hai<br/></h2>');
    expect(essayXhtml('<p>a</a></p><a href="mailto:x@y.vn">thư</a>')).toBe('<p>a</p><a href="mailto:x@y.vn">thư</a>');
  });

  test('reproducible bytes; an empty anthology is still a valid book', async () => {
    expect((await anthologyEpub(anthology)).equals(epub)).toBe(true);
    const empty = await unzip(await anthologyEpub({ ...anthology, stories: [], language: 'en' }));
    const nav = empty.find((i) => i.name === 'EPUB/nav.xhtml')!.data.toString('utf8');
    expect(XMLValidator.validate(nav)).toBe(true);
    expect(nav).toContain('<li><a href="title.xhtml">');
    expect(nav).toContain('<h1 xml:lang="en" lang="en">Contents</h1>');
  });
});
