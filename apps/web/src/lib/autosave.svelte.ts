import { beforeNavigate, goto } from '$app/navigation';
import type { ClientResult } from '$lib/client/fetch-api';

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'refused';

/** An unsaved copy kept on this device. `editedAt` is in the server's clock (ms). */
export interface LocalCopy<Content> {
  content: Content;
  editedAt: number;
  /**
   * The server's time of the save these edits were made on (`savedAt` then); absent in copies
   * written before it was kept.
   */
  base?: string | null;
}

/**
 * Where on the device a copy is kept: the device copy's own place, which every tab of the browser
 * editing the same content writes and clears, or beside it, for text refused as made on a text
 * saved elsewhere since, which only settling it clears.
 */
const ASIDE = ':elsewhere';
type Place = '' | typeof ASIDE;

/** A device copy offered back: `conflict` when the server saved another text since it was made from. */
export type OfferedCopy<Content> = LocalCopy<Content> & { conflict: boolean };

/** Where unsaved edits wait on the device (localStorage) until the server has them. */
export interface DeviceCopyOptions<Content> {
  key: string;
  /** A stored copy is data from an earlier page: checked before it is used. */
  isContent: (value: unknown) => value is Content;
  /** The server's clock when the page was made, to stamp copies in the server's time. */
  serverNow: number;
}

export interface AutosaveOptions<Content, Saved> {
  /** What the server holds now. */
  content: Content;
  /** The server's time of its last save of `content`; null before the first. */
  savedAt: string | null;
  /** Sends the whole content: a save never depends on an earlier one. */
  save: (content: Content) => Promise<ClientResult<Saved>>;
  /** The server's time of a save it accepted. */
  savedAtOf: (saved: Saved) => string | null | undefined;
  /** Compares contents; JSON by default. */
  key?: (content: Content) => string;
  /** Kept on the device on every change, so a closed tab or a dropped connection loses nothing. */
  deviceCopy?: DeviceCopyOptions<Content>;
  /** A save the API refused for good (deadline passed, round closed, session ended…). */
  onrefused?: (code: string, message: string) => void;
  onsaved?: (saved: Saved) => void;
  debounceMs?: number;
  retryMs?: number;
}

/**
 * The autosave of the essay editor and the score sheet: a save ~1.5 s after the last change,
 * retries when the browser is back online and on an interval, a save before moving to another
 * page of the site and a warning before leaving with unsaved edits. Only what is saved and how
 * differs between the two.
 */
export class Autosave<Content, Saved> {
  status = $state<SaveStatus>('saved');
  /** ISO time of the last save the server confirmed. */
  savedAt = $state<string | null>(null);
  /** Why the API refused the last save, in the user's language. */
  refusal = $state<string | null>(null);
  /** Differs from what the server holds. */
  dirty = $state(false);

  readonly #options: AutosaveOptions<Content, Saved>;
  readonly #key: (content: Content) => string;
  readonly #clockOffset: number;
  readonly #initialSavedAt: string | null;
  #current: Content;
  /** Key of the content the server holds. */
  #saved: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<unknown> | null = null;
  #stopped = false;
  /** Where the copy `takeLocalCopy` offered was kept. */
  #offered: Place = '';
  /** Key of the content of the copy `takeLocalCopy` offered. */
  #offeredKey: string | null = null;

  constructor(options: AutosaveOptions<Content, Saved>) {
    this.#options = options;
    this.#key = options.key ?? ((content) => JSON.stringify(content));
    this.#current = options.content;
    this.#saved = this.#key(options.content);
    this.savedAt = options.savedAt;
    this.#initialSavedAt = options.savedAt;
    // Only meaningful in the browser; the server never saves.
    this.#clockOffset = options.deviceCopy ? options.deviceCopy.serverNow - Date.now() : 0;
  }

  /** Edits wait for an explicit action instead of being saved as they happen. */
  protected get paused(): boolean {
    return false;
  }

  /** The server accepted a save or submission. */
  protected accepted(saved: Saved): void {
    this.savedAt = this.#options.savedAtOf(saved) ?? this.savedAt;
    this.#options.onsaved?.(saved);
  }

  /**
   * The server holds `content`, not the content of the save it just answered (`accepted`): a
   * stored save taken as this page's own, typed on since. What is typed here is measured against it.
   */
  protected held(content: Content): void {
    this.#saved = this.#key(content);
    this.dirty = this.#key(this.#current) !== this.#saved;
  }

  /**
   * The copy this device kept, if it holds edits the server has not seen: different from the
   * server's text and either newer than its last save, or made on a save the server has replaced
   * since (another tab or device saved meanwhile: a `conflict`, for the person to settle, never
   * thrown away by the clock). Any other copy is outdated and thrown away. A copy kept aside
   * (`keepAside`) comes first: no other place holds it.
   */
  takeLocalCopy(): OfferedCopy<Content> | null {
    const aside = this.#readLocal(ASIDE);
    if (aside && this.#key(aside.content) !== this.#saved) {
      this.#offered = ASIDE;
      this.#offeredKey = this.#key(aside.content);
      return { ...aside, conflict: true };
    }
    if (aside) this.#clearLocal(ASIDE);
    this.#offered = '';
    const copy = this.#readLocal();
    if (!copy) return null;
    if (this.#key(copy.content) !== this.#saved) {
      const conflict = copy.base !== undefined && copy.base !== this.#initialSavedAt;
      const newer = this.#initialSavedAt === null || copy.editedAt > Date.parse(this.#initialSavedAt);
      if (newer || conflict) return { ...copy, conflict };
    }
    this.#clearLocal();
    return null;
  }

  /**
   * The person settled the copy `takeLocalCopy` offered (kept the server's text, or took the copy
   * into the editor, where the usual device copy holds it again): it goes.
   */
  discardLocalCopy(): void {
    this.#clearLocal(this.#offered);
    // The page that kept it aside left it in the usual place too, made on the same old save: settled,
    // it is not offered again from there.
    if (this.#offered === ASIDE) {
      const copy = this.#readLocal();
      if (copy && this.#key(copy.content) === this.#offeredKey) this.#clearLocal();
    }
  }

  /**
   * What is typed here was refused as made on a text saved elsewhere since: it is kept aside on
   * this device, where the other tabs of this browser, whose device copy is the same one, neither
   * replace nor clear it, until it is offered back (`takeLocalCopy`) and settled.
   */
  keepAside(): void {
    this.#writeLocal(this.#current, ASIDE);
  }

  /** Records a change: kept on the device at once, sent to the server after a pause. */
  change(content: Content): void {
    if (this.#stopped) return;
    this.#current = content;
    this.dirty = this.#key(content) !== this.#saved;
    if (!this.dirty) {
      this.#clearLocal();
      clearTimeout(this.#timer);
      if (!this.#inFlight && this.status !== 'refused') this.status = 'saved';
      return;
    }
    this.#writeLocal(content);
    if (this.paused) return;
    if (this.status !== 'offline') this.status = 'saving';
    this.#schedule();
  }

  /** Saves now (a Save button, leaving the page); resolves when the server has answered. */
  async flush(): Promise<void> {
    await this.#settle();
    if (this.#stopped || !this.dirty) {
      if (!this.dirty && this.status !== 'refused') this.status = 'saved';
      return;
    }
    if (this.paused) return;
    await this.#run(this.#options.save, () => true);
  }

  /**
   * Sends the content as it is now with `request` (after any save in flight), e.g. a
   * submission; null once stopped. A refusal `isFinal` does not accept marks the autosave
   * refused; any other leaves the draft to be saved as usual.
   */
  protected async sendNow(
    request: (content: Content) => Promise<ClientResult<Saved>>,
    isFinal: (refusal: { code: string; status: number }) => boolean,
  ): Promise<ClientResult<Saved> | null> {
    await this.#settle();
    if (this.#stopped) return null;
    return this.#run(request, isFinal);
  }

  /** No more saves (the content became read-only); a device copy stays for safety. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** Wires the browser events; returns the cleanup. Call from an effect (browser only). */
  attach(): () => void {
    const retry = () => {
      if (this.dirty && !this.paused && !this.#inFlight && this.status !== 'refused') void this.flush();
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

  /**
   * Moving to another page of the site saves first (the next page must see the latest text).
   * If the save cannot happen the move goes ahead: a device copy brings the text back later.
   * Call while the component initialises.
   */
  guardNavigation(): void {
    let leaving = false;
    beforeNavigate((navigation) => {
      if (leaving || navigation.type === 'leave' || !navigation.to) return;
      if (!this.dirty || this.paused) return;
      navigation.cancel();
      const target = navigation.to.url;
      void this.flush()
        .then(() => {
          leaving = true;
          // eslint-disable-next-line svelte/no-navigation-without-resolve -- a URL SvelteKit already resolved
          return goto(target);
        })
        .finally(() => {
          leaving = false;
        });
    });
  }

  async #settle() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#inFlight) await this.#inFlight;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.#options.debounceMs ?? 1500);
  }

  async #run(
    request: (content: Content) => Promise<ClientResult<Saved>>,
    isFinal: (refusal: { code: string; status: number }) => boolean,
  ): Promise<ClientResult<Saved>> {
    const promise = this.#send(request, isFinal);
    this.#inFlight = promise;
    try {
      return await promise;
    } finally {
      this.#inFlight = null;
    }
  }

  async #send(
    request: (content: Content) => Promise<ClientResult<Saved>>,
    isFinal: (refusal: { code: string; status: number }) => boolean,
  ): Promise<ClientResult<Saved>> {
    const content = this.#current;
    const sent = this.#key(content);
    this.status = 'saving';
    const result = await request(content);
    if (result.ok) {
      this.#saved = sent;
      this.refusal = null;
      this.dirty = this.#key(this.#current) !== this.#saved;
      this.accepted(result.data);
      // Typed while saving: the device copy now goes on from this save (its `base`).
      if (this.dirty) this.#writeLocal(this.#current);
      this.#afterSave();
    } else if (result.retry) {
      this.status = 'offline';
    } else if (!isFinal(result)) {
      // Refused for its content (a submission with a criterion missing): the draft is still fine.
      this.#afterSave();
    } else {
      this.status = 'refused';
      this.refusal = result.message;
      this.#options.onrefused?.(result.code, result.message);
    }
    return result;
  }

  #afterSave() {
    if (this.dirty && !this.paused) {
      // Changed while saving: that goes in the next save.
      this.status = 'saving';
      this.#schedule();
    } else {
      this.status = 'saved';
      if (!this.dirty) this.#clearLocal();
    }
  }

  #readLocal(place: Place = ''): LocalCopy<Content> | null {
    const device = this.#options.deviceCopy;
    if (!device) return null;
    try {
      const raw = localStorage.getItem(device.key + place);
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null) return null;
      const { content, editedAt, base } = parsed as Record<string, unknown>;
      // A time no Date can hold (a copy edited by hand) would throw where the copy's time is shown.
      if (!device.isContent(content) || typeof editedAt !== 'number' || !(Math.abs(editedAt) <= 8.64e15)) return null;
      return typeof base === 'string' || base === null ? { content, editedAt, base } : { content, editedAt };
    } catch {
      return null;
    }
  }

  #writeLocal(content: Content, place: Place = '') {
    const device = this.#options.deviceCopy;
    if (!device) return;
    try {
      const copy: LocalCopy<Content> = { content, editedAt: Date.now() + this.#clockOffset, base: this.savedAt };
      localStorage.setItem(device.key + place, JSON.stringify(copy));
    } catch {
      // Storage full or disabled (private mode): the server save still runs.
    }
  }

  #clearLocal(place: Place = '') {
    const device = this.#options.deviceCopy;
    if (!device) return;
    try {
      localStorage.removeItem(device.key + place);
    } catch {
      // Nothing to clear.
    }
  }
}
