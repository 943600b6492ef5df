// The only module that touches lucia (deprecated upstream, so it stays contained here).
import { DrizzleSQLiteAdapter } from '@lucia-auth/adapter-drizzle';
import { schema, type Db } from '@guong-sang/db';
import { Lucia, TimeSpan } from 'lucia';

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

export function createSessions(db: Db, options: { secureCookies: boolean }): Sessions {
  const adapter = new DrizzleSQLiteAdapter(db, schema.sessions, schema.users);
  const lucia = new Lucia(adapter, {
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
