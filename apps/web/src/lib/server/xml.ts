/**
 * Text for XML documents (feeds, sitemaps). Escapes the five special characters, so a value is
 * safe in element content and in single- or double-quoted attributes, and drops the characters
 * XML 1.0 forbids outright (control characters, lone surrogates, U+FFFE/U+FFFF), which would
 * make the whole document unreadable to a strict parser.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An RFC 3339 / W3C date-time in UTC, or null for a value that is not a date. */
export function xmlDate(value: string | Date): string | null {
  const time = new Date(value).getTime();
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
