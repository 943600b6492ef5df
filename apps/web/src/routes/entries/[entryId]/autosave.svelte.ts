import { Autosave } from '$lib/autosave.svelte';
import { saveEntry } from '$lib/client/entry-api';
import type { Locale } from '$lib/i18n';
import type { EntryDetail, EntryPatch } from '$lib/types';

/** What the editor saves: the whole draft each time, so a save never depends on an earlier one. */
export type DraftContent = Required<EntryPatch>;

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

/** The essay editor's autosave: the draft is also mirrored to this device on every change. */
export function entryAutosave(options: EntryAutosaveOptions): Autosave<DraftContent, EntryDetail> {
  return new Autosave({
    content: options.content,
    savedAt: options.updatedAt,
    save: (content) => saveEntry(options.entryId, content, options.locale),
    savedAtOf: (entry) => entry.updatedAt,
    deviceCopy: {
      key: `guong-sang:entry-draft:${options.entryId}`,
      isContent: isDraft,
      serverNow: options.serverNow,
    },
    onrefused: options.onrefused,
    onsaved: options.onsaved,
  });
}
