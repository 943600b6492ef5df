import type { Locale } from '../../lib/locale.ts';

/** Calendar day of an instant in Vietnam: a certificate issued at 23:30 on the 25th (UTC) is dated the 26th. */
export function vietnamDay(date: Date): { day: number; month: number; year: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { day: part('day'), month: part('month'), year: part('year') };
}

/**
 * "ngày 26 tháng 11 năm 2026". As on administrative documents (Nghị định 30/2020/NĐ-CP), a day below 10
 * and the months 1 and 2 take a leading zero: "ngày 05 tháng 02 năm 2026", but "tháng 3".
 */
export function vietnameseDate(date: Date): string {
  const { day, month, year } = vietnamDay(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "26 November 2026", spelled out here so the output does not depend on the ICU data installed. */
export function englishDate(date: Date): string {
  const { day, month, year } = vietnamDay(date);
  return `${day} ${englishMonths[month - 1]} ${year}`;
}

/** A document's dates in the language of its labels. */
export const writtenDate: Record<Locale, (date: Date) => string> = { vi: vietnameseDate, en: englishDate };
