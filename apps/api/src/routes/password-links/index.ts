import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { writeTransaction } from '@guong-sang/db';
import { AttemptThrottle } from '../../auth/attempt-throttle.ts';
import { passwordLinkHolder, requestPasswordReset, setPasswordWithLink } from '../../auth/password-links.ts';
import { errors, Me, Password } from '../../lib/schemas.ts';
import { canonicalEmail } from '@guong-sang/text';
import { loadAuthUser, setSessionCookie } from '../../plugins/auth.ts';
import { perAddress, perLink } from '../../plugins/rate-limits.ts';

const TokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) });

/** Three reset mails per mailbox an hour at most: the form cannot be used to flood one. */
const RESETS_PER_MAILBOX = 3;
const RESET_WINDOW_MS = 3600_000;

export const passwordLinkRoutes: FastifyPluginAsyncTypebox = async (api) => {
  const resetThrottle = new AttemptThrottle(RESETS_PER_MAILBOX, RESET_WINDOW_MS);

  api.post('/auth/password-reset', {
    // Mail goes only to an account's own mailbox, three an hour at most (above); this bounds one
    // address's requests while letting an office's staff who forgot their password ask together.
    config: perAddress(60, '10 minutes'),
    schema: {
      summary: 'Forgot password: mails a one-time reset link (valid 1 hour) to the account, if any',
      description: 'Answers 202 alike whether or not the e-mail belongs to an account, and says nothing more.',
      tags: ['auth'],
      body: Type.Object({ email: Type.String({ minLength: 1, maxLength: 254 }) }, { additionalProperties: false }),
      response: { 202: Type.Null(), ...errors(400, 403, 429) },
    },
  }, async (request, reply) => {
    const email = canonicalEmail(request.body.email);
    // Over the limit, the answer stays the same: only the mail is not sent.
    if (resetThrottle.reserveAttempt(email) === 0) {
      writeTransaction(api.db, (tx) => requestPasswordReset(tx, email, api.now()));
    }
    return reply.code(202).send(null);
  });

  api.get('/auth/password-links/:token', {
    schema: {
      summary: 'What a set-password link is for (reset or invitation) and whose account, while it works',
      tags: ['auth'],
      params: TokenParams,
      response: {
        200: Type.Object({
          purpose: Type.Union([Type.Literal('reset'), Type.Literal('invitation')]),
          email: Type.String(),
        }, { title: 'PasswordLink' }),
        ...errors(400),
      },
    },
  }, async (request) => {
    const { user, purpose } = passwordLinkHolder(api.db, request.params.token, api.now());
    return { purpose, email: user.email };
  });

  api.post('/auth/password-links/:token', {
    config: perLink(10, '10 minutes'),
    schema: {
      summary: 'Set a new password through a one-time link and sign in; every other session of the account ends',
      description: 'Signing in this way is not held back by failed sign-ins to the account: whoever opened the link '
        + 'reads its mail, so others guessing at the password cannot keep its owner out.',
      tags: ['auth'],
      params: TokenParams,
      body: Type.Object({ newPassword: Password }, { additionalProperties: false }),
      response: { 200: Me, ...errors(400, 403, 429) },
    },
  }, async (request, reply) => {
    const user = await setPasswordWithLink(api.db, request.params.token, request.body.newPassword, api.now);
    api.signInThrottle.proven(canonicalEmail(user.email));
    // As at sign-in: the session the browser came with (someone else's, on a shared computer) ends.
    if (request.sessionId) await api.sessions.invalidate(request.sessionId);
    setSessionCookie(reply, await api.sessions.create(user.id));
    return loadAuthUser(api, user.id);
  });
};
