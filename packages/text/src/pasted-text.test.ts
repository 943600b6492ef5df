import { describe, expect, it } from 'vitest';
import { pastedText } from './pasted-text.ts';

describe('pastedText', () => {
  it('turns page and line breaks into breaks and drops what the API refuses in an essay', () => {
    expect(pastedText('Trang một.\fTrang hai,\u000Bdòng mới\u0085hết.')).toBe('Trang một.\nTrang hai,\ndòng mới\nhết.');
    expect(pastedText('a\fb', ' ')).toBe('a b');
    expect(pastedText('\u202Bký hiệu\u202C \u2066và\u2069 lỗi \uFFFD chuông\u0007 \u0000\u007F\u009B')).toBe('ký hiệu và lỗi  chuông ');
    expect(pastedText('lẻ \uD800 cặp 😀')).toBe('lẻ  cặp 😀');
  });

  it('keeps Vietnamese in NFC or NFD, tabs, line feeds, emoji and zero-width joiners as they are', () => {
    const text = 'Gương sáng\tlàm theo\nlời Bác 👩🏽‍⚕️ ' + 'Gương'.normalize('NFD');
    expect(pastedText(text)).toBe(text);
  });
});
