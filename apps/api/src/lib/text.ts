import { DomainError } from './errors.ts';

/** All stored text is NFC (old keyboards and macOS produce NFD). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Single-line user input: NFC, trimmed, inner whitespace runs collapsed. */
export function cleanLine(text: string): string {
  return nfc(text).trim().replace(/\s+/g, ' ');
}

export function normalizeEmail(email: string): string {
  return nfc(email).trim().toLowerCase();
}

/** One @, a dotted domain, no spaces, at most 254 characters (`normalized` by normalizeEmail). */
export function isEmailAddress(normalized: string): boolean {
  return normalized.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized);
}

/** A normalized address with one @, a dotted domain and no spaces; or a 400. */
export function validEmail(email: string): string {
  const normalized = normalizeEmail(email);
  if (!isEmailAddress(normalized)) {
    throw new DomainError(400, 'invalid_email');
  }
  return normalized;
}
