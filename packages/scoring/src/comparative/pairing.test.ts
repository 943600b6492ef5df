import { describe, expect, it } from 'vitest';
import { comparisonsTarget, nextPair } from './pairing.ts';

describe('comparisonsTarget', () => {
  it('is ⌈items × per item / 2⌉', () => {
    expect(comparisonsTarget(40, 10)).toBe(200);
    expect(comparisonsTarget(5, 3)).toBe(8);
    expect(comparisonsTarget(0, 10)).toBe(0);
  });
});

describe('nextPair', () => {
  it('gives a pair of two different, allowed entries', () => {
    const pair = nextPair({ items: ['a', 'b', 'c'], comparisons: [], judge: 'j', excluded: new Set(['a']), comparisonsPerItem: 10, seed: 1 });
    expect(new Set(pair)).toEqual(new Set(['b', 'c']));
  });
});
