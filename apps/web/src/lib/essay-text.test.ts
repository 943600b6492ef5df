import { describe, expect, it } from 'vitest';
import { countWords, htmlToPlainText, paragraphs, plainTextToHtml, slugify } from './essay-text';

describe('countWords', () => {
  it('counts Vietnamese syllables separated by whitespace', () => {
    expect(countWords('Gương sáng làm theo lời Bác')).toBe(6);
    expect(countWords('  Một\thai\nba\u00a0bốn  ')).toBe(4);
  });

  it('ignores tokens without a letter or digit', () => {
    expect(countWords('Năm 2026 — một năm … đáng nhớ !')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords(' - … ')).toBe(0);
  });

  it('counts the same after NFC as before', () => {
    const nfd = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    expect(countWords(nfd)).toBe(4);
  });
});

describe('htmlToPlainText', () => {
  it('separates blocks with a blank line and keeps line breaks', () => {
    const html = '<h2>Chị Lan</h2><p>Một <strong>tấm</strong> gương<br>sáng &amp; đẹp</p><ul><li>Một</li><li>Hai</li></ul>';
    expect(htmlToPlainText(html)).toBe('Chị Lan\n\nMột tấm gương\nsáng & đẹp\n\nMột\n\nHai');
  });

  it('gives the same word count as the text it came from', () => {
    const html = plainTextToHtml('Đoạn một có năm chữ.\n\nĐoạn hai\ncó bốn chữ');
    expect(countWords(htmlToPlainText(html))).toBe(10);
  });
});

describe('plainTextToHtml', () => {
  it('makes paragraphs and escapes markup', () => {
    expect(plainTextToHtml('Một <b>hai</b>\nba\n\n\nbốn & "năm"')).toBe(
      '<p>Một &lt;b&gt;hai&lt;/b&gt;<br>ba</p><p>bốn &amp; &quot;năm&quot;</p>',
    );
    expect(plainTextToHtml('   \n\n ')).toBe('');
  });

  it('stores NFC', () => {
    expect(plainTextToHtml('Gương'.normalize('NFD'))).toBe('<p>Gương</p>');
  });

  it('round-trips through htmlToPlainText', () => {
    const text = 'Dòng một\nDòng hai\n\nĐoạn hai';
    expect(htmlToPlainText(plainTextToHtml(text))).toBe(text);
    expect(paragraphs(text)).toEqual(['Dòng một\nDòng hai', 'Đoạn hai']);
  });
});

describe('slugify', () => {
  it('drops Vietnamese diacritics, including đ', () => {
    expect(slugify('Gương sáng làm theo lời Bác 2026')).toBe('guong-sang-lam-theo-loi-bac-2026');
    expect(slugify('Đảng ủy Khối — Đợt 1!')).toBe('dang-uy-khoi-dot-1');
    expect(slugify('Gương'.normalize('NFD'))).toBe('guong');
  });

  it('is empty for a title without letters or digits and respects the length', () => {
    expect(slugify('— … —')).toBe('');
    expect(slugify('a '.repeat(100)).length).toBeLessThanOrEqual(80);
    expect(slugify('a '.repeat(100))).not.toMatch(/-$/);
  });
});
