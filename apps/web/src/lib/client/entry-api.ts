import type { Locale } from '$lib/i18n';
import type { EntryDetail, EntryPatch, UploadResult } from '$lib/types';
import { send, type ClientResult } from './fetch-api';

export type { ClientResult };

/**
 * The browser's own calls to the API, for the essay editor: autosave and uploads. They go to
 * same-origin /api directly (the session cookie rides along; the API accepts same-origin
 * requests), not through a page action, so a long essay or a 25 MB photo is not held back by
 * the web server's body limit. Everything else the web reads goes through `$lib/server/api`.
 */

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

/** The entry as the server holds it now. */
export function getEntry(entryId: number, locale: Locale): Promise<ClientResult<EntryDetail>> {
  return send(`/entries/${encodeURIComponent(entryId)}`, locale, { method: 'GET' });
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
