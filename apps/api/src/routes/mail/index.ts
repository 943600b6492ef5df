import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { noticesPage, outboxPage } from '../../mail/notices.ts';
import { errors } from '../../lib/schemas.ts';
import { requireRole, requireUser } from '../../plugins/auth.ts';

const MailStatusSchema = Type.Union([Type.Literal('queued'), Type.Literal('sent'), Type.Literal('failed')], { title: 'MailStatus' });

const MailItem = Type.Object({
  id: Type.Integer(),
  to: Type.String(),
  /** The person it is addressed to, when it is a person of the platform. */
  userId: Type.Union([Type.String(), Type.Null()]),
  /** A set-password link was in the text and is hidden (outbox): only its owner sees it. */
  linkHidden: Type.Boolean(),
  kind: Type.Union([
    Type.Literal('receipt'), Type.Literal('assignment'), Type.Literal('reminder'), Type.Literal('award'),
    Type.Literal('publication'), Type.Literal('password_reset'), Type.Literal('invitation'),
  ]),
  locale: Type.Union([Type.Literal('vi'), Type.Literal('en')]),
  subject: Type.String(),
  text: Type.String(),
  status: MailStatusSchema,
  attempts: Type.Integer(),
  nextAttemptAt: Type.String({ format: 'date-time' }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
}, { title: 'MailItem' });

const MailPage = Type.Object({
  items: Type.Array(MailItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  /** False: mail is not sent but waits here (no SMTP_HOST). */
  smtpConfigured: Type.Boolean(),
}, { title: 'MailPage' });

const PageQuery = Type.Integer({ minimum: 1, maximum: 100_000, default: 1 });

export const mailRoutes: FastifyPluginAsyncTypebox = async (api) => {
  api.get('/mail/outbox', {
    schema: {
      summary: 'The outbox (organizer): every mail queued, sent or failed, newest first',
      description: 'Without SMTP settings mail stays here for the organizers to read and pass on. '
        + 'Set-password links are hidden (linkHidden): only their owner sees them, in their notices.',
      tags: ['mail'],
      security: [{ session: [] }],
      querystring: Type.Object({ page: PageQuery, status: Type.Optional(MailStatusSchema) }),
      response: { 200: MailPage, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    requireRole(request, 'organizer');
    return outboxPage(api.db, {
      page: request.query.page, status: request.query.status,
      origin: api.config.origin, smtpConfigured: api.config.smtp !== undefined,
    });
  });

  api.get('/me/notices', {
    schema: {
      summary: 'The signed-in person\'s notices: the mail addressed to them, newest first',
      tags: ['mail'],
      security: [{ session: [] }],
      querystring: Type.Object({ page: PageQuery }),
      response: { 200: MailPage, ...errors(400, 401) },
    },
  }, async (request) => {
    const me = requireUser(request);
    return noticesPage(api.db, me.id, { page: request.query.page, origin: api.config.origin, smtpConfigured: api.config.smtp !== undefined });
  });
};
