import type { MessageCode } from './messages.ts';

/** A refusal the user should understand; the error handler turns it into {error: {code, message}}. */
export class DomainError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
    /** Every problem found, when one refusal reports several at once (the message lists them). */
    readonly problems: readonly DomainError[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** 404 also for what the caller may not know exists (SECURITY.md: no 403 that leaks existence). */
export const notFound = () => new DomainError(404, 'not_found');
export const unauthenticated = () => new DomainError(401, 'unauthenticated');
export const forbidden = () => new DomainError(403, 'forbidden');

/**
 * One refusal for every problem found, so the user fixes them all in one go: a single problem is
 * refused as itself; several become one 400 whose message lists each.
 */
export function refuseAll(code: MessageCode, problems: DomainError[]): void {
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new DomainError(400, code, { count: problems.length }, {}, problems);
}
