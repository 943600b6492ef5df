import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlug, slugify, SLUG_MAX_LENGTH } from './slug.ts';

describe('slugify', () => {
  it('drops Vietnamese diacritics, including đ', () => {
    expect(slugify('Gương sáng làm theo lời Bác 2026')).toBe('guong-sang-lam-theo-loi-bac-2026');
    expect(slugify('Đảng ủy Khối — “Đợt 1”!')).toBe('dang-uy-khoi-dot-1');
    expect(slugify('Người thầy của bản làng')).toBe('nguoi-thay-cua-ban-lang');
    expect(slugify('Gương'.normalize('NFD'))).toBe('guong');
    expect(slugify('ax\u0301b')).toBe('axb');
  });

  it('is empty for a title without letters or digits', () => {
    expect(slugify('— … —')).toBe('');
    expect(slugify('  ')).toBe('');
  });

  it('keeps a story\'s code whole after its title, within the one maximum length', () => {
    expect(slugify('Người thầy của bản làng', 'GS-7K3Q9M')).toBe('nguoi-thay-cua-ban-lang-gs-7k3q9m');
    expect(slugify('— …', 'GS-7K3Q9M')).toBe('gs-7k3q9m');
    const long = slugify('a '.repeat(100), 'GS-7K3Q9M');
    expect(long).toHaveLength(SLUG_MAX_LENGTH - 1);
    expect(long.endsWith('-a-gs-7k3q9m')).toBe(true);
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(SLUG_MAX_LENGTH));
  });

  it('makes a valid slug or nothing, from any title and code', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (title, code) => {
      for (const slug of [slugify(title), slugify(title, code)]) {
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        if (slug !== '') expect(isSlug(slug), slug).toBe(true);
      }
    }));
  });

  it('is a fixed point on a slug', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (title) => {
      const slug = slugify(title);
      expect(slugify(slug)).toBe(slug);
    }));
  });
});

describe('isSlug', () => {
  it('accepts lower-case letters and digits joined by single hyphens, up to the maximum length', () => {
    expect(isSlug('guong-sang-2025')).toBe(true);
    expect(isSlug('a'.repeat(SLUG_MAX_LENGTH))).toBe(true);
    for (const bad of ['', 'Bad_Slug', 'a/b', '..', 'a--b', '-a', 'a-', 'a'.repeat(SLUG_MAX_LENGTH + 1), null, undefined]) {
      expect(isSlug(bad), String(bad)).toBe(false);
    }
  });
});
