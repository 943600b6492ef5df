export type Locale = 'vi' | 'en';

/** Vietnamese unless the user chose English (the web's `gs_locale` cookie) or only asks for it. */
export function pickLocale(cookieLocale: string | undefined, acceptLanguage: string | undefined): Locale {
  if (cookieLocale === 'vi' || cookieLocale === 'en') return cookieLocale;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
