import { FileRejectedError } from './errors.ts';
import { attr, xmlEvents, type XmlElement } from './xml-events.ts';
import { readXmlPart } from './xml-guard.ts';
import { openGuardedZip } from './zip-guard.ts';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0';
const DRAW = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0';
const XLINK = 'http://www.w3.org/1999/xlink';

type Mark = 'strong' | 'em' | 'u' | 's';

/** LibreOffice's own character styles for bold and italic, referenced by name. */
const namedStyles: Record<string, Mark[]> = { Strong_20_Emphasis: ['strong'], Emphasis: ['em'] };

/**
 * Not essay text: comments, the tracked-change log (it holds deleted text), footnote numbers,
 * declarations, frames (pictures, text boxes), generated indexes, hidden text, and fields that
 * print the author's profile.
 */
function skipped(element: XmlElement): boolean {
  const { ns, local } = element;
  if (ns === OFFICE) return local === 'annotation' || local === 'annotation-end' || local === 'forms' || local === 'automatic-styles';
  if (ns === DRAW) return local === 'frame';
  if (ns !== TEXT) return false;
  return (
    /-decls$|^(tracked-changes|note-citation|hidden-text|hidden-paragraph|author-name|author-initials|initial-creator|creator|user-defined)$/.test(local) ||
    local.startsWith('sender-') ||
    /(^table-of-content|-index|^bibliography)$/.test(local)
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Bold/italic/underline/strike of the automatic text styles (the ones spans point to). */
function readMarks(xml: string): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  let current: string | undefined;
  for (const event of xmlEvents(xml)) {
    if (event.type === 'end' && event.element.ns === STYLE && event.element.local === 'style') current = undefined;
    if (event.type !== 'start' || event.element.ns !== STYLE) continue;
    const element = event.element;
    if (element.local === 'style' && attr(element, STYLE, 'family') === 'text') {
      current = attr(element, STYLE, 'name');
      const parent = namedStyles[attr(element, STYLE, 'parent-style-name') ?? ''];
      if (current) marks.set(current, [...(parent ?? [])]);
    } else if (element.local === 'text-properties' && current) {
      const list = marks.get(current)!;
      const weight = attr(element, FO, 'font-weight') ?? '';
      if (weight === 'bold' || Number(weight) >= 600) list.push('strong');
      if (/^(italic|oblique)$/.test(attr(element, FO, 'font-style') ?? '')) list.push('em');
      if (!/^(none|)$/.test(attr(element, STYLE, 'text-underline-style') ?? '')) list.push('u');
      if (!/^(none|)$/.test(attr(element, STYLE, 'text-line-through-style') ?? '')) list.push('s');
    }
  }
  return marks;
}

/**
 * Essay HTML from an ODT's content.xml: headings, paragraphs, lists, links and character marks;
 * footnotes follow the text. Our own reader (xml-events.ts: no DTD, no entities) after the zip and
 * XML guards. Unsanitized: pass it to html.ts.
 */
export async function odtToHtml(bytes: Buffer): Promise<string> {
  const zip = await openGuardedZip(bytes);
  let xml: string;
  try {
    if (!zip.has('content.xml')) throw new FileRejectedError('file_damaged', 'ODT without content.xml');
    xml = readXmlPart(await zip.read('content.xml'), 'content.xml');
  } finally {
    zip.close();
  }
  const marks = readMarks(xml);
  const main: string[] = [];
  const notes: string[] = [];
  let sink = main;
  const open: Array<{ close: string; block: boolean }> = []; // per open element: what ends it
  let skipDepth = 0;
  let blockDepth = 0;
  let inBody = false;

  for (const event of xmlEvents(xml)) {
    if (event.type === 'start') {
      const element = event.element;
      if (skipDepth > 0 || skipped(element)) {
        skipDepth++;
        continue;
      }
      let start = '';
      let close = '';
      if (element.ns === OFFICE && element.local === 'body') inBody = true;
      if (inBody && element.ns === TEXT) {
        switch (element.local) {
          case 'h': {
            const tag = attr(element, TEXT, 'outline-level') === '1' ? 'h2' : 'h3';
            [start, close] = [`<${tag}>`, `</${tag}>`];
            break;
          }
          case 'p':
            [start, close] = ['<p>', '</p>'];
            break;
          case 'list':
            [start, close] = ['<ul>', '</ul>'];
            break;
          case 'list-item':
          case 'list-header':
            [start, close] = ['<li>', '</li>'];
            break;
          case 'span': {
            const list = marks.get(attr(element, TEXT, 'style-name') ?? '') ?? namedStyles[attr(element, TEXT, 'style-name') ?? ''] ?? [];
            start = list.map((m) => `<${m}>`).join('');
            close = list.toReversed().map((m) => `</${m}>`).join('');
            break;
          }
          case 'a':
            [start, close] = [`<a href="${escapeHtml(attr(element, XLINK, 'href') ?? '')}">`, '</a>'];
            break;
          case 's':
            start = ' '.repeat(Math.min(Number(attr(element, TEXT, 'c') ?? 1) || 1, 100));
            break;
          case 'tab':
            start = ' ';
            break;
          case 'line-break':
            start = '<br>';
            break;
          case 'note-body':
            // Footnote paragraphs go after the text, as mammoth does for DOCX.
            sink = notes;
            break;
        }
      }
      const block = inBody && element.ns === TEXT && (element.local === 'p' || element.local === 'h');
      if (block) blockDepth++;
      sink.push(start);
      open.push({ close, block });
    } else if (event.type === 'end') {
      if (skipDepth > 0) {
        skipDepth--;
        continue;
      }
      const { close, block } = open.pop()!;
      sink.push(close);
      if (block) blockDepth--;
      if (event.element.ns === TEXT && event.element.local === 'note-body') sink = main;
    } else if (event.type === 'text' && skipDepth === 0 && blockDepth > 0) {
      sink.push(escapeHtml(event.text));
    }
  }
  return main.join('') + notes.join('');
}
