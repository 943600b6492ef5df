import sanitizeHtml from 'sanitize-html';

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

const allowedTags = ['p', 'br', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'ul', 'ol', 'li', 'a'];

const options: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: [...linkProtocols].map((p) => p.slice(0, -1)),
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Disallowed tags normally leave their text behind; these leave nothing (code, styles, embeds).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'title', 'head', 'iframe', 'noembed', 'noframes', 'template', 'object', 'svg', 'math', 'select'],
  transformTags: {
    // The editor has two heading levels; other block wrappers become paragraphs so text does not run together.
    h1: 'h2',
    h4: 'h3',
    h5: 'h3',
    h6: 'h3',
    div: 'p',
    strike: 's',
    // A link survives only with a web or mail address, and never passes on who referred the reader.
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = safeHref(attribs.href);
      return href
        ? { tagName: 'a', attribs: { href, rel: 'noopener noreferrer nofollow' } }
        : { tagName: 'span', attribs: {} };
    },
  },
};

/** Allow-list HTML for essay bodies (editor, uploads); the only HTML any page may render unescaped. */
export function sanitizeEssayHtml(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), options).normalize('NFC');
}

const entities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

/** Character references to characters; unknown names and code points that are not characters stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of essay HTML: one blank line between blocks, a newline for <br>, spaces collapsed.
 * Works on sanitized output only, whose shape is known, so plain string rules are enough.
 */
export function htmlToText(html: string): string {
  const marked = sanitizeEssayHtml(html)
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|h2|h3|li|blockquote)>/g, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(marked)
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('\n')
        .trim(),
    )
    .filter((block) => block.length > 0)
    .join('\n\n')
    .normalize('NFC');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Pasted plain text as editor HTML: blank lines separate paragraphs, single newlines become <br>. */
export function textToHtml(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${escapeHtml(block).replace(/[^\S\n]*\n[^\S\n]*/g, '<br />')}</p>`)
    .join('');
}

/** DESIGN.md: after NFC, whitespace-separated tokens holding at least one letter or digit. */
export function countWords(text: string): number {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
