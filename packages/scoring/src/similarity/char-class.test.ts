import { describe, expect, it } from 'vitest';
import {
  ALNUM,
  charTables,
  classifyCodePoint,
  HIGH_SURROGATE,
  INVISIBLE,
  MARK,
  removeDiacritics,
  SIMPLE,
  WORD,
} from './char-class.ts';

const cp = (ch: string): number => ch.codePointAt(0) ?? -1;

describe('classifyCodePoint', () => {
  it.each([
    ['a', WORD | ALNUM],
    ['Z', WORD | ALNUM],
    ['7', WORD | ALNUM],
    ['ơ', WORD | ALNUM],
    ['Đ', WORD | ALNUM],
    ['ự', WORD | ALNUM],
    ['中', WORD | ALNUM],
    ['\u0301', WORD | MARK], // combining acute (NFD tone mark)
    ['\u0323', WORD | MARK], // combining dot below (NFD nặng)
    ['\u00AD', WORD | INVISIBLE], // soft hyphen
    ['\u200D', WORD | INVISIBLE], // zero-width joiner
    ['\u200B', 0], // zero-width space separates
    [' ', 0],
    ['\u00A0', 0],
    [',', 0],
    ['.', 0],
    ['-', 0],
    ['“', 0],
    ['…', 0],
    ['+', 0],
    ['😀', 0],
    ['𝐀', WORD | ALNUM], // mathematical bold capital A (astral letter)
  ])('%j → %i', (ch, expected) => {
    expect(classifyCodePoint(cp(ch))).toBe(expected);
  });

  it('treats lone surrogates as separators', () => {
    expect(classifyCodePoint(0xd800)).toBe(0);
    expect(classifyCodePoint(0xdfff)).toBe(0);
  });
});

describe('charTables', () => {
  const { classes, lower, base } = charTables();

  it('agrees with classifyCodePoint on every BMP code unit (but SIMPLE and high surrogates)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const expected = c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE : classifyCodePoint(c);
      const actual = (classes[c] ?? 0) & ~SIMPLE;
      if (actual !== expected) expect({ c, actual }).toEqual({ c, expected });
    }
  });

  it('makes every precomposed Vietnamese letter SIMPLE', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ0123456789';
    for (const ch of letters + letters.toUpperCase()) {
      expect((classes[cp(ch)] ?? 0) & SIMPLE, ch).toBe(SIMPLE);
    }
  });

  it('folds SIMPLE characters exactly like the slow path, and the folds are SIMPLE-safe', () => {
    // Every character that is the second (or later) half of some canonical decomposition: one of
    // these may compose with the character before it, so none may be SIMPLE.
    const seconds = new Set<number>();
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const decomposed = String.fromCodePoint(c).normalize('NFD');
      if (decomposed.length > 1) for (const part of [...decomposed].slice(1)) seconds.add(cp(part));
    }
    expect(seconds.has(0x0301)).toBe(true); // combining acute
    expect(seconds.has(0x1161)).toBe(true); // Hangul vowel jamo: a letter that composes
    let simpleCount = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (((classes[c] ?? 0) & SIMPLE) === 0) continue;
      simpleCount++;
      const ch = String.fromCharCode(c);
      const folded = ch.normalize('NFC').toLocaleLowerCase('vi').normalize('NFC');
      expect(ch.normalize('NFC')).toBe(ch);
      expect(seconds.has(c)).toBe(false);
      expect(String.fromCharCode(lower[c] ?? 0)).toBe(folded);
      expect(ch.toLowerCase()).toBe(folded);
      expect(String.fromCharCode(base[c] ?? 0)).toBe(removeDiacritics(folded));
      // The folded characters compose with nothing either, so folding a word char by char is NFC.
      expect(seconds.has(lower[c] ?? 0)).toBe(false);
      expect(seconds.has(base[c] ?? 0)).toBe(false);
    }
    expect(simpleCount).toBeGreaterThan(500);
  });

  it('toLocaleLowerCase("vi") is toLowerCase on the whole BMP (Vietnamese has no special casing)', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (ch.toLocaleLowerCase('vi') !== ch.toLowerCase()) expect(c).toBe(-1);
    }
  });
});

describe('removeDiacritics', () => {
  it.each([
    ['gương', 'guong'],
    ['sáng', 'sang'],
    ['đường', 'duong'],
    ['bạc', 'bac'],
    ['bắc', 'bac'],
    ['ự', 'u'],
    ['hello', 'hello'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(removeDiacritics(input)).toBe(expected);
  });
});
