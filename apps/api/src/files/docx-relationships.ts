import { FileRejectedError } from './errors.ts';
import { attr } from './xml-events.ts';
import { isWebLink } from './xml-guard.ts';
import { rewriteXml } from './xml-rewrite.ts';

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

export interface RewrittenRelationships {
  xml: string;
  /** Hyperlink ids whose target was no web address: the source part unwraps those links. */
  unlinked: Set<string>;
}

/**
 * Keeps the internal relationships `keepInternal` accepts (by type and target part), web links,
 * and nothing else: stripped external targets go, and any other external reference is refused
 * (images or objects linked from the author's disk or a server: `r:link` to file:///etc/passwd,
 * tracking pixels, UNC paths that make Windows send credentials).
 */
export function rewriteRelationships(
  relsName: string,
  xml: string,
  keepInternal: (type: string, target: string) => boolean,
): RewrittenRelationships {
  const unlinked = new Set<string>();
  const rewritten = rewriteXml(xml, {
    element: (element) => {
      if (element.ns !== RELS_NS || element.local !== 'Relationship') return 'keep';
      const id = attr(element, '', 'Id') ?? '';
      const type = attr(element, '', 'Type') ?? '';
      const target = attr(element, '', 'Target') ?? '';
      if (strippedTypes.test(type)) return 'drop';
      if (attr(element, '', 'TargetMode') !== 'External') {
        return keepInternal(type, resolveTarget(relsName, target)) ? 'keep' : 'drop';
      }
      if (/\/hyperlink$/i.test(type)) {
        if (isWebLink(target)) return 'keep';
        unlinked.add(id);
        return 'drop';
      }
      throw new FileRejectedError('xml_entities', `${relsName}: external ${type.split('/').pop()} relationship`);
    },
  });
  return { xml: rewritten, unlinked };
}
