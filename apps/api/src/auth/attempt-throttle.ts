/**
 * Counts attempts per key (an account's e-mail, a mailbox, an address) in a sliding window: failed
 * sign-ins, reset mails. Per-address limits alone are defeated by rotating X-Forwarded-For or many
 * addresses, so what an attempt is about is counted too.
 */
export class AttemptThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  waitMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxAttempts) return 0;
    const oldest = recent[recent.length - this.maxAttempts] ?? this.now();
    return Math.max(1, oldest + this.windowMs - this.now());
  }

  /**
   * Counts an attempt before the slow password check, in the same synchronous step as the limit
   * check: counted after the hash, concurrent attempts all passed the check (SECURITY.md, library
   * defaults 12). Returns 0 when the attempt may go ahead, else milliseconds to wait.
   */
  reserveAttempt(key: string): number {
    const waitMs = this.waitMs(key);
    if (waitMs > 0) return waitMs;
    const recent = this.recent(key);
    recent.push(this.now());
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune();
    return 0;
  }

  /** Forgets every attempt of `key`: its owner proved they hold the password. */
  forget(key: string): void {
    this.attempts.delete(key);
  }

  /** Takes back the latest attempt of `key`: it turned out not to be one the limit is about. */
  refund(key: string): void {
    this.attempts.get(key)?.pop();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.attempts.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of this.attempts.keys()) {
      if (this.recent(key).length === 0) this.attempts.delete(key);
    }
  }
}
