import fc from 'fast-check';
import { expect, it } from 'vitest';
import { approximateBytes } from './approximate-bytes.ts';

it('counts what a value holds: text by its length, buffers by theirs, each shared part once', () => {
  expect(approximateBytes('a'.repeat(1000))).toBeGreaterThanOrEqual(2000);
  expect(approximateBytes(Buffer.alloc(1 << 20))).toBeGreaterThanOrEqual(1 << 20);
  // A typed array holds all of the memory it views, once however many views there are.
  const memory = new Float64Array(1 << 17);
  expect(approximateBytes(memory.subarray(0, 8))).toBeGreaterThanOrEqual(1 << 20);
  expect(approximateBytes([memory.subarray(0, 8), memory.subarray(8, 16)])).toBeLessThan(approximateBytes(memory) + 1024);
  const row = { code: 'GS-000001', score: 8.25, ranks: [1, 2, 3] };
  const table = Array.from({ length: 10_000 }, (_, i) => ({ ...row, code: `GS-${i}` }));
  expect(approximateBytes(table)).toBeGreaterThan(10_000 * approximateBytes('GS-0000'));
  const shared = { big: 'x'.repeat(10_000) };
  expect(approximateBytes([shared, shared, shared])).toBeLessThan(2 * approximateBytes(shared));
  const cyclic: Record<string, unknown> = { name: 'vòng' };
  cyclic.self = cyclic;
  expect(approximateBytes(cyclic)).toBeGreaterThan(0);
  expect(approximateBytes(new Map([['a', 'x'.repeat(500)]]))).toBeGreaterThanOrEqual(1000);
});

it('grows with what is added: a value never weighs less than any part of it', () => {
  fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
    expect(approximateBytes([a, b])).toBeGreaterThanOrEqual(Math.max(approximateBytes(a), approximateBytes(b)));
    expect(approximateBytes({ a, b })).toBeGreaterThan(approximateBytes(a));
  }));
});
