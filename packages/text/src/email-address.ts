/**
 * The one rule for e-mail addresses, wherever one enters (registration, first organizer, import,
 * sign-in and password-reset look-ups, the audit viewer's filter): an allow-list, not a blacklist.
 *
 * An address is first brought to its canonical form: NFKC (so a full-width "ｄup@example.vn" is
 * the same person as "dup@example.vn" and is caught as a duplicate), spaces and tabs around it
 * dropped (pasted addresses), lower case. The canonical form is accepted only when it is plain
 * ASCII: a local part of letters, digits and . _ % + - (no dot first, last or twice in a row) and
 * a domain of letter-digit-hyphen labels with at least one dot. Quoted local parts, commas, angle
 * brackets, line breaks and invisible characters are all refused: none of them is needed by anyone
 * in the contest, and each has been used to smuggle a second recipient or a look-alike.
 */

export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_LOCAL_MAX_LENGTH = 64;

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** The top-level label starts with a letter ("vn", "xn--p1ai"), so "a@1.2" is not an address. */
const TOP_LABEL = '[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?';
const LOCAL = '[a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+)*';

export const EMAIL_PATTERN = new RegExp(`^${LOCAL}@(?:${LABEL}\\.)+${TOP_LABEL}$`);

/** NFKC, surrounding spaces and tabs dropped, lower case: what is compared and stored. */
export function canonicalEmail(input: string): string {
  return input.normalize('NFKC').replace(/^[ \t]+|[ \t]+$/g, '').toLowerCase();
}

/** Whether a canonical address (see canonicalEmail) is one the contest accepts. */
export function isEmailAddress(canonical: string): boolean {
  if (canonical.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(canonical)) return false;
  return canonical.indexOf('@') <= EMAIL_LOCAL_MAX_LENGTH;
}

/** The canonical address when it is acceptable, otherwise null. */
export function emailAddress(input: string): string | null {
  const canonical = canonicalEmail(input);
  return isEmailAddress(canonical) ? canonical : null;
}
