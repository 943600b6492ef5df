import { decodeEntities, sanitizedHtmlToText } from '@guong-sang/text';
import { DomHandler, type ChildNode } from 'domhandler';
import { Parser } from 'htmlparser2';
import { DomainError } from '../lib/errors.ts';
import { stabilizeMarkup, withoutUnrenderable } from '../lib/stable-markup.ts';

/** Schemes a link in an essay may use; everything else (javascript:, data:, file:, relative) is unlinked. */
const linkProtocols = new Set(['http:', 'https:', 'mailto:']);

function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim());
    return linkProtocols.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Blocks the editor writes, by source tag: the editor has two heading levels. */
const BLOCKS: Record<string, 'p' | 'h2' | 'h3'> = { p: 'p', h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h3', h5: 'h3', h6: 'h3' };
/** Inline marks, by source tag. */
const MARKS: Record<string, string> = { strong: 'strong', b: 'b', em: 'em', i: 'i', u: 'u', s: 's', strike: 's', del: 's' };
/** Elements whose content is code, styles, embedded documents or form controls: dropped with everything inside. */
const DROPPED = new Set(['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'title', 'head', 'iframe',
  'noembed', 'noframes', 'template', 'object', 'embed', 'svg', 'math', 'select', 'plaintext', 'frameset']);
/**
 * Other block-level wrappers (div, table cells, sections…): a paragraph when they hold only inline
 * content, otherwise transparent, so text from separate blocks never runs together.
 */
const WRAPPERS = new Set(['div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure',
  'figcaption', 'address', 'center', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt',
  'dd', 'details', 'summary', 'pre', 'form', 'fieldset', 'legend', 'hgroup', 'li', 'body', 'html']);
const isBlockSource = (name: string) =>
  name in BLOCKS || WRAPPERS.has(name) || name === 'blockquote' || name === 'ul' || name === 'ol';

/** The rebuilt tree: only what the essay reader renders. Block children only in flow containers. */
type Inline = string | { tag: 'br' } | { tag: string; href?: string; children: Inline[] };
type Flow = Inline | { tag: 'p' | 'h2' | 'h3'; children: Inline[] } | { tag: 'blockquote' | 'li'; children: Flow[] }
  | { tag: 'ul' | 'ol'; children: Flow[] };
/** Where a block stood inside inline content: a line break if text comes before and after it. */
const BLOCK_EDGE: Inline = { tag: 'block-edge', children: [] };

/** Appends one by one: a spread of 100,000 children would overflow the call stack. */
function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

function hasBlockInside(node: ChildNode): boolean {
  return 'children' in node && node.children.some((child) =>
    child.type === 'tag' && !DROPPED.has(child.name) && (isBlockSource(child.name) || hasBlockInside(child)));
}

/** Inline content of `nodes`, with block edges marked where hostile or pasted HTML put blocks inside. */
function buildInline(nodes: ChildNode[], insideLink: boolean): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.data);
    if (node.type !== 'tag' || DROPPED.has(node.name)) continue;
    const { name } = node;
    if (name === 'br') out.push({ tag: 'br' });
    else if (name === 'a') {
      const href = insideLink ? undefined : safeHref(node.attribs.href?.normalize('NFC'));
      const children = buildInline(node.children, true);
      if (href) out.push({ tag: 'a', href, children });
      else append(out, children);
    } else if (MARKS[name]) out.push({ tag: MARKS[name], children: buildInline(node.children, insideLink) });
    else if (isBlockSource(name)) {
      out.push(BLOCK_EDGE);
      append(out, buildInline(node.children, insideLink));
      out.push(BLOCK_EDGE);
    } else append(out, buildInline(node.children, insideLink));
  }
  return out;
}

/**
 * Inline content of a block: a block met inside it gives up its block and is set off by line
 * breaks, so its text stays apart from its neighbours and the tree stays valid.
 */
function inlineContent(nodes: ChildNode[]): Inline[] {
  let seenContent = false;
  let breakPending = false;
  const resolve = (items: Inline[]): Inline[] => items.flatMap((item): Inline[] => {
    if (item === BLOCK_EDGE) {
      breakPending = seenContent;
      return [];
    }
    if (typeof item === 'string' && item.trim() === '') return [item];
    const lineBreak: Inline[] = breakPending && !(typeof item !== 'string' && item.tag === 'br') ? [{ tag: 'br' }] : [];
    breakPending = false;
    seenContent = true;
    if (typeof item === 'string' || !('children' in item)) return [...lineBreak, item];
    return [...lineBreak, { ...item, children: resolve(item.children) }];
  });
  return resolve(buildInline(nodes, false));
}

/** Flow content (the document, quotes, list items): blocks and inline content side by side. */
function buildFlow(nodes: ChildNode[]): Flow[] {
  const out: Flow[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.data);
    if (node.type !== 'tag' || DROPPED.has(node.name)) continue;
    const { name } = node;
    const block = BLOCKS[name];
    if (block) out.push({ tag: block, children: inlineContent(node.children) });
    else if (name === 'blockquote') out.push({ tag: 'blockquote', children: buildFlow(node.children) });
    else if (name === 'ul' || name === 'ol') out.push({ tag: name, children: buildList(node.children) });
    else if (WRAPPERS.has(name)) {
      if (hasBlockInside(node)) append(out, buildFlow(node.children));
      else out.push({ tag: 'p', children: inlineContent(node.children) });
    } else if (name === 'br' || name === 'a' || MARKS[name]) append(out, inlineContent([node]));
    else append(out, buildFlow(node.children));
  }
  return out;
}

/** A list holds list items only: stray content between items becomes an item of its own. */
function buildList(nodes: ChildNode[]): Flow[] {
  const items: Flow[] = [];
  let stray: ChildNode[] = [];
  const flushStray = () => {
    const content = buildFlow(stray).filter((item) => typeof item !== 'string' || item.trim() !== '');
    if (content.length > 0) items.push({ tag: 'li', children: content });
    stray = [];
  };
  for (const node of nodes) {
    if (node.type === 'tag' && node.name === 'li') {
      flushStray();
      items.push({ tag: 'li', children: buildFlow(node.children) });
    } else stray.push(node);
  }
  flushStray();
  return items;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/**
 * Adjacent texts are cleaned and normalized together, after references were decoded: a mark after
 * a dropped element joins the letter before it, and `&#x3;` is dropped like a raw control.
 */
function serialize(nodes: Flow[], links: boolean): string {
  let html = '';
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      text += node;
      continue;
    }
    html += escapeText(withoutUnrenderable(text).normalize('NFC'));
    text = '';
    if (node.tag === 'br') html += '<br />';
    else if ('href' in node && !links) html += serialize(node.children, links);
    else {
      const open = 'href' in node && node.href
        ? `<a href="${escapeAttribute(node.href)}" rel="noopener noreferrer nofollow">`
        : `<${node.tag}>`;
      html += `${open}${serialize('children' in node ? node.children : [], links)}</${node.tag}>`;
    }
  }
  return html + escapeText(withoutUnrenderable(text).normalize('NFC'));
}

/** Deeper than any editor or word processor nests; the parser's work grows with the square of the depth. */
const MAX_DEPTH = 200;

/** Builds the parse tree, refusing hostile nesting as soon as it is seen rather than after the work. */
class DepthLimitedHandler extends DomHandler {
  private depth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw new DomainError(400, 'html_too_deep');
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth -= 1;
    super.onclosetag();
  }
}

/**
 * Essay bodies (editor, uploads): the only HTML any page renders unescaped. Rebuilt from an
 * allow-list rather than filtered: the markup is parsed as written (normalizing it first could
 * join a `>` with the mark after it and break the tag), every address is normalized before it is
 * judged and every run of text before it is kept, and only the elements the essay reader knows
 * are written back, with escaped text and no attribute but a checked link. The output is a fixed point of this
 * function and of NFC and NFD (`html.property.test.ts`).
 */
export function sanitizeEssayHtml(html: string): string {
  return rebuildEssayHtml(html, true);
}

/** `links`: whether checked links are written as links, or only their text. */
function rebuildEssayHtml(html: string, links: boolean): string {
  const handler = new DepthLimitedHandler();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
    .end(withoutUnrenderable(html));
  return stabilizeMarkup(serialize(buildFlow(handler.root.children), links));
}

/**
 * A body as a judge reads it: links keep their text, not their address (the author's mail or site,
 * which the identity warning never reads), as in the judges' DOCX and ODT copies.
 */
export function essayHtmlForJudges(stored: string): string {
  return shownEssayHtml(stored, false);
}

/** Bodies as sent to pages, by stored body and whether links stay: most are read far more often than written. */
const displayed = new Map<string, string>();
const DISPLAYED_KEPT = 500;

/**
 * A stored essay body on its way to a page or feed, passed through today's sanitizer: rows
 * written before a sanitizer fix stay byte-identical (a submitted version's receipt hash covers
 * them) yet are never served as they were. Nesting too deep for today's rules leaves only text.
 */
export function essayHtmlForDisplay(stored: string): string {
  return shownEssayHtml(stored, true);
}

function shownEssayHtml(stored: string, links: boolean): string {
  const key = `${links ? 'a' : 't'}${stored}`;
  let html = displayed.get(key);
  if (html === undefined) {
    try {
      html = rebuildEssayHtml(stored, links);
    } catch {
      const text = withoutUnrenderable(decodeEntities(stored.replace(/<[^>]*>/g, ' ')));
      html = stabilizeMarkup(`<p>${escapeText(text)}</p>`);
    }
    if (displayed.size >= DISPLAYED_KEPT) displayed.delete(displayed.keys().next().value ?? '');
    displayed.set(key, html);
  }
  return html;
}

/**
 * Plain text of essay HTML: one blank line between blocks, a newline for <br>, spaces collapsed.
 * Sanitized first, so the text rules of packages/text see only the shape they know.
 */
export function htmlToText(html: string): string {
  return sanitizedHtmlToText(sanitizeEssayHtml(html));
}
