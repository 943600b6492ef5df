import type { FieldErrors } from '$lib/form-errors';
import type { Translate } from '$lib/i18n';

/** A text field, trimmed; '' when missing (or when a file was sent instead). */
export function textField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A password field, exactly as typed: spaces are legitimate password characters. */
export function passwordField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

function passwordLengthOk(password: string): boolean {
  // Count characters as a person sees them (code points), not UTF-16 units.
  const length = [...password].length;
  return length >= PASSWORD_MIN && length <= PASSWORD_MAX;
}

/**
 * A new password typed twice (register, setup): the password, exactly as typed, with an error
 * on `errors` when its length is off or the confirmation differs.
 */
export function newPasswordField(
  data: FormData,
  errors: FieldErrors<'password' | 'confirmPassword'>,
  t: Translate,
): string {
  const password = passwordField(data, 'password');
  if (!passwordLengthOk(password)) errors.password = t('validation.passwordLength');
  else if (password !== passwordField(data, 'confirmPassword')) errors.confirmPassword = t('validation.passwordMismatch');
  return password;
}

/**
 * Puts the API's refusal beside the field its code belongs to; otherwise returns its message,
 * for the summary above the form.
 */
export function placeRefusal<Field extends string>(
  refusal: { code: string; message: string },
  fieldForCode: ReadonlyMap<string, Field>,
  errors: FieldErrors<Field>,
): string | undefined {
  const field = fieldForCode.get(refusal.code);
  if (!field) return refusal.message;
  errors[field] = refusal.message;
  return undefined;
}
