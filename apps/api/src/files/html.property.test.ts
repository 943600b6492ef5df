import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { withoutUnrenderable } from '../lib/stable-markup.ts';
import { sanitizeEssayHtml } from './html.ts';

// SECURITY.md case 16: whatever markup comes in, what is stored is a fixed point of the sanitizer
// and of normalization, and a browser's parser (parse5 follows the HTML standard) finds in it only
// the essay reader's elements, no event attribute and no link but http(s) and mailto.

const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'] as const;
const ALLOWED = new Set(['p', 'br', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'ul', 'ol', 'li', 'a']);
const COMBINING = ['\u0338', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323', '\u20d2', '\u0344', '\u0340'];

const tagName = fc.constantFrom('p', 'a', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h4', 'div', 'span', 'ul', 'ol', 'li',
  'blockquote', 'br', 'img', 'svg', 'script', 'style', 'iframe', 'noscript', 'textarea', 'title', 'math', 'table',
  'td', 'tr', 'xmp', 'select', 'option', 'template', 'object', 'A', 'SCRIPT', 'Img');
const attributeValue = fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)',
  'https://a.vn/x?y=1&z=2', 'mailto:ban@to-chuc.vn', 'data:text/html,<script>alert(1)</script>', '//evil.example',
  '" onfocus="alert(1)', "' onmouseover='alert(1)", 'x>\u0338', '&#x6a;avascript:alert(1)', 'vbscript:x', '/api/me', '');
const attribute = fc.tuple(
  fc.constantFrom('href', 'onfocus', 'onerror', 'onclick', 'style', 'src', 'autofocus', 'tabindex', 'rel', 'HREF', 'xlink:href', 'formaction'),
  attributeValue,
  fc.constantFrom('"', "'", ''),
).map(([name, value, quote]) => `${name}=${quote}${value}${quote}`);
const openTag = fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', ' >', '/>', '', '>\u0338', ' x')).map(
  ([name, attributes, end]) => `<${[name, ...attributes].join(' ')}${end}`,
);
const closeTag = tagName.map((name) => `</${name}>`);
const fragment = fc.oneof(
  openTag,
  closeTag,
  fc.constantFrom(...COMBINING),
  fc.constantFrom('&#x338;', '&#824;', '&gt;', '&lt;', '&amp;', '&quot;', '&#60;', '&#x3c', '&#62', '&nbsp;', '&#x226F;', '&#0;', '&bogus;'),
  fc.constantFrom('<', '>', '</', '"', "'", '=', '<!--', '-->', '<![CDATA[', ']]>', '<?x ', '<!doctype html>', '`'),
  fc.constantFrom('≯', '≮', '≠', '＜', '＞', '﹤', '﹥', '＂', '＆', '⁼', 'ǁ'),
  fc.constantFrom('\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\ud800', '\udfff', '\ufffe', '\uffff'),
  fc.constantFrom('Gương sáng', 'làm theo lời Bác', 'Nguyễn', ' ', '\n', '\t', 'onfocus=alert(1)', 'x', 'alert(1)'),
  fc.string({ maxLength: 4 }),
);
const markup = fc.tuple(fc.array(fragment, { maxLength: 24 }), fc.constantFrom(undefined, ...FORMS)).map(
  ([parts, form]) => (form ? parts.join('').normalize(form) : parts.join('')),
);

type Node = DefaultTreeAdapterMap['childNode'];

/** What a browser builds from the stored HTML, checked element by element. */
function browserProblems(html: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      if (!ALLOWED.has(node.tagName)) problems.push(`element ${node.tagName}`);
      for (const { name, value } of node.attrs) {
        if (node.tagName !== 'a' || (name !== 'href' && name !== 'rel')) problems.push(`attribute ${name} on ${node.tagName}`);
        if (name === 'href' && !/^(https?:\/\/|mailto:)/i.test(value)) problems.push(`link ${value}`);
      }
      visit(node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return problems;
}

/** Every tag written is closed, in order (the stored HTML is well-formed, not left to the browser's repairs). */
function balanced(html: string): boolean {
  const open: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    if (name === 'br') continue;
    if (!close) open.push(name ?? '');
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

describe('sanitizeEssayHtml is a fixed point, whatever the markup and its normalization', () => {
  test('10,000 generated documents', () => {
    fc.assert(fc.property(markup, (input) => {
      const stored = sanitizeEssayHtml(input);
      expect(sanitizeEssayHtml(stored)).toBe(stored);
      expect(stored.normalize('NFC')).toBe(stored);
      expect(sanitizeEssayHtml(stored.normalize('NFD'))).toBe(stored);
      expect(balanced(stored)).toBe(true);
      // Nothing a later step (XML) must drop, which could bring a tag and a mark together.
      expect(withoutUnrenderable(stored)).toBe(stored);
      for (const form of FORMS) {
        const renormalized = stored.normalize(form);
        expect(browserProblems(renormalized), `${form} of ${JSON.stringify(stored)}`).toEqual([]);
        const resanitized = sanitizeEssayHtml(renormalized);
        expect(browserProblems(resanitized)).toEqual([]);
        expect(balanced(resanitized)).toBe(true);
      }
      expect(browserProblems(stored)).toEqual([]);
    }), { numRuns: 10_000 });
  }, 120_000);
});
