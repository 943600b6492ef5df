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

export function passwordLengthOk(password: string): boolean {
  // Count characters as a person sees them (code points), not UTF-16 units.
  const length = [...password].length;
  return length >= PASSWORD_MIN && length <= PASSWORD_MAX;
}
