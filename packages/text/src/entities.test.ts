import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.ts';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('sáng &amp; đẹp &lt;b&gt; &quot;x&quot; &apos;y&apos;&nbsp;z')).toBe('sáng & đẹp <b> "x" \'y\'\u00a0z');
    expect(decodeEntities('&hellip;&mdash;&ndash;&lsquo;&rsquo;&ldquo;&rdquo;')).toBe('…—–‘’“”');
    expect(decodeEntities('&#272;&#x1EA1;&#X1ea1;&AMP;')).toBe('Đạạ&');
  });

  it('leaves unknown names and numbers that are not characters alone', () => {
    expect(decodeEntities('&hellip;&mdash;&#xD800;&#1114112;&unknown;&#0;')).toBe('…—&#xD800;&#1114112;&unknown;&#0;');
  });

  it('never produces a lone surrogate half', () => {
    fc.assert(fc.property(fc.integer({ min: 0xd800, max: 0xdfff }), (code) => {
      expect(decodeEntities(`&#${code};&#x${code.toString(16)};`)).toBe(`&#${code};&#x${code.toString(16)};`);
    }));
  });

  it('leaves text without an ampersand unchanged', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('&')), (text) => {
      expect(decodeEntities(text)).toBe(text);
    }));
  });
});
