import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldStrokeD } from './vietnamese-fold.ts';

describe('fold', () => {
  it('lower-cases and drops diacritics, đ included', () => {
    expect(fold('Gương Sáng làm theo lời Bác')).toBe('guong sang lam theo loi bac');
    expect(fold('ĐẢNG ỦY Đợt 1')).toBe('dang uy dot 1');
    expect(fold('Nguyễn Thị Hồng Nhung')).toBe('nguyen thi hong nhung');
  });

  it('keeps the length, so indexes carry over to the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(fold(text).length).toBe(text.length);
    }));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(fold(fold(text))).toBe(fold(text));
    }));
  });

  it('folds upper and lower case, with or without marks, to the same text', () => {
    const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ') });
    fc.assert(fc.property(vietnamese, (text) => {
      expect(fold(text.toUpperCase())).toBe(fold(text));
      expect(fold(text)).toMatch(/^[a-z ]*$/);
    }));
  });
});

describe('foldStrokeD', () => {
  it('changes only đ and Đ', () => {
    expect(foldStrokeD('Đoàn đội Gương sáng')).toBe('Doàn dội Gương sáng');
    fc.assert(fc.property(fc.string(), (text) => {
      expect(foldStrokeD(text).length).toBe(text.length);
      expect(foldStrokeD(text)).not.toMatch(/[đĐ]/);
    }));
  });
});
