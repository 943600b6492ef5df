import { getUser, type DbOrTx, type User } from '@guong-sang/db';
import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

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

/**
 * Whether `password` is `user`'s password now. The check takes a while (Argon2id) and the account
 * may get a new password meanwhile (its owner's reset link ends every session): a right old password
 * then no longer counts, or whoever held it would be let in just after the owner shut them out.
 */
export async function isCurrentPassword(db: DbOrTx, user: User | undefined, password: string): Promise<boolean> {
  const matches = await verifyPassword(user?.passwordHash, password);
  return matches && user !== undefined && hasPasswordHash(db, user);
}

/** Whether the account still has the password `user` was read with. */
export function hasPasswordHash(db: DbOrTx, user: User): boolean {
  return getUser(db, user.id)?.passwordHash === user.passwordHash;
}

/**
 * zxcvbn's common list is English-centred; these are the ones Vietnamese users reach for
 * ("mật khẩu", "anh yêu em", places), so they count as common too.
 */
const VIETNAMESE_COMMON = [
  'matkhau', 'matkhau123', 'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'iloveyou', 'vietnam', 'hanoi',
  'saigon', 'hochiminh', 'tphcm', 'dangcongsan', 'congdoan', 'doanthanhnien', 'guongsang', 'hoilamgi',
  'khongbiet', 'xinchao', 'cuchuoi', 'conmeo', 'concho', 'thienthan', 'trangtinh', 'nguyen', 'tran',
];

/** Scores below this (0 "too guessable", 1 "very guessable") are refused. */
const MIN_SCORE = 2;

// Built on first use (≈0.3 s); the dictionaries ship in the package, nothing is fetched.
let strength: ZxcvbnFactory | undefined;

/**
 * The one password rule (register, setup, account change, reset): 8–128 characters (SECURITY.md),
 * not the person's own e-mail or name, and not a common or easily guessed password by zxcvbn
 * (deterministic: its dictionaries, keyboard patterns, dates and repeats, plus `personal`).
 */
export function isAcceptablePassword(password: string, personal: string[]): boolean {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return false;
  const lowered = password.trim().toLowerCase();
  if (personal.some((value) => value.trim().toLowerCase() === lowered)) return false;
  strength ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, vietnamese: VIETNAMESE_COMMON },
    graphs: adjacencyGraphs,
    // Longer passwords are strong anyway; the cap keeps one check in milliseconds.
    maxLength: 64,
  });
  const inputs = personal.flatMap((value) => [value, ...value.split(/[\s@.]+/u)]).filter((v) => v.length > 2);
  return strength.check(password, inputs).score >= MIN_SCORE;
}
