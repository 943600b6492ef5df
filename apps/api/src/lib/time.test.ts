import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatVietnamTime } from './time.ts';

const intl = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

describe('formatVietnamTime', () => {
  test('a deadline as organizers write it, in Vietnam time across the date line of UTC', () => {
    expect(formatVietnamTime(new Date('2026-12-31T17:05:00Z'))).toBe('01/01/2027 00:05');
    expect(formatVietnamTime(new Date('2026-03-01T16:59:59.999Z'))).toBe('01/03/2026 23:59');
    expect(formatVietnamTime(new Date('2028-02-28T17:00:00Z'))).toBe('29/02/2028 00:00');
  });

  test('property: the same as Intl\'s Asia/Ho_Chi_Minh for any instant from 1976 to 2200', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
      expect(formatVietnamTime(new Date(ms))).toBe(intl.format(new Date(ms)).replace(',', ''));
    }), { numRuns: 2000 });
  });
});
