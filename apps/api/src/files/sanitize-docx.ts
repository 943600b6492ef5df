import { rebuildRelationships, relativeTarget, relsPartOf } from './docx-relationships.ts';
import { FileRejectedError } from './errors.ts';
import { packageImageExtension, sanitizePackageImage, type PackageImage } from './package-media.ts';
import { neutralNames, rebuildWordXml } from './rebuild-word-xml.ts';
import { assertNoMacroParts } from './sniff.ts';
import { escapeXmlAttribute, xmlEvents } from './xml-events.ts';
import { encodeXmlPart, readXmlPart } from './xml-guard.ts';
import { openGuardedZip } from './zip-guard.ts';
import { writeZip } from './zip-write.ts';

const EXTENDED_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

type PartKind = 'word' | 'image' | 'core' | 'app';

interface KeptPart {
  kind: PartKind;
  /** The name it is written under. */
  name: string;
  /** A Word part's root element, which its content must have (rebuild-word-xml.ts). */
  root?: string;
  /** Declared in [Content_Types].xml: ours, never the author's (images: the re-encoded format's). */
  contentType?: string;
}

/**
 * The parts a judge's copy keeps, by the type of the relationship that reaches them (the last
 * segment of the type URI, in the transitional or strict namespace): the document, its styles,
 * numbering, settings, fonts table, notes, headers and footers (their page numbers: see
 * rebuild-word-xml.ts), and the pictures the document and its notes show. Everything else —
 * core properties (emptied), comments and their authors (people.xml), custom properties and
 * customXml data, thumbnails, AutoText (glossary), printer settings, embedded OLE files and fonts,
 * signatures, labels, add-ins, alternative chunks, web settings, themes (colours and fonts fall
 * back to the reader's defaults), charts and SmartArt (their vocabulary is not allow-listed; the
 * drawings showing them go too), and any part no relationship reaches — is not copied.
 *
 * Each kept part is written under a name of ours, never the author's (`word/media/Nguyen-Hong-Nhung.jpeg`
 * becomes `word/media/image1.jpeg`, the extension of its re-encoded format added).
 */
const keptRelationships: Record<string, KeptPart> = {
  officeDocument: { kind: 'word', name: 'word/document.xml', root: 'w:document', contentType: `${WORD_TYPE}.document.main+xml` },
  'core-properties': { kind: 'core', name: 'docProps/core.xml', contentType: 'application/vnd.openxmlformats-package.core-properties+xml' },
  'extended-properties': { kind: 'app', name: 'docProps/app.xml', contentType: 'application/vnd.openxmlformats-officedocument.extended-properties+xml' },
  styles: { kind: 'word', name: 'word/styles.xml', root: 'w:styles', contentType: `${WORD_TYPE}.styles+xml` },
  numbering: { kind: 'word', name: 'word/numbering.xml', root: 'w:numbering', contentType: `${WORD_TYPE}.numbering+xml` },
  settings: { kind: 'word', name: 'word/settings.xml', root: 'w:settings', contentType: `${WORD_TYPE}.settings+xml` },
  fontTable: { kind: 'word', name: 'word/fontTable.xml', root: 'w:fonts', contentType: `${WORD_TYPE}.fontTable+xml` },
  footnotes: { kind: 'word', name: 'word/footnotes.xml', root: 'w:footnotes', contentType: `${WORD_TYPE}.footnotes+xml` },
  endnotes: { kind: 'word', name: 'word/endnotes.xml', root: 'w:endnotes', contentType: `${WORD_TYPE}.endnotes+xml` },
  header: { kind: 'word', name: 'word/header#.xml', root: 'w:hdr', contentType: `${WORD_TYPE}.header+xml` },
  footer: { kind: 'word', name: 'word/footer#.xml', root: 'w:ftr', contentType: `${WORD_TYPE}.footer+xml` },
  image: { kind: 'image', name: 'word/media/image#' },
};

const inMargin = new Set([keptRelationships.header, keptRelationships.footer]);
const isNotes = (part: KeptPart) => part === keptRelationships.footnotes || part === keptRelationships.endnotes;

/** `#` is the part's number among its type; a name without one is numbered from the second part of its type on. */
function numberedName(pattern: string, n: number): string {
  return pattern.includes('#') ? pattern.replace('#', String(n)) : pattern.replace(/(?=\.[a-z]+$)/, n > 1 ? String(n) : '');
}

const EMPTY_CORE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>';

/**
 * App properties kept: counts and flags, each a number or a boolean. The organisation, manager,
 * template path, link base on disk, signature, part titles and the editing program, system and
 * minutes go (small pools make those fingerprints).
 */
const keptAppProps = new Set(['Pages', 'Words', 'Characters', 'CharactersWithSpaces', 'Lines', 'Paragraphs', 'DocSecurity', 'ScaleCrop', 'LinksUpToDate', 'SharedDoc', 'HyperlinksChanged']);

function rebuildAppProperties(xml: string): string {
  const kept: string[] = [];
  let depth = 0;
  let open: string | undefined;
  for (const event of xmlEvents(xml)) {
    if (event.type === 'start') {
      depth++;
      open = depth === 2 && event.element.ns === EXTENDED_PROPS && keptAppProps.has(event.element.local) ? event.element.local : undefined;
    } else if (event.type === 'end') {
      depth--;
      open = undefined;
    } else if (event.type === 'text' && open !== undefined && /^(\d{1,10}|true|false)$/.test(event.text.trim())) {
      kept.push(`<${open}>${event.text.trim()}</${open}>`);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${EXTENDED_PROPS}">${kept.join('')}</Properties>`;
}

/** A fresh [Content_Types].xml naming every kept part with its type (ours: a Word part by its kind, a picture by its re-encoded format). */
function writeContentTypes(types: ReadonlyMap<string, string>): string {
  const overrides = [...types].map(([part, type]) => `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${escapeXmlAttribute(type)}"/>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Types xmlns="${CONTENT_TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`
  );
}

/** A rebuilt DOCX: its text parts at once, the whole judges' copy once sharp has re-encoded the pictures. */
export interface RebuiltDocx {
  /**
   * The rebuilt package without its pictures, for reading the text while the pictures are
   * re-encoded (mammoth never reads them): the same XML parts as the judges' copy.
   */
  textPackage: Buffer;
  /** The judges' copy, pictures included; rejects if a picture is refused (a pixel flood). */
  judgesCopy: Promise<Buffer>;
}

/**
 * The judges' copy of a DOCX (DESIGN.md, Blindness): same text and layout, none of the author's
 * metadata (SECURITY.md attack case 4). Everything is read through the zip and XML guards.
 */
export async function sanitizeDocx(bytes: Buffer): Promise<Buffer> {
  return (await rebuildDocx(bytes)).judgesCopy;
}

/** sanitizeDocx in two steps (see RebuiltDocx): a 5-megapixel photo takes longer to re-encode than mammoth to read the text. */
export async function rebuildDocx(bytes: Buffer): Promise<RebuiltDocx> {
  const zip = await openGuardedZip(bytes);
  let files: Map<string, Buffer>;
  try {
    assertNoMacroParts(zip);
    if (!zip.has('[Content_Types].xml') || !zip.has('word/document.xml')) {
      throw new FileRejectedError('file_type_not_allowed', 'not a Word document package');
    }
    files = await zip.readFiles();
  } finally {
    zip.close();
  }

  // Every XML part passes the XML guard, kept or not: a hostile part is refused, never skipped.
  const xml = new Map<string, string>();
  for (const [name, data] of files) if (/\.(xml|rels|vml)$/i.test(name)) xml.set(name, readXmlPart(data, name));
  const byLower = new Map([...files.keys()].map((name) => [name.toLowerCase(), name]));

  // Walk the relationships from the package root: a part is kept for what reaches it, never for its name.
  const parts = new Map<string, KeptPart>();
  // Kept parts (original names, lower case) → the names they are written under.
  const renamed = new Map<string, string>([['', '']]);
  const numbered = new Map<string, number>();
  const output = new Map<string, Buffer>();
  const relationshipIds = new Map<string, Map<string, string>>();
  const queue = [''];
  while (queue.length > 0) {
    const source = queue.shift()!;
    const rels = byLower.get(relsPartOf(source).toLowerCase());
    if (rels === undefined) continue;
    const written = renamed.get(source)!;
    const { xml: rebuilt, ids } = rebuildRelationships(rels, xml.get(rels)!, (type, target) => {
      const kept = keptRelationships[type];
      if (!kept || !byLower.has(target) || target.endsWith('.rels') || target === '[content_types].xml') return undefined;
      // A header or footer shows no picture (rebuild-word-xml.ts): a unit's logo is not copied.
      if (kept.kind === 'image' && inMargin.has(parts.get(source)!)) return undefined;
      // A part reached by two types (a header also linked as a footer) is kept as the first only.
      const known = parts.get(target);
      if (known !== undefined) return known === kept ? relativeTarget(written, renamed.get(target)!) : undefined;
      parts.set(target, kept);
      const n = (numbered.get(kept.name) ?? 0) + 1;
      numbered.set(kept.name, n);
      const name = numberedName(kept.name, n);
      renamed.set(target, kept.kind === 'image' ? `${name}.${packageImageExtension(files.get(byLower.get(target)!)!)}` : name);
      if (kept.kind === 'word') queue.push(target);
      return relativeTarget(written, renamed.get(target)!);
    });
    relationshipIds.set(source, ids);
    output.set(relsPartOf(written), encodeXmlPart(rebuilt));
  }
  if (parts.get('word/document.xml') !== keptRelationships.officeDocument) throw new FileRejectedError('file_type_not_allowed', 'no main document part');

  // Pictures are re-encoded one after another (one decoded photo in memory at a time) on sharp's
  // threads, while the XML parts are rewritten here and the text is read.
  const pictures = new Map<string, PackageImage>();
  const pictureParts = [...parts].filter(([, part]) => part.kind === 'image').map(([target]) => target);
  const picturesDone = pictureParts.reduce(
    (previous, target) =>
      previous.then(async () => void pictures.set(renamed.get(target)!, await sanitizePackageImage(files.get(byLower.get(target)!)!))),
    Promise.resolve(),
  );
  // Awaited below, after the text package is written: until then a refusal must not count as unhandled.
  picturesDone.catch(() => undefined);

  const contentTypes = new Map<string, string>();
  const names = neutralNames();
  // Notes last: a note is kept only if a part rebuilt before it refers to it (rebuild-word-xml.ts).
  const notesLast = [...parts].sort(([, a], [, b]) => Number(isNotes(a)) - Number(isNotes(b)));
  for (const [target, part] of notesLast) {
    if (part.kind === 'image') continue;
    const name = byLower.get(target)!;
    const written = renamed.get(target)!;
    const text = () => xml.get(name) ?? readXmlPart(files.get(name)!, name);
    if (part.kind === 'core') output.set(written, encodeXmlPart(EMPTY_CORE));
    else if (part.kind === 'app') output.set(written, encodeXmlPart(rebuildAppProperties(text())));
    else output.set(written, encodeXmlPart(rebuildWordXml(text(), part.root!, { names, relationships: relationshipIds.get(target) ?? new Map() })));
    contentTypes.set(written, part.contentType!);
  }
  // [Content_Types].xml first, then the relationships and parts in the order they were reached.
  const inOrder = (contentTypesXml: string, parts: ReadonlyMap<string, Buffer>, stored: (name: string) => boolean) => [
    { name: '[Content_Types].xml', data: encodeXmlPart(contentTypesXml), store: stored('[Content_Types].xml') },
    ...[...parts].map(([name, data]) => ({ name, data, store: stored(name) })),
  ];
  // Read once by mammoth in this process: not worth deflating.
  const textPackage = await writeZip(inOrder(writeContentTypes(contentTypes), output, () => true));

  const judgesCopy = picturesDone.then(() => {
    for (const [name, image] of pictures) {
      output.set(name, image.data);
      contentTypes.set(name, image.mime);
    }
    return writeZip(inOrder(writeContentTypes(contentTypes), output, (name) => pictures.get(name)?.store ?? false));
  });
  return { textPackage, judgesCopy };
}
