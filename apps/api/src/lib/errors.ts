import type { MessageCode } from './messages.ts';

/** A refusal the user should understand; the error handler turns it into {error: {code, message}}. */
export class DomainError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** 404 also for what the caller may not know exists (SECURITY.md: no 403 that leaks existence). */
export const notFound = () => new DomainError(404, 'not_found');
export const unauthenticated = () => new DomainError(401, 'unauthenticated');
export const forbidden = () => new DomainError(403, 'forbidden');
