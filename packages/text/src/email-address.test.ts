import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEmail, EMAIL_MAX_LENGTH, EMAIL_PATTERN, emailAddress } from './email-address.ts';

describe('emailAddress', () => {
  it('accepts plain addresses, lower-cased, with pasted spaces dropped', () => {
    expect(emailAddress('Hong.Nhung@Example.VN')).toBe('hong.nhung@example.vn');
    expect(emailAddress('  a_b%c+d-e@sub-1.coquan.gov.vn\t')).toBe('a_b%c+d-e@sub-1.coquan.gov.vn');
    expect(emailAddress('x@b.xn--p1ai')).toBe('x@b.xn--p1ai');
  });

  it('brings full-width and other compatibility look-alikes to the address they imitate (NFKC)', () => {
    expect(emailAddress('ｄup@example.vn')).toBe('dup@example.vn');
    expect(emailAddress('ＤＵＰ＠ＥＸＡＭＰＬＥ．ＶＮ')).toBe('dup@example.vn');
    expect(emailAddress('\u212Aim@example.vn')).toBe('kim@example.vn'); // Kelvin sign
    expect(emailAddress('dup@example.vn\u00A0')).toBe('dup@example.vn');
  });

  it('refuses what can smuggle a second recipient or hide a character', () => {
    for (const bad of [
      'a,b<c>@example.vn', '"x y"@example.vn', 'a@b', 'a@b.vn\r\nBcc: x@y.vn', 'a@b.vn\n', 'a\u200B@example.vn',
      'a\u200D@example.vn', '\uFEFFa@example.vn', 'a\u2060@example.vn', 'a\u202E@example.vn', 'a\uFE0F@example.vn',
      'nguyễn@example.vn', 'a@việt.vn', 'a..b@example.vn', '.a@example.vn', 'a.@example.vn', 'a@-b.vn', 'a@b-.vn',
      'a@1.2', 'a@b..vn', 'a@@b.vn', 'a b@example.vn', '(a)@example.vn', 'a;b@example.vn', 'a\\b@example.vn',
      '', '@example.vn', 'a@', `${'a'.repeat(65)}@example.vn`, `a@${'b'.repeat(64)}.vn`,
      `a@${'b.'.repeat(130)}vn`,
    ]) {
      expect(emailAddress(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('accepts only plain ASCII addresses matching the pattern, which come back unchanged', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom(...'aZ09._%+-@ ,<>"\r\n\u200B\uFF44\uFF20\uFF0E'.split('')) }),
      fc.emailAddress(),
    );
    fc.assert(fc.property(anyText, (input) => {
      const address = emailAddress(input);
      if (address === null) return;
      expect(address).toMatch(/^[\x21-\x7E]+$/);
      expect(address).toMatch(EMAIL_PATTERN);
      expect(address.length).toBeLessThanOrEqual(EMAIL_MAX_LENGTH);
      expect(canonicalEmail(address)).toBe(address);
      expect(emailAddress(address)).toBe(address);
    }), { numRuns: 2_000 });
  });

  it('accepts ordinary addresses of the allowed characters', () => {
    fc.assert(fc.property(fc.emailAddress(), (input) => {
      const lower = input.toLowerCase();
      fc.pre(/^[a-z0-9._%+@-]+$/.test(lower) && lower.length <= EMAIL_MAX_LENGTH && /\.[a-z][a-z0-9-]*$/.test(lower));
      expect(emailAddress(input)).toBe(lower);
    }));
  });
});
