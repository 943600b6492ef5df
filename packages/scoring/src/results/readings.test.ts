import { describe, expect, it } from 'vitest';
import { alphaBand, iccBand, readAdjudication, readAgreement, readAlpha, readIcc, readKappa, readSeverity } from './readings.ts';

describe('readings', () => {
  it.each([
    [-0.2, 'poor'],
    [0.4999, 'poor'],
    [0.5, 'moderate'],
    [0.7499, 'moderate'],
    [0.75, 'good'],
    [0.9, 'good'],
    [0.9001, 'excellent'],
    [1, 'excellent'],
  ])('ICC %d is %s (Koo & Li 2016)', (value, band) => {
    expect(iccBand(value)).toBe(band);
    expect(readIcc(value, 'single').band).toBe(band);
  });

  it.each([
    [0.8, 'reliable'],
    [0.7999, 'tentative'],
    [0.667, 'tentative'],
    [0.6669, 'unreliable'],
  ])('alpha %d is %s', (value, band) => {
    expect(alphaBand(value)).toBe(band);
    expect(readAlpha(value).band).toBe(band);
  });

  it('reads an ICC in both languages, Vietnamese with a decimal comma', () => {
    const r = readIcc(0.2898, 'single');
    expect(r.en).toMatch(/^0\.29: poor reliability/);
    expect(r.vi).toMatch(/^0,29: độ tin cậy kém/);
    expect(readIcc(0.9093, 'average').vi).toContain('rất tốt');
    expect(readIcc(0.9093, 'average').en).toContain('mean of an entry');
  });

  it('reads alpha, kappa, agreement and adjudication', () => {
    expect(readAlpha(0.8108).vi).toContain('α = 0,811');
    expect(readKappa(0.8542, 1234).en).toContain('1,234 entries');
    expect(readKappa(0.8542, 1234).vi).toContain('1.234 bài');
    expect(readAgreement(0.42, 0.81, 500).en).toContain('42.0%');
    expect(readAgreement(0.42, 0.81, 500).vi).toContain('81,0%');
    expect(readAdjudication(24, 200)).toMatchObject({ band: 'info' });
    expect(readAdjudication(24, 200).vi).toContain('12,0% số bài (24/200)');
  });

  it('reads severity: typical, severe, lenient', () => {
    expect(readSeverity(-0.1, 0.08, false).band).toBe('typical');
    const severe = readSeverity(-1.46, 0.06, true);
    expect(severe.band).toBe('severe');
    expect(severe.vi).toContain('khắt khe');
    expect(severe.en).toContain('1.46 points below');
    expect(readSeverity(0.9, 0.2, true).band).toBe('lenient');
  });

  it('says when there is not enough data', () => {
    for (const r of [readIcc(null, 'single'), readAlpha(null), readKappa(null, 0), readAgreement(null, null, 0), readSeverity(0, null, false), readAdjudication(0, 0)]) {
      expect(r.band).toBe('insufficient-data');
    }
  });
});
