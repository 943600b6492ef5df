import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from './decimal';
import type { Locale } from './i18n';

const locales: Locale[] = ['vi', 'en'];

describe('decimals', () => {
  it('are shown with a comma in Vietnamese and a dot in English, without thousands separators', () => {
    expect(formatDecimal(8.5, 'vi')).toBe('8,5');
    expect(formatDecimal(8.5, 'en')).toBe('8.5');
    expect(formatDecimal(0.5, 'vi')).toBe('0,5');
    expect(formatDecimal(10, 'vi')).toBe('10');
    expect(formatDecimal(1000, 'vi')).toBe('1000');
    expect(formatDecimal(6.4000000001, 'vi')).toBe('6,4');
    expect(formatDecimal(0.125, 'vi', 4)).toBe('0,125');
  });

  it('are read as typed in either language, and nothing else', () => {
    expect(parseDecimal('8,5')).toBe(8.5);
    expect(parseDecimal(' 8.5 ')).toBe(8.5);
    expect(parseDecimal('10')).toBe(10);
    for (const bad of ['', ' ', 'abc', '-1', '1e3', '8,5,5', 'Infinity', 'NaN', '1.234', '1.000,5', '12345']) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
    expect(parseDecimal('0,1255', { decimals: 4, wholeDigits: 6 })).toBe(0.1255);
  });

  it('read back exactly what they show: every score with up to two decimals, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(...locales), (hundredths, locale) => {
        const score = hundredths / 100;
        expect(parseDecimal(formatDecimal(score, locale))).toBe(score);
      }),
      { numRuns: 2000 },
    );
  });

  it('read back exactly what they show with four decimals (the contest form’s weights)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_9999 }), fc.constantFrom(...locales), (units, locale) => {
        const weight = units / 10_000;
        expect(parseDecimal(formatDecimal(weight, locale, 4), { decimals: 4, wholeDigits: 6 })).toBe(weight);
      }),
      { numRuns: 2000 },
    );
  });
});
