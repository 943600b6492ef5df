import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id minimum: m=19 MiB, t=2, p=1. `algorithm: 2` is Argon2id (a const enum upstream).
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/**
 * What an account created without a password (imported people) stores in the NOT NULL
 * password_hash column until its owner sets one. It is not a PHC string, so argon2 can never
 * verify anything against it; verifyPassword treats it as "no hash" so signing in to such an
 * account costs the same time as to an unknown e-mail.
 */
export const UNUSABLE_PASSWORD_HASH = '!no-password';

let dummyHash: Promise<string> | undefined;

/**
 * Verifies `password` against `storedHash`, or against a throwaway hash when there is no
 * user, so an unknown e-mail costs the same time as a wrong password.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  const usable = storedHash !== undefined && storedHash !== UNUSABLE_PASSWORD_HASH;
  const target = usable ? storedHash : await dummyHash;
  const matches = await verify(target, password).catch(() => false);
  return usable && matches;
}

/** Length rules of SECURITY.md, plus not the user's own e-mail or name. */
export function isAcceptablePassword(password: string, personal: string[]): boolean {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return false;
  const lowered = password.trim().toLowerCase();
  return !personal.some((value) => value.trim().toLowerCase() === lowered);
}
