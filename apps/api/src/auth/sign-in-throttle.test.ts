import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.ts';

/** A password check that answers when told to, as argon2's queue does under a crowd. */
function pendingCheck() {
  let answer: (valid: boolean) => void = () => {};
  const check = new Promise<boolean>((resolve) => { answer = resolve; });
  return { check: () => check, answer: (valid: boolean) => answer(valid) };
}

const OFFICE = '203.0.113.7';

describe('SignInThrottle with password checks still queued', () => {
  it('tells the 101st colleague of a crowd at one office address to try again in seconds, and lets them in once the others proved right', async () => {
    const throttle = new SignInThrottle(() => 1_000_000);
    const crowd = Array.from({ length: 100 }, () => pendingCheck());
    const attempts = crowd.map((one, k) => throttle.attempt(`nv${k}@bv115.example.vn`, OFFICE, one.check));
    const late = await throttle.attempt('nv100@bv115.example.vn', OFFICE, async () => true);
    expect(late).toEqual({ refused: { waitMs: 5_000, counted: 'address-busy' } });
    crowd.forEach((one) => one.answer(true));
    expect(await Promise.all(attempts)).toEqual(Array(100).fill({ valid: true }));
    expect(await throttle.attempt('nv100@bv115.example.vn', OFFICE, async () => true)).toEqual({ valid: true });
  });

  it('refuses for the address\'s failures once those checks prove wrong, for the rest of the window', async () => {
    const throttle = new SignInThrottle(() => 1_000_000);
    const sprayed = Array.from({ length: 100 }, () => pendingCheck());
    const attempts = sprayed.map((one, k) => throttle.attempt(`nguoi-${k}@bv115.example.vn`, OFFICE, one.check));
    sprayed.forEach((one) => one.answer(false));
    expect(await Promise.all(attempts)).toEqual(Array(100).fill({ valid: false }));
    expect(await throttle.attempt('nv0@bv115.example.vn', OFFICE, async () => true))
      .toEqual({ refused: { waitMs: 10 * 60_000, counted: 'address' } });
  });

  it('counts an attempt whose check threw as failed, and does not leave it queued', async () => {
    const throttle = new SignInThrottle(() => 1_000_000);
    for (let k = 0; k < 100; k += 1) {
      await expect(throttle.attempt(`nguoi-${k}@bv115.example.vn`, OFFICE, () => Promise.reject(new Error('disk gone')))).rejects.toThrow('disk gone');
    }
    expect(await throttle.attempt('nv0@bv115.example.vn', OFFICE, async () => true))
      .toEqual({ refused: { waitMs: 10 * 60_000, counted: 'address' } });
  });
});
