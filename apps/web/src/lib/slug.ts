/** The API's pattern for contest and story slugs (apps/api/src/routes/public). */
export const SLUG_PATTERN = /^[a-z0-9-]{1,200}$/;

export function isSlug(value: string | null | undefined): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}
