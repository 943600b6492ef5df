import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

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
