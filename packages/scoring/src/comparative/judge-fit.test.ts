import { describe, expect, it } from 'vitest';
import type { BradleyTerryFit } from './bradley-terry.ts';
import { judgeFit } from './judge-fit.ts';
import { parseComparisons } from './test-support.ts';

// a is ln 3 above b: the model gives a the win with p = 0.75.
const FIT: BradleyTerryFit = {
  items: [
    { id: 'a', ability: Math.log(3) / 2, standardError: 0.5, comparisons: 0, wins: 0 },
    { id: 'b', ability: -Math.log(3) / 2, standardError: 0.5, comparisons: 0, wins: 0 },
  ],
  iterations: 1,
  converged: true,
};

describe('judgeFit', () => {
  it('computes infit and outfit by their formulas', () => {
    // Expected a ≻ b: residual² (1 − .75)² = .0625, variance .1875, standardised² 1/3.
    // Surprise b ≻ a: residual² .5625, variance .1875, standardised² 3.
    const [x, y] = judgeFit(FIT, parseComparisons('a b x | a b x | b a x | b a y'));
    expect(x).toMatchObject({ judge: 'x', comparisons: 3 });
    expect(x!.infit).toBeCloseTo((2 * 0.0625 + 0.5625) / (3 * 0.1875), 12);
    expect(x!.outfit).toBeCloseTo((2 / 3 + 3) / 3, 12);
    expect(y).toMatchObject({ judge: 'y', comparisons: 1 });
    expect(y!.infit).toBeCloseTo(3, 12);
    expect(y!.outfit).toBeCloseTo(3, 12);
  });

  it('weights by information in infit and not in outfit', () => {
    const wide: BradleyTerryFit = { ...FIT, items: [{ ...FIT.items[0]!, ability: 3 }, { ...FIT.items[1]!, ability: -3 }, { ...FIT.items[0]!, id: 'c', ability: 0 }] };
    // One huge surprise among ordinary choices: outfit jumps, infit much less.
    const [row] = judgeFit(wide, parseComparisons('b a x | a c x | c b x | a c x | c b x'));
    expect(row!.outfit).toBeGreaterThan(2 * row!.infit);
  });

  it('flags a judge whose infit exceeds the judges’ mean by more than 2 SD', () => {
    // Five judges choose as the model expects (infit 1/3), one always against it (infit 3):
    // mean 0.778, population SD 0.994, bar 2.765.
    const choices = parseComparisons('a b j1 | a b j2 | a b j3 | a b j4 | a b j5 | b a odd');
    const rows = judgeFit(FIT, choices);
    expect(rows.filter((r) => r.misfit).map((r) => r.judge)).toEqual(['odd']);
    // Alike judges: nobody is flagged.
    expect(judgeFit(FIT, parseComparisons('a b j1 | a b j2 | b a j1 | b a j2')).some((r) => r.misfit)).toBe(false);
  });

  it('leaves out comparisons of items not in the fit', () => {
    expect(judgeFit(FIT, parseComparisons('a z x | z b x'))).toEqual([]);
  });
});
