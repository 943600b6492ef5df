import { FileRejectedError } from './errors.ts';
import { mimeOf } from './kinds.ts';
import { hiddenTextStyles, newOdtNames, rebuildOdtXml, usedMasterPages } from './odt-rebuild.ts';
import { packageImageExtension, sanitizePackageImage } from './package-media.ts';
import { assertNoMacroParts } from './sniff.ts';
import { attr, xmlEvents } from './xml-events.ts';
import { encodeXmlPart, readXmlPart } from './xml-guard.ts';
import { openGuardedZip } from './zip-guard.ts';
import { writeZip, type ZipOutputEntry } from './zip-write.ts';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const MANIFEST = 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0';

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

/** The package path an internal reference points at. */
function referencedPath(href: string): string {
  let path = href.trim();
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written; it then matches no part.
  }
  return path.split('/').filter((segment) => segment !== '' && segment !== '.').join('/');
}

/** The package's own parts, which a picture reference must not turn into a picture. */
const reservedParts = /^(mimetype|content\.xml|styles\.xml|meta\.xml|settings\.xml|manifest\.rdf|META-INF\/.*)$/;

/** An encrypted part cannot be read, so it cannot be rebuilt: the file is refused. */
function assertNotEncrypted(manifest: string): void {
  for (const event of xmlEvents(manifest)) {
    if (event.type === 'start' && event.element.ns === MANIFEST && event.element.local === 'encryption-data') {
      throw new FileRejectedError('file_encrypted', 'encrypted ODF part');
    }
  }
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
 * The judges' copy of an ODT, rebuilt from what rendering needs: content.xml and styles.xml
 * written anew from odt-vocabulary.ts (odt-rebuild.ts: comments, tracked changes, identity fields,
 * the author's names of styles, bookmarks and tables, links out, foreign namespaces, a header's or
 * footer's words and pictures all gone), an
 * empty meta.xml, the pictures they reference (found by their content and re-encoded, under our
 * names: `Pictures/Nguyễn Hồng Nhung - ảnh thẻ.jpg` becomes `Pictures/1.jpeg`), and a fresh
 * manifest. Settings (printer names), thumbnails, UI configuration, RDF metadata, signatures,
 * embedded objects (their replacement picture stays), fonts and any part nothing references are
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
  if (manifestXml !== undefined) assertNotEncrypted(manifestXml);
  const version = officeVersion(xml.get('content.xml')!);

  // Pictures by original path → kept name, numbered in the order they are first referenced.
  const pictures = new Map<string, string>();
  const picture = (href: string): string | undefined => {
    const path = referencedPath(href);
    const data = files.get(path);
    if (data === undefined || reservedParts.test(path)) return undefined;
    let name = pictures.get(path);
    if (name === undefined) pictures.set(path, name = `Pictures/${pictures.size + 1}.${packageImageExtension(data)}`);
    return name;
  };
  const names = newOdtNames();
  const output: ZipOutputEntry[] = [{ name: 'mimetype', data: Buffer.from(mimeOf.odt, 'latin1'), store: true }];
  const manifest = new Map<string, string>();
  const masterPages = usedMasterPages(['content.xml', 'styles.xml'].flatMap((part) => xml.get(part) ?? []));
  for (const [part, root] of [['content.xml', 'office:document-content'], ['styles.xml', 'office:document-styles']] as const) {
    const original = xml.get(part);
    if (original === undefined) continue;
    const hiddenStyles = hiddenTextStyles(original, xml.get('styles.xml'));
    output.push({ name: part, data: encodeXmlPart(rebuildOdtXml(original, { names, part, root, picture, hiddenStyles, masterPages })) });
    manifest.set(part, 'text/xml');
  }
  output.push({ name: 'meta.xml', data: encodeXmlPart(minimalMeta(version)) });
  manifest.set('meta.xml', 'text/xml');
  for (const [path, name] of pictures) {
    const image = await sanitizePackageImage(files.get(path)!);
    output.push({ name, data: image.data, store: image.store });
    manifest.set(name, image.mime);
  }
  output.push({ name: 'META-INF/manifest.xml', data: encodeXmlPart(writeManifest(version, manifest)) });
  return writeZip(output);
}
