import { FileRejectedError } from './errors.ts';
import { shownInMargin } from './margin-text.ts';
import {
  builtInStyleNames, commonFonts, marginElements, ODF_NAMESPACES, odfElements, pageMargins, prefixOfNamespace, transparentElements,
  valueShapes, type ElementRule, type TextRule, type ValueRule,
} from './odt-vocabulary.ts';
import { attr, xmlEvents, type XmlElement } from './xml-events.ts';
import { isPackageInternal } from './xml-guard.ts';

const SCRIPT = 'urn:oasis:names:tc:opendocument:xmlns:script:1.0';

/**
 * The neutral names one document's parts share, so that a reference in content.xml meets the
 * style defined in styles.xml: the author's style names (`Nhung heading`) become `S1`, `S2`…,
 * the names of bookmarks, reference marks, notes, sections and tables become `Name1`….
 */
export interface OdtNames {
  styles: Map<string, string>;
  names: Map<string, string>;
}

export const newOdtNames = (): OdtNames => ({ styles: new Map(), names: new Map() });

export interface RebuildContext {
  names: OdtNames;
  /** The part's path, for messages. */
  part: string;
  /** The root element the part must have (`office:document-content`, `office:document-styles`). */
  root: string;
  /**
   * The copy's path of the picture a reference inside the package points at, or undefined when
   * there is no such picture (the element then goes: its path is the author's text).
   */
  picture(href: string): string | undefined;
  /** The part's paragraph and text styles that hide their text, as styleKey (hiddenTextStyles). */
  hiddenStyles: ReadonlySet<string>;
  /** The master pages a page may be laid out with (usedMasterPages). */
  masterPages: ReadonlySet<string>;
}

interface TextStyle {
  /** The parent's styleKey. */
  parent?: string;
  display?: string;
}

/** A style as LibreOffice finds it, by family and name: a paragraph style and a text style may share a name. */
const styleKey = (family: string, name: string) => `${family}:${name}`;

/** The paragraph and text styles in a part's `office:styles` or `office:automatic-styles`, with their styleKey, parent and text:display. */
function readTextStyles(xml: string, section: 'styles' | 'automatic-styles'): Array<[string, TextStyle]> {
  const styles: Array<[string, TextStyle]> = [];
  let inSection = false;
  let current: TextStyle | undefined;
  for (const event of xmlEvents(xml)) {
    const { ns, local } = event.type === 'start' || event.type === 'end' ? event.element : { ns: '', local: '' };
    if (ns === ODF_NAMESPACES.office && local === section) inSection = event.type === 'start';
    if (ns !== ODF_NAMESPACES.style || !inSection) continue;
    if (event.type === 'end' && local === 'style') current = undefined;
    if (event.type !== 'start') continue;
    const element = event.element;
    const name = attr(element, ODF_NAMESPACES.style, 'name');
    const family = attr(element, ODF_NAMESPACES.style, 'family') ?? '';
    if (local === 'style' && name !== undefined && /^(paragraph|text)$/.test(family)) {
      const parent = attr(element, ODF_NAMESPACES.style, 'parent-style-name');
      styles.push([styleKey(family, name), current = { parent: parent === undefined ? undefined : styleKey(family, parent) }]);
    } else if (local === 'text-properties' && current !== undefined) {
      current.display = attr(element, ODF_NAMESPACES.text, 'display');
    }
  }
  return styles;
}

/** Text shown on a condition is hidden when its condition holds; the copy keeps no condition. */
const hidingDisplay = (display: string | undefined) => display === 'none' || display === 'condition';

/**
 * The styles of a part (its automatic styles, and styles.xml's common ones) that hide their text
 * (`text:display="none"` or on a condition, set on them or on a style they inherit from, however
 * far up: LibreOffice goes all the way), as styleKey. Hidden text is not what the essay shows, and
 * a template may keep the author's name there: it goes with its paragraph or span. A name defined
 * twice (an automatic style named like the common style another inherits from, a style repeated)
 * hides if any of its definitions does: which one LibreOffice reads is not ours to guess.
 */
export function hiddenTextStyles(part: string, stylesXml: string | undefined): Set<string> {
  const definitions = [...(stylesXml === undefined ? [] : readTextStyles(stylesXml, 'styles')), ...readTextStyles(part, 'automatic-styles')];
  // From the styles that hide, down to every style inheriting from them without saying otherwise.
  const hidden = new Set(definitions.filter(([, style]) => hidingDisplay(style.display)).map(([key]) => key));
  const children = new Map<string, string[]>();
  for (const [key, style] of definitions) {
    if (style.display !== undefined || style.parent === undefined) continue;
    const siblings = children.get(style.parent);
    if (siblings === undefined) children.set(style.parent, [key]);
    else siblings.push(key);
  }
  const pending = [...hidden];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    for (const child of children.get(key) ?? []) {
      if (hidden.has(child)) continue;
      hidden.add(child);
      pending.push(child);
    }
  }
  return hidden;
}

/**
 * The master pages LibreOffice may lay a page out with: Standard (or the first, when there is no
 * Standard), any a style names, and any one of them names as the next. Another is shown nowhere,
 * and its header and footer may be where a template keeps the author's name.
 */
export function usedMasterPages(parts: readonly string[]): Set<string> {
  const used = new Set<string>();
  const masterPages: string[] = [];
  const next = new Map<string, string>();
  for (const part of parts) {
    for (const event of xmlEvents(part)) {
      if (event.type !== 'start') continue;
      const { element } = event;
      const named = attr(element, ODF_NAMESPACES.style, 'master-page-name') ?? attr(element, ODF_NAMESPACES.text, 'master-page-name');
      if (named !== undefined) used.add(named);
      const name = attr(element, ODF_NAMESPACES.style, 'name');
      if (element.ns !== ODF_NAMESPACES.style || element.local !== 'master-page' || name === undefined) continue;
      masterPages.push(name);
      const following = attr(element, ODF_NAMESPACES.style, 'next-style-name');
      if (following !== undefined) next.set(name, following);
    }
  }
  const first = masterPages.includes('Standard') ? 'Standard' : masterPages[0];
  if (first !== undefined) used.add(first);
  for (const page of used) {
    const following = next.get(page);
    if (following !== undefined) used.add(following);
  }
  return used;
}

function neutral(map: Map<string, string>, prefix: string, name: string): string {
  let renamed = map.get(name);
  if (renamed === undefined) map.set(name, renamed = `${prefix}${map.size + 1}`);
  return renamed;
}

const fontFamilies = (value: string) => value.split(',').map((family) => family.trim().replace(/^(['"])(.*)\1$/, '$2'));

/** The value written for an attribute under its rule, or undefined to leave the attribute out. */
function checkedValue(rule: ValueRule, value: string, names: OdtNames): string | undefined {
  switch (rule) {
    case 'style':
      return builtInStyleNames.has(value) ? value : neutral(names.styles, 'S', value);
    case 'name':
      return neutral(names.names, 'Name', value);
    case 'font':
      // Writer numbers a second face of one family (`Noto Sans Devanagari1`).
      return commonFonts.has(value.replace(/\d{1,2}$/, '')) ? value : undefined;
    case 'fontFamily':
      return fontFamilies(value).every((family) => commonFonts.has(family)) ? value : undefined;
    case 'numFormat':
      // Letters and roman numerals are shown as digits, as in DOCX (margin-text.ts numberShownAs).
      return valueShapes.numFormat(value) ? (value === '' ? '' : '1') : undefined;
    default:
      return valueShapes[rule](value) ? value : undefined;
  }
}

/** A link within the document names its target: a bookmark, or `name|table`, `name|region`…. */
function internalLink(href: string, names: OdtNames): string {
  const [encoded = '', kind] = href.slice(1).split('|');
  let target = encoded;
  try {
    target = decodeURIComponent(encoded);
  } catch {
    // Not percent-encoded after all: the name as written.
  }
  return `#${neutral(names.names, 'Name', target)}${kind && /^[a-z]+$/.test(kind) ? `|${kind}` : ''}`;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string) =>
  escapeText(value).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;');

/**
 * A paragraph, heading or span hidden by its style, or by the conditional style LibreOffice applies
 * instead; a paragraph or heading with no style is in Standard.
 */
function hidden(element: XmlElement, family: 'paragraph' | 'text', hiddenStyles: ReadonlySet<string>): boolean {
  const style = attr(element, ODF_NAMESPACES.text, 'style-name') ?? (family === 'paragraph' ? 'Standard' : undefined);
  const names = [style, attr(element, ODF_NAMESPACES.text, 'cond-style-name')];
  return names.some((name) => name !== undefined && hiddenStyles.has(styleKey(family, name)));
}

const namespaceDeclarations = Object.entries(ODF_NAMESPACES).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');

interface Open {
  /** keep: written; unwrap: its kept content is written into its parent; drop: nothing of it is. */
  action: 'keep' | 'unwrap' | 'drop';
  name?: string;
  /** What the text directly inside keeps: a kept element's rule, an unwrapped one's parent's. */
  text?: TextRule;
  /** The kept element its content is written into: itself, or an unwrapped one's parent's. */
  within?: string;
  /** Index of its start tag in the output, to close it as `<x/>` when nothing was written inside. */
  start?: number;
  /** Inside a page's header or footer (pageMargins): only marginElements and margin text (margin-text.ts) stay. */
  margin?: boolean;
}

/**
 * One XML part of an ODT (content.xml or styles.xml) written anew from odt-vocabulary.ts: kept
 * elements under our prefixes with only their allowed attributes, each value checked or renamed;
 * transparent elements give their content to their parent; everything else goes with its
 * content. Text stays only inside paragraphs, headings, spans and links, and those (and pictures)
 * only where they are shown (ElementRule.within); in a header or footer, only page numbers,
 * punctuation and layout (marginElements, margin-text.ts). A picture or section from outside the package
 * and a macro event are refused, not dropped: such a file is hostile.
 */
export function rebuildOdtXml(xml: string, context: RebuildContext): string {
  const { names } = context;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const open: Open[] = [];
  let endnotesConfigured = false;
  for (const event of xmlEvents(xml)) {
    if (event.type === 'start') {
      const { element } = event;
      // A macro is refused wherever it is, even where the copy would not have kept it.
      if (element.ns === SCRIPT && element.local === 'event-listener') throw new FileRejectedError('macro_document', `${context.part}: script event listener`);
      const prefix = prefixOfNamespace.get(element.ns);
      const name = prefix === undefined ? undefined : `${prefix}:${element.local}`;
      const href = attr(element, ODF_NAMESPACES.xlink, 'href');
      // Pictures, objects and sections must come from inside the package, never from a disk or server: refused wherever they are.
      if (href !== undefined && name !== 'text:a' && name !== 'draw:a' && !isPackageInternal(href)) {
        throw new FileRejectedError('xml_entities', `${context.part}: ${element.name} links outside the package`);
      }
      const parent = open.at(-1);
      if (parent?.action === 'drop') {
        open.push({ action: 'drop' });
        continue;
      }
      if (parent === undefined && name !== context.root) throw new FileRejectedError('file_damaged', `${context.part}: not an ODF ${context.root}`);
      let rule: ElementRule | undefined;
      let link: string | undefined;
      const within = name === undefined ? undefined : odfElements.get(name)?.within;
      const margin = parent?.margin === true;
      if (margin && !marginElements.has(name ?? '')) {
        // Before the picture is looked up: a logo reached only from a header is not copied.
        rule = undefined;
      } else if (within !== undefined && !within.has(parent?.within ?? '')) {
        // Where nothing shows it (a paragraph in a style, a span in a note's number, a picture out of its frame), it goes.
        rule = undefined;
      } else if (name === 'text:a' || name === 'draw:a') {
        // A link out of the document is the author's address (mailto:, their site): its text stays, the link goes.
        if (name === 'text:a' && href?.startsWith('#')) [rule, link] = [odfElements.get(name), internalLink(href, names)];
      } else if (href !== undefined) {
        if (name === 'draw:image') {
          link = context.picture(href);
          rule = link === undefined ? undefined : odfElements.get(name);
        }
      } else if (name === 'style:master-page' && !context.masterPages.has(attr(element, ODF_NAMESPACES.style, 'name') ?? '')) {
        rule = undefined;
      } else if (name === 'text:section' && /^(none|condition)$/.test(attr(element, ODF_NAMESPACES.text, 'display') ?? '')) {
        // A hidden section is not what the essay shows (and may be where the author's name was put away).
        rule = undefined;
      } else if ((name === 'text:p' || name === 'text:h' || name === 'text:span') && hidden(element, name === 'text:span' ? 'text' : 'paragraph', context.hiddenStyles)) {
        rule = undefined;
      } else if (name !== undefined && name !== 'draw:image') {
        // A picture stored inline as base64 (not re-encoded here) goes with its frame's content.
        rule = odfElements.get(name);
      }
      if (rule === undefined || name === undefined) {
        const unwrap = name !== undefined && transparentElements.has(name) && !margin;
        open.push(unwrap ? { action: 'unwrap', text: parent?.text, within: parent?.within } : { action: 'drop' });
        continue;
      }
      const attributes: string[] = [];
      for (const attribute of element.attributes) {
        const attributePrefix = prefixOfNamespace.get(attribute.ns);
        const valueRule = attributePrefix && rule.attributes[`${attributePrefix}:${attribute.local}`];
        const value = valueRule ? checkedValue(valueRule, attribute.value, names) : undefined;
        if (value !== undefined) attributes.push(` ${attributePrefix}:${attribute.local}="${escapeAttribute(value)}"`);
      }
      if (link !== undefined) attributes.push(` xlink:href="${escapeAttribute(link)}"`);
      if (name === 'text:notes-configuration') {
        // Writer numbers endnotes i, ii, iii… unless told otherwise: in digits, as every number (numberShownAs).
        if (!attributes.some((written) => written.startsWith(' style:num-format='))) attributes.push(' style:num-format="1"');
        endnotesConfigured ||= attr(element, ODF_NAMESPACES.text, 'note-class') === 'endnote';
      }
      // A font face whose name is not a common font is not declared at all.
      if (name === 'style:font-face' && !attributes.some((written) => written.startsWith(' style:name='))) {
        open.push({ action: 'drop' });
        continue;
      }
      open.push({ action: 'keep', name, text: rule.text, within: name, start: out.length, margin: margin || pageMargins.has(name) });
      out.push(`<${name}${parent === undefined ? namespaceDeclarations : ''}${attributes.join('')}>`);
    } else if (event.type === 'end') {
      const closed = open.pop()!;
      if (closed.action !== 'keep') continue;
      // Without a configuration of its endnotes, Writer numbers them i, ii, iii…: the copy gives one.
      if (closed.name === 'office:styles' && !endnotesConfigured) out.push('<text:notes-configuration text:note-class="endnote" style:num-format="1"/>');
      if (closed.start === out.length - 1) out[closed.start] = `${out[closed.start]!.slice(0, -1)}/>`;
      else out.push(`</${closed.name}>`);
    } else if (event.type === 'text') {
      const here = open.at(-1);
      const text = here?.text;
      const shown = text === 'inline' || (text === 'digits' && /^\s*\d*\s*$/.test(event.text));
      if (shown && (!here?.margin || shownInMargin(event.text, text === 'digits'))) out.push(escapeText(event.text));
    }
  }
  return out.join('');
}
