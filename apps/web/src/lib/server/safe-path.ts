const base = new URL('http://guong-sang.invalid');

/**
 * Returns `value` if it is a path on this site (a single leading `/`), else null, so that
 * `?next=` and similar parameters cannot redirect to another site (`//evil`, `/\evil`,
 * `https://evil`, or tricks with control characters that browsers strip).
 */
export function safeLocalPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return null;
  // Browsers read `\` as `/` and drop tabs and newlines inside URLs.
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (char === '\\' || code < 0x20 || code === 0x7f) return null;
  }
  const url = new URL(value, base);
  if (url.origin !== base.origin) return null;
  return url.pathname + url.search + url.hash;
}
