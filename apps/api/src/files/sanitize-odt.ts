import { FileRejectedError } from './errors.ts';
import { mimeOf } from './kinds.ts';
import { packageImageExtension, sanitizePackageImage } from './package-media.ts';
import { assertNoMacroParts } from './sniff.ts';
import { attr, xmlEvents, type XmlElement } from './xml-events.ts';
import { encodeXmlPart, isPackageInternal, isWebLink, readXmlPart } from './xml-guard.ts';
import { rewriteXml, type ElementAction } from './xml-rewrite.ts';
import { openGuardedZip } from './zip-guard.ts';
import { writeZip, type ZipOutputEntry } from './zip-write.ts';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const DRAW = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0';
const DC = 'http://purl.org/dc/elements/1.1/';
const SCRIPT = 'urn:oasis:names:tc:opendocument:xmlns:script:1.0';
const XLINK = 'http://www.w3.org/1999/xlink';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const FORM = 'urn:oasis:names:tc:opendocument:xmlns:form:1.0';
const OFFICEOOO = 'http://openoffice.org/2009/office';
const SVG = 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0';
const MANIFEST = 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0';

/**
 * Comments (office:annotation) and tracked changes are resolved by acceptance: the change log in
 * text:tracked-changes holds deleted text and every change's author, the markers in the body go,
 * inserted text stays. Fields that print the author's name or profile (author, creator, sender-*,
 * user-defined properties), user fields (their declared values and the text showing them), the
 * file or template name, who printed it, and mail-merge data go with their cached text.
 */
const droppedText = new Set([
  'tracked-changes', 'change', 'change-start', 'change-end',
  'author-name', 'author-initials', 'initial-creator', 'creator', 'user-defined',
  'user-field-decls', 'user-field-decl', 'user-field-get', 'user-field-input',
  'file-name', 'template-name', 'printed-by',
  'database-display', 'database-next', 'database-row-select', 'database-row-number', 'database-name',
  'dde-connection-decls', 'dde-connection-decl', 'dde-connection',
  // Fields showing the document's properties (emptied in meta.xml) or its editing history, and
  // variables (their names and values are the author's words).
  'title', 'subject', 'description', 'keywords', 'creation-date', 'creation-time', 'print-date', 'print-time',
  'editing-duration', 'editing-cycles', 'variable-decls', 'variable-decl', 'variable-set', 'variable-get', 'variable-input',
]);

function minimalMeta(version: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<office:document-meta xmlns:office="${OFFICE}" office:version="${version}"><office:meta/></office:document-meta>`
  );
}

function officeVersion(xml: string): string {
  for (const event of xmlEvents(xml)) {
    if (event.type === 'start') {
      const version = attr(event.element, OFFICE, 'version') ?? '';
      return /^\d\.\d$/.test(version) ? version : '1.3';
    }
  }
  return '1.3';
}

function isLink(element: XmlElement): boolean {
  return (element.ns === TEXT || element.ns === DRAW) && element.local === 'a';
}

/** The package path an internal reference points at, from the part's directory. */
function referencedPath(href: string, base: string): string {
  let path = href.trim();
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written; it then matches no part.
  }
  return (base + path).split('/').filter((segment) => segment !== '' && segment !== '.').join('/');
}

/**
 * The parts a document references, each under a name of ours, never the author's
 * (`Pictures/Nguyễn Hồng Nhung - ảnh thẻ.jpg` becomes `Pictures/1.jpeg`, `Object 1/` becomes
 * `Object1/`), numbered in the order they are first referenced.
 */
interface ReferencedParts {
  files: ReadonlyMap<string, Buffer>;
  xml: ReadonlyMap<string, string>;
  mediaTypes: ReadonlyMap<string, string>;
  /** Original path → kept name (an object's without its trailing slash). */
  renamed: Map<string, string>;
  pictures: number;
  objects: number;
  /** The author's names of bookmarks, sections, tables, shapes, marks and sequences → ours, shared by every XML part. */
  names: Map<string, string>;
}

/** Attributes that name a thing or point at a name: both go through the same map, so references still meet. */
const namingAttributes = new Set([
  `${TEXT} name`, `${TEXT} ref-name`, `${TEXT} id`, `${TEXT} continue-list`, `${TEXT} index-name`, `${TABLE} name`, `${DRAW} name`, `${FORM} name`,
]);
/** Attributes of the author's words kept nowhere: link names and tooltips, input hints, hidden text, index entries, classes. */
const droppedAttributes = new Set([
  `${OFFICE} name`, `${OFFICE} title`, `${TEXT} description`, `${TEXT} string-value`, `${TEXT} class-names`,
  `${TEXT} string-value-if-false`, `${DRAW} chain-next-name`,
]);

function neutralName(parts: ReferencedParts, name: string): string {
  let neutral = parts.names.get(name);
  if (neutral === undefined) parts.names.set(name, neutral = `Name${parts.names.size + 1}`);
  return neutral;
}

/**
 * The kept name of the part `path` a document whose kept folder is `dir` references: a picture
 * (any file, found by its content later) or an embedded object (a folder with its own content.xml
 * and a media type in the manifest); undefined for anything else.
 */
function keptName(parts: ReferencedParts, path: string, dir: string): string | undefined {
  const known = parts.renamed.get(path);
  if (known !== undefined) return known;
  const data = parts.files.get(path);
  let name: string | undefined;
  if (data !== undefined && !reservedParts.test(path)) name = `${dir}Pictures/${++parts.pictures}.${packageImageExtension(data)}`;
  else if (parts.xml.has(`${path}/content.xml`) && parts.mediaTypes.has(path)) name = `${dir}Object${++parts.objects}`;
  if (name !== undefined) parts.renamed.set(path, name);
  return name;
}

/**
 * content.xml and styles.xml (headers and footers live there) with the rules above applied; the
 * package parts they reference (pictures, embedded objects) are named in `parts` and the
 * references point at those names. A reference to no such part goes with its element (its path is
 * the author's text). Frames lose their names and alt text too: Writer names a picture after its
 * file (IMG_2034…). Embedded fonts and OLE objects (each a file with its own names and metadata)
 * are not kept.
 */
function sanitizeOdfXml(xml: string, part: string, parts: ReferencedParts, base: string, dir: string): string {
  let frames = 0;
  const references = new WeakMap<XmlElement, string>();
  return rewriteXml(xml, {
    attribute: (attribute, element) => {
      if (element.ns === DRAW && element.local === 'frame' && attribute.ns === DRAW && attribute.local === 'name') return `Picture${++frames}`;
      // LibreOffice's editing-session ids, as Word's rsid: they tie the text to the author's sessions.
      if (attribute.ns === OFFICEOOO && (attribute.local.startsWith('rsid') || attribute.local === 'paragraph-rsid')) return false;
      const key = `${attribute.ns} ${attribute.local}`;
      if (droppedAttributes.has(key)) return false;
      // xml:id is matched by name: the xml prefix is bound without a declaration.
      if (namingAttributes.has(key) || attribute.name === 'xml:id') return neutralName(parts, attribute.value);
      if (attribute.ns === XLINK && attribute.local === 'href') {
        // A link within the text names its target: a bookmark, or `name|table`, `name|region`….
        if (attribute.value.startsWith('#')) {
          const [encoded = '', kind] = attribute.value.slice(1).split('|');
          let target = encoded;
          try {
            target = decodeURIComponent(encoded);
          } catch {
            // Not percent-encoded after all: the name as written.
          }
          return `#${neutralName(parts, target)}${kind && /^[a-z]+$/.test(kind) ? `|${kind}` : ''}`;
        }
        return references.get(element) ?? true;
      }
      return true;
    },
    element: (element): ElementAction => {
      const { ns, local } = element;
      if (ns === SCRIPT && local === 'event-listener') throw new FileRejectedError('macro_document', `${part}: script event listener`);
      if (ns === OFFICE && (local === 'annotation' || local === 'annotation-end' || local === 'dde-source')) return 'drop';
      // A picture stored inline as base64 is not re-encoded here, so it does not stay either.
      if (ns === OFFICE && local === 'binary-data') return 'drop';
      if (ns === TEXT && (droppedText.has(local) || local.startsWith('sender-'))) return 'drop';
      if (ns === DC && (local === 'creator' || local === 'date')) return 'drop';
      if (ns === SVG && (local === 'title' || local === 'desc' || local === 'font-face-src')) return 'drop';
      if (ns === DRAW && local === 'object-ole') return 'drop';
      const href = attr(element, XLINK, 'href');
      if (href === undefined) return 'keep';
      if (isLink(element)) return isWebLink(href) || href.startsWith('#') ? 'keep' : 'unwrap';
      // Images, objects and sections must come from inside the package, never from a disk or server.
      if (!isPackageInternal(href)) throw new FileRejectedError('xml_entities', `${part}: ${element.name} links outside the package`);
      const name = keptName(parts, referencedPath(href, base), dir);
      if (name === undefined || !name.startsWith(dir)) return 'drop';
      references.set(element, name.slice(dir.length));
      return 'keep';
    },
  });
}

/** The package's own parts, which a picture reference must not turn into a picture. */
const reservedParts = /^(mimetype|content\.xml|styles\.xml|meta\.xml|settings\.xml|manifest\.rdf|META-INF\/.*)$/;

const mediaTypeShape = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i;

/** The original manifest's media types by path (for embedded objects), refused if any part is encrypted. */
function readManifest(xml: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const event of xmlEvents(xml)) {
    if (event.type !== 'start' || event.element.ns !== MANIFEST) continue;
    if (event.element.local === 'encryption-data') throw new FileRejectedError('file_encrypted', 'encrypted ODF part');
    const path = attr(event.element, MANIFEST, 'full-path');
    const type = attr(event.element, MANIFEST, 'media-type') ?? '';
    if (event.element.local === 'file-entry' && path !== undefined && mediaTypeShape.test(type)) types.set(path.replace(/\/$/, ''), type);
  }
  return types;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** A fresh manifest listing exactly the kept parts. */
function writeManifest(version: string, entries: ReadonlyMap<string, string>): string {
  const files = [...entries].map(
    ([path, type]) => `<manifest:file-entry manifest:full-path="${escapeAttribute(path)}" manifest:media-type="${escapeAttribute(type)}"/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<manifest:manifest xmlns:manifest="${MANIFEST}" manifest:version="${version}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${version}" manifest:media-type="${mimeOf.odt}"/>${files.join('')}</manifest:manifest>`
  );
}

/**
 * The judges' copy of an ODT, rebuilt from what rendering needs: content.xml and styles.xml with
 * comments, change authors and identity fields gone (tracked changes accepted), an empty meta.xml,
 * the pictures and embedded objects they reference (pictures found by their content and
 * re-encoded, whatever their names), and a fresh manifest. Settings (printer names), thumbnails,
 * UI configuration, RDF metadata, signatures, layout caches and any part nothing references are
 * not copied. `mimetype` stays first and stored, as ODF requires.
 */
export async function sanitizeOdt(bytes: Buffer): Promise<Buffer> {
  const zip = await openGuardedZip(bytes);
  let files: Map<string, Buffer>;
  try {
    assertNoMacroParts(zip);
    files = await zip.readFiles();
  } finally {
    zip.close();
  }
  if (files.get('mimetype')?.toString('latin1') !== mimeOf.odt || !files.has('content.xml')) {
    throw new FileRejectedError('file_type_not_allowed', 'not an ODF text package');
  }
  // Every XML part passes the XML guard, kept or not: a hostile part is refused, never skipped.
  const xml = new Map<string, string>();
  for (const [name, data] of files) if (/\.(xml|rdf)$/i.test(name)) xml.set(name, readXmlPart(data, name));
  const manifestXml = xml.get('META-INF/manifest.xml');
  const mediaTypes = manifestXml === undefined ? new Map<string, string>() : readManifest(manifestXml);
  const version = officeVersion(xml.get('content.xml')!);

  const output: ZipOutputEntry[] = [
    { name: 'mimetype', data: Buffer.from(mimeOf.odt, 'latin1'), store: true },
  ];
  const manifest = new Map<string, string>();
  const parts: ReferencedParts = { files, xml, mediaTypes, renamed: new Map(), pictures: 0, objects: 0, names: new Map() };
  // `base`: the document's folder in the original package; `dir`: in the copy.
  const document = (base: string, dir: string) => {
    for (const name of ['content.xml', 'styles.xml']) {
      const part = xml.get(base + name);
      if (part === undefined) continue;
      output.push({ name: dir + name, data: encodeXmlPart(sanitizeOdfXml(part, base + name, parts, base, dir)) });
      manifest.set(dir + name, 'text/xml');
    }
  };
  document('', '');
  output.push({ name: 'meta.xml', data: encodeXmlPart(minimalMeta(version)) });
  manifest.set('meta.xml', 'text/xml');

  // Referenced parts, including those an embedded object references in turn (a Map's iteration
  // reaches the entries added while it runs).
  for (const [path, name] of parts.renamed) {
    const data = files.get(path);
    if (data !== undefined && !reservedParts.test(path)) {
      const image = await sanitizePackageImage(data);
      output.push({ name, data: image.data, store: image.store });
      manifest.set(name, image.mime);
    } else {
      manifest.set(`${name}/`, mediaTypes.get(path)!);
      document(`${path}/`, `${name}/`);
    }
  }
  output.push({ name: 'META-INF/manifest.xml', data: encodeXmlPart(writeManifest(version, manifest)) });
  return writeZip(output);
}
