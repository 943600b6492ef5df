import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.ts';

describe('UnionFind', () => {
  it('joins and reports whether sets were apart', () => {
    const uf = new UnionFind(5);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(1, 0)).toBe(false);
    expect(uf.union(3, 4)).toBe(true);
    expect(uf.find(0)).toBe(uf.find(1));
    expect(uf.find(2)).not.toBe(uf.find(0));
    expect(uf.union(1, 4)).toBe(true);
    expect(uf.find(3)).toBe(uf.find(0));
  });

  it('agrees with a naive labelling', () => {
    const edges = fc.array(fc.tuple(fc.nat(19), fc.nat(19)), { maxLength: 30 });
    fc.assert(fc.property(edges, (pairs) => {
      const uf = new UnionFind(20);
      const label = Array.from({ length: 20 }, (_, i) => i);
      for (const [a, b] of pairs) {
        uf.union(a, b);
        const from = label[b]!;
        const to = label[a]!;
        for (let i = 0; i < 20; i++) if (label[i] === from) label[i] = to;
      }
      for (let i = 0; i < 20; i++) {
        for (let j = 0; j < 20; j++) expect(uf.find(i) === uf.find(j)).toBe(label[i] === label[j]);
      }
    }), { seed: 4 });
  });
});
