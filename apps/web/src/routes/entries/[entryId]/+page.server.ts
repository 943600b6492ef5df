import { pastedText, plainTextToHtml, sanitizedHtmlToText } from '@guong-sang/text';
import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import {
  dataOrError,
  deleteAttachment,
  errorStatus,
  getEntry,
  updateEntry,
  uploadAttachment,
} from '$lib/server/api';
import { textField } from '$lib/server/form';
import { idParam, requireSignedIn } from '$lib/server/guard';
import type { EntryPatch } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignedIn(event);
  const entry = dataOrError(await getEntry(event, idParam(event.params.entryId)));
  const notice = (['saved', 'deleted'] as const).find((key) => event.url.searchParams.has(key)) ?? null;
  return {
    entry,
    /** The essay as plain text, for the textarea that stands in for the editor without JavaScript. */
    bodyText: sanitizedHtmlToText(entry.body),
    notice,
    now: Date.now(),
  };
};

/*
 * These actions serve the page without JavaScript. With JavaScript the editor autosaves and
 * uploads straight to the API from the browser ($lib/client/entry-api.ts).
 */
export const actions: Actions = {
  save: async (event) => {
    requireSignedIn(event);
    const entryId = idParam(event.params.entryId);
    const data = await event.request.formData();
    const values = {
      // Text pasted from elsewhere may hold characters nobody sees that the API refuses (see
      // pastedText): they are left out, or the form could never be saved.
      title: pastedText(textField(data, 'title'), ' '),
      subject: pastedText(textField(data, 'subject'), ' '),
      category: textField(data, 'category'),
      body: pastedText((data.get('body')?.toString() ?? '').replace(/\r\n?/g, '\n')),
      baseUpdatedAt: textField(data, 'baseUpdatedAt'),
    };
    const current = dataOrError(await getEntry(event, entryId));
    const patch: EntryPatch = { title: values.title, subject: values.subject };
    // The saved version the form was made on: a save from another tab or device since is refused, not overwritten.
    if (values.baseUpdatedAt) patch.baseUpdatedAt = values.baseUpdatedAt;
    if (current.contest.categories.length > 0) patch.category = values.category || null;
    // The textarea holds plain text: send the body only when its text changed, so saving the
    // title alone keeps the headings and lists written in the rich editor.
    if (values.body.trim() !== sanitizedHtmlToText(current.body).trim()) {
      patch.body = plainTextToHtml(values.body);
    }
    const result = await updateEntry(event, entryId, patch);
    if (!result.ok) {
      return fail(errorStatus(result.status), { action: 'save' as const, values, message: result.message });
    }
    redirect(303, `/entries/${entryId}?saved=1`);
  },

  upload: async (event) => {
    requireSignedIn(event);
    const entryId = idParam(event.params.entryId);
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { action: 'upload' as const, message: t('upload.chooseFile') });
    }
    // The API reads the alt text only when it comes before the file.
    const form = new FormData();
    const altText = textField(data, 'altText');
    if (altText) form.append('altText', altText);
    form.append('file', file, file.name);
    const result = await uploadAttachment(event, entryId, form);
    if (!result.ok) {
      return fail(errorStatus(result.status), { action: 'upload' as const, message: result.message });
    }
    return {
      action: 'upload' as const,
      uploaded: { name: result.data.attachment.originalName, extracted: result.data.extracted },
    };
  },

  /** "Use this text" after an upload without JavaScript: the extracted HTML replaces the body. */
  useText: async (event) => {
    requireSignedIn(event);
    const entryId = idParam(event.params.entryId);
    const data = await event.request.formData();
    const html = data.get('html');
    if (typeof html !== 'string') error(400);
    const baseUpdatedAt = textField(data, 'baseUpdatedAt');
    // The API sanitizes every body it stores, whatever the form sent.
    const result = await updateEntry(event, entryId, { body: html, ...(baseUpdatedAt && { baseUpdatedAt }) });
    if (!result.ok) {
      return fail(errorStatus(result.status), { action: 'useText' as const, message: result.message });
    }
    redirect(303, `/entries/${entryId}?saved=1`);
  },

  deleteAttachment: async (event) => {
    requireSignedIn(event);
    const entryId = idParam(event.params.entryId);
    const data = await event.request.formData();
    const attachmentId = idParam(textField(data, 'attachmentId'));
    if (data.get('confirm') !== 'on') {
      const t = translator(event.locals.locale);
      return fail(400, { action: 'deleteAttachment' as const, attachmentId, message: t('attachments.deleteConfirmRequired') });
    }
    const result = await deleteAttachment(event, entryId, attachmentId);
    if (!result.ok) {
      return fail(errorStatus(result.status), {
        action: 'deleteAttachment' as const,
        attachmentId,
        message: result.message,
      });
    }
    redirect(303, `/entries/${entryId}?deleted=1`);
  },
};
