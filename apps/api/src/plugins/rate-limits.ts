import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { DomainError } from '../lib/errors.ts';

/**
 * How the API's routes limit requests, and who a limit counts. A route for a signed-in person
 * counts per account: a unit's staff reach the platform through one office address (NAT), as do a
 * mobile carrier's subscribers, and 30 submissions a minute per address would turn most of a
 * hospital away in the last minutes before the deadline. Its one account is also what an abuser
 * cannot rotate, as they can a forged X-Forwarded-For. A route used before signing in (sign-in,
 * registration, asking for a password link, first setup) or by anyone (the public pages) counts
 * per address: there the address is all that says who asks. Sign-in's limit here is a ceiling on
 * the password checks one address makes; its failures are counted per account and per address
 * (auth/sign-in-throttle.ts), its successes not. Setting a password through a link counts per link.
 */
export async function registerRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new DomainError(429, 'rate_limited', { seconds: Math.ceil(context.ttl / 1000) }),
  });
}

/**
 * The session's account (plugins/auth.ts reads it before any route's limit), else the address as
 * perAddress counts it: an IPv6 /64 is one address. Counted per exact IPv6 address, one host's /64
 * minted a key per request, and 5000 keys push an account's count out of the route's store.
 */
const accountOrAddress = (request: FastifyRequest) => (request.user ? `account:${request.user.id}` : `address:${addressOf(request)}`);

/** Who a per-address count counts: the request's address, an IPv6 /64 as one. */
export const addressOf = (request: FastifyRequest): string => normalizeIP(request.ip);

/** A route's config: at most `max` requests per `timeWindow` from one signed-in account. */
export const perAccount = (max: number, timeWindow: string) => ({ rateLimit: { max, timeWindow, keyGenerator: accountOrAddress } });

/** A route's config: at most `max` requests per `timeWindow` from one address. */
export const perAddress = (max: number, timeWindow: string) => ({ rateLimit: { max, timeWindow } });

/**
 * A set-password link's route config: at most `max` requests per `timeWindow` with one link. Its
 * token (256 bits) cannot be guessed, so counting per address guarded nothing and let a unit's
 * invited staff behind one office address set one password a minute between them.
 */
export const perLink = (max: number, timeWindow: string) => ({ rateLimit: { max, timeWindow, keyGenerator: linkOf } });

/** The link's token, hashed: the limiter's store need not hold a working link. */
const linkOf = (request: FastifyRequest) =>
  `link:${createHash('sha256').update(String((request.params as { token?: string }).token)).digest('hex')}`;
