import type { Id } from './types.ts';

/**
 * The canonical order of ids: numbers (ascending) before strings (by UTF-16 code units, not
 * locale). The assignment sorts its input by it, so the result depends on the sets given, not on
 * the order they came in.
 */
export function compareIds(a: Id, b: Id): number {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a - b;
    return -1;
  }
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A usable id: a finite number or a string. */
export function isId(value: unknown): value is Id {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
