import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from './word-count.ts';
import { paragraphs, plainTextToHtml, sanitizedHtmlToText } from './essay-plain-text.ts';

describe('sanitizedHtmlToText', () => {
  it('separates blocks with a blank line and keeps line breaks', () => {
    const html = '<h2>Chị Lan</h2><p>Một <strong>tấm</strong> gương<br />sáng &amp; đẹp</p><ul><li>Một</li><li>Hai</li></ul>';
    expect(sanitizedHtmlToText(html)).toBe('Chị Lan\n\nMột tấm gương\nsáng & đẹp\n\nMột\n\nHai');
  });

  it('collapses spaces, drops empty blocks and gives NFC', () => {
    expect(sanitizedHtmlToText('<p>  a \n  b  </p><p> </p><blockquote><p>c</p></blockquote>')).toBe('a b\n\nc');
    expect(sanitizedHtmlToText('<p>Gu\u031Bo\u031Bng</p>')).toBe('Gương');
  });

  it('gives the same word count as the text it came from', () => {
    const html = plainTextToHtml('Đoạn một có năm chữ.\n\nĐoạn hai\ncó bốn chữ');
    expect(countWords(sanitizedHtmlToText(html))).toBe(10);
  });
});

describe('plainTextToHtml', () => {
  it('makes paragraphs and line breaks, and escapes markup', () => {
    expect(plainTextToHtml('Một <b>hai</b>\nba\n\n\nbốn & "năm"')).toBe(
      '<p>Một &lt;b&gt;hai&lt;/b&gt;<br />ba</p><p>bốn &amp; &quot;năm&quot;</p>',
    );
    expect(plainTextToHtml('Tựa <b>\r\n\r\nDòng 1 \n Dòng 2\n\n\n& hết')).toBe('<p>Tựa &lt;b&gt;</p><p>Dòng 1<br />Dòng 2</p><p>&amp; hết</p>');
    expect(plainTextToHtml('   \n\n ')).toBe('');
  });

  it('stores NFC', () => {
    expect(plainTextToHtml('Gương'.normalize('NFD'))).toBe('<p>Gương</p>');
  });

  it('round-trips through sanitizedHtmlToText', () => {
    const text = 'Dòng một\nDòng hai\n\nĐoạn hai';
    expect(sanitizedHtmlToText(plainTextToHtml(text))).toBe(text);
    expect(paragraphs(text)).toEqual(['Dòng một\nDòng hai', 'Đoạn hai']);
  });

  it('keeps every word of any typed text, and no markup gets through', () => {
    const typed = fc.string({ unit: fc.constantFrom('a', 'ư', '7', ' ', '\n', '\r\n', '<', '>', '&', '"', "'", '&amp;') });
    fc.assert(fc.property(typed, (text) => {
      const html = plainTextToHtml(text);
      expect(html.replace(/<\/?p>|<br \/>/g, '')).not.toMatch(/[<>"]/);
      expect(countWords(sanitizedHtmlToText(html))).toBe(countWords(text));
    }));
  });
});
