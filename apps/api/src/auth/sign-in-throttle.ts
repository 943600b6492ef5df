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

export type SignInRefusal = { waitMs: number; counted: 'account' | 'address' };

/**
 * Who may try a password now. Failures are what count, per account and per address; a sign-in
 * that succeeds takes its attempt back, so colleagues behind one office address do not use up
 * each other's tries (counting every sign-in per address let 30 a minute in from a whole
 * hospital). An attempt is counted before the slow password check and taken back after it.
 */
export class SignInThrottle {
  private readonly accounts: AttemptThrottle;
  private readonly addresses: AttemptThrottle;

  constructor(now: () => number = Date.now) {
    this.accounts = new AttemptThrottle(FAILURES_PER_ACCOUNT, ACCOUNT_WINDOW_MS, now);
    this.addresses = new AttemptThrottle(FAILURES_PER_ADDRESS, ADDRESS_WINDOW_MS, now);
  }

  /** Counts an attempt on `account` from `address`; a refusal (nothing counted) when either is over. */
  reserve(account: string, address: string): SignInRefusal | undefined {
    const accountWait = this.accounts.waitMs(account);
    if (accountWait > 0) return { waitMs: accountWait, counted: 'account' };
    const addressWait = this.addresses.waitMs(address);
    if (addressWait > 0) return { waitMs: addressWait, counted: 'address' };
    this.accounts.reserveAttempt(account);
    this.addresses.reserveAttempt(address);
    return undefined;
  }

  /** The password was right: the account starts afresh, and the address gets its attempt back. */
  succeeded(account: string, address: string): void {
    this.accounts.forget(account);
    this.addresses.refund(address);
  }
}
