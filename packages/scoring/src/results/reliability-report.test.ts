import { describe, expect, it } from 'vitest';
import { scoreEntries } from './entry-scores.ts';
import { krippendorffAlpha } from './krippendorff.ts';
import { reliabilityReport } from './reliability-report.ts';
import { simulateRound } from './simulate.ts';
import { RUBRIC, sheet, sheetsFromMatrix, SHROUT_FLEISS } from './test-support.ts';

describe('reliabilityReport on a complete design (Shrout & Fleiss 1979)', () => {
  const sheets = sheetsFromMatrix(SHROUT_FLEISS);
  const report = reliabilityReport(sheets, [], { minSharedEntries: 6, readersPerEntry: 4 });

  it('recognises the complete design and gives all six ICCs with readings', () => {
    expect(report.design).toMatchObject({ entries: 6, judges: 4, sheets: 24, complete: true, parts: 1, readers: { min: 4, max: 4, harmonicMean: 4 } });
    const icc = report.icc.complete!;
    expect([icc.icc11, icc.icc21, icc.icc31, icc.icc1k, icc.icc2k, icc.icc3k].map((f) => f.value!.toFixed(4)))
      .toEqual(['0.1657', '0.2898', '0.7148', '0.4428', '0.6201', '0.9093']);
    expect([icc.icc21.reading.band, icc.icc3k.reading.band]).toEqual(['poor', 'excellent']);
    expect(report.icc.blocks).toHaveLength(1);
    expect(report.icc.varianceComponents.agreement.single.value!.toFixed(4)).toBe('0.2898');
  });

  it('gives alpha on the totals and kappa for pairs with enough shared entries', () => {
    expect(report.alpha.total.value).toBeCloseTo(krippendorffAlpha(SHROUT_FLEISS)!, 12);
    expect(report.kappa).toHaveLength(6);
    expect(report.kappa[0]!.judgeIds).toEqual([1, 2]);
    expect(reliabilityReport(sheets, []).kappa).toHaveLength(0); // default: at least 10 shared entries
  });

  it('gives per-judge n, mean, SD and severity', () => {
    expect(report.judges.map((j) => [j.sheets, j.mean])).toEqual([[6, 46 / 6], [6, 15 / 6], [6, 26 / 6], [6, 40 / 6]]);
    expect(report.judges[1]!.sd).toBeCloseTo(Math.sqrt(((2 - 2.5) ** 2 + 1.5 ** 2 + 1.5 ** 2 + 1.5 ** 2 + 2.5 ** 2 + 0.5 ** 2) / 5), 12);
    expect(report.judges[1]!.severity).toBeLessThan(-2);
    expect(report.judges[1]).toMatchObject({ flagged: true, reading: { band: 'severe' } });
    expect(report.adjudication).toMatchObject({ adjudicated: 0, eligible: 6 });
  });
});

describe('reliabilityReport on a simulated preliminary round', () => {
  // 400 entries, 8 judges, two readers each plus a third for ~15%; judge 1 is 1.5 points harsh,
  // judge 8 1.5 points lenient, the rest equal.
  const severities = [-1.5, 0, 0, 0, 0, 0, 0, 1.5];
  const sim = simulateRound({ entries: 400, judges: 8, rubric: RUBRIC, qualitySd: 1.5, criterionSd: 0.5, noiseSd: 0.8, severities, extraReaderShare: 0.15, seed: 11 });
  const scored = scoreEntries(sim.sheets, { method: 'corrected', adjudicated: sim.adjudicated });
  const report = reliabilityReport(sim.sheets, RUBRIC, { fit: scored.fit, adjudicated: sim.adjudicated });

  it('flags exactly the harsh and the lenient judge', () => {
    const flagged = report.judges.filter((j) => j.flagged).map((j) => [j.judgeId, j.reading.band]);
    expect(flagged).toEqual([['judge-1', 'severe'], ['judge-8', 'lenient']]);
    for (const j of report.judges) expect(j.reading.vi.length).toBeGreaterThan(10);
  });

  it('reports the adjudication rate, agreement, alpha per criterion and kappa for pairs sharing ≥ 10 entries', () => {
    expect(report.adjudication.adjudicated).toBe(sim.adjudicated.length);
    expect(report.adjudication.eligible).toBe(400);
    expect(report.adjudication.rate.value).toBeCloseTo(sim.adjudicated.length / 400, 12);
    expect(report.agreement.overall.exactRate!).toBeLessThan(report.agreement.overall.adjacentRate!);
    expect(report.alpha.criteria.map((c) => c.criterionId)).toEqual([1, 2, 3, 4]);
    expect(report.kappa.length).toBeGreaterThan(0);
    for (const pair of report.kappa) {
      expect(pair.shared).toBeGreaterThanOrEqual(10);
      expect(pair.criteria).toHaveLength(4);
    }
    expect(report.design.complete).toBe(false);
    expect(report.icc.complete).toBeNull();
  });

  it('counts entries with more readers than planned as adjudicated when not told which', () => {
    const plain = reliabilityReport(sim.sheets, RUBRIC);
    expect(plain.adjudication.adjudicated).toBe(sim.adjudicated.length);
    expect(plain.judges).toEqual(report.judges); // refitting gives the same as reusing the fit
  });

  it('refuses a fit made from other sheets', () => {
    expect(() => reliabilityReport([...sim.sheets], RUBRIC, { fit: scored.fit })).toThrow(/different array/);
  });
});

describe('reliabilityReport edge cases', () => {
  it('handles a round with a single sheet', () => {
    const report = reliabilityReport([sheet(1, 'a', [5, 5, 5, 5])], RUBRIC);
    expect(report.alpha.total.value).toBeNull();
    expect(report.alpha.total.reading.band).toBe('insufficient-data');
    expect(report.icc.varianceComponents.oneWay.single.value).toBeNull();
    expect(report.judges[0]).toMatchObject({ sheets: 1, sd: null, severity: 0, flagged: false });
    expect(report.adjudication.eligible).toBe(0);
  });
});
