import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, fnv1a32, murmur3Words } from './hash.ts';

describe('fnv1a32', () => {
  // Reference values of 32-bit FNV-1a (for ASCII, code units are the bytes).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j → %i', (text, expected) => {
    expect(fnv1a32(text)).toBe(expected);
  });

  it('is an unsigned 32-bit integer that tells "bác" from "bạc"', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const h = fnv1a32(text);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }));
    expect(fnv1a32('bác')).not.toBe(fnv1a32('bạc'));
  });
});

describe('murmur3Words', () => {
  /** The 32-bit words of a byte string, little-endian (the byte string's length is a multiple of 4). */
  const le = (bytes: number[]): number[] => {
    const out: number[] = [];
    for (let i = 0; i < bytes.length; i += 4) {
      out.push(((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24)) >>> 0);
    }
    return out;
  };

  // Published MurmurHash3_x86_32 test vectors (keys whose length is a multiple of 4 bytes).
  it.each([
    [[], 0, 0],
    [[], 1, 0x514e28b7],
    [[], 0xffffffff, 0x81f16f39],
    [[0x21, 0x43, 0x65, 0x87], 0, 0xf55b516b],
    [[0x21, 0x43, 0x65, 0x87], 0x5082edee, 0x2362f9de],
    [[0x61, 0x61, 0x61, 0x61], 0x9747b28c, 0x5a97808a],
    [[0x61, 0x62, 0x63, 0x64], 0x9747b28c, 0xf0478627],
    [[0, 0, 0, 0], 0, 0x2362f9de],
  ])('key %j, seed %i → %i', (bytes, seed, expected) => {
    const keys = le(bytes);
    expect(murmur3Words(keys, 0, keys.length, seed)).toBe(expected);
  });

  it('hashes the window it is given, and word order matters', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 10 }), fc.nat({ max: 5 }), (words, pad) => {
      const padded = [...Array.from({ length: pad }, () => 7), ...words, 9];
      expect(murmur3Words(padded, pad, words.length)).toBe(murmur3Words(words, 0, words.length));
    }));
    expect(murmur3Words([1, 2], 0, 2)).not.toBe(murmur3Words([2, 1], 0, 2));
  });
});

describe('fmix32', () => {
  it('is a bijection on a sample and spreads consecutive inputs', () => {
    const outputs = new Set<number>();
    let highBits = 0;
    for (let x = 0; x < 1 << 16; x++) {
      const h = fmix32(x);
      outputs.add(h);
      if (h >= 2 ** 31) highBits++;
    }
    expect(outputs.size).toBe(1 << 16);
    expect(highBits / (1 << 16)).toBeCloseTo(0.5, 1);
  });
});
