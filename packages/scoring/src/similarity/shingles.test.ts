import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shingleHashes, shingleSet } from './shingles.ts';
import { wordHashes } from './word-hashes.ts';

const hashes = (text: string, size = 5): Uint32Array => shingleHashes(wordHashes(text), size);

describe('shingleHashes', () => {
  it.each([
    ['', 5, 0],
    ['một', 5, 1],
    ['một hai ba', 5, 1],
    ['một hai ba bốn năm', 5, 1],
    ['một hai ba bốn năm sáu', 5, 2],
    ['một hai ba bốn năm sáu', 1, 6],
    ['một hai ba bốn năm sáu', 3, 4],
  ])('%j with n = %i has %i shingles', (text, size, count) => {
    expect(hashes(text, size)).toHaveLength(count);
  });

  it('depends on word order, not on punctuation, case or normalization', () => {
    const [first] = hashes('một hai ba bốn năm');
    expect(hashes('MỘT, hai; ba – bốn.  Năm!')[0]).toBe(first);
    expect(hashes('mo\u0323\u0302t hai ba bo\u0302\u0301n na\u0306m')[0]).toBe(first);
    expect(hashes('năm bốn ba hai một')[0]).not.toBe(first);
  });

  it('shares exactly the shingles of a shared passage', () => {
    const a = hashes('x1 x2 x3 một hai ba bốn năm sáu y1 y2');
    const b = hashes('z1 một hai ba bốn năm sáu z2 z3 z4');
    const shared = [...a].filter((h) => b.includes(h));
    expect(shared).toEqual([...hashes('một hai ba bốn năm sáu')]);
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])('refuses the shingle size %d', (size) => {
    expect(() => shingleHashes(new Uint32Array([1, 2, 3]), size)).toThrow(RangeError);
  });
});

describe('shingleSet', () => {
  it('is the sorted set of the shingle hashes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (ids, size) => {
        const words = Uint32Array.from(ids);
        const expected = [...new Set(shingleHashes(words, size))].sort((x, y) => x - y);
        expect([...shingleSet(words, size)]).toEqual(expected);
      }),
    );
  });
});
