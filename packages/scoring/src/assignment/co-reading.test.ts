import { describe, expect, it } from 'vitest';
import { components, countPairs, pairKey, pairSquares } from './co-reading.ts';
import { ReaderTable } from './reader-table.ts';

const table = (readers: number[][], judgeCount: number) => new ReaderTable({
  readers,
  fixedCount: new Int32Array(readers.length),
  entryClass: new Int32Array(readers.length),
  blocked: [new Uint8Array(judgeCount)],
  judgeCount,
  cap: new Float64Array(judgeCount).fill(Number.POSITIVE_INFINITY),
});

describe('co-reading graph', () => {
  it('counts shared entries per pair, whatever the order of readers', () => {
    const counts = countPairs(table([[0, 1], [1, 0], [0, 1, 2], [3]], 5));
    expect(counts).toEqual(new Map([[pairKey(0, 1, 5), 3], [pairKey(0, 2, 5), 1], [pairKey(1, 2, 5), 1]]));
    expect(pairKey(3, 1, 5)).toBe(pairKey(1, 3, 5));
    expect(pairSquares(counts)).toBe(11);
  });

  it.each<[string, number[][], number, number]>([
    ['one chain', [[0, 1], [1, 2], [2, 3]], 4, 1],
    ['two islands', [[0, 1], [2, 3]], 4, 2],
    ['an unloaded judge is no component', [[0, 1], [1, 2]], 4, 1],
    ['a lone reader is its own component', [[0, 1], [2]], 3, 2],
    ['no readers at all', [[], []], 3, 0],
  ])('%s', (_, readers, m, count) => {
    const result = components(table(readers, m));
    expect(result.count).toBe(count);
    for (let j = 0; j < m; j++) expect(result.label[j] === -1).toBe(!readers.some((r) => r.includes(j)));
  });
});
