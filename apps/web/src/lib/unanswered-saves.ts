import type { ClientResult } from '$lib/client/fetch-api';

/**
 * The contents of the saves that got no answer (the connection dropped, a proxy's 5xx, a 429)
 * since the last one that did: any of them may have been stored, and not only the last. The
 * usual case is the first: its request reached the server and the answer was lost as the
 * connection dropped; the saves after it, made while offline, never arrived. When a later save is
 * refused as made on a text saved elsewhere since, the server holding one of these means the
 * change was this page's own (`save`, for the essay's and the score sheet's autosave).
 */
export class UnansweredSaves<Content> {
  /** Enough for a long time offline; the first (the likeliest stored) is always kept. */
  static readonly LIMIT = 50;
  readonly #key: (content: Content) => string;
  #sent: Content[] = [];

  constructor(key: (content: Content) => string) {
    this.#key = key;
  }

  get any(): boolean {
    return this.#sent.length > 0;
  }

  /** A save got no answer. */
  add(content: Content): void {
    const last = this.#sent.at(-1);
    if (last !== undefined && this.#key(last) === this.#key(content)) return;
    this.#sent.push(content);
    if (this.#sent.length > UnansweredSaves.LIMIT) this.#sent.splice(1, 1);
  }

  /** A save got an answer: the server's text is known again. */
  clear(): void {
    this.#sent = [];
  }

  /** Whether the server's text is one of these saves'. */
  includes(stored: (content: Content) => boolean): boolean {
    return this.#sent.some(stored);
  }

  /**
   * Sends `content` with `io.send` (on the version the page knows, unless given one), and remembers it if it gets no
   * answer. Refused as made on a version saved elsewhere since (`io.conflict`) while saves went
   * unanswered, it reads what the server holds and asks `io.settle` whose it is: one of these
   * saves' ('resend': sent again on its version), this very save's, stored as it is ('take': the
   * answer), or another tab's ('refused': the refusal stands). No answer to that read either: still
   * offline, not a conflict; tried again later.
   */
  async save<Saved>(content: Content, io: {
    send: (base?: string) => Promise<ClientResult<Saved>>;
    conflict: string;
    read: () => Promise<ClientResult<Saved>>;
    versionOf: (stored: Saved) => string | undefined;
    settle: (stored: Saved) => 'resend' | 'take' | 'refused';
  }): Promise<ClientResult<Saved>> {
    let result = await io.send();
    if (!result.ok && !result.retry && result.code === io.conflict && this.any) {
      const stored = await io.read();
      if (!stored.ok && stored.retry) return stored;
      const settled = stored.ok ? io.settle(stored.data) : 'refused';
      if (settled === 'take') result = stored;
      else if (settled === 'resend' && stored.ok) result = await io.send(io.versionOf(stored.data));
    }
    if (!result.ok && result.retry) this.add(content);
    else this.clear();
    return result;
  }
}
