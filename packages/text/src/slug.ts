import { fold } from './vietnamese-fold.ts';

/** The one bound on slugs: what the API accepts, and what `slugify` makes, for contests and stories alike. */
export const SLUG_MAX_LENGTH = 100;

/** Lower-case ASCII letters and digits, in runs joined by single hyphens: "guong-sang-2026". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** "Đảng ủy — Đợt 1!" → "dang-uy-dot-1": diacritics (even ones NFC cannot compose) dropped, đ → d. */
function slugWords(text: string): string {
  return fold(text.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A URL slug from a title, at most SLUG_MAX_LENGTH long, cut at the end of the title; `suffix`
 * (a story's entry code) is kept whole after it. Empty when neither has a letter or digit.
 */
export function slugify(title: string, suffix = ''): string {
  const tail = slugWords(suffix).slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
  const room = tail === '' ? SLUG_MAX_LENGTH : SLUG_MAX_LENGTH - tail.length - 1;
  const head = slugWords(title).slice(0, Math.max(0, room)).replace(/-+$/, '');
  return [head, tail].filter((part) => part !== '').join('-');
}
