import { describe, expect, it } from 'vitest';
import { buildAtomFeed, type AtomFeed } from './atom';
import { buildRobots, buildSitemap } from './sitemap';
import { escapeXml, xmlDate } from './xml';

/**
 * A strict little XML 1.0 checker (no DTDs, which these documents never have): one root, tags
 * balanced, attribute values quoted, `<` only in markup, `&` only in a known entity, no forbidden
 * characters. Returns the elements found, with their decoded text, for further checks.
 */
function parseXml(xml: string): { name: string; attrs: Record<string, string>; text: string }[] {
  const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
  if (forbidden.test(xml)) throw new Error('forbidden character');
  const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&amp;/g, '&');

  let rest = xml.replace(/^<\?xml version="1\.0" encoding="(?:utf|UTF)-8"\?>/, '');
  if (rest.startsWith('<?')) throw new Error('bad declaration');
  const token =
    /^(?:<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+))/;
  const stack: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const elements: typeof stack = [];
  let roots = 0;
  while (rest.length > 0) {
    const m = token.exec(rest);
    if (!m) throw new Error(`not well-formed near: ${rest.slice(0, 40)}`);
    rest = rest.slice(m[0].length);
    const [, closing, tag, attrText, selfClosing, text] = m;
    if (text !== undefined) {
      if (badAmp.test(text)) throw new Error(`bare & in text: ${text.slice(0, 40)}`);
      const parent = stack.at(-1);
      if (!parent) {
        if (text.trim() !== '') throw new Error('text outside the root');
      } else parent.text += decode(text);
      continue;
    }
    const name = tag ?? '';
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    if (stack.length === 0 && ++roots > 1) throw new Error('two roots');
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const key = a[1] ?? '';
      const value = a[2] ?? a[3] ?? '';
      if (badAmp.test(value)) throw new Error(`bare & in attribute ${key}`);
      if (key in attrs) throw new Error(`duplicate attribute ${key}`);
      attrs[key] = decode(value);
    }
    const element = { name, attrs, text: '' };
    elements.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name}> not closed`);
  if (roots !== 1) throw new Error('no root');
  return elements;
}

const NASTY = `Tôi & "bạn" <b>'Gương sáng'</b> ]]> </script> \u0001\u0008\uFFFE end`;
const NASTY_CLEAN = `Tôi & "bạn" <b>'Gương sáng'</b> ]]> </script>  end`;

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  url: 'https://example.org/showcase/guong-sang-2025',
  selfUrl: 'https://example.org/showcase/guong-sang-2025/feed.xml',
  title: 'Gương sáng <2025> & "Bác"',
  subtitle: 'Những bài viết đoạt giải',
  authorName: "Ban Tuyên giáo 'Khối'",
  updated: '2025-05-19T01:00:00.000Z',
  language: 'vi',
  generator: 'Gương Sáng',
  entries: [
    {
      url: 'https://example.org/showcase/guong-sang-2025/chi-lan?a=1&b=2',
      title: NASTY,
      authorName: 'Nguyễn Thị <Lan> & co',
      published: '2025-05-20T02:00:00.000Z',
      category: 'Giải "Nhất"',
      summary: 'Chị Lan <em>luôn</em> & mãi',
      contentHtml: '<p>Chị &amp; em <a href="https://x.test/?a=1&amp;b=2">link</a></p>',
    },
    {
      url: 'https://example.org/showcase/guong-sang-2025/anh-binh',
      title: 'Anh Bình',
      authorName: 'Trần Văn Bình',
      published: 'not a date',
      summary: '',
      contentHtml: '',
    },
  ],
  ...overrides,
});

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('drops characters XML 1.0 forbids and keeps Vietnamese and astral ones', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFFd\uD800e')).toBe('abcde');
    expect(escapeXml('Gương sáng làm theo lời Bác 🌟\t\n')).toBe('Gương sáng làm theo lời Bác 🌟\t\n');
  });

  it('reads dates as RFC 3339 UTC, or null', () => {
    expect(xmlDate('2025-05-19T08:00:00+07:00')).toBe('2025-05-19T01:00:00.000Z');
    expect(xmlDate('nope')).toBeNull();
  });
});

describe('buildAtomFeed', () => {
  it('is well-formed, with every value escaped and read back unchanged', () => {
    const xml = buildAtomFeed(feed());
    const elements = parseXml(xml);
    const root = elements[0]!;
    expect(root.name).toBe('feed');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(root.attrs['xml:lang']).toBe('vi');

    const titles = elements.filter((e) => e.name === 'title').map((e) => e.text);
    expect(titles).toEqual(['Gương sáng <2025> & "Bác"', NASTY_CLEAN, 'Anh Bình']);
    expect(elements.filter((e) => e.name === 'name').map((e) => e.text)).toEqual([
      "Ban Tuyên giáo 'Khối'",
      'Nguyễn Thị <Lan> & co',
      'Trần Văn Bình',
    ]);
    // The HTML content is text in the feed: a reader un-escapes it once to get the HTML back.
    const content = elements.find((e) => e.name === 'content');
    expect(content?.attrs.type).toBe('html');
    expect(content?.text).toBe('<p>Chị &amp; em <a href="https://x.test/?a=1&amp;b=2">link</a></p>');
    expect(xml).not.toContain('<p>');
    expect(xml).not.toContain('</script>');
    expect(elements.find((e) => e.name === 'category')?.attrs.term).toBe('Giải "Nhất"');
  });

  it('carries the required Atom elements: ids, links, dates', () => {
    const elements = parseXml(buildAtomFeed(feed()));
    const top = (name: string) => elements.find((e) => e.name === name);
    expect(top('id')?.text).toBe('https://example.org/showcase/guong-sang-2025');
    const links = elements.filter((e) => e.name === 'link').map((e) => e.attrs);
    expect(links[0]).toEqual({
      rel: 'self',
      type: 'application/atom+xml',
      href: 'https://example.org/showcase/guong-sang-2025/feed.xml',
    });
    expect(links[1]).toEqual({ rel: 'alternate', type: 'text/html', href: 'https://example.org/showcase/guong-sang-2025' });
    expect(links[2]?.href).toBe('https://example.org/showcase/guong-sang-2025/chi-lan?a=1&b=2');

    // The feed's updated is its newest entry; an entry without a valid date falls back to it.
    const updated = elements.filter((e) => e.name === 'updated').map((e) => e.text);
    expect(updated).toEqual(['2025-05-20T02:00:00.000Z', '2025-05-20T02:00:00.000Z', '2025-05-20T02:00:00.000Z']);
    const published = elements.filter((e) => e.name === 'published').map((e) => e.text);
    expect(published).toEqual(['2025-05-20T02:00:00.000Z', '2025-05-20T02:00:00.000Z']);

    const entries = elements.filter((e) => e.name === 'entry');
    expect(entries).toHaveLength(2);
    const ids = elements.filter((e) => e.name === 'id').map((e) => e.text);
    expect(ids.slice(1)).toEqual([
      'https://example.org/showcase/guong-sang-2025/chi-lan?a=1&b=2',
      'https://example.org/showcase/guong-sang-2025/anh-binh',
    ]);
  });

  it('an empty feed is still a valid feed, updated when the contest was published', () => {
    const elements = parseXml(buildAtomFeed(feed({ entries: [], subtitle: undefined })));
    expect(elements.filter((e) => e.name === 'entry')).toHaveLength(0);
    expect(elements.find((e) => e.name === 'subtitle')).toBeUndefined();
    expect(elements.find((e) => e.name === 'updated')?.text).toBe('2025-05-19T01:00:00.000Z');
  });

  it('the checker itself refuses broken XML', () => {
    expect(() => parseXml('<a>Tom & Jerry</a>')).toThrow();
    expect(() => parseXml('<a>1 < 2</a>')).toThrow();
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1"></a><b/>')).toThrow();
    expect(() => parseXml('<a x="&"></a>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
  });
});

describe('buildSitemap', () => {
  it('is well-formed, escapes URLs and writes lastmod only when it is a date', () => {
    const xml = buildSitemap([
      { loc: 'https://example.org/' },
      { loc: "https://example.org/search?q=a&b='<c>'", lastmod: '2025-05-20T09:00:00+07:00' },
      { loc: 'https://example.org/x', lastmod: 'garbage' },
    ]);
    const elements = parseXml(xml);
    expect(elements[0]?.name).toBe('urlset');
    expect(elements[0]?.attrs.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(elements.filter((e) => e.name === 'loc').map((e) => e.text)).toEqual([
      'https://example.org/',
      "https://example.org/search?q=a&b='<c>'",
      'https://example.org/x',
    ]);
    expect(elements.filter((e) => e.name === 'lastmod').map((e) => e.text)).toEqual([
      '2025-05-20T02:00:00.000Z',
    ]);
  });

  it('an empty sitemap is well-formed', () => {
    expect(parseXml(buildSitemap([]))).toHaveLength(1);
  });
});

describe('buildRobots', () => {
  it('allows everything public, keeps private areas out and points to the sitemap', () => {
    const text = buildRobots('https://example.org');
    const lines = text.split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Allow: /');
    for (const path of ['/organizer', '/judging', '/entries', '/api/']) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain('Sitemap: https://example.org/sitemap.xml');
  });
});
