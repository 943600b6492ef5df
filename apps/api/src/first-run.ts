import {
  appendAudit, countActiveOrganizers, createUnit, createUser, deleteSetting, findUnitByName,
  findUserByEmail, getSetting, putSetting, writeTransaction, type Db, type DbOrTx, type Tx, type User,
} from '@guong-sang/db';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashPassword } from './auth/passwords.ts';
import type { Config } from './config.ts';
import { DomainError } from './lib/errors.ts';
import { cleanLine, validEmail } from './lib/text.ts';
import { newUserId } from './routes/auth/index.ts';

const SETUP_TOKEN_KEY = 'setup_token_sha256';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

export function setupNeeded(db: DbOrTx): boolean {
  return countActiveOrganizers(db) === 0;
}

/** Creates the first organizer inside `tx`; the caller checks there is none yet. */
export function createFirstOrganizer(
  tx: Tx,
  person: { email: string; fullName: string; unitName: string; passwordHash: string },
): User {
  const email = validEmail(person.email);
  if (findUserByEmail(tx, email)) throw new DomainError(409, 'email_taken');
  const unitName = cleanLine(person.unitName);
  // The organizers' own unit: not one entrants register into.
  const unit = findUnitByName(tx, unitName) ?? createUnit(tx, { name: unitName, headcount: 0, openToEntrants: false });
  const user = createUser(tx, {
    id: newUserId(),
    email,
    fullName: cleanLine(person.fullName),
    unitId: unit.id,
    passwordHash: person.passwordHash,
  }, ['organizer']);
  deleteSetting(tx, SETUP_TOKEN_KEY);
  appendAudit(tx, { actorId: user.id, action: 'setup.first_organizer', subjectType: 'user', subjectId: user.id });
  return user;
}

/**
 * At start, with no organizer yet: creates one from ORGANIZER_EMAIL/ORGANIZER_PASSWORD, or issues
 * a one-time setup token (only its hash is stored) and returns the link to print.
 */
export async function prepareFirstRun(db: Db, config: Config): Promise<string | undefined> {
  if (!setupNeeded(db)) return undefined;
  const organizer = config.initialOrganizer;
  if (organizer) {
    const passwordHash = await hashPassword(organizer.password);
    writeTransaction(db, (tx) => {
      if (countActiveOrganizers(tx) === 0) createFirstOrganizer(tx, { ...organizer, passwordHash });
    });
    return undefined;
  }
  const token = randomBytes(24).toString('base64url');
  putSetting(db, SETUP_TOKEN_KEY, sha256(token).toString('hex'));
  return `${config.origin}/setup?token=${token}`;
}

/** True when `token` is the current one-time setup token. */
export function setupTokenMatches(tx: Tx, token: string): boolean {
  const stored = getSetting(tx, SETUP_TOKEN_KEY);
  if (!stored) return false;
  return timingSafeEqual(Buffer.from(stored, 'hex'), sha256(token));
}
