import { FileRejectedError } from './errors.ts';
import { attr, escapeXmlAttribute, xmlEvents } from './xml-events.ts';

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * External links a Word document may carry but the judges' copy must not: a template or mail-merge
 * source on the author's disk (it names their user folder, and Word fetches a remote template on
 * open). Documents keep working without them.
 */
const strippedTypes = /\/(attachedTemplate|mailMergeSource|mailMergeHeaderSource|recipientData)$/i;

/** The relationship part of a part (`''` is the package): `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPartOf(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** Package path (lower case, like OPC's comparison) of an internal relationship target. */
export function resolveTarget(relsName: string, target: string): string {
  const base = relsName.replace(/(^|\/)_rels\/[^/]*\.rels$/, '$1');
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A malformed escape stays as written; it then matches no part.
  }
  const segments: string[] = [];
  for (const segment of (decoded.startsWith('/') ? decoded.slice(1) : base + decoded).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/').toLowerCase();
}

export interface RebuiltRelationships {
  xml: string;
  /** The author's relationship ids → ours (`rId1`, `rId2`…), for the part's references. */
  ids: Map<string, string>;
}

/** The relative reference from one part to another, as a relationship target: `word/document.xml` → `word/media/image1.png` is `media/image1.png`. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * Relationship types the copy may write, by their last segment: the base is one of these
 * constants, never the author's text.
 */
const typeBases = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/',
  // LibreOffice writes the core properties' type with a lower-case d.
  'http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/metadata/',
];

/**
 * A fresh relationships part: the internal relationships `keepInternal` accepts (by the last
 * segment of a known type and the target part), pointed at the target it returns (a neutral part
 * name of ours), under ids of ours, and nothing else. Links out of the document (web, mail, files)
 * go: the part keeps their text. Stripped external targets go, and any other external reference
 * is refused (images or objects linked from the author's disk or a server: `r:link` to
 * file:///etc/passwd, tracking pixels, UNC paths that make Windows send credentials).
 */
export function rebuildRelationships(
  relsName: string,
  xml: string,
  keepInternal: (type: string, target: string) => string | undefined,
): RebuiltRelationships {
  const ids = new Map<string, string>();
  const written: string[] = [];
  for (const event of xmlEvents(xml)) {
    if (event.type !== 'start' || event.element.ns !== RELS_NS || event.element.local !== 'Relationship') continue;
    const { element } = event;
    const id = attr(element, '', 'Id') ?? '';
    const type = attr(element, '', 'Type') ?? '';
    const target = attr(element, '', 'Target') ?? '';
    if (strippedTypes.test(type)) continue;
    if (attr(element, '', 'TargetMode') === 'External') {
      if (/\/hyperlink$/i.test(type)) continue;
      throw new FileRejectedError('xml_entities', `${relsName}: external ${type.split('/').pop()} relationship`);
    }
    const base = typeBases.find((known) => type.startsWith(known));
    const last = type.slice(base?.length ?? 0);
    if (base === undefined || last.includes('/') || ids.has(id)) continue;
    const kept = keepInternal(last, resolveTarget(relsName, target));
    if (kept === undefined) continue;
    ids.set(id, `rId${ids.size + 1}`);
    written.push(`<Relationship Id="${ids.get(id)!}" Type="${base}${last}" Target="${escapeXmlAttribute(kept)}"/>`);
  }
  return {
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${written.join('')}</Relationships>`,
    ids,
  };
}
