/** Errors per form field, already in the user's language (the server translates them). */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string>>;

/** The entries of an error summary, each pointing at its input's id. */
export function errorList(
  errors: FieldErrors | undefined,
  idFor: (field: string) => string = (field) => field,
): { id: string; text: string }[] {
  return Object.entries(errors ?? {}).flatMap(([field, text]) =>
    text ? [{ id: idFor(field), text }] : [],
  );
}
