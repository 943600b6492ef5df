import { describe, expect, it } from 'vitest';
import type { ReliabilityReport } from '$lib/types';
import { reliabilityFigures } from './reliability';

const read = (vi: string, en: string) => ({ band: 'x', vi, en });
const figure = (value: number | null, vi = '', en = '') => ({ value, reading: read(vi, en) });
const none = figure(null);
const icc = (single: number, average: number) => ({
  judgeIds: ['a', 'b'], entries: 5, icc11: none, icc21: figure(single, 'Đơn', 'Single'), icc31: none,
  icc1k: none, icc2k: figure(average, 'Trung bình', 'Average'), icc3k: none,
  meanSquares: { between: 1, within: 1, judges: 1, error: 1 },
});

/** A whole report as the API answers it, with the headline figures given. */
function report(complete: ReturnType<typeof icc> | null): ReliabilityReport {
  return {
    design: { entries: 10, judges: 2, sheets: 20, readers: { min: 2, max: 2, harmonicMean: 2 }, complete: complete !== null, parts: 1 },
    judges: [],
    agreement: { overall: { pairs: 10, exact: 4, adjacent: 8, exactRate: 0.4, adjacentRate: 0.8, reading: read('Đồng thuận', 'Agreement') }, criteria: [] },
    alpha: { total: figure(0.81, 'Đáng tin cậy', 'Reliable'), criteria: [] },
    icc: {
      complete,
      blocks: [],
      blockCount: 0,
      varianceComponents: {
        readers: 2,
        oneWay: { single: none, average: none },
        agreement: { single: figure(0.5, 'Trung bình', 'Moderate'), average: figure(0.7, 'Khá', 'Good') },
        consistency: { single: none, average: none },
        components: { entry: null, judge: null, residual: null },
      },
    },
    kappa: [],
    adjudication: { adjudicated: 1, eligible: 4, rate: figure(0.25, 'Tỷ lệ', 'Rate') },
    model: {
      status: 'fitted', iterations: { unshrunk: 3, shrunk: 3 }, converged: true,
      variance: { residual: null, residualDf: 0, withinEntry: null, judge: null, entry: null, shrinkageRatio: null },
    },
  };
}

describe('reliabilityFigures', () => {
  it('picks the headline figures with readings in the page language', () => {
    const figures = reliabilityFigures(report(null), 'en');
    expect(figures.map((f) => [f.key, f.value, f.reading])).toEqual([
      ['alpha', 0.81, 'Reliable'],
      ['icc', 0.5, 'Moderate'],
      ['iccAverage', 0.7, 'Good'],
      ['exact', 0.4, 'Agreement'],
      ['adjacent', 0.8, ''],
      ['adjudication', 0.25, 'Rate'],
    ]);
    expect(reliabilityFigures(report(null), 'vi')[0]?.reading).toBe('Đáng tin cậy');
  });

  it('takes the Shrout & Fleiss ICCs when every judge read every entry', () => {
    const figures = reliabilityFigures(report(icc(0.6, 0.75)), 'en');
    expect(figures.filter((f) => f.key.startsWith('icc')).map((f) => [f.key, f.value, f.reading]))
      .toEqual([['icc', 0.6, 'Single'], ['iccAverage', 0.75, 'Average']]);
  });
});
