import { Autosave } from '$lib/autosave.svelte';
import { cleanLine, sanitizedHtmlToText } from '@guong-sang/text';
import { getEntry, saveEntry } from '$lib/client/entry-api';
import { UnansweredSaves } from '$lib/unanswered-saves';
import type { Locale } from '$lib/i18n';
import type { EntryDetail, EntryPatch } from '$lib/types';

/** What the editor saves: the whole draft each time, so a save never depends on an earlier one. */
export type DraftContent = Required<Omit<EntryPatch, 'baseUpdatedAt'>>;

export interface EntryAutosaveOptions {
  entryId: number;
  /** The page's language, for the API's messages. */
  locale: Locale;
  content: DraftContent;
  /** The server's `updatedAt` for `content`. */
  updatedAt: string;
  /** The server's clock when the page was made, to stamp local copies in the server's time. */
  serverNow: number;
  /** A save the API refused for good (deadline passed, entry locked, session ended…). */
  onrefused?: (code: string, message: string) => void;
  onsaved?: (entry: EntryDetail) => void;
}

function isDraft(value: unknown): value is DraftContent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.title === 'string' &&
    typeof v.subject === 'string' &&
    (typeof v.category === 'string' || v.category === null) &&
    typeof v.body === 'string'
  );
}

/** Whether the stored entry holds `content` (the body compared as the text it shows). */
function sameText(entry: EntryDetail, content: DraftContent): boolean {
  return (
    entry.title === cleanLine(content.title) &&
    entry.subject === cleanLine(content.subject) &&
    entry.category === (content.category === null ? null : cleanLine(content.category) || null) &&
    sanitizedHtmlToText(entry.body) === sanitizedHtmlToText(content.body.normalize('NFC'))
  );
}

/**
 * The essay editor's autosave: the draft is also mirrored to this device on every change. Each
 * save names the saved text it was made on (the server's `updatedAt` of the last save this page
 * knows of): the API refuses it (`entry_changed_elsewhere`) when another tab or device saved
 * since, instead of replacing that text.
 */
export function entryAutosave(options: EntryAutosaveOptions): Autosave<DraftContent, EntryDetail> {
  /** Saves that got no answer (the connection dropped): any of them may have been stored. */
  const unanswered = new UnansweredSaves<DraftContent>((content) => JSON.stringify(content));
  const autosave: Autosave<DraftContent, EntryDetail> = new Autosave({
    content: options.content,
    savedAt: options.updatedAt,
    // A save that went unanswered may have been stored: if the server holds its text, the change
    // was this page's own, and this save goes on from it.
    save: (content) => unanswered.save(content, {
      send: (version) =>
        saveEntry(options.entryId, { ...content, baseUpdatedAt: version ?? autosave.savedAt ?? options.updatedAt }, options.locale),
      conflict: 'entry_changed_elsewhere',
      read: () => getEntry(options.entryId, options.locale),
      versionOf: (entry) => entry.updatedAt,
      settle: (entry) => (unanswered.includes((sent) => sameText(entry, sent)) ? 'resend' : 'refused'),
    }),
    savedAtOf: (entry) => entry.updatedAt,
    deviceCopy: {
      key: `guong-sang:entry-draft:${options.entryId}`,
      isContent: isDraft,
      serverNow: options.serverNow,
    },
    onrefused: options.onrefused,
    onsaved: options.onsaved,
  });
  return autosave;
}
