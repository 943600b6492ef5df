import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { stabilizeMarkup, withoutUnrenderable } from './stable-markup.ts';
import { nfc } from './text.ts';

// Raw HTML in the Markdown is not rendered at all; the output is sanitized once more anyway.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'strong', 'em', 'del', 'blockquote', 'ul', 'ol', 'li',
    'a', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};

/** Rendered texts by source: a contest's description and rules are read far more than written. */
const rendered = new Map<string, string>();
const RENDERED_KEPT = 200;

/** Contest descriptions and rules: Markdown in, safe HTML out. */
export function renderMarkdown(source: string): string {
  let html = rendered.get(source);
  if (html === undefined) {
    html = stabilizeMarkup(sanitizeHtml(markdown.render(nfc(withoutUnrenderable(source))), ALLOWED));
    if (rendered.size >= RENDERED_KEPT) rendered.delete(rendered.keys().next().value ?? '');
    rendered.set(source, html);
  }
  return html;
}
