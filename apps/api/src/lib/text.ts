import { emailAddress } from '@guong-sang/text';
import { DomainError } from './errors.ts';

/** All stored text is NFC (old keyboards and macOS produce NFD). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Single-line user input as stored: packages/text's one rule, read also by the editor. */
export { cleanLine } from '@guong-sang/text';

/**
 * At most `max` UTF-16 units of `text`, for text kept or shown cut to a limit: a cut inside a
 * surrogate pair (an emoji) would keep half of it, a lone surrogate the database gives back as "���".
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The canonical address (packages/text's one e-mail rule), or a 400 that says what an address may hold. */
export function validEmail(email: string): string {
  const address = emailAddress(email);
  if (address === null) throw new DomainError(400, 'invalid_email');
  return address;
}
