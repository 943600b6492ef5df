import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  appendAudit, createUser, findUserByEmail, getSession, getUser, setPasswordHash, writeTransaction,
} from '@guong-sang/db';
import { randomBytes } from 'node:crypto';
import { hashPassword, hasPasswordHash, isAcceptablePassword, isCurrentPassword } from '../../auth/passwords.ts';
import type { SignInRefusal } from '../../auth/sign-in-throttle.ts';
import { DomainError, unauthenticated } from '../../lib/errors.ts';
import { Email, errors, Me, Password, PersonName, Unit } from '../../lib/schemas.ts';
import { canonicalEmail } from '@guong-sang/text';
import { cleanLine, validEmail } from '../../lib/text.ts';
import { loadAuthUser, requireUser, setSessionCookie } from '../../plugins/auth.ts';
import { localeOf } from '../../plugins/errors.ts';
import { addressOf, perAccount, perAddress } from '../../plugins/rate-limits.ts';
import { entrantUnit, entrantUnits } from '../../units/entrant-units.ts';
import { unitView } from '../../units/edit-units.ts';

const SIGN_IN_REFUSALS = {
  account: 'too_many_attempts', address: 'too_many_attempts_from_network', 'address-busy': 'sign_in_busy_network',
} as const satisfies Record<SignInRefusal['counted'], string>;

export function newUserId(): string {
  return randomBytes(15).toString('base64url');
}

export const authRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/auth/units', {
    schema: {
      summary: 'The units a person may register into, in Vietnamese alphabetical order',
      tags: ['auth'],
      response: { 200: Type.Array(Unit) },
    },
  }, async () => entrantUnits(api.db).map(unitView));

  api.post('/auth/register', {
    // A unit's staff may register together from one office address (a meeting, a training day).
    config: perAddress(100, '10 minutes'),
    schema: {
      summary: 'Register as an entrant and sign in',
      tags: ['auth'],
      body: Type.Object({
        email: Email,
        password: Password,
        fullName: PersonName,
        unitId: Type.Integer({ minimum: 1 }),
      }, { additionalProperties: false }),
      response: { 201: Me, ...errors(400, 403, 409, 429) },
    },
  }, async (request, reply) => {
    const email = validEmail(request.body.email);
    const fullName = cleanLine(request.body.fullName);
    const { password, unitId } = request.body;
    // Refused before the slow hash; checked again in the write, as the unit may close meanwhile.
    entrantUnit(api.db, unitId);
    if (!isAcceptablePassword(password, [email, fullName])) throw new DomainError(400, 'weak_password');
    const passwordHash = await hashPassword(password);

    const user = writeTransaction(api.db, (tx) => {
      entrantUnit(tx, unitId);
      if (findUserByEmail(tx, email)) throw new DomainError(409, 'email_taken');
      // Their mail is written in the language they registered in.
      const created = createUser(tx, { id: newUserId(), email, fullName, unitId, passwordHash, locale: localeOf(request) });
      appendAudit(tx, { actorId: created.id, action: 'user.registered', subjectType: 'user', subjectId: created.id });
      return created;
    });
    setSessionCookie(reply, await api.sessions.create(user.id));
    return reply.code(201).send(loadAuthUser(api, user.id));
  });

  api.post('/auth/login', {
    // A ceiling on the password checks of one address; its failures count below.
    config: perAddress(300, '1 minute'),
    schema: {
      summary: 'Sign in with e-mail and password',
      description: 'Unknown e-mail and wrong password get the same answer. '
        + 'Failed attempts are throttled per account and per address; successful ones are not counted.',
      tags: ['auth'],
      body: Type.Object({ email: Type.String({ maxLength: 254 }), password: Password }),
      response: { 200: Me, ...errors(400, 401, 403, 429) },
    },
  }, async (request, reply) => {
    const email = canonicalEmail(request.body.email);
    const address = addressOf(request);
    const user = findUserByEmail(api.db, email);
    const checked = await api.signInThrottle.attempt(email, address, () => isCurrentPassword(api.db, user, request.body.password));
    if ('refused' in checked) {
      const { waitMs, counted } = checked.refused;
      const seconds = Math.ceil(waitMs / 1000);
      throw new DomainError(429, SIGN_IN_REFUSALS[counted], { minutes: Math.ceil(seconds / 60), seconds }, { 'retry-after': String(seconds) });
    }
    if (!user || !checked.valid) throw new DomainError(401, 'invalid_credentials');
    // Said only to whoever knows the password, so it reveals nothing to a guesser. Read again: a
    // deactivation during the check ended the person's sessions, and this one must not outlive it.
    if (getUser(api.db, user.id)?.deactivatedAt) throw new DomainError(403, 'account_deactivated');
    // A fresh session at every sign-in; the one the browser came with (if any) ends.
    if (request.sessionId) await api.sessions.invalidate(request.sessionId);
    setSessionCookie(reply, await api.sessions.create(user.id));
    return loadAuthUser(api, user.id);
  });

  api.post('/auth/logout', {
    schema: {
      summary: 'Sign out: the session ends on the server',
      tags: ['auth'],
      response: { 204: Type.Null(), ...errors(403) },
    },
  }, async (request, reply) => {
    if (request.sessionId) await api.sessions.invalidate(request.sessionId);
    setSessionCookie(reply, api.sessions.blankCookie());
    return reply.code(204).send(null);
  });

  api.post('/auth/password', {
    config: perAccount(10, '10 minutes'),
    schema: {
      summary: 'Change one\'s password; every other session ends',
      tags: ['auth'],
      security: [{ session: [] }],
      body: Type.Object({ currentPassword: Password, newPassword: Password }),
      response: { 204: Type.Null(), ...errors(400, 401, 403, 429) },
    },
  }, async (request, reply) => {
    const me = requireUser(request);
    const user = findUserByEmail(api.db, me.email);
    if (!user || !(await isCurrentPassword(api.db, user, request.body.currentPassword))) {
      throw new DomainError(400, 'wrong_current_password');
    }
    if (!isAcceptablePassword(request.body.newPassword, [me.email, me.fullName])) {
      throw new DomainError(400, 'weak_password');
    }
    const passwordHash = await hashPassword(request.body.newPassword);
    writeTransaction(api.db, (tx) => {
      // Set while the new hash was computed (the owner's reset link) wins over this change.
      if (!hasPasswordHash(tx, user)) throw new DomainError(400, 'wrong_current_password');
      // So does a deactivation: the session this change came with has ended.
      if (!request.sessionId || !getSession(tx, request.sessionId)) throw unauthenticated();
      setPasswordHash(tx, me.id, passwordHash);
      appendAudit(tx, { actorId: me.id, action: 'user.password_changed', subjectType: 'user', subjectId: me.id });
    });
    await api.sessions.invalidateUser(me.id);
    setSessionCookie(reply, await api.sessions.create(me.id));
    return reply.code(204).send(null);
  });
};
