import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { decodeXmlText, MAX_XML_DEPTH, xmlEvents } from './xml-events.ts';
import { rewriteXml } from './xml-rewrite.ts';

function refusal(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof FileRejectedError ? error.code : String(error);
  }
}

describe('xmlEvents', () => {
  test('resolves namespaces by URI, not by prefix', () => {
    const xml = '<x:doc xmlns:x="urn:a" xmlns:y="urn:b"><y:p y:k="1" k="2"/></x:doc>';
    const starts = [...xmlEvents(xml)].filter((e) => e.type === 'start').map((e) => e.type === 'start' && e.element);
    expect(starts[0]).toMatchObject({ ns: 'urn:a', local: 'doc' });
    expect(starts[1]).toMatchObject({ ns: 'urn:b', local: 'p' });
    const attributes = starts[1] ? starts[1].attributes : [];
    expect(attributes.map((a) => [a.ns, a.local, a.value])).toEqual([['urn:b', 'k', '1'], ['', 'k', '2']]);
  });

  test('attribute values may hold > and the other quote', () => {
    const events = [...xmlEvents(`<a t="x > y" u='say "hi"'>z</a>`)];
    expect(events[0]).toMatchObject({ type: 'start', element: { attributes: [{ value: 'x > y' }, { value: 'say "hi"' }] } });
    expect(events[1]).toMatchObject({ type: 'text', text: 'z' });
  });

  test('decodes only predefined entities and character references', () => {
    expect(decodeXmlText('&amp;&lt;&gt;&quot;&apos;&#7877;&#x1EC5;')).toBe('&<>"\'ễễ');
    expect(refusal(() => decodeXmlText('&e;'))).toBe('file_damaged');
    expect(refusal(() => decodeXmlText('a & b'))).toBe('file_damaged');
  });

  test.each([
    ['unclosed', '<a><b></a>'],
    ['never closed', '<a>'],
    ['unterminated tag', '<a b="1"'],
    ['unquoted attribute', '<a b=1/>'],
    ['stray close', '</a>'],
  ])('malformed XML (%s) is a damaged file', (_name, xml) => {
    expect(refusal(() => [...xmlEvents(xml)])).toBe('file_damaged');
  });

  test('a prefix declared again inside means the inner URI there and the outer one after', () => {
    const xml = '<x:a xmlns:x="urn:a"><x:b xmlns:x="urn:b"><x:c/></x:b><x:d/></x:a>';
    const starts = [...xmlEvents(xml)].flatMap((e) => (e.type === 'start' ? [`${e.element.local}:${e.element.ns}`] : []));
    expect(starts).toEqual(['a:urn:a', 'b:urn:b', 'c:urn:b', 'd:urn:a']);
  });

  // Found by two adversarial reviews: 20,000 nested content controls took 16 s to read (each name
  // looked up through every enclosing scope), then overflowed the rebuild's stack; LibreOffice
  // crashed on 3,000 tables in tables.
  test('nesting deeper than any document is a damaged file, refused as it is read', () => {
    const nested = (depth: number) => `<a xmlns="urn:a">${'<b>'.repeat(depth - 1)}${'</b>'.repeat(depth - 1)}</a>`;
    expect(refusal(() => [...xmlEvents(nested(MAX_XML_DEPTH))])).toBeUndefined();
    expect(refusal(() => [...xmlEvents(nested(MAX_XML_DEPTH + 1))])).toBe('file_damaged');
    expect(refusal(() => [...xmlEvents(nested(1_000_000))])).toBe('file_damaged');
  });

  test('a DOCTYPE is refused by the reader itself', () => {
    expect(refusal(() => [...xmlEvents('<!DOCTYPE x><x/>')])).toBe('xml_entities');
  });

  test.each([
    ['the same name', '<a k="1" k="2"/>'],
    ['one namespace under two prefixes', '<a xmlns:x="urn:n" xmlns:y="urn:n" x:k="1" y:k="2"/>'],
    ['a prefix declared twice', '<a xmlns:x="urn:n" xmlns:x="urn:m"/>'],
  ])('an attribute given twice (%s) is a damaged file (found by an adversarial review: the ODT copy repeated it, and no reader opens that)', (_name, xml) => {
    expect(refusal(() => [...xmlEvents(xml)])).toBe('file_damaged');
  });

  test('attributes that only look alike are not twice the same', () => {
    const xml = '<a xmlns:x="urn:n" xmlns:y="urn:m" x:k="1" y:k="2" k="3" xmlns="urn:d"/>';
    expect(refusal(() => [...xmlEvents(xml)])).toBeUndefined();
  });

  test.each([
    ['a second root', '<a/><b/>'],
    ['text before the root', 'x<a/>'],
    ['text after the root', '<a/>x'],
    ['CDATA before the root', '<![CDATA[x]]><a/>'],
  ])('%s is a damaged file (found by an adversarial review: the ODT copy wrote two roots, which LibreOffice refuses and the viewer read)', (_name, xml) => {
    expect(refusal(() => [...xmlEvents(xml)])).toBe('file_damaged');
  });

  test('white space, comments and instructions around the root are XML', () => {
    expect(refusal(() => [...xmlEvents('<?xml version="1.0"?>\n<!-- c --><a/>\r\n<?pi x?>\n')])).toBeUndefined();
  });
});

describe('rewriteXml', () => {
  test('drop, unwrap, attribute filter and text hook; untouched tags keep their bytes', () => {
    const xml = '<?xml version="1.0"?><r xmlns:w="urn:w"><!-- c --><w:del w:author="A"><w:t>gone</w:t></w:del><w:ins w:author="A"><w:t  w:keep="1">kept</w:t></w:ins><w:p w:author="A" w:x="1"/></r>';
    const out = rewriteXml(xml, {
      element: (e) => (e.local === 'del' ? 'drop' : e.local === 'ins' ? 'unwrap' : 'keep'),
      attribute: (a) => a.local !== 'author',
      text: (raw) => raw.toUpperCase(),
    });
    expect(out).toBe('<?xml version="1.0"?><r xmlns:w="urn:w"><w:t  w:keep="1">KEPT</w:t><w:p w:x="1"/></r>');
  });
});
