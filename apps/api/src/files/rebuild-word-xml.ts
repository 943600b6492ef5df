import {
  builtInStyleNames, commonFonts, hasShape, namespaces, parents, requiredChildren, textContent, transparent, vmlStyle, vocabulary,
  type ValueShape,
} from './docx-vocabulary.ts';
import { numberShownAs, shownInMargin } from './margin-text.ts';
import { attr, escapeXmlAttribute, escapeXmlText, xmlEvents, type XmlElement } from './xml-events.ts';

/**
 * A Word XML part rebuilt from the allow-list in docx-vocabulary.ts (DESIGN.md, Blindness): every
 * element, attribute and piece of text in the copy is one the list names, written under our
 * prefixes; nothing of the author's markup is copied as it was written.
 */

interface Node {
  element: XmlElement;
  /** `prefix:local` in docx-vocabulary's prefixes; undefined for a namespace not in the list. */
  key: string | undefined;
  children: Array<Node | string>;
}

const prefixOf = new Map(Object.entries(namespaces).flatMap(([prefix, uris]) => uris.map((uri) => [uri, prefix] as const)));

function parse(xml: string): Node | undefined {
  const stack: Node[] = [];
  let root: Node | undefined;
  for (const event of xmlEvents(xml)) {
    if (event.type === 'start') {
      const prefix = prefixOf.get(event.element.ns);
      const node: Node = { element: event.element, key: prefix === undefined ? undefined : `${prefix}:${event.element.local}`, children: [] };
      if (stack.length > 0) stack.at(-1)!.children.push(node);
      else root ??= node;
      stack.push(node);
    } else if (event.type === 'end') {
      stack.pop();
    } else if (event.type === 'text' && stack.length > 0) {
      stack.at(-1)!.children.push(event.text);
    }
  }
  return root;
}

/** Names of ours for what the author named, one map each per document, so every part agrees. */
export interface NeutralNames {
  styles: Map<string, string>;
  bookmarks: Map<string, string>;
  /** Numeric ids by what they identify (bookmarkId, noteId, listId). */
  ids: Map<string, Map<string, string>>;
  /** List template ids (nsid, tmpl) and drawing ids handed out. */
  lists: number;
  drawings: number;
  /** The notes the document refers to (`w:footnote:1`, by our ids): a note nothing refers to is shown nowhere. */
  notesShown: Set<string>;
}

export function neutralNames(): NeutralNames {
  return { styles: new Map(), bookmarks: new Map(), ids: new Map(), lists: 0, drawings: 0, notesShown: new Set() };
}

/** The same id for the same number throughout the document, counted from 1 (0 keeps meaning "no list"). */
function neutralId(names: NeutralNames, kind: string, raw: string): string | undefined {
  if (!hasShape('int', raw)) return undefined;
  if (raw === '0' && kind === 'listId') return raw;
  let ids = names.ids.get(kind);
  if (ids === undefined) names.ids.set(kind, (ids = new Map()));
  return neutral(ids, raw, '');
}

function neutral(names: Map<string, string>, name: string, prefix: string): string {
  let mapped = names.get(name);
  if (mapped === undefined) names.set(name, (mapped = `${prefix}${names.size + 1}`));
  return mapped;
}

/**
 * Fields whose shown text comes from the author's profile, the document's properties, file name
 * or template, document variables, a mail-merge source, or its creation and saving dates: the
 * field goes with what it shows, and so does any field that holds one (QUOTE "{AUTHOR}").
 */
const identityField =
  /^\s*(AUTHOR|LASTSAVEDBY|USERNAME|USERINITIALS|USERADDRESS|DOCPROPERTY|DOCVARIABLE|INFO|FILENAME|FILESIZE|TEMPLATE|TITLE|SUBJECT|KEYWORDS|COMMENTS|MERGEFIELD|MERGEREC|MERGESEQ|NEXT|NEXTIF|SKIPIF|ASK|FILLIN|ADDRESSBLOCK|GREETINGLINE|DATABASE|CREATEDATE|SAVEDATE|PRINTDATE|EDITTIME|REVNUM)\b/i;

/**
 * Field instructions kept: page numbering only. Every other field keeps only the text it shows
 * (its instruction may name the author's paths, bookmarks or data), flattened into plain runs.
 */
const pageField = /^\s*(PAGE|NUMPAGES|SECTIONPAGES)(\s+\\\*\s*(MERGEFORMAT|CHARFORMAT|Arabic|roman|ROMAN|alphabetic|ALPHABETIC))*\s*$/;

export function isPageField(instruction: string): boolean {
  return pageField.test(instruction);
}

/**
 * A page field's instruction as the copy writes it: its name alone. A format switch (`\* ALPHABETIC`,
 * `\* roman`) would show the page as letters the author chose by its start (page 14 as "N"), which
 * no text reader reads; without one the page shows in the section's format, digits (numberShownAs).
 */
function pageInstruction(instruction: string): string {
  return ` ${pageField.exec(instruction)![1]} `;
}

interface FieldDecisions {
  /** Field characters and instructions of page fields: every other one is dropped. */
  kept: Set<Node>;
  /** What a page field shows (its number), the only digits a header or footer keeps. */
  pageNumbers: Set<Node>;
  /** Run content inside a field's instruction, or shown by an identity field. */
  dropped: Set<Node>;
  /** A page field's instruction, written whole in its first instruction text (the others empty). */
  instructions: Map<Node, string>;
}

/** Every element in it is on the list (or a wrapper), with only attributes the list names. */
function allowed(node: Node): boolean {
  if (node.key === undefined || node.key === 'mc:AlternateContent') return false;
  const spec = vocabulary.get(node.key);
  if (spec === undefined && !transparent.has(node.key)) return false;
  const named = (a: XmlElement['attributes'][number]) => {
    const prefix = a.ns === '' ? '' : prefixOf.get(a.ns);
    return prefix !== undefined && spec?.attributes.has(prefix === '' ? a.local : `${prefix}:${a.local}`) === true;
  };
  return node.element.attributes.every((a) => a.name.startsWith('xmlns') || named(a))
    && node.children.every((child) => typeof child === 'string' || allowed(child));
}

/** A footnote or endnote separator, shown above the notes of every page. */
function isSeparator(node: Node): boolean {
  return (node.key === 'w:footnote' || node.key === 'w:endnote') && /^(separator|continuationSeparator|continuationNotice)$/.test(attr(node.element, node.element.ns, 'type') ?? '');
}

/** Whether an element of this local name, in any namespace, is anywhere inside. */
const holds = (node: Node, local: string): boolean => node.children.some((child) => typeof child !== 'string' && (child.element.local === local || holds(child, local)));

const textOf = (node: Node): string => node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

/**
 * Complex fields span runs and paragraphs (begin, instruction, separate, result, end) and nest;
 * they are decided in document order, by the outermost field and everything nested in it.
 */
function decideFields(root: Node): FieldDecisions {
  const decisions: FieldDecisions = { kept: new Set(), pageNumbers: new Set(), dropped: new Set(), instructions: new Map() };
  interface Outer { instruction: string | undefined; nested: boolean; identity: boolean; marks: Node[]; content: Array<{ node: Node; result: boolean }> }
  let outer: Outer | undefined;
  const open: Array<{ instruction: string; separated: boolean }> = [];
  const closeInstruction = (level: { instruction: string }) => {
    if (identityField.test(level.instruction)) outer!.identity = true;
    if (open.length === 1) outer!.instruction = level.instruction;
  };
  const finish = () => {
    const field = outer!;
    const page = !field.nested && !field.identity && isPageField(field.instruction ?? open[0]?.instruction ?? '');
    if (page) {
      for (const mark of field.marks) decisions.kept.add(mark);
      const instructions = field.marks.filter((mark) => mark.key === 'w:instrText');
      instructions.forEach((mark, i) => decisions.instructions.set(mark, i === 0 ? pageInstruction(field.instruction ?? open[0]?.instruction ?? '') : ''));
    }
    for (const { node, result } of field.content) {
      if (page && result) decisions.pageNumbers.add(node);
      else if (!page && (!result || field.identity)) decisions.dropped.add(node);
    }
    outer = undefined;
    open.length = 0;
  };
  const walk = (node: Node, parent: Node | undefined) => {
    if (node.key === 'w:fldChar') {
      const type = attr(node.element, node.element.ns, 'fldCharType');
      if (type === 'begin') {
        outer ??= { instruction: undefined, nested: false, identity: false, marks: [], content: [] };
        if (open.length > 0) outer.nested = true;
        open.push({ instruction: '', separated: false });
      }
      if (!outer || open.length === 0) return;
      outer.marks.push(node);
      const level = open.at(-1)!;
      if (type === 'separate' && !level.separated) {
        level.separated = true;
        closeInstruction(level);
      } else if (type === 'end') {
        if (!level.separated) closeInstruction(level);
        open.pop();
        if (open.length === 0) finish();
      }
      return;
    }
    if (node.key === 'w:instrText') {
      if (outer && open.length > 0) {
        open.at(-1)!.instruction += textOf(node);
        outer.marks.push(node);
      }
      return;
    }
    if (node.key === 'w:fldSimple' && outer && identityField.test(attr(node.element, node.element.ns, 'instr') ?? '')) outer.identity = true;
    if (outer && parent?.key === 'w:r' && node.key !== 'w:rPr') outer.content.push({ node, result: open[0]!.separated });
    for (const child of node.children) if (typeof child !== 'string') walk(child, node);
  };
  walk(root, undefined);
  if (outer) finish();
  return decisions;
}

/**
 * What a header, footer or note separator may not show: pictures (a unit's logo), text boxes,
 * symbols and note references (a note only they refer to would be read by no one either). With its
 * words and numbers (the author's name, unit or phone, which the identity warning never reads:
 * mammoth reads none of them), they go; page numbers, punctuation and layout stay (margin-text.ts).
 */
const marginDropped = new Set(['w:drawing', 'w:pict', 'w:sym', 'w:footnoteReference', 'w:endnoteReference']);

/** Characters XML 1.0 cannot carry (a character reference in the upload can name them): a copy holding one opens nowhere. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A rebuilt element or text, with its key so a parent can check what it holds. */
interface Piece {
  key: string;
  xml: string;
}

const endnotesInDigits: Piece = { key: 'w:numFmt', xml: '<w:numFmt w:val="decimal"/>' };

export interface WordPartContext {
  names: NeutralNames;
  /** The part's relationship ids (as written by the author) → ours; an id not here reaches nothing kept. */
  relationships: ReadonlyMap<string, string>;
}

/**
 * Rebuilds one Word XML part (document, header, footer, notes, styles, numbering, settings, fonts
 * table) whose root must be `root` (`w:document`…); a part with any other root becomes an empty one.
 */
export function rebuildWordXml(xml: string, root: string, context: WordPartContext): string {
  const tree = parse(xml);
  const fields = tree ? decideFields(tree) : { kept: new Set<Node>(), pageNumbers: new Set<Node>(), dropped: new Set<Node>(), instructions: new Map<Node, string>() };
  const margin = root === 'w:hdr' || root === 'w:ftr';
  // A note separator is shown above the notes of every page, and read by mammoth no more than a header.
  const inSeparator = new Set<Node>();
  const collect = (node: Node, separator: boolean) => {
    const here = separator || isSeparator(node);
    if (here) inSeparator.add(node);
    for (const child of node.children) if (typeof child !== 'string') collect(child, here);
  };
  const notes = root === 'w:footnotes' || root === 'w:endnotes';
  if (tree && notes) collect(tree, false);
  const unread = (node: Node) => margin || inSeparator.has(node);
  // Set while the children of a simple page field are rebuilt: its shown number is a page number.
  let inPageField = false;
  // One namespace per prefix in a part: a second URI under a prefix (strict beside transitional) is not understood.
  const uris = new Map<string, string>();
  let style: string | undefined;

  const value = (shape: ValueShape, raw: string, node: Node): string | undefined => {
    switch (shape) {
      case 'style':
        if (node.key === 'w:name') return builtInStyleNames.get(raw.toLowerCase()) ?? style;
        return neutral(context.names.styles, raw, 'S');
      case 'bookmark':
        return neutral(context.names.bookmarks, raw, '_bm');
      case 'rel':
        return context.relationships.get(raw);
      case 'font':
        return commonFonts.has(raw) ? raw : undefined;
      case 'bookmarkId':
      case 'noteId':
      case 'listId':
        return neutralId(context.names, shape, raw);
      case 'drawingId':
        return String(++context.names.drawings);
      case 'fresh':
        return (++context.names.lists).toString(16).toUpperCase().padStart(8, '0');
      case 'picture':
        return 'Picture';
      case 'vmlStyle':
        return vmlStyle(raw);
      case 'numberFormat':
        return numberShownAs(raw);
      default:
        return hasShape(shape, raw) ? raw : undefined;
    }
  };

  const understood = (node: Node): node is Node & { key: string } => {
    if (node.key === undefined) return false;
    const prefix = node.key.slice(0, node.key.indexOf(':'));
    const uri = uris.get(prefix);
    if (uri === undefined) uris.set(prefix, node.element.ns);
    return uri === undefined || uri === node.element.ns;
  };

  const attributes = (node: Node & { key: string }): string | undefined => {
    const spec = vocabulary.get(node.key)!;
    const written: string[] = [];
    for (const [name, { shape, required }] of spec.attributes) {
      const colon = name.indexOf(':');
      const [prefix, local] = colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
      const found = node.element.attributes.find(
        (a) => a.local === local && (prefix === '' ? a.ns === '' : namespaces[prefix]!.includes(a.ns)) && !a.name.startsWith('xmlns'),
      );
      const kept = found && value(shape, found.value, node);
      if (kept === undefined) {
        if (required) return undefined;
        continue;
      }
      if (prefix !== '' && prefix !== 'xml') uris.set(prefix, uris.get(prefix) ?? found!.ns);
      written.push(` ${name}="${escapeXmlAttribute(kept)}"`);
    }
    return written.join('');
  };

  /** `parent` is the element the pieces are written in: a wrapper's content goes into the wrapper's parent. */
  const children = (node: Node, parent: string): Piece[] => node.children.flatMap((child) => (typeof child === 'string' ? [] : rebuild(child, parent)));

  const element = (key: string, attributeXml: string, inner: Piece[]): Piece => {
    const content = inner.map((piece) => piece.xml).join('');
    return { key, xml: content ? `<${key}${attributeXml}>${content}</${key}>` : `<${key}${attributeXml}/>` };
  };

  function rebuild(node: Node, parent: string): Piece[] {
    if (!understood(node) || fields.dropped.has(node)) return [];
    const { key } = node;
    if (parents[key]?.includes(parent) === false) return [];
    if ((key === 'w:fldChar' || key === 'w:instrText') && !fields.kept.has(node)) return [];
    if (marginDropped.has(key) && unread(node)) return [];
    if (key === 'w:fldSimple') {
      const instruction = attr(node.element, node.element.ns, 'instr') ?? '';
      if (identityField.test(instruction)) return [];
      if (!isPageField(instruction)) return children(node, parent);
      const outer = inPageField;
      inPageField = true;
      try {
        return [element(key, ` w:instr="${escapeXmlAttribute(pageInstruction(instruction))}"`, children(node, key))];
      } finally {
        inPageField = outer;
      }
    }
    // Only links within the document stay links; a web or mail address is the author's, its text is kept.
    if (key === 'w:hyperlink' && (attr(node.element, node.element.ns, 'anchor') === undefined || node.element.attributes.some((a) => a.local === 'id'))) {
      return children(node, parent);
    }
    // A content control bound to the document's properties or custom XML shows the author's name or data.
    // Word 2013 on writes its own (w15:dataBinding) beside or instead of the standard one: any binding counts, however wrapped.
    if (key === 'w:sdt' && node.children.some((c) => typeof c !== 'string' && c.key === 'w:sdtPr' && holds(c, 'dataBinding'))) {
      return [];
    }
    const noteId = () => `${key.replace('Reference', '')}:${neutralId(context.names, 'noteId', attr(node.element, node.element.ns, 'id') ?? '') ?? ''}`;
    if (key === 'w:footnoteReference' || key === 'w:endnoteReference') context.names.notesShown.add(noteId());
    // Separators are shown whenever notes are; any other note only where the text refers to it.
    if (notes && (key === 'w:footnote' || key === 'w:endnote') && !isSeparator(node) && !context.names.notesShown.has(noteId())) return [];
    if (key === 'mc:AlternateContent') return alternative(node, parent);
    if (transparent.has(key)) return children(node, parent);
    if (!vocabulary.has(key)) return [];
    if (key === 'w:style') style = neutral(context.names.styles, attr(node.element, node.element.ns, 'styleId') ?? '', 'S');
    const attributeXml = attributes(node);
    if (attributeXml === undefined) return [];
    const kind = textContent[key];
    if (kind !== undefined) {
      const text = node.children.filter((c): c is string => typeof c === 'string').join('');
      if (kind !== 'words' && !hasShape(kind, text.trim())) return [];
      if (key === 'w:instrText') {
        const instruction = fields.instructions.get(node);
        return instruction ? [{ key, xml: `<${key}${attributeXml}>${escapeXmlText(instruction)}</${key}>` }] : [];
      }
      if (key === 'w:t' && unread(node) && !shownInMargin(text, inPageField || fields.pageNumbers.has(node))) return [];
      return [{ key, xml: `<${key}${attributeXml}>${escapeXmlText(kind === 'words' ? text.replace(notXmlChar, '') : text.trim())}</${key}>` }];
    }
    // The settings' note properties name the separators; a note there holds nothing.
    const inner = parent === 'w:footnotePr' || parent === 'w:endnotePr' ? [] : children(node, key);
    // Word and Writer number endnotes i, ii, iii… unless told otherwise, from a start the author
    // sets (6 shows "vi"): every section's endnotes are numbered in digits, as lists are (numberShownAs).
    if (key === 'w:endnotePr' && !inner.some((piece) => piece.key === 'w:numFmt')) inner.splice(inner[0]?.key === 'w:pos' ? 1 : 0, 0, endnotesInDigits);
    if (key === 'w:sectPr' && !inner.some((piece) => piece.key === 'w:endnotePr')) {
      const before = inner.findLastIndex((piece) => ['w:headerReference', 'w:footerReference', 'w:footnotePr'].includes(piece.key));
      inner.splice(before + 1, 0, { key: 'w:endnotePr', xml: `<w:endnotePr>${endnotesInDigits.xml}</w:endnotePr>` });
    }
    const needed = requiredChildren[key];
    if (needed && !inner.some((piece) => needed.includes(piece.key))) return [];
    // A run left with nothing to show (its field characters, comment mark or hidden data gone) is not written.
    if (key === 'w:r' && inner.every((piece) => piece.key === 'w:rPr')) return [];
    return [element(key, attributeXml, inner)];
  }

  /**
   * Markup compatibility: the fallback, written for readers that know only the standard; without
   * one, the first choice in which every element and attribute is on the list (what the list does
   * not name is never written, so a choice that needs it would be broken).
   */
  function alternative(node: Node, parent: string): Piece[] {
    const options = node.children.filter((child): child is Node => typeof child !== 'string');
    const fallback = options.find((option) => option.key === 'mc:Fallback');
    if (fallback) return children(fallback, parent);
    const choice = options.find((option) => option.key === 'mc:Choice' && option.children.every((child) => typeof child === 'string' || allowed(child)));
    return choice ? children(choice, parent) : [];
  }

  const rebuilt = tree && understood(tree) && tree.key === root ? rebuild(tree, '') : [];
  const body = rebuilt.length === 1 && rebuilt[0]!.key === root ? rebuilt[0]!.xml : `<${root}/>`;
  uris.set(root.slice(0, root.indexOf(':')), uris.get(root.slice(0, root.indexOf(':'))) ?? namespaces[root.slice(0, root.indexOf(':'))]![0]!);
  const declarations = [...uris].filter(([prefix]) => prefix !== 'xml').map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${root}${declarations}${body.slice(root.length + 1)}`;
}
