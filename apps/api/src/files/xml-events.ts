import { FileRejectedError } from './errors.ts';

/**
 * A small pull reader for the XML inside DOCX/ODT packages: tags, text, namespaces, nothing else.
 * It never reads a DTD (a markup declaration is refused), so there is no entity to expand and no
 * external reference to follow; text decodes only the five predefined entities and character
 * references. Input must already have passed readXmlPart (xml-guard.ts).
 * Not saxes: rewriting (xml-rewrite.ts) keeps untouched tags byte for byte and attributes as
 * written and quoted, which saxes's decoded events do not carry.
 */

export interface XmlAttribute {
  /** Qualified name as written, e.g. `w:author`. */
  name: string;
  ns: string;
  local: string;
  /** As written between the quotes, still escaped. */
  raw: string;
  quote: '"' | "'";
  value: string;
}

export interface XmlElement {
  name: string;
  ns: string;
  local: string;
  attributes: XmlAttribute[];
}

export type XmlEvent =
  | { type: 'start'; element: XmlElement; selfClosing: boolean; raw: string }
  | { type: 'end'; element: XmlElement; raw: string }
  | { type: 'text'; text: string; raw: string }
  | { type: 'comment'; raw: string }
  | { type: 'instruction'; raw: string };

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function damaged(why: string): FileRejectedError {
  return new FileRejectedError('file_damaged', `malformed XML: ${why}`);
}

export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw damaged('bare &');
    const named = predefined[ref];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(ref)
      ? Number.parseInt(ref.slice(2), 16)
      : /^#[0-9]+$/.test(ref)
        ? Number.parseInt(ref.slice(1), 10)
        : Number.NaN;
    if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
      // An undeclared entity: nothing defines it, so the file is broken (not something to expand).
      throw damaged(`unknown reference &${ref};`);
    }
    return String.fromCodePoint(code);
  });
}

const nameEnd = /[\s/>]/;

function parseAttributes(tag: string, start: number): { attributes: Array<Omit<XmlAttribute, 'ns' | 'local'>>; selfClosing: boolean } {
  const attributes: Array<Omit<XmlAttribute, 'ns' | 'local'>> = [];
  let i = start;
  const end = tag.length - 1; // the closing '>'
  for (;;) {
    while (i < end && /\s/.test(tag[i]!)) i++;
    if (i >= end) return { attributes, selfClosing: false };
    if (tag[i] === '/' && i === end - 1) return { attributes, selfClosing: true };
    const eq = tag.indexOf('=', i);
    if (eq < 0) throw damaged('attribute without value');
    const name = tag.slice(i, eq).trim();
    if (!name || /[\s<>"'/]/.test(name)) throw damaged('bad attribute name');
    i = eq + 1;
    while (i < end && /\s/.test(tag[i]!)) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") throw damaged('unquoted attribute');
    const close = tag.indexOf(quote, i + 1);
    if (close < 0 || close >= end) throw damaged('unterminated attribute');
    const raw = tag.slice(i + 1, close);
    if (raw.includes('<')) throw damaged('< in attribute');
    attributes.push({ name, raw, quote, value: decodeXmlText(raw) });
    i = close + 1;
    if (i < end && !/[\s/]/.test(tag[i]!)) throw damaged('attributes run together');
  }
}

/** Finds the `>` that ends a tag, skipping quoted attribute values (which may contain `>`). */
function tagEnd(xml: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  throw damaged('unterminated tag');
}

function split(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * Deeper than any document we take (Writer nests lists ten levels, a few tables in tables):
 * LibreOffice crashed opening 3,000 tables in tables, and every reader's work per element grows
 * with depth.
 */
export const MAX_XML_DEPTH = 200;

export function* xmlEvents(xml: string): Generator<XmlEvent> {
  // Each prefix's bindings, innermost last, and the prefixes each open element declared: a
  // lookup costs the same at any depth.
  const bindings = new Map<string, string[]>([['xml', [XML_NS]]]);
  const open: Array<{ element: XmlElement; declared: string[] }> = [];
  const lookup = (prefix: string): string => bindings.get(prefix)?.at(-1) ?? '';
  const unbind = (declared: readonly string[]) => {
    for (const prefix of declared) bindings.get(prefix)!.pop();
  };
  // One root, and nothing but white space, comments and instructions around it: a reader that
  // took a second root (or stray text) would disagree with one that stopped at the first.
  let rootSeen = false;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt !== i) {
      const raw = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
      if (open.length === 0 && /[^ \t\r\n]/.test(raw)) throw damaged('text outside the root element');
      yield { type: 'text', text: decodeXmlText(raw), raw };
      if (lt < 0) break;
      i = lt;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw damaged('unterminated comment');
      yield { type: 'comment', raw: xml.slice(i, end + 3) };
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) throw damaged('unterminated CDATA');
      if (open.length === 0) throw damaged('text outside the root element');
      yield { type: 'text', text: xml.slice(i + 9, end), raw: xml.slice(i, end + 3) };
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) throw damaged('unterminated processing instruction');
      yield { type: 'instruction', raw: xml.slice(i, end + 2) };
      i = end + 2;
    } else if (xml.startsWith('<!', i)) {
      throw new FileRejectedError('xml_entities', 'markup declaration');
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      if (end < 0) throw damaged('unterminated end tag');
      const name = xml.slice(i + 2, end).trim();
      const closed = open.pop();
      if (!closed || closed.element.name !== name) throw damaged(`</${name}> does not close <${closed?.element.name ?? ''}>`);
      unbind(closed.declared);
      yield { type: 'end', element: closed.element, raw: xml.slice(i, end + 1) };
      i = end + 1;
    } else {
      const end = tagEnd(xml, i + 1);
      const tag = xml.slice(i, end + 1);
      const nameMatch = nameEnd.exec(tag.slice(1));
      const name = tag.slice(1, 1 + (nameMatch?.index ?? tag.length - 2));
      if (!name) throw damaged('empty tag name');
      if (open.length >= MAX_XML_DEPTH) throw damaged(`nested deeper than ${MAX_XML_DEPTH} elements`);
      if (open.length === 0 && rootSeen) throw damaged('a second root element');
      rootSeen = true;
      const { attributes: plain, selfClosing } = parseAttributes(tag, 1 + name.length);
      const declared: string[] = [];
      for (const attribute of plain) {
        const prefix = attribute.name === 'xmlns' ? '' : attribute.name.startsWith('xmlns:') ? attribute.name.slice(6) : undefined;
        if (prefix === undefined) continue;
        if (declared.includes(prefix)) throw damaged(`xmlns:${prefix} declared twice`);
        declared.push(prefix);
        let stack = bindings.get(prefix);
        if (stack === undefined) bindings.set(prefix, stack = []);
        stack.push(attribute.value);
      }
      const [prefix, local] = split(name);
      // An attribute twice, by name or by namespace under two prefixes, is not XML: readers
      // disagree on which one counts, and a copy written from it would repeat it.
      const seen = new Set<string>();
      const attributes = plain.map((attribute): XmlAttribute => {
        const [attrPrefix, attrLocal] = split(attribute.name);
        // Unprefixed attributes are in no namespace, whatever the default namespace is.
        const ns = attrPrefix ? lookup(attrPrefix) : '';
        const key = ns ? `{${ns}}${attrLocal}` : attribute.name;
        if (seen.has(key)) throw damaged(`attribute ${attribute.name} given twice`);
        seen.add(key);
        return { ...attribute, ns, local: attrLocal };
      });
      const element: XmlElement = { name, ns: lookup(prefix), local, attributes };
      yield { type: 'start', element, selfClosing, raw: tag };
      if (selfClosing) {
        unbind(declared);
        yield { type: 'end', element, raw: '' };
      } else {
        open.push({ element, declared });
      }
      i = end + 1;
    }
  }
  if (open.length > 0) throw damaged(`<${open.at(-1)!.element.name}> never closed`);
}

/** Text written into an element: `&`, `<` and `>` escaped. */
export function escapeXmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A value written between double quotes; tabs and line breaks as references, so a reader's normalization keeps them. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replaceAll('"', '&quot;').replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Reads the value of an attribute by namespace and local name. */
export function attr(element: XmlElement, ns: string, local: string): string | undefined {
  return element.attributes.find((a) => a.ns === ns && a.local === local)?.value;
}
