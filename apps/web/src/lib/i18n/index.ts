import { en } from './en';
import { vi, type MessageKey, type Messages } from './vi';

export type { MessageKey, Messages };

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
/** Read by the web (hooks.server.ts) and by the API, which answers errors in the same language. */
export const LOCALE_COOKIE = 'gs_locale';

export const dictionaries: Record<Locale, Messages> = { vi, en };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Returns `t(key, params)` for one locale; unknown `{placeholders}` are left visible. */
export function translator(locale: Locale): Translate {
  const messages = dictionaries[locale];
  return (key, params) => {
    const text = messages[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      String(params[name] ?? placeholder),
    );
  };
}
