import { createHash } from 'node:crypto';

/** The map is never pruned below this many keys: most days it holds far fewer, and pruning them is waste. */
const PRUNE_FROM_KEYS = 10_000;

/**
 * Counts attempts per key (an account's e-mail, a mailbox, an address) in a sliding window: failed
 * sign-ins, reset mails. Per-address limits alone are defeated by rotating X-Forwarded-For or many
 * addresses, so what an attempt is about is counted too.
 */
export class AttemptThrottle {
  /**
   * By the key's SHA-256: a key is whatever a client typed (254 characters, which NFKC stretches up
   * to 18-fold), and one is held per e-mail tried; held as typed, junk e-mails cost 9 KB each.
   */
  private readonly attempts = new Map<string, number[]>();
  /** The next prune waits until the map is twice what the last one left, so a prune costs each attempt O(1). */
  private pruneAbove = PRUNE_FROM_KEYS;

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  waitMs(key: string): number {
    return this.waitOf(this.recent(digest(key)));
  }

  /**
   * Counts an attempt before the slow password check, in the same synchronous step as the limit
   * check: counted after the hash, concurrent attempts all passed the check (SECURITY.md, library
   * defaults 12). Returns 0 when the attempt may go ahead, else milliseconds to wait.
   */
  reserveAttempt(key: string): number {
    const held = digest(key);
    const recent = this.recent(held);
    const waitMs = this.waitOf(recent);
    if (waitMs > 0) return waitMs;
    recent.push(this.now());
    this.attempts.set(held, recent);
    if (this.attempts.size > this.pruneAbove) this.prune();
    return 0;
  }

  /** How many attempts of `key` the window holds. */
  count(key: string): number {
    return this.recent(digest(key)).length;
  }

  /** Forgets every attempt of `key`: its owner proved they hold the password. */
  forget(key: string): void {
    this.attempts.delete(digest(key));
  }

  /** Takes back the latest attempt of `key`: it turned out not to be one the limit is about. */
  refund(key: string): void {
    this.attempts.get(digest(key))?.pop();
  }

  private waitOf(recent: number[]): number {
    if (recent.length < this.maxAttempts) return 0;
    const oldest = recent[recent.length - this.maxAttempts] ?? this.now();
    return Math.max(1, oldest + this.windowMs - this.now());
  }

  private recent(held: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.attempts.get(held) ?? []).filter((t) => t > since);
  }

  /**
   * Drops keys with no attempt left in the window. Run on every attempt once the map was large, a
   * spray of e-mails over many addresses kept it large and made each attempt scan every key.
   */
  private prune(): void {
    for (const held of this.attempts.keys()) {
      if (this.recent(held).length === 0) this.attempts.delete(held);
    }
    this.pruneAbove = Math.max(PRUNE_FROM_KEYS, 2 * this.attempts.size);
  }
}

const digest = (key: string): string => createHash('sha256').update(key).digest('base64url');
