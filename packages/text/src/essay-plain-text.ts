import { decodeEntities } from './entities.ts';

/**
 * The text of sanitized essay HTML (the API's allow-listed output, whose shape is known, so
 * string rules are enough): one blank line between blocks, a newline for `<br>`, spaces
 * collapsed, NFC. The result is text, never markup: pages print it escaped.
 */
export function sanitizedHtmlToText(html: string): string {
  const marked = html
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h2|h3|li|blockquote)\s*>/gi, '\n\n')
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
    .filter((block) => block !== '')
    .join('\n\n')
    .normalize('NFC');
}

/** The blocks of plain text (blank-line separated), for printing as paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Plain text (pasted, or typed where the editor has no JavaScript) as essay HTML: a paragraph
 * per blank-line-separated block, `<br />` for a single line break, everything escaped.
 */
export function plainTextToHtml(text: string): string {
  return paragraphs(text.normalize('NFC'))
    .map((block) => {
      const escaped = block.replace(/[&<>"]/g, (char) => escapes[char] ?? char);
      return `<p>${escaped.split('\n').map((line) => line.trim()).join('<br />')}</p>`;
    })
    .join('');
}
