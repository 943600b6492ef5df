import { AttemptThrottle } from './attempt-throttle.ts';

/** Failed sign-ins one account may have in the window: guessing one person's password (SECURITY.md: ≤ 100/hour). */
const FAILURES_PER_ACCOUNT = 10;
const ACCOUNT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Failed sign-ins one address may have in the window: trying a common password on many accounts.
 * Sized for an office: a hospital's staff sign in through one address (NAT) on deadline day,
 * and their mistyped passwords count here too, so it is well above what typing alone reaches.
 */
const FAILURES_PER_ADDRESS = 100;
const ADDRESS_WINDOW_MS = 10 * 60 * 1000;

/**
 * When an address's count is full of attempts still being checked (a crowd signing in at once,
 * while the password checks queue), it is asked to try again this soon: those may all prove right.
 */
const BUSY_RETRY_MS = 5_000;

/** Why an attempt is refused: its account's failures, its address's, or its address's attempts still being checked. */
export type SignInRefusal = { waitMs: number; counted: 'account' | 'address' | 'address-busy' };

/**
 * Who may try a password now. Failures are what count, per account and per address; a sign-in
 * that succeeds takes its attempt back, so colleagues behind one office address do not use up
 * each other's tries (counting every sign-in per address let 30 a minute in from a whole
 * hospital). An attempt is counted before the slow password check, in the same synchronous step as
 * the limit check (SECURITY.md, library defaults 12), and taken back once it proves right.
 */
export class SignInThrottle {
  private readonly accounts: AttemptThrottle;
  private readonly addresses: AttemptThrottle;
  /** Per address, its attempts counted but not yet checked. */
  private readonly checking = new Map<string, number>();

  constructor(now: () => number = Date.now) {
    this.accounts = new AttemptThrottle(FAILURES_PER_ACCOUNT, ACCOUNT_WINDOW_MS, now);
    this.addresses = new AttemptThrottle(FAILURES_PER_ADDRESS, ADDRESS_WINDOW_MS, now);
  }

  /** Checks a password with `verify` on `account` from `address`, unless either may not try now. */
  async attempt(account: string, address: string, verify: () => Promise<boolean>): Promise<{ valid: boolean } | { refused: SignInRefusal }> {
    const refused = this.refusal(account, address);
    if (refused) return { refused };
    this.accounts.reserveAttempt(account);
    this.addresses.reserveAttempt(address);
    this.checking.set(address, (this.checking.get(address) ?? 0) + 1);
    let valid = false;
    try {
      valid = await verify();
    } finally {
      const left = (this.checking.get(address) ?? 1) - 1;
      if (left > 0) this.checking.set(address, left);
      else this.checking.delete(address);
      if (valid) {
        this.accounts.forget(account);
        this.addresses.refund(address);
      }
    }
    return { valid };
  }

  /**
   * The account's owner proved themselves another way (a set-password link from its mailbox): the
   * failed sign-ins others made on it no longer lock them out.
   */
  proven(account: string): void {
    this.accounts.forget(account);
  }

  private refusal(account: string, address: string): SignInRefusal | undefined {
    const accountWait = this.accounts.waitMs(account);
    if (accountWait > 0) return { waitMs: accountWait, counted: 'account' };
    const addressWait = this.addresses.waitMs(address);
    if (addressWait === 0) return undefined;
    const checking = this.checking.get(address) ?? 0;
    if (this.addresses.count(address) - checking < FAILURES_PER_ADDRESS) return { waitMs: BUSY_RETRY_MS, counted: 'address-busy' };
    return { waitMs: addressWait, counted: 'address' };
  }
}
