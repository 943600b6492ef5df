import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from './word-count.ts';

describe('countWords', () => {
  it.each([
    ['Vietnamese syllables', 'Gương sáng làm theo lời Bác', 6],
    ['any whitespace separates', '  Một\thai\nba\u00a0bốn  ', 4],
    ['punctuation-only tokens do not count', '— … ” “ - ! ?', 0],
    ['punctuation attached to words', 'Năm 2026 – “Bác dạy”:  cần, kiệm.', 6],
    ['numbers count', '1.873 bài dự thi, 77 đơn vị', 7],
    ['empty', '', 0],
    ['only whitespace', ' \n\t\u00a0 ', 0],
    ['NFD counts like NFC', 'Gu\u031Bo\u031Bng sa\u0301ng', 2],
    ['a lone combining mark is not a word', 'a \u0301 b', 2],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts decomposed (NFD) text the same as composed text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(countWords(text.normalize('NFD'))).toBe(countWords(text.normalize('NFC')));
    }));
  });

  it('counts two texts joined by whitespace as the sum of their counts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ư', '7', ' ', '\n', '—', '.', '\u00a0', '\u0301') });
    fc.assert(fc.property(text, text, fc.constantFrom(' ', '\n\n', '\t'), (a, b, gap) => {
      expect(countWords(a + gap + b)).toBe(countWords(a) + countWords(b));
    }));
  });
});
