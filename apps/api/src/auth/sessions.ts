// The only module that touches lucia (deprecated upstream, so it stays contained here).
import {
  createSession, deleteExpiredSessions, deleteSession, deleteUserSessions, getSession, listUserSessions, setSessionExpiry,
  type Db, type Session,
} from '@guong-sang/db';
import { type Adapter, type DatabaseSession, Lucia, TimeSpan } from 'lucia';

/** Idle timeout: a session unused this long ends (lucia slides it on use). */
export const SESSION_IDLE = new TimeSpan(8, 'h');
/** Absolute lifetime: however active, a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;

export interface SessionCookie {
  name: string;
  value: string;
  serialized: string;
}

export interface ValidSession {
  sessionId: string;
  userId: string;
  /** Set when the expiry slid forward and the browser needs a refreshed cookie. */
  refreshedCookie: SessionCookie | undefined;
}

export interface Sessions {
  cookieName: string;
  create(userId: string): Promise<SessionCookie>;
  validate(sessionId: string): Promise<ValidSession | undefined>;
  invalidate(sessionId: string): Promise<void>;
  invalidateUser(userId: string): Promise<void>;
  blankCookie(): SessionCookie;
}

declare module 'lucia' {
  interface Register {
    Lucia: Lucia<{ createdAt: number }>;
    DatabaseSessionAttributes: { createdAt: number };
  }
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

const databaseSession = ({ id, userId, expiresAt, createdAt }: Session): DatabaseSession =>
  ({ id, userId, expiresAt: new Date(expiresAt * 1000), attributes: { createdAt } });

/** Lucia's storage, through packages/db's session queries (the table keeps seconds, lucia Dates). */
function sessionAdapter(db: Db): Adapter {
  return {
    async getSessionAndUser(sessionId) {
      const session = getSession(db, sessionId);
      return session ? [databaseSession(session), { id: session.userId, attributes: {} }] : [null, null];
    },
    async getUserSessions(userId) {
      return listUserSessions(db, userId).map(databaseSession);
    },
    async setSession({ id, userId, expiresAt, attributes }) {
      createSession(db, { id, userId, expiresAt: seconds(expiresAt), createdAt: attributes.createdAt });
    },
    async updateSessionExpiration(sessionId, expiresAt) {
      setSessionExpiry(db, sessionId, seconds(expiresAt));
    },
    async deleteSession(sessionId) {
      deleteSession(db, sessionId);
    },
    async deleteUserSessions(userId) {
      deleteUserSessions(db, userId);
    },
    async deleteExpiredSessions() {
      deleteExpiredSessions(db, seconds(new Date()));
    },
  };
}

export function createSessions(db: Db, options: { secureCookies: boolean }): Sessions {
  const lucia = new Lucia(sessionAdapter(db), {
    sessionExpiresIn: SESSION_IDLE,
    sessionCookie: {
      // __Host- binds the cookie to this exact host over HTTPS (no Domain, Path=/).
      name: options.secureCookies ? '__Host-gs_session' : 'gs_session',
      attributes: { secure: options.secureCookies, sameSite: 'lax' },
    },
    getSessionAttributes: (attributes) => ({ createdAt: attributes.createdAt }),
  });
  const asCookie = (cookie: { name: string; value: string; serialize(): string }) => ({
    name: cookie.name,
    value: cookie.value,
    serialized: cookie.serialize(),
  });

  return {
    cookieName: lucia.sessionCookieName,
    async create(userId) {
      const session = await lucia.createSession(userId, {
        createdAt: Math.floor(Date.now() / 1000),
      });
      return asCookie(lucia.createSessionCookie(session.id));
    },
    async validate(sessionId) {
      const { session } = await lucia.validateSession(sessionId);
      if (!session) return undefined;
      if (Date.now() / 1000 - session.createdAt > SESSION_ABSOLUTE_SECONDS) {
        await lucia.invalidateSession(session.id);
        return undefined;
      }
      return {
        sessionId: session.id,
        userId: session.userId,
        refreshedCookie: session.fresh ? asCookie(lucia.createSessionCookie(session.id)) : undefined,
      };
    },
    invalidate: (sessionId) => lucia.invalidateSession(sessionId),
    invalidateUser: (userId) => lucia.invalidateUserSessions(userId),
    blankCookie: () => asCookie(lucia.createBlankSessionCookie()),
  };
}
