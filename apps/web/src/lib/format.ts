import type { Locale } from '$lib/i18n';

/** Every date and time in the interface is shown in Vietnam time, whatever the server's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-US'),
};

/** 1.873 in Vietnamese, 1,873 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value);
}

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** dd/mm/yyyy in Vietnam time, in both languages (the glossary's convention). */
export function formatDate(value: Date | string): string {
  const parts = dateParts.formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The wall-clock fields of an instant in Vietnam time. */
function vietnamFields(value: Date | string) {
  const shifted = new Date(new Date(value).getTime() + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** dd/mm/yyyy HH:mm in Vietnam time. */
export function formatDateTime(value: Date | string): string {
  const f = vietnamFields(value);
  return `${pad(f.day)}/${pad(f.month)}/${f.year} ${pad(f.hour)}:${pad(f.minute)}`;
}

/** dd/mm/yyyy HH:mm:ss in Vietnam time (receipts). */
export function formatDateTimeSeconds(value: Date | string): string {
  const f = vietnamFields(value);
  return `${formatDateTime(value)}:${pad(f.second)}`;
}

/** HH:mm:ss in Vietnam time. */
export function formatTime(value: Date | string): string {
  const f = vietnamFields(value);
  return `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

/** The values for `<input type="date">` and `<input type="time">`, in Vietnam time. */
export function toVietnamInputs(value: Date | string): { date: string; time: string } {
  const f = vietnamFields(value);
  return {
    date: `${f.year}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
  };
}

/**
 * The UTC instant (ISO 8601) of a date and a time typed in Vietnam time, or null when either is
 * not a real date (31/02) or time. Seconds in the time are accepted, as some browsers send them.
 */
export function fromVietnamInputs(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return new Date(utc - VIETNAM_OFFSET_MS).toISOString();
}

const decimalFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

/** A file size as people read it: 820 KB, 1,5 MB (vi) / 1.5 MB (en). */
export function formatBytes(bytes: number, locale: Locale): string {
  const format = decimalFormats[locale];
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

/** Whole hours, minutes and seconds left until `deadline`, or null once it has passed. */
export function timeLeft(
  deadline: Date | string,
  now: Date | number,
): { hours: number; minutes: number; seconds: number; totalMs: number } | null {
  const totalMs = new Date(deadline).getTime() - new Date(now).getTime();
  if (!(totalMs > 0)) return null;
  const totalSeconds = Math.floor(totalMs / 1000);
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
    totalMs,
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** What is left before a deadline in whole days, hours and minutes (rounded down); null once passed. */
export function daysLeft(deadline: Date | string, now: Date | number): { days: number; hours: number; minutes: number } | null {
  const left = timeLeft(deadline, now);
  if (!left) return null;
  return { days: Math.floor(left.hours / 24), hours: left.hours % 24, minutes: left.minutes };
}

const scoreFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** A score for display only (8,50 / 8.50): ranking uses the unrounded value, done by the API. */
export function formatScore(value: number, locale: Locale): string {
  return scoreFormats[locale].format(value);
}

/** A signed figure such as a judge's severity: +0,42 / −1,10. */
export function formatSigned(value: number, locale: Locale): string {
  const text = formatScore(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** HH:mm:ss for a time on the day of `now`, dd/mm/yyyy HH:mm for another day (Vietnam time). */
export function formatSince(value: string, now: number): string {
  return formatDate(value) === formatDate(new Date(now)) ? formatTime(value) : formatDateTime(value);
}

const percentFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }),
};

/** A share as a percentage with up to two decimals: 3,12% in Vietnamese, 3.12% in English. */
export function formatPercent(value: number, locale: Locale): string {
  return percentFormats[locale].format(value);
}
