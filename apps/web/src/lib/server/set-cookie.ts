import type { Cookies } from '@sveltejs/kit';

export type CookieOptions = Parameters<Cookies['set']>[2];

export interface ParsedSetCookie {
  name: string;
  /** The raw value as sent by the API: re-emit it unchanged (encode: identity). */
  value: string;
  options: CookieOptions;
}

/**
 * Parses one `Set-Cookie` header line from the API so it can be re-issued on the browser's
 * response with `event.cookies.set`. Every security attribute is copied explicitly, because
 * SvelteKit otherwise fills in its own defaults (e.g. `secure: true`, which would drop the
 * session cookie on a plain-http intranet address).
 */
export function parseSetCookie(line: string): ParsedSetCookie | null {
  const [pair = '', ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  if (!name) return null;
  const value = pair.slice(eq + 1).trim();

  // The session must reach every page, so a missing Path means the whole site.
  const options: CookieOptions = { path: '/', httpOnly: false, secure: false };
  for (const attribute of attributes) {
    const sep = attribute.indexOf('=');
    const key = (sep === -1 ? attribute : attribute.slice(0, sep)).trim().toLowerCase();
    const arg = sep === -1 ? '' : attribute.slice(sep + 1).trim();
    switch (key) {
      case 'path':
        if (arg.startsWith('/')) options.path = arg;
        break;
      case 'httponly':
        options.httpOnly = true;
        break;
      case 'secure':
        options.secure = true;
        break;
      case 'samesite': {
        const sameSite = arg.toLowerCase();
        if (sameSite === 'lax' || sameSite === 'strict' || sameSite === 'none') {
          options.sameSite = sameSite;
        }
        break;
      }
      case 'max-age':
        if (/^-?\d+$/.test(arg)) options.maxAge = Math.max(0, Number(arg));
        break;
      case 'expires': {
        const expires = new Date(arg);
        if (!Number.isNaN(expires.getTime())) options.expires = expires;
        break;
      }
      // Domain is dropped on purpose: the API is reached on an internal address, and the
      // browser must get a host-only cookie for the site it is actually visiting.
    }
  }
  return { name, value, options };
}
