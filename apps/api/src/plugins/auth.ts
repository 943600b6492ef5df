import { getUnit, getUser, getUserRoles, type PersonRow, type Role } from '@guong-sang/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { SessionCookie } from '../auth/sessions.ts';
import { DomainError, notFound, unauthenticated } from '../lib/errors.ts';

/** The signed-in person as a request carries them: a person of the directory, active by definition. */
export type AuthUser = Omit<PersonRow, 'deactivatedAt'>;

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
    sessionId: string | null;
  }
}

export function setSessionCookie(reply: FastifyReply, cookie: SessionCookie): void {
  reply.header('set-cookie', cookie.serialized);
}

/** The signed-in user, or 401. */
export function requireUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

/** The signed-in user holding `role`, or 401/403. */
export function requireRole(request: FastifyRequest, role: Role): AuthUser {
  const user = requireUser(request);
  if (!user.roles.includes(role)) throw new DomainError(403, 'forbidden');
  return user;
}

export function findAuthUser(app: FastifyInstance, userId: string): AuthUser | undefined {
  const user = getUser(app.db, userId);
  if (!user || user.deactivatedAt) return undefined;
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    unitId: user.unitId,
    unitName: getUnit(app.db, user.unitId)?.name ?? '',
    roles: getUserRoles(app.db, user.id),
  };
}

/** The active user `userId`, or 404. */
export function loadAuthUser(app: FastifyInstance, userId: string): AuthUser {
  const user = findAuthUser(app, userId);
  if (!user) throw notFound();
  return user;
}

/** Reads the session cookie on every API request and attaches the user it belongs to. */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (request, reply) => {
    const sessionId = request.cookies[app.sessions.cookieName];
    if (!sessionId) return;
    const session = await app.sessions.validate(sessionId);
    const user = session ? findAuthUser(app, session.userId) : undefined;
    if (!session || !user) {
      if (session) await app.sessions.invalidate(session.sessionId);
      setSessionCookie(reply, app.sessions.blankCookie());
      return;
    }
    if (session.refreshedCookie) setSessionCookie(reply, session.refreshedCookie);
    request.user = user;
    request.sessionId = session.sessionId;
  });
});
