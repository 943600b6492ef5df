import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readAsTcvn3, readAsVni } from './legacy-vietnamese-fonts.ts';

const hasIconv = spawnSync('iconv', ['--version']).status === 0;

describe('readAsTcvn3: text typed in a .VnTime font', () => {
  test('reads as the font shows it', () => {
    expect(readAsTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(readAsTcvn3('§¶ng ñy Së T­ ph¸p')).toBe('Đảng ủy Sở Tư pháp');
    expect(readAsTcvn3('Thµnh phè Hå ChÝ Minh')).toBe('Thành phố Hồ Chí Minh');
    // .VnTimeH draws the same codes as capitals: the letters are the same, which matching ignores.
    expect(readAsTcvn3('NGUYÔN')).toBe('NGUYễN');
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
  ])('%s → %s', (vni, unicode) => {
    expect(readAsVni(vni)).toBe(unicode);
  });

  test('leaves ASCII as it is', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcdeiouy ABCDEIOUY 0129.,;-') }), (text) => {
      expect(readAsVni(text)).toBe(text);
    }));
  });
});
