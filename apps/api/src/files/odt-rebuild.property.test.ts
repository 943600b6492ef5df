import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { newOdtNames, rebuildOdtXml } from './odt-rebuild.ts';
import { ODF_NAMESPACES, odfElements, transparentElements } from './odt-vocabulary.ts';
import { xmlEvents } from './xml-events.ts';

// SECURITY.md items 3–4: whatever an ODT part holds, the author's words reach the judges' copy
// only as text the entrant typed in a paragraph, heading, span or link — never in an element's
// or attribute's name, an attribute's value, a namespace, or text anywhere else.

const MARKER = 'NHUNGQX';
/** Where the marker may survive: the shown text of the essay (and of a cross-reference, which shows the essay's own text). */
const TEXT_HOLDERS = new Set(['text:p', 'text:h', 'text:span', 'text:a', 'text:bookmark-ref', 'text:reference-ref', 'text:note-ref']);

const namespaces: Record<string, string> = {
  ...ODF_NAMESPACES,
  // The author's own prefix for the text namespace, a LibreOffice extension, a namespace of their own, and the old office prefix.
  nhungqx: ODF_NAMESPACES.text,
  loext: 'urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0',
  x: `urn:${MARKER}:private`,
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
};

const known = [...odfElements.keys(), ...transparentElements];
const elementName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...known) },
  fc.constantFrom(
    'text:author-name', 'text:user-field-get', 'text:variable-set', 'text:sender-email', 'text:database-display',
    'text:file-name', 'text:hidden-paragraph', 'text:tracked-changes', 'office:annotation', 'office:binary-data', 'svg:title',
    'svg:desc', 'draw:object', 'draw:custom-shape', 'dc:creator', 'meta:user-defined', 'number:text', 'loext:graphic-properties',
    `x:${MARKER}`, `text:${MARKER}`, `office:${MARKER}`, 'x:span',
  ),
  // A kept element written under the author's prefix.
  fc.constantFrom('nhungqx:p', 'nhungqx:span', 'nhungqx:h', 'nhungqx:a'),
);

const attributeNames = [...new Set([...odfElements.values()].flatMap((rule) => Object.keys(rule.attributes)))];
const attributeName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...attributeNames) },
  fc.constantFrom(
    'style:display-name', 'text:condition', 'table:formula', 'text:formula', 'office:target-frame-name', 'office:string-value',
    'office:name', 'office:title', 'draw:name', 'text:description', 'loext:marker', `x:${MARKER}`, `text:${MARKER}`, 'xlink:title',
    'nhungqx:style-name', 'nhungqx:name', 'xlink:href',
  ),
);
const attributeValue = fc.oneof(
  fc.constantFrom(MARKER, `${MARKER} heading`, `'${MARKER}'`, `#${MARKER}`, `#${MARKER}|table`, `Pictures/${MARKER}.png`,
    `mailto:${MARKER}@truong.edu.vn`, `https://${MARKER}.vn/`, `1cm ${MARKER}`, `0.5pt solid ${MARKER}`, `of:=[.${MARKER}]`,
    `ooow:${MARKER} == 1`, `${MARKER}.odt`, `1${MARKER}`, `#${MARKER}00`),
  fc.constantFrom('2.5cm', 'bold', '#ff0000', '1', 'true', 'Standard', 'Heading_20_1', 'vi', 'VN', "'Times New Roman'", 'simple'),
);

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

const textNode = fc.oneof(fc.constantFrom(MARKER, `Tôi là ${MARKER}.`, 'Gương sáng', ' ', '12'), fc.string({ maxLength: 6 }))
  .map((text) => escape(text));

const { tree } = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc.tuple(elementName, fc.uniqueArray(fc.tuple(attributeName, attributeValue), { maxLength: 4, selector: ([name]) => name }),
      fc.array(tie('tree'), { maxLength: 4 }))
      .map(([name, attributes, children]) =>
        `<${name}${attributes.map(([attribute, value]) => ` ${attribute}="${escape(value)}"`).join('')}>${children.join('')}</${name}>`),
  ),
}));

const document = fc.array(tree, { maxLength: 6 }).map((children) =>
  `<?xml version="1.0" encoding="UTF-8"?><!-- ${MARKER} --><office:document-content ` +
  Object.entries(namespaces).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ') +
  ` office:version="1.3"><?${MARKER} x?><office:body><office:text>${children.join('')}</office:text></office:body></office:document-content>`);

const MARGINS = ['style:header', 'style:footer', 'style:header-left', 'style:footer-left', 'style:header-first', 'style:footer-first'] as const;

/** The same trees in a page's margin: styles.xml's Standard master page. */
const marginDocument = fc.tuple(fc.constantFrom(...MARGINS), fc.array(tree, { maxLength: 6 })).map(([margin, children]) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ` +
  Object.entries(namespaces).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ') +
  ` office:version="1.3"><office:master-styles><style:master-page style:name="Standard"><${margin}>${children.join('')}</${margin}>` +
  '</style:master-page></office:master-styles></office:document-styles>');

function rebuilt(xml: string, picture: (href: string) => string | undefined = () => 'Pictures/1.png'): string | undefined {
  const styles = xml.includes('<office:document-styles');
  try {
    return rebuildOdtXml(xml, {
      names: newOdtNames(), part: styles ? 'styles.xml' : 'content.xml', root: styles ? 'office:document-styles' : 'office:document-content',
      picture, hiddenStyles: new Set(), masterPages: new Set(['Standard']),
    });
  } catch (error) {
    // A picture or section from outside the package is refused, and so is an attribute given twice
    // (`text:style-name` and `nhungqx:style-name`): a refusal shows the judges nothing.
    if (error instanceof FileRejectedError && (error.code === 'xml_entities' || error.code === 'file_damaged')) return undefined;
    throw error;
  }
}

/** Every place the marker is found in the copy, other than the text of a paragraph, heading, span or link. */
function misplaced(xml: string): string[] {
  const found: string[] = [];
  const open: string[] = [];
  const has = (text: string) => text.toUpperCase().includes(MARKER);
  for (const event of xmlEvents(xml)) {
    if (event.type === 'start') {
      open.push(event.element.name);
      if (has(event.raw)) found.push(event.raw);
    } else if (event.type === 'end') {
      open.pop();
    } else if (event.type === 'text') {
      if (has(event.text) && !TEXT_HOLDERS.has(open.at(-1) ?? '')) found.push(`${open.at(-1)}: ${event.text}`);
    } else if (has(event.raw)) {
      found.push(event.raw);
    }
  }
  return found;
}

describe('rebuildOdtXml keeps the author\'s words only as typed text', () => {
  test('any mix of known and unknown elements, attributes and namespaces', () => {
    fc.assert(
      fc.property(document, (xml) => {
        const copy = rebuilt(xml);
        if (copy === undefined) return;
        expect(misplaced(copy)).toEqual([]);
        // Nothing in the copy is outside the vocabulary: rebuilt again, it is the same.
        expect(rebuilt(copy)).toBe(copy);
      }),
      { numRuns: 400 },
    );
  });

  test('a header or footer shows no word and no digit outside a page number or count, and reaches no picture', () => {
    fc.assert(
      fc.property(marginDocument, (xml) => {
        const pictures: string[] = [];
        const copy = rebuilt(xml, (href) => {
          pictures.push(href);
          return 'Pictures/1.png';
        });
        if (copy === undefined) return;
        expect(copy.toUpperCase()).not.toContain(MARKER);
        expect(pictures).toEqual([]);
        const open: string[] = [];
        for (const event of xmlEvents(copy)) {
          if (event.type === 'start') open.push(event.element.name);
          else if (event.type === 'end') open.pop();
          else if (event.type === 'text' && /^text:page-(number|count)$/.test(open.at(-1) ?? '')) expect(event.text).toMatch(/^\s*\d*\s*$/);
          else if (event.type === 'text') expect(event.text).not.toMatch(/[\p{L}\p{N}\p{S}]/u);
        }
        expect(rebuilt(copy)).toBe(copy);
      }),
      { numRuns: 400 },
    );
  });

  test('typed text in a paragraph is kept as typed', () => {
    const xml = `<office:document-content xmlns:office="${ODF_NAMESPACES.office}" xmlns:t="${ODF_NAMESPACES.text}"><office:body><office:text>` +
      `<t:p t:style-name="${MARKER}">Tôi &amp; <t:span>bạn</t:span><x:y xmlns:x="urn:x">${MARKER}</x:y></t:p></office:text></office:body></office:document-content>`;
    const copy = rebuilt(xml)!;
    expect(copy).toContain('<text:p text:style-name="S1">Tôi &amp; <text:span>bạn</text:span></text:p>');
    expect(copy).not.toContain(MARKER);
  });
});
