import type { ActionData } from './$types';

type Failure = NonNullable<ActionData>;

/** The refusal of one of the page's forms, shown where that form is; null for the others. */
export function formFailure<A extends Failure['action']>(form: ActionData, action: A): Extract<Failure, { action: A }> | null {
  return form && 'action' in form && form.action === action ? (form as Extract<Failure, { action: A }>) : null;
}
