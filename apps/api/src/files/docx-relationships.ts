import { FileRejectedError } from './errors.ts';
import { attr, type XmlElement } from './xml-events.ts';
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

/** The relative reference from one part to another, as a relationship target: `word/document.xml` → `word/media/image1.png` is `media/image1.png`. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * Keeps the internal relationships `keepInternal` accepts (by type and target part), pointed at
 * the target it returns (a neutral part name of ours), web links, and nothing else: stripped
 * external targets go, and any other external reference is refused (images or objects linked from
 * the author's disk or a server: `r:link` to file:///etc/passwd, tracking pixels, UNC paths that
 * make Windows send credentials).
 */
export function rewriteRelationships(
  relsName: string,
  xml: string,
  keepInternal: (type: string, target: string) => string | undefined,
): RewrittenRelationships {
  const unlinked = new Set<string>();
  const retargeted = new WeakMap<XmlElement, string>();
  const rewritten = rewriteXml(xml, {
    attribute: (attribute, element) => (attribute.ns === '' && attribute.local === 'Target' && retargeted.get(element)) || true,
    element: (element) => {
      if (element.ns !== RELS_NS || element.local !== 'Relationship') return 'keep';
      const id = attr(element, '', 'Id') ?? '';
      const type = attr(element, '', 'Type') ?? '';
      const target = attr(element, '', 'Target') ?? '';
      if (strippedTypes.test(type)) return 'drop';
      if (attr(element, '', 'TargetMode') !== 'External') {
        const kept = keepInternal(type, resolveTarget(relsName, target));
        if (kept === undefined) return 'drop';
        retargeted.set(element, kept);
        return 'keep';
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
