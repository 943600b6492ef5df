/**
 * Plain-text helpers for essays, shared by the browser and the web server. The API stays the
 * judge of what is stored; these only have to agree with its rules (DESIGN.md "Vietnamese text").
 */

/**
 * Word count as DESIGN.md defines it: after NFC, whitespace-separated tokens that contain a
 * letter or a digit. A Vietnamese "word" is a syllable, so "Gương sáng" is two words; a lone
 * dash or an ellipsis is not a word.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.normalize('NFC').split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The text of the API's sanitized essay HTML: one blank line between blocks, a newline for
 * `<br>`. For the no-JavaScript editor (a plain textarea) and read-only views; the input is the
 * API's allow-listed HTML, whose shape is known, so string rules are enough. The result is text,
 * never markup: pages print it escaped.
 */
export function htmlToPlainText(html: string): string {
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
        .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
        .join('\n')
        .trim(),
    )
    .filter((block) => block !== '')
    .join('\n\n');
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
 * Plain text (from the textarea that stands in for the editor without JavaScript) as essay HTML:
 * a paragraph per blank-line-separated block, `<br>` for single line breaks, everything escaped.
 */
export function plainTextToHtml(text: string): string {
  return paragraphs(text.normalize('NFC'))
    .map((block) => {
      const escaped = block.replace(/[&<>"]/g, (char) => escapes[char] ?? char);
      return `<p>${escaped.split('\n').map((line) => line.trim()).join('<br>')}</p>`;
    })
    .join('');
}

/**
 * A URL slug from a title: Vietnamese diacritics removed ("Gương sáng" → "guong-sang"),
 * lower case, ASCII letters and digits joined by single hyphens.
 */
export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
