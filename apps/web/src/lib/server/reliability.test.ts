import { describe, expect, it } from 'vitest';
import { reliabilityFigures } from './reliability';

const read = (vi: string, en: string) => ({ band: 'x', vi, en });

describe('reliabilityFigures', () => {
  it('picks the headline figures with readings in the page language', () => {
    const report = {
      alpha: { total: { value: 0.81, reading: read('Đáng tin cậy', 'Reliable') } },
      icc: {
        complete: null,
        varianceComponents: {
          agreement: { single: { value: 0.5, reading: read('Trung bình', 'Moderate') }, average: { value: 0.7, reading: read('Khá', 'Good') } },
        },
      },
      agreement: { overall: { exactRate: 0.4, adjacentRate: 0.8, reading: read('Đồng thuận', 'Agreement') } },
      adjudication: { rate: { value: 0.25, reading: read('Tỷ lệ', 'Rate') } },
    };
    const figures = reliabilityFigures(report, 'en');
    expect(figures.map((f) => [f.key, f.value, f.reading])).toEqual([
      ['alpha', 0.81, 'Reliable'],
      ['icc', 0.5, 'Moderate'],
      ['iccAverage', 0.7, 'Good'],
      ['exact', 0.4, 'Agreement'],
      ['adjacent', 0.8, ''],
      ['adjudication', 0.25, 'Rate'],
    ]);
    expect(reliabilityFigures(report, 'vi')[0]?.reading).toBe('Đáng tin cậy');
  });

  it('leaves out what is missing', () => {
    expect(reliabilityFigures(null, 'vi')).toEqual([]);
    expect(reliabilityFigures({ alpha: { total: { value: null } } }, 'vi')).toEqual([
      { key: 'alpha', value: null, percent: false, reading: '' },
    ]);
  });
});
