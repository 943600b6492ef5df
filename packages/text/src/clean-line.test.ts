import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine } from './clean-line.ts';

describe('cleanLine', () => {
  it('stores a line in NFC, trimmed, each run of spaces, tabs and breaks one space', () => {
    expect(cleanLine('  Gương\u00A0 sáng\t\nlàm theo  lời Bác \u3000')).toBe('Gương sáng làm theo lời Bác');
    expect(cleanLine('Người giữ lửa'.normalize('NFD'))).toBe('Người giữ lửa'.normalize('NFC'));
    expect(cleanLine(' \n\t ')).toBe('');
  });

  it('is stable: a stored line is stored as it is', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const once = cleanLine(text);
      expect(cleanLine(once)).toBe(once);
      expect(once).toBe(once.normalize('NFC'));
      expect(once).not.toMatch(/^\s|\s$|\s\s|[\t\n\r]/);
    }), { numRuns: 1000 });
  });
});
