import type { Locale } from '$lib/i18n';
import type { EntryDetail, EntryPatch, UploadResult } from '$lib/types';

/**
 * The browser's own calls to the API, for the essay editor: autosave and uploads. They go to
 * same-origin /api directly (the session cookie rides along; the API accepts same-origin
 * requests), not through a page action, so a long essay or a 25 MB photo is not held back by
 * the web server's body limit. Everything else the web reads goes through `$lib/server/api`.
 */

export type ClientResult<T> =
  | { ok: true; data: T }
  /** No answer, or one from something other than the API (proxy page, 5xx): worth retrying. */
  | { ok: false; retry: true; status: number }
  /** The API refused with a reason, in the user's language: retrying will not help. */
  | { ok: false; retry: false; status: number; code: string; message: string };

async function send<T>(path: string, locale: Locale, init: RequestInit): Promise<ClientResult<T>> {
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

export function saveEntry(
  entryId: number,
  patch: EntryPatch,
  locale: Locale,
): Promise<ClientResult<EntryDetail>> {
  const body = JSON.stringify(patch);
  return send(`/entries/${encodeURIComponent(entryId)}`, locale, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body,
    // Lets a save finish while the tab closes; browsers cap keepalive bodies at 64 KiB.
    keepalive: new TextEncoder().encode(body).length < 60_000,
  });
}

/** `altText` goes before the file: the API reads fields that precede the file part. */
export function uploadAttachment(
  entryId: number,
  file: File,
  altText: string,
  locale: Locale,
): Promise<ClientResult<UploadResult>> {
  const form = new FormData();
  if (altText.trim()) form.append('altText', altText.trim());
  form.append('file', file, file.name);
  return send(`/entries/${encodeURIComponent(entryId)}/attachments`, locale, { method: 'POST', body: form });
}

/** Where the entrant downloads their own original file. */
export function attachmentUrl(entryId: number, attachmentId: number): string {
  return `/api/entries/${encodeURIComponent(entryId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
