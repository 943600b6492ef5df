/**
 * Mail is written inside domain transactions, which do not know the public URL: links are stored
 * with this mark in place of the origin and completed when the mail is sent or shown.
 */
const ORIGIN_MARK = '{{ORIGIN}}';

/** A link to a page of the platform, as stored in a queued mail. */
export function platformLink(path: string): string {
  return `${ORIGIN_MARK}${path}`;
}

/** The stored text with its links made absolute for `origin` (e.g. https://guongsang.example.vn). */
export function withOrigin(text: string, origin: string): string {
  return text.replaceAll(ORIGIN_MARK, origin);
}

/** Set-password links carry a secret: once the mail is sent it is kept without it. */
export function withoutSecrets(text: string): string {
  return text.replace(/\/password\/[A-Za-z0-9_-]{20,}/g, '/password/…');
}

/** A set-password link in a stored text: with its origin mark, and with or without its secret. */
const SET_PASSWORD_LINK = /(?:\{\{ORIGIN\}\})?\/password\/(?:[A-Za-z0-9_-]{20,}|…)/g;

/** What stands in a shown mail for a set-password link its reader may not follow. */
const HIDDEN_LINK = { vi: '[liên kết đã ẩn]', en: '[link hidden]' } as const;

/** The text with every set-password link replaced by a note that it is hidden; and whether there was one. */
export function withLinksHidden(text: string, locale: 'vi' | 'en'): { text: string; hidden: boolean } {
  let hidden = false;
  const shown = text.replace(SET_PASSWORD_LINK, () => {
    hidden = true;
    return HIDDEN_LINK[locale];
  });
  return { text: shown, hidden };
}
