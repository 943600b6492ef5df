import { describe, expect, test } from 'vitest';
import { stabilizeMarkup } from './stable-markup.ts';

const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'] as const;

describe('stabilizeMarkup', () => {
  test('every character that any normalization turns into markup is written as a reference', () => {
    const forming: string[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (FORMS.some((form) => /[<>&"'=]/.test(char.normalize(form)))) forming.push(char);
    }
    expect(forming.length).toBeGreaterThan(10);
    const stabilized = stabilizeMarkup(`<p>${forming.join('')}</p>`);
    expect(stabilized).toMatch(/^<p>(&#x[0-9a-f]+;)+<\/p>$/);
  });

  test('combining marks after a tag become references; the rest is NFC', () => {
    expect(stabilizeMarkup('<p>\u0338\u0301x</p>\u0338<b>e\u0301</b>')).toBe('<p>&#x338;&#x301;x</p>&#x338;<b>é</b>');
  });

  test('the output is a fixed point of NFC and NFD up to text', () => {
    const html = stabilizeMarkup('<p>\u0338 ≯ a\u0338</p>');
    expect(html.normalize('NFC')).toBe(html);
    expect(html.normalize('NFD').replace(/[^<>]/g, '')).toBe(html.replace(/[^<>]/g, ''));
  });
});
