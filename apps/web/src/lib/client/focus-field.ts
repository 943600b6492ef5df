import { FIX_FIELDS } from '$lib/submission-checks';

/**
 * Puts the caret in the field a "fix" link names, scrolled to the middle of the screen: a fragment
 * alone only scrolls, and on a phone the keyboard then still has to be summoned by a second tap.
 * False when this page has no such field to focus.
 */
export function focusField(id: string): boolean {
  // Only a field a check names: the fragment comes from the address.
  if (!(FIX_FIELDS as readonly string[]).includes(id)) return false;
  const field = document.getElementById(id);
  if (!field) return false;
  field.focus({ preventScroll: true });
  field.scrollIntoView({ block: 'center' });
  return document.activeElement === field;
}
