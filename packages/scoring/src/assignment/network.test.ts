import { describe, expect, it } from 'vitest';
import { Network } from './network.ts';

// Two classes over three judges: class 0 (2 entries) may use judges 0 and 1, class 1 (1 entry) judges 1 and 2.
const make = () => new Network(
  [
    { size: 2, need: 1, blocked: Uint8Array.from([0, 0, 1]) },
    { size: 1, need: 1, blocked: Uint8Array.from([1, 0, 0]) },
  ],
  Int32Array.from([0, 0, 5]),
  Float64Array.from([Number.POSITIVE_INFINITY, 1, 0]),
);

describe('Network', () => {
  it('places units and tracks loads and room', () => {
    const net = make();
    net.place(0, 1, 1);
    expect(Array.from(net.added)).toEqual([0, 1, 0]);
    expect(Array.from(net.load)).toEqual([0, 1, 5]);
    expect(net.spare(1)).toBe(false);
    expect(net.spare(0)).toBe(true);
    expect(net.spare(2)).toBe(false);
  });

  it('finds an augmenting path through another class and pushes along it', () => {
    const net = make();
    net.place(0, 1, 1); // judge 1 is full, and the only judge with room for class 1 is judge 1
    const targets = net.search([], 1, null, (j) => net.spare(j), 1);
    // class 1 → judge 1 → class 0 (which holds a unit on judge 1) → judge 0 (room)
    expect(targets).toEqual([0]);
    expect(net.pathValid(0)).toBe(true);
    expect(net.rootOf(0)).toBe(3 + 1);
    net.augment(0);
    expect(Array.from(net.flow[0]!)).toEqual([1, 0, 0]);
    expect(Array.from(net.flow[1]!)).toEqual([0, 1, 0]);
    expect(Array.from(net.added)).toEqual([1, 1, 0]);
    expect(net.pathValid(0)).toBe(false); // class 0 → judge 0 still open, but judge 1 → class 0 now has no flow
  });

  it('moves a unit between judges from a judge root, and skips nodes marked done', () => {
    const net = make();
    net.place(0, 0, 2);
    const targets = net.search([0], -1, null, (j) => j === 1, 5);
    expect(targets).toEqual([1]);
    net.augment(1);
    expect(Array.from(net.added)).toEqual([1, 1, 0]);
    const skip = new Uint8Array(5);
    skip[3] = 1; // class 0
    expect(net.search([0], -1, skip, () => true, 5)).toEqual([]);
    expect(Array.from(net.reached())).toEqual([0]);
  });
});
