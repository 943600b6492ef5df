import { BIDI_CONTROL, CONTROL_CHARACTER, LONE_SURROGATE } from '@guong-sang/text';
import { DomainError } from './errors.ts';

/**
 * What a piece of user text may contain: the one rule for every text field of every request
 * (JSON bodies, query strings, path parameters, multipart fields and file names). The request
 * validator (lib/request-validation.ts) applies it to every string a schema declares. The refused
 * characters are packages/text's (refused-characters.ts), which the essay editor drops from pasted text.
 */

export type TextProblem = 'control' | 'bidi' | 'surrogate';

/** Why this text is refused, or null when it is acceptable. */
export function textProblem(text: string): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  if (CONTROL_CHARACTER.test(text)) return 'control';
  if (BIDI_CONTROL.test(text)) return 'bidi';
  return null;
}

/**
 * A character a reader can see: not whitespace, not a format or default-ignorable character
 * (zero-width spaces, joiners, Hangul fillers U+115F/U+1160/U+3164/U+FFA0), not a control,
 * not a combining mark on its own, not the blank Braille pattern.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{M}\p{Cs}\p{Co}\p{Cn}\u2800]/u;

/** Names and titles must show something: a name made only of invisible characters impersonates "nobody". */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/**
 * What a name (a person's, a pen name, a unit's) may hold: an allow-list. Letters, digits,
 * punctuation, symbols and white space (which cleanLine turns into single spaces), with combining
 * marks only after a letter and at most three in a row (Vietnamese in NFD needs two). Never a
 * default-ignorable character: zero-width spaces and joiners, soft hyphens, variation selectors,
 * tag characters, word joiners, Hangul fillers; nor the blank Braille pattern. Two names that
 * look the same are then the same text, so nobody can pass for someone else in a list.
 */
const NAME_CHARACTERS = /^(?:\p{L}\p{M}{0,3}|[\p{N}\p{P}\p{S}\p{Zs}\t\n\r])*$/u;
const INVISIBLE_IN_NAME = /[\p{Default_Ignorable_Code_Point}\u2800]/u;

/** Whether a name holds only what a name may hold (see NAME_CHARACTERS) and shows something. */
export function isAcceptableName(text: string): boolean {
  return NAME_CHARACTERS.test(text) && !INVISIBLE_IN_NAME.test(text) && hasVisibleCharacter(text);
}

/** The schema keyword for names (person, pen and unit names): isAcceptableName. */
export const NAME_TEXT = 'x-name-text';

/** The schema keyword the validator adds to every string schema. */
export const TEXT_HYGIENE = 'x-text-hygiene';
/** The schema keyword that asks for a visible character (blank is allowed only without a minLength). */
export const VISIBLE_TEXT = 'x-visible-text';

/**
 * Text a library decoded before we saw it (multipart fields, uploaded file names): the decoder
 * replaced invalid UTF-8 with U+FFFD, so that character is refused there as well.
 */
export function assertDecodedText(text: string, field: string): string {
  if (text.includes('\uFFFD') || textProblem(text) !== null) throw new DomainError(400, 'invalid_text', { field });
  return text;
}
