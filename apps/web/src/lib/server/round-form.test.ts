import { describe, expect, it } from 'vitest';
import { defaultWindow, readCap, readRoundForm, readSeed, readShortlistForm } from './round-form';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

const window = { opensDate: '2026-12-01', opensTime: '08:00', closesDate: '2026-12-15', closesTime: '23:59' };

describe('round form', () => {
  it('reads a round in Vietnam time', () => {
    const { input, errors } = readRoundForm(
      form({ name: ' Vòng sơ khảo ', kind: 'preliminary', readersPerEntry: '2', ...window }),
      'vi',
    );
    expect(errors).toEqual({});
    expect(input).toEqual({
      name: 'Vòng sơ khảo',
      kind: 'preliminary',
      readersPerEntry: 2,
      method: 'rubric',
      opensAt: '2026-12-01T01:00:00.000Z',
      closesAt: '2026-12-15T16:59:00.000Z',
    });
  });

  it('names every problem', () => {
    const { input, errors } = readRoundForm(
      form({ name: '', kind: 'other', readersPerEntry: '0', ...window, closesDate: '2026-11-30' }),
      'vi',
    );
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['closesDate', 'kind', 'name', 'readersPerEntry']);
    expect(errors.closesDate).toBe('Vòng chấm phải kết thúc sau thời điểm bắt đầu.');
  });

  it('reads the method: comparisons per entry matter, and are checked, only for a comparative round', () => {
    const round = { name: 'Chung khảo', kind: 'final', readersPerEntry: '2', ...window };
    expect(readRoundForm(form({ ...round, method: 'comparative', comparisonsPerEntry: '12' }), 'vi').input)
      .toMatchObject({ method: 'comparative', comparisonsPerEntry: 12 });
    const refused = readRoundForm(form({ ...round, method: 'comparative', comparisonsPerEntry: '51' }), 'en');
    expect(refused.input).toBeUndefined();
    expect(refused.errors.comparisonsPerEntry).toMatch(/2 to 50|2 and 50/);
    expect(refused.values).toMatchObject({ method: 'comparative', comparisonsPerEntry: '51' });
    const rubric = readRoundForm(form({ ...round, method: 'rubric', comparisonsPerEntry: 'x' }), 'vi').input;
    expect(rubric).toMatchObject({ method: 'rubric' });
    expect(rubric).not.toHaveProperty('comparisonsPerEntry');
  });

  it('reads the shortlist form', () => {
    expect(readShortlistForm(form({ name: 'Chung khảo', topN: '30', ...window }), 'en').input).toMatchObject({
      name: 'Chung khảo',
      topN: 30,
    });
    expect(readShortlistForm(form({ name: 'Chung khảo', topN: '2,5', ...window }), 'en').errors.topN).toMatch(
      /whole number/,
    );
  });

  it('offers a window opening now, to the minute, in Vietnam time', () => {
    // 2026-11-26 03:00:30 UTC is 10:00 in Vietnam.
    expect(defaultWindow(Date.parse('2026-11-26T03:00:30Z'), 14)).toEqual({
      opensDate: '2026-11-26',
      opensTime: '10:00',
      closesDate: '2026-12-10',
      closesTime: '23:59',
    });
  });

  it('reads caps and seeds', () => {
    expect(readCap('')).toEqual({ ok: true, value: null });
    expect(readCap('12')).toEqual({ ok: true, value: 12 });
    expect(readCap('0')).toEqual({ ok: false });
    expect(readSeed('')).toEqual({ ok: true, value: undefined });
    expect(readSeed('2147483647')).toEqual({ ok: true, value: 2147483647 });
    expect(readSeed('2147483648')).toEqual({ ok: false });
    expect(readSeed('-1')).toEqual({ ok: false });
  });
});
