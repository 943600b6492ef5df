import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  formatBytes,
  formatDate,
  formatDateTime,
  formatDateTimeSeconds,
  formatNumber,
  formatPercent,
  formatSince,
  formatTime,
  fromVietnamInputs,
  timeLeft,
  toVietnamInputs,
} from './format';

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(1873, 'vi')).toBe('1.873');
    expect(formatNumber(61153, 'vi')).toBe('61.153');
    expect(formatNumber(1873, 'en')).toBe('1,873');
  });
});

describe('formatDate', () => {
  it('writes dd/mm/yyyy in Vietnam time (UTC+7)', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Hồ Chí Minh City.
    expect(formatDate('2025-12-31T17:30:00Z')).toBe('01/01/2026');
    expect(formatDate(new Date('2025-03-05T00:00:00Z'))).toBe('05/03/2025');
  });
});

describe('Vietnam time', () => {
  it('formats date and time in UTC+7', () => {
    expect(formatDateTime('2026-05-31T16:59:00Z')).toBe('31/05/2026 23:59');
    expect(formatDateTimeSeconds('2026-05-31T16:59:07.500Z')).toBe('31/05/2026 23:59:07');
    expect(formatTime('2026-01-01T00:00:09Z')).toBe('07:00:09');
  });

  it('round-trips date and time inputs typed in Vietnam time', () => {
    expect(fromVietnamInputs('2026-06-01', '00:30')).toBe('2026-05-31T17:30:00.000Z');
    expect(toVietnamInputs('2026-05-31T17:30:00.000Z')).toEqual({ date: '2026-06-01', time: '00:30' });
    expect(fromVietnamInputs('2026-06-01', '00:30:15')).toBe('2026-05-31T17:30:15.000Z');
  });

  it('refuses impossible dates and times', () => {
    expect(fromVietnamInputs('2026-02-31', '10:00')).toBeNull();
    expect(fromVietnamInputs('2026-02-01', '24:00')).toBeNull();
    expect(fromVietnamInputs('', '10:00')).toBeNull();
    expect(fromVietnamInputs('01/02/2026', '10:00')).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses the locale decimal separator', () => {
    expect(formatBytes(1536 * 1024, 'vi')).toBe('1,5 MB');
    expect(formatBytes(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(820 * 1024, 'vi')).toBe('820 KB');
    expect(formatBytes(12, 'en')).toBe('12 B');
  });
});

describe('timeLeft', () => {
  it('splits the remaining time and is null after the deadline', () => {
    const now = Date.parse('2026-05-31T10:00:00Z');
    expect(timeLeft('2026-05-31T12:01:05Z', now)).toMatchObject({ hours: 2, minutes: 1, seconds: 5 });
    expect(timeLeft('2026-05-31T10:00:00Z', now)).toBeNull();
  });
});

describe('formatSince', () => {
  it('gives the time alone on the same Vietnam day, the date as well on another', () => {
    // 23:30 in Hồ Chí Minh City; the save was at 00:10 that day, and at 23:50 the day before.
    const now = Date.parse('2026-03-05T16:30:00Z');
    expect(formatSince('2026-03-04T17:10:05Z', now)).toBe('00:10:05');
    expect(formatSince('2026-03-04T16:50:00Z', now)).toBe('04/03/2026 23:50');
  });
});

describe('formatPercent', () => {
  it('shows a participation rate with up to two decimals, in each language', () => {
    expect(formatPercent(0.03125, 'vi')).toBe('3,13%');
    expect(formatPercent(0.03125, 'en')).toBe('3.13%');
    expect(formatPercent(0.25, 'vi')).toBe('25%');
  });
});

describe('daysLeft', () => {
  it('counts whole days, hours and minutes down to the deadline, and is null after it', () => {
    const now = Date.parse('2026-05-28T10:00:30Z');
    expect(daysLeft('2026-05-31T12:01:05Z', now)).toEqual({ days: 3, hours: 2, minutes: 0 });
    expect(daysLeft('2026-05-28T10:59:59Z', now)).toEqual({ days: 0, hours: 0, minutes: 59 });
    expect(daysLeft('2026-05-28T10:00:30Z', now)).toBeNull();
  });
});
