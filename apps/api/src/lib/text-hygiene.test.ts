import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pastedText } from '@guong-sang/text';
import { hasVisibleCharacter, isAcceptableName, textProblem } from './text-hygiene.ts';

/** Characters that show nothing yet make two equal-looking names different text. */
const INVISIBLE = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E', '\u2061', '\u2064',
  '\uFE00', '\uFE0F', '\u{E0100}', '\u{E0041}', '\u{E007F}', '\u115F', '\u1160', '\u3164', '\uFFA0', '\u2800', '\u17B4',
  '\u{1BCA0}', '\u{1D173}',
];

describe('isAcceptableName', () => {
  it('accepts Vietnamese names and unit names as people write them', () => {
    for (const name of [
      'Nguyễn Thị Hồng Nhung', 'Nguyễn Thị Hồng Nhung'.normalize('NFD'), 'Đảng ủy Sở Tư pháp', 'Bệnh viện Nhân dân 115',
      'Phòng Kế hoạch – Tài chính (KH-TC)', 'Sở GD&ĐT', "O'Neil", 'Hồ “Bác” #2', 'Võ\r\nC', 'H\'Hen Niê', '🌸 Hoa',
    ]) {
      expect(isAcceptableName(name), name).toBe(true);
    }
  });

  it('refuses a name with any invisible or format character, anywhere in it', () => {
    fc.assert(fc.property(
      fc.constantFrom('Nguyễn Văn An', 'Chi bộ 1', 'A'), fc.constantFrom(...INVISIBLE), fc.nat(), (name, invisible, at) => {
        const cut = at % (name.length + 1);
        expect(isAcceptableName(name.slice(0, cut) + invisible + name.slice(cut))).toBe(false);
      },
    ));
  });

  it('refuses stray accents and stacks of them', () => {
    for (const name of ['\u0301An', 'An \u0301', 'A\u0301\u0302\u0303\u0304', '1\u20E3']) {
      expect(isAcceptableName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('accepts only text made of letters (with at most three marks), digits, punctuation, symbols and spaces, showing something', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('a', 'ễ', ' ', '\u0301', '1', '-', ...INVISIBLE) }),
    );
    fc.assert(fc.property(anyText, (text) => {
      if (!isAcceptableName(text)) return;
      expect(hasVisibleCharacter(text)).toBe(true);
      expect(textProblem(text)).toBeNull();
      expect(text).not.toMatch(/[\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]/u);
      expect(text).toMatch(/^(?:\p{L}\p{M}{0,3}|[\p{N}\p{P}\p{S}\p{Zs}\t\n\r])+$/u);
    }), { numRuns: 3_000 });
  });
});

describe('pasted text', () => {
  it('is always text the API takes: whatever another application put in it, nothing is refused', () => {
    const hostile = fc.constantFrom('\u000B', '\u000C', '\u0085', '\u0000', '\u007F', '\u009B', '\u202E', '\u2066', '\uFFFD', '\uD800', '\uDFFF', '\r\n');
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), hostile)).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.constantFrom('\n' as const, ' ' as const), (pasted, lineBreak) => {
      expect(textProblem(pastedText(pasted, lineBreak))).toBeNull();
    }), { numRuns: 2000 });
  });
});
