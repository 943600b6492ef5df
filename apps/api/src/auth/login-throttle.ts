/**
 * Counts failed sign-ins per account (normalized e-mail, known or not) in a sliding window.
 * Per-address limits alone are defeated by rotating X-Forwarded-For or many addresses.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the account may try again; 0 when it may try now. */
  private retryAfterMs(account: string): number {
    const recent = this.recent(account);
    if (recent.length < this.maxFailures) return 0;
    const oldest = recent[recent.length - this.maxFailures] ?? this.now();
    return Math.max(1, oldest + this.windowMs - this.now());
  }

  /**
   * Counts an attempt as failed before the slow password check, in the same synchronous step as
   * the limit check: counted after the hash, concurrent attempts all passed the check (SECURITY.md,
   * library defaults 12). Returns 0 when the attempt may go ahead, else milliseconds to wait.
   */
  reserveAttempt(account: string): number {
    const waitMs = this.retryAfterMs(account);
    if (waitMs > 0) return waitMs;
    const recent = this.recent(account);
    recent.push(this.now());
    this.failures.set(account, recent);
    if (this.failures.size > 10_000) this.prune();
    return 0;
  }

  recordSuccess(account: string): void {
    this.failures.delete(account);
  }

  private recent(account: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(account) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const account of this.failures.keys()) {
      if (this.recent(account).length === 0) this.failures.delete(account);
    }
  }
}
