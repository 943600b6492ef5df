import { isSlug } from '@guong-sang/text';
import { error } from '@sveltejs/kit';

/**
 * A slug route parameter (`[slug]`, `[story]`). Anything the API would refuse with a 400 is simply
 * a page that does not exist: 404, like an unpublished one.
 */
export function slugParam(value: string | undefined): string {
  if (!isSlug(value)) error(404);
  return value;
}
