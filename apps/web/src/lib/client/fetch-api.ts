import type { Locale } from '$lib/i18n';

/**
 * The browser's own calls to same-origin /api (the session cookie rides along; the API accepts
 * same-origin requests), for what must not wait on a page action: autosave and uploads. See
 * entry-api.ts and judging-api.ts; everything else goes through `$lib/server/api`.
 */

export type ClientResult<T> =
  | { ok: true; data: T }
  /** No answer, or one from something other than the API (proxy page, 5xx): worth retrying. */
  | { ok: false; retry: true; status: number }
  /** The API refused with a reason, in the user's language: retrying will not help. */
  | { ok: false; retry: false; status: number; code: string; message: string };

export async function send<T>(path: string, locale: Locale, init: RequestInit): Promise<ClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      ...init,
      credentials: 'same-origin',
      // The API answers in the page's language even before anyone chose one (no gs_locale
      // cookie yet), rather than in the browser's.
      headers: { accept: 'application/json', 'accept-language': locale, ...init.headers },
    });
  } catch {
    return { ok: false, retry: true, status: 0 };
  }
  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: payload as T };
  const error = apiError(payload);
  // Too many requests and server trouble pass; other refusals are the answer.
  if (!error || response.status >= 500 || response.status === 429 || response.status === 408) {
    return { ok: false, retry: true, status: response.status };
  }
  return { ok: false, retry: false, status: response.status, ...error };
}

function apiError(payload: unknown): { code: string; message: string } | null {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return null;
  const body = payload.error;
  if (typeof body !== 'object' || body === null || !('code' in body) || !('message' in body)) return null;
  const { code, message } = body;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : null;
}
