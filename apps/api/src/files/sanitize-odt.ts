import { FileRejectedError } from './errors.ts';
import { mimeOf } from './kinds.ts';
import { sanitizePackageMedia } from './package-media.ts';
import { assertNoMacroParts } from './sniff.ts';
import { attr, xmlEvents, type XmlElement } from './xml-events.ts';
import { encodeXmlPart, isPackageInternal, isWebLink, readXmlPart } from './xml-guard.ts';
import { rewriteXml, type ElementAction } from './xml-rewrite.ts';
import { openGuardedZip } from './zip-guard.ts';
import { writeZip } from './zip-write.ts';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const DRAW = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0';
const DC = 'http://purl.org/dc/elements/1.1/';
const SCRIPT = 'urn:oasis:names:tc:opendocument:xmlns:script:1.0';
const XLINK = 'http://www.w3.org/1999/xlink';
const SVG = 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0';
const MANIFEST = 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0';

/**
 * Parts that describe the author's machine or a rendering of the original: settings (printer
 * names and setup blobs), the thumbnail (a picture of page one, comments included), UI
 * configuration, RDF metadata, signatures, and old layout caches. LibreOffice opens files without them.
 */
const removedParts = [
  /(^|\/)settings\.xml$/,
  /^thumbnails\//,
  /^configurations2\//,
  /(^|\/)manifest\.rdf$/,
  /^meta-inf\/(documentsignatures|macrosignatures)\.xml$/,
  /(^|\/)layout-cache$/,
];

/**
 * Comments (office:annotation) and tracked changes are resolved by acceptance: the change log in
 * text:tracked-changes holds deleted text and every change's author, the markers in the body go,
 * inserted text stays. Fields that print the author's name or profile (author, creator, sender-*,
 * user-defined properties) go with their cached text.
 */
const droppedText = new Set([
  'tracked-changes', 'change', 'change-start', 'change-end',
  'author-name', 'author-initials', 'initial-creator', 'creator', 'user-defined',
  'dde-connection-decls', 'dde-connection-decl', 'dde-connection',
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

/**
 * content.xml and styles.xml (headers and footers live there) with the rules above applied.
 * Frames lose their names and alt text too: Writer names a picture after its file (IMG_2034…).
 */
function sanitizeOdfXml(xml: string, part: string): string {
  let frames = 0;
  return rewriteXml(xml, {
    attribute: (attribute, element) =>
      element.ns === DRAW && element.local === 'frame' && attribute.ns === DRAW && attribute.local === 'name' ? `Picture${++frames}` : true,
    element: (element): ElementAction => {
      const { ns, local } = element;
      if (ns === SCRIPT && local === 'event-listener') throw new FileRejectedError('macro_document', `${part}: script event listener`);
      if (ns === OFFICE && (local === 'annotation' || local === 'annotation-end' || local === 'dde-source')) return 'drop';
      if (ns === TEXT && (droppedText.has(local) || local.startsWith('sender-'))) return 'drop';
      if (ns === DC && (local === 'creator' || local === 'date')) return 'drop';
      if (ns === SVG && (local === 'title' || local === 'desc')) return 'drop';
      const href = attr(element, XLINK, 'href');
      if (href === undefined) return 'keep';
      if (isLink(element)) return isWebLink(href) || href.startsWith('#') ? 'keep' : 'unwrap';
      // Images, objects and sections must come from inside the package, never from a disk or server.
      if (!isPackageInternal(href)) throw new FileRejectedError('xml_entities', `${part}: ${element.name} links outside the package`);
      return 'keep';
    },
  });
}

function sanitizeManifest(xml: string, isRemoved: (path: string) => boolean): string {
  return rewriteXml(xml, {
    element: (element) => {
      if (element.ns !== MANIFEST) return 'keep';
      if (element.local === 'encryption-data') throw new FileRejectedError('file_encrypted', 'encrypted ODF part');
      if (element.local !== 'file-entry') return 'keep';
      return isRemoved(attr(element, MANIFEST, 'full-path') ?? '') ? 'drop' : 'keep';
    },
  });
}

/**
 * The judges' copy of an ODT: meta.xml reduced to nothing, comments and change authors gone,
 * tracked changes accepted, pictures re-encoded; `mimetype` stays first and stored, as ODF requires.
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
  const isRemoved = (path: string) => removedParts.some((rule) => rule.test(path.toLowerCase()));

  const output: Array<{ name: string; data: Buffer; store?: boolean }> = [
    { name: 'mimetype', data: Buffer.from(mimeOf.odt, 'latin1'), store: true },
  ];
  for (const [name, data] of files) {
    if (name === 'mimetype' || isRemoved(name)) continue;
    const lower = name.toLowerCase();
    let clean: Buffer;
    if (lower === 'meta-inf/manifest.xml') {
      clean = encodeXmlPart(sanitizeManifest(readXmlPart(data, name), isRemoved));
    } else if (/(^|\/)meta\.xml$/.test(lower)) {
      clean = encodeXmlPart(minimalMeta(officeVersion(readXmlPart(data, name))));
    } else if (lower.endsWith('.xml')) {
      clean = encodeXmlPart(sanitizeOdfXml(readXmlPart(data, name), name));
    } else {
      clean = await sanitizePackageMedia(name, data);
    }
    output.push({ name, data: clean });
  }
  return writeZip(output);
}
