import { saveEntry } from '$lib/client/entry-api';
import type { Locale } from '$lib/i18n';
import type { EntryDetail, EntryPatch } from '$lib/types';

/** What the editor saves: the whole draft each time, so a save never depends on an earlier one. */
export type DraftContent = Required<EntryPatch>;

/** An unsaved copy kept on this device. `editedAt` is in the server's clock (ms). */
export interface LocalCopy {
  content: DraftContent;
  editedAt: number;
}

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'refused';

export interface AutosaveOptions {
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
  debounceMs?: number;
  retryMs?: number;
}

const storageKey = (entryId: number) => `guong-sang:entry-draft:${entryId}`;

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

/**
 * Autosave of one entry: a save ~1.5 s after the last change, the unsaved draft mirrored to
 * localStorage on every change (a closed tab or a dropped connection loses nothing), retries
 * when the browser is back online and on an interval, and a warning before leaving unsaved.
 */
export class Autosave {
  status = $state<SaveStatus>('saved');
  /** ISO time of the last save the server confirmed. */
  savedAt = $state('');
  /** Why the API refused the last save, in the user's language. */
  refusal = $state<string | null>(null);

  readonly #options: AutosaveOptions;
  readonly #clockOffset: number;
  #current: DraftContent;
  /** JSON of the content the server holds. */
  #saved: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<void> | null = null;
  #stopped = false;

  constructor(options: AutosaveOptions) {
    this.#options = options;
    this.#current = options.content;
    this.#saved = JSON.stringify(options.content);
    this.savedAt = options.updatedAt;
    // Only meaningful in the browser; the server never saves.
    this.#clockOffset = options.serverNow - Date.now();
  }

  get dirty(): boolean {
    return JSON.stringify(this.#current) !== this.#saved;
  }

  /**
   * The copy this device kept, if it holds edits the server has not seen: newer than the
   * server's last save and different from it. An outdated copy is thrown away.
   */
  takeLocalCopy(): LocalCopy | null {
    const copy = this.#readLocal();
    if (!copy) return null;
    const newer = copy.editedAt > Date.parse(this.#options.updatedAt);
    if (newer && JSON.stringify(copy.content) !== this.#saved) return copy;
    this.#clearLocal();
    return null;
  }

  /** Records a change: kept on the device at once, sent to the server after a pause. */
  change(content: DraftContent): void {
    if (this.#stopped) return;
    this.#current = content;
    if (!this.dirty) {
      this.#clearLocal();
      if (!this.#inFlight && this.status !== 'refused') this.status = 'saved';
      clearTimeout(this.#timer);
      return;
    }
    this.#writeLocal(content);
    if (this.status !== 'offline') this.status = 'saving';
    this.#schedule(this.#options.debounceMs ?? 1500);
  }

  /** Saves now (the Save button, leaving the page); resolves when the server has answered. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#inFlight) await this.#inFlight;
    if (this.#stopped || !this.dirty) {
      if (!this.dirty && this.status !== 'refused') this.status = 'saved';
      return;
    }
    this.#inFlight = this.#send();
    try {
      await this.#inFlight;
    } finally {
      this.#inFlight = null;
    }
  }

  /** No more saves (the entry became read-only); the local copy stays for safety. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** Wires the browser events; returns the cleanup. Call from an effect (browser only). */
  attach(): () => void {
    const retry = () => {
      if (this.dirty && !this.#inFlight && this.status !== 'refused') void this.flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (this.#stopped || (!this.dirty && !this.#inFlight)) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') retry();
    };
    const interval = setInterval(() => {
      if (this.status === 'offline' && !this.#timer) retry();
    }, this.#options.retryMs ?? 10_000);
    window.addEventListener('online', retry);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      clearInterval(interval);
      clearTimeout(this.#timer);
      window.removeEventListener('online', retry);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHide);
    };
  }

  #schedule(delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delay);
  }

  async #send(): Promise<void> {
    const content = this.#current;
    const json = JSON.stringify(content);
    this.status = 'saving';
    const result = await saveEntry(this.#options.entryId, content, this.#options.locale);
    if (result.ok) {
      this.#saved = json;
      this.savedAt = result.data.updatedAt;
      this.refusal = null;
      this.#options.onsaved?.(result.data);
      if (this.dirty) {
        // Typed on while saving: that goes in the next save.
        this.#schedule(this.#options.debounceMs ?? 1500);
      } else {
        this.status = 'saved';
        this.#clearLocal();
      }
    } else if (result.retry) {
      this.status = 'offline';
    } else {
      this.status = 'refused';
      this.refusal = result.message;
      this.#options.onrefused?.(result.code, result.message);
    }
  }

  #readLocal(): LocalCopy | null {
    try {
      const raw = localStorage.getItem(storageKey(this.#options.entryId));
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null) return null;
      const { content, editedAt } = parsed as Record<string, unknown>;
      return isDraft(content) && typeof editedAt === 'number' ? { content, editedAt } : null;
    } catch {
      return null;
    }
  }

  #writeLocal(content: DraftContent) {
    try {
      const copy: LocalCopy = { content, editedAt: Date.now() + this.#clockOffset };
      localStorage.setItem(storageKey(this.#options.entryId), JSON.stringify(copy));
    } catch {
      // Storage full or disabled (private mode): the server save still runs.
    }
  }

  #clearLocal() {
    try {
      localStorage.removeItem(storageKey(this.#options.entryId));
    } catch {
      // Nothing to clear.
    }
  }
}
