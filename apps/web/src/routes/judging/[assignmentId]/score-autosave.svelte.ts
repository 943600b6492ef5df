import { putScore } from '$lib/client/judging-api';
import type { Locale } from '$lib/i18n';
import type { BlindEntry, SheetStatus } from '$lib/types';

/** What is saved: the scores on the scale (criterion id → score) and the comment. */
export interface SheetContent {
  scores: Record<string, number>;
  comment: string;
}

export type SheetSaveStatus = 'saved' | 'saving' | 'offline' | 'refused';

export interface ScoreAutosaveOptions {
  assignmentId: number;
  locale: Locale;
  /** What the server holds now. */
  content: SheetContent;
  sheet: SheetStatus;
  /** The server's `updatedAt` of the sheet, null before the first save. */
  updatedAt: string | null;
  /** The API refused for good (round closed, assignment gone…). */
  onrefused?: (code: string, message: string) => void;
  onsaved?: (entry: BlindEntry) => void;
  debounceMs?: number;
  retryMs?: number;
}

export type SubmitOutcome =
  | { ok: true }
  /** `message` is in the user's language; null when the connection failed. */
  | { ok: false; message: string | null };

const json = (content: SheetContent) =>
  JSON.stringify({ scores: Object.fromEntries(Object.entries(content.scores).sort()), comment: content.comment });

/**
 * Autosave of one judge's score sheet, like the essay editor's: a draft save ~1.5 s after the
 * last change, retries when back online, a warning before leaving unsaved. A submitted sheet is
 * not autosaved: changing it takes submitting again, so a half-made revision never turns a
 * submitted score back into a draft.
 */
export class ScoreAutosave {
  status = $state<SheetSaveStatus>('saved');
  sheet = $state<SheetStatus>('pending');
  /** ISO time of the last save or submission the server confirmed. */
  savedAt = $state<string | null>(null);
  refusal = $state<string | null>(null);
  /** Differs from what the server holds. */
  dirty = $state(false);

  readonly #options: ScoreAutosaveOptions;
  #current: SheetContent;
  #saved: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<unknown> | null = null;
  #stopped = false;

  constructor(options: ScoreAutosaveOptions) {
    this.#options = options;
    this.#current = options.content;
    this.#saved = json(options.content);
    this.sheet = options.sheet;
    this.savedAt = options.updatedAt;
  }

  change(content: SheetContent): void {
    if (this.#stopped) return;
    this.#current = content;
    this.dirty = json(content) !== this.#saved;
    if (!this.dirty) {
      clearTimeout(this.#timer);
      if (!this.#inFlight && this.status !== 'refused') this.status = 'saved';
      return;
    }
    if (this.sheet === 'submitted') return;
    if (this.status !== 'offline') this.status = 'saving';
    this.#schedule(this.#options.debounceMs ?? 1500);
  }

  /** Saves the draft now; resolves when the server has answered. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#settle();
    if (this.#stopped || !this.dirty || this.sheet === 'submitted') return;
    await this.#run(false);
  }

  /** Submits the sheet as it is now (after any save in flight). */
  async submit(): Promise<SubmitOutcome> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#settle();
    if (this.#stopped) return { ok: false, message: this.refusal };
    const result = await this.#run(true);
    if (result.ok) return { ok: true };
    return { ok: false, message: result.retry ? null : result.message };
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** Wires the browser events; returns the cleanup. Call from an effect (browser only). */
  attach(): () => void {
    const retry = () => {
      if (this.dirty && this.sheet !== 'submitted' && !this.#inFlight && this.status !== 'refused') void this.flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (this.#stopped || (!this.dirty && !this.#inFlight)) return;
      event.preventDefault();
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

  async #settle() {
    while (this.#inFlight) await this.#inFlight;
  }

  #schedule(delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delay);
  }

  async #run(submit: boolean) {
    const promise = this.#send(submit);
    this.#inFlight = promise;
    try {
      return await promise;
    } finally {
      this.#inFlight = null;
    }
  }

  async #send(submit: boolean) {
    const content = this.#current;
    const sent = json(content);
    this.status = 'saving';
    const result = await putScore(
      this.#options.assignmentId,
      { scores: content.scores, comment: content.comment, submit },
      this.#options.locale,
    );
    if (result.ok) {
      this.#saved = sent;
      this.savedAt = result.data.score?.updatedAt ?? this.savedAt;
      this.sheet = result.data.score?.status ?? this.sheet;
      this.refusal = null;
      this.dirty = json(this.#current) !== this.#saved;
      this.#options.onsaved?.(result.data);
      if (this.dirty && this.sheet !== 'submitted') {
        // Changed while saving: that goes in the next save.
        this.#schedule(this.#options.debounceMs ?? 1500);
      } else {
        this.status = 'saved';
      }
    } else if (result.retry) {
      this.status = 'offline';
    } else if (submit && result.code !== 'round_closed' && result.status !== 404) {
      // A submission refused for its content (a criterion missing): the draft is still fine.
      if (this.dirty && this.sheet !== 'submitted') {
        this.status = 'saving';
        this.#schedule(this.#options.debounceMs ?? 1500);
      } else {
        this.status = 'saved';
      }
    } else {
      this.status = 'refused';
      this.refusal = result.message;
      this.#options.onrefused?.(result.code, result.message);
    }
    return result;
  }
}
