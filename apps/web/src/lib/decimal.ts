import type { Locale } from './i18n';

/*
 * Decimals as people read and type them: 8,5 in Vietnamese, 8.5 in English. Every decimal field's
 * value and every decimal shown beside it is written by formatDecimal, and every such field is read
 * by parseDecimal, which takes back whatever formatDecimal writes (same decimals or fewer).
 */

const tags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };
const formats = new Map<string, Intl.NumberFormat>();

/**
 * Up to `decimals` decimals, none when whole; no thousands separator, since a field holding the
 * Vietnamese "1.000" would read back as 1.
 */
export function formatDecimal(value: number, locale: Locale, decimals = 2): string {
  const key = `${locale}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: decimals, useGrouping: false });
    formats.set(key, format);
  }
  return format.format(value);
}

/**
 * A decimal as typed in either language ("8,5" or "8.5"), with at most `wholeDigits` digits before
 * the separator and `decimals` after; null when empty or anything else (signs, exponents, groups).
 * The defaults are a score's (the API's scale goes to 1000, on half points).
 */
export function parseDecimal(text: string, { decimals = 2, wholeDigits = 4 } = {}): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!new RegExp(`^\\d{1,${wholeDigits}}(\\.\\d{1,${decimals}})?$`).test(normalized)) return null;
  return Number(normalized);
}
