import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { legacyFontReadings, readAsTcvn3, readAsViqr, readAsVni } from './legacy-vietnamese-fonts.ts';

const hasIconv = spawnSync('iconv', ['--version']).status === 0;

describe('readAsTcvn3: text typed in a .VnTime font', () => {
  test('reads as the font shows it', () => {
    expect(readAsTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(readAsTcvn3('§¶ng ñy Së T­ ph¸p')).toBe('Đảng ủy Sở Tư pháp');
    expect(readAsTcvn3('Thµnh phè Hå ChÝ Minh')).toBe('Thành phố Hồ Chí Minh');
    // .VnTimeH draws the same codes as capitals: the letters are the same, which matching ignores.
    expect(readAsTcvn3('NGUYÔN')).toBe('NGUYễN');
    // From a PDF: pdf.js gives µ (TCVN3's à) as the Greek μ.
    expect(readAsTcvn3('Lª ThÞ H\u03BC')).toBe('Lê Thị Hà');
    expect(legacyFontReadings('Lª ThÞ H\u03BC')).toEqual(['Lê Thị Hà']);
  });

  // An independent reading of TCVN 5712:1993: glibc's, byte by byte (Latin-1 in the document).
  test.skipIf(!hasIconv)('every character from 0xA1 reads as iconv reads its byte', () => {
    for (let code = 0xa1; code <= 0xff; code += 1) {
      const iconv = spawnSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: Buffer.from([code]) });
      expect(readAsTcvn3(`a${String.fromCharCode(code)}`), code.toString(16)).toBe(`a${iconv.stdout.toString('utf8')}`.normalize('NFC'));
    }
  });

  test('leaves ASCII and the letters TCVN3 has no code for as they are', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abc XYZ 0129.,;-ăếờữỵ') }), (text) => {
      expect(readAsTcvn3(text)).toBe(text.normalize('NFC'));
    }));
  });
});

describe('readAsVni: text typed in a VNI-Times font', () => {
  test.each([
    ['Nguyeãn Vaên AÂn', 'Nguyễn Văn Ân'],
    ['Phaïm Thò Höông', 'Phạm Thị Hương'],
    ['Ñaûng uûy Sôû Tö phaùp', 'Đảng ủy Sở Tư pháp'],
    ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Tröôøng Leâ Thò Ngoïc AÙnh', 'Trường Lê Thị Ngọc Ánh'],
    ['Chuùng toâi khoâng queân lôøi Baùc', 'Chúng tôi không quên lời Bác'],
    ['aéc aèc aúc aüc aëc', 'ắc ằc ẳc ẵc ặc'],
    ['æ ó ò î yù yø yû yõ', 'ỉ ĩ ị ỵ ý ỳ ỷ ỹ'],
    ['NGUYEÃN VAÊN ÑÖÔØNG', 'NGUYỄN VĂN ĐƯỜNG'],
    // Word's "Capitalize Each Word" and "Sentence case" change the base letter only.
    ['Aùnh Ñoã Leâ Oanh', 'Ánh Đỗ Lê Oanh'],
    ['Aêng Eâ Oâ AÊNG Ó Ò', 'Ăng Ê Ô ĂNG Ĩ Ị'],
  ])('%s → %s', (vni, unicode) => {
    expect(readAsVni(vni)).toBe(unicode);
  });

  test('leaves ASCII as it is', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcdeiouy ABCDEIOUY 0129.,;-') }), (text) => {
      expect(readAsVni(text)).toBe(text);
    }));
  });
});

describe('readAsViqr: Vietnamese written in ASCII', () => {
  test.each([
    ["Nguye^~n Thi. Ho^`ng Nhung", 'Nguyễn Thị Hồng Nhung'],
    ["DDa?ng u?y So+? Tu+ pha'p", 'Đảng ủy Sở Tư pháp'],
    ['Ddu+o+`ng Va(n A^n, TRA^`N', 'Đường Văn Ân, TRẦN'],
  ])('%s → %s', (viqr, unicode) => {
    expect(readAsViqr(viqr)).toBe(unicode);
  });
});

describe('legacyFontReadings: the lines of a text a legacy font may show', () => {
  test('reads only the lines bearing a sign of the font, word by word', () => {
    const text = 'Tôi là Nguyễn Hà, 25°C.\nNg\u00adêi viÕt: Lª ThÞ Hµ, NguyÔn\nTaùc giaû: Hoà Chí Minh, Nguyeãn';
    const [tcvn3, vni] = legacyFontReadings(text).map((reading) => reading.split('\n'));
    expect(tcvn3![0]).toBe('Tôi là Nguyễn Hà, 25°C.');
    expect(tcvn3![1]).toBe('Người viết: Lê Thị Hà, Nguyễn');
    expect(vni![0]).toBe('Tôi là Nguyễn Hà, 25°C.');
    expect(vni![2]).toBe('Tác giả: Hồ Chí Minh, Nguyễn');
    // Each line is read where it bears a sign of its font.
    expect(legacyFontReadings('Chị Hoàng và Nguyeãn').at(-1)).toBe('Chị Hồng và Nguyễn');
    expect(legacyFontReadings('Chị Hoàng và NguyÔn').at(-1)).toBe('Chị HoỔng vỔ Nguyễn');
  });

  test('reads a line without a sign of its own in a document that uses the font, unless it is Unicode', () => {
    expect(legacyFontReadings('T¸c gi¶:\nNGUYÔN AN\nNguyễn Thị Hoàng')).toEqual(['Tác giả:\nNGUYễN AN\nNguyễn Thị Hoàng']);
    expect(legacyFontReadings('NGUYÔN AN')).toEqual([]);
  });

  test('leaves Unicode Vietnamese alone', () => {
    expect(legacyFontReadings('Chị Trần Thị Hoàng và tôi ở Hà Nội, § 3.')).toEqual([]);
  });

  test('keeps the spaces where they were', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aeod âêùøñ§¶µÔ\u00ad^`.+ \n\t') }), (text) => {
      for (const reading of legacyFontReadings(text)) expect(reading.split(/\S+/)).toEqual(text.split(/\S+/));
    }));
  });
});
