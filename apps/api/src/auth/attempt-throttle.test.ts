import { describe, expect, it } from 'vitest';
import { AttemptThrottle } from './attempt-throttle.ts';

describe('AttemptThrottle under many keys', () => {
  it('keeps counting 30,000 different e-mails tried within one window in seconds, and still refuses the one tried twice', () => {
    // A spray over many addresses (an IPv6 /56 is 256 of them) leaves one live key per e-mail tried.
    const clock = 1_000_000;
    const throttle = new AttemptThrottle(2, 15 * 60_000, () => clock);
    const started = performance.now();
    let counted = 0;
    // Stops early rather than run for minutes when each attempt costs a scan of every key.
    while (counted < 30_000 && performance.now() - started < 30_000) {
      expect(throttle.reserveAttempt(`nguoi-${counted}@example.vn`)).toBe(0);
      counted += 1;
    }
    expect(counted).toBe(30_000);
    expect(throttle.reserveAttempt('nguoi-7@example.vn')).toBe(0);
    expect(throttle.reserveAttempt('nguoi-7@example.vn')).toBeGreaterThan(0);
  });
});
