import type { Locale } from '$lib/i18n';
import type { BlindEntry, ScoreInput } from '$lib/types';
import { send, type ClientResult } from './fetch-api';

/**
 * The judge's browser saves score sheets straight to the API (autosave, submit). Only the
 * judging routes: a judge's page reaches nothing that could name an author.
 */

export function putScore(assignmentId: number, input: ScoreInput, locale: Locale): Promise<ClientResult<BlindEntry>> {
  const body = JSON.stringify(input);
  return send(`/judging/assignments/${encodeURIComponent(assignmentId)}/score`, locale, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body,
    // A comment is at most 5,000 characters: the save may finish while the tab closes.
    keepalive: new TextEncoder().encode(body).length < 60_000,
  });
}

/** The assignment as the server holds it now (the judge's own sheet with it). */
export function getAssignment(assignmentId: number, locale: Locale): Promise<ClientResult<BlindEntry>> {
  return send(`/judging/assignments/${encodeURIComponent(assignmentId)}`, locale, { method: 'GET' });
}

/** A sanitized attachment, shown inline in the reading view. */
export function judgeAttachmentUrl(assignmentId: number, number: number): string {
  return `/api/judging/assignments/${encodeURIComponent(assignmentId)}/attachments/${encodeURIComponent(number)}`;
}
