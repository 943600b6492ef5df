import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choleskyFactor, choleskyInverse, choleskySolve } from './cholesky.ts';

/** A random symmetric positive definite matrix BᵀB + I (row-major). */
const spdArbitrary = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n * n, maxLength: n * n }).map((b) => {
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = i === j ? 1 : 0;
        for (let k = 0; k < n; k++) sum += b[k * n + i]! * b[k * n + j]!;
        a[i * n + j] = sum;
      }
    }
    return { n, a };
  }));

describe('cholesky', () => {
  it('factors A = L Lᵀ with L lower triangular', () => {
    fc.assert(fc.property(spdArbitrary, ({ n, a }) => {
      const l = choleskyFactor(a, n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (j > i) expect(l[i * n + j]).toBe(0);
          let sum = 0;
          for (let k = 0; k < n; k++) sum += l[i * n + k]! * l[j * n + k]!;
          expect(sum).toBeCloseTo(a[i * n + j]!, 8);
        }
      }
    }), { seed: 11 });
  });

  it('solves A x = b and inverts A', () => {
    fc.assert(fc.property(spdArbitrary, ({ n, a }) => {
      const l = choleskyFactor(a, n);
      const b = Array.from({ length: n }, (_, i) => i - 1.5);
      const x = choleskySolve(l, n, b);
      const inverse = choleskyInverse(l, n);
      for (let i = 0; i < n; i++) {
        let ax = 0;
        for (let k = 0; k < n; k++) ax += a[i * n + k]! * x[k]!;
        expect(ax).toBeCloseTo(b[i]!, 8);
        for (let j = 0; j < n; j++) {
          let product = 0;
          for (let k = 0; k < n; k++) product += a[i * n + k]! * inverse[k * n + j]!;
          expect(product).toBeCloseTo(i === j ? 1 : 0, 8);
        }
      }
    }), { seed: 12 });
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => choleskyFactor(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/positive definite/);
    expect(() => choleskyFactor(Float64Array.from([0]), 1)).toThrow(/positive definite/);
  });
});
