import type { Rng } from './prng.ts';

/**
 * Turns a class's per-judge counts into readers per entry.
 *
 * Given n entries that each need r distinct readers and counts x_j ≤ n with Σ x_j = n·r, list the
 * judges' slots one after another (judge by judge) and cut the list into r rows of n: entry i
 * reads the judges in column i. A judge's ≤ n consecutive slots never reach the same column twice
 * (McNaughton's wrap-around rule), so every entry gets r distinct judges and every judge exactly
 * x_j entries. That proves the class-level flow loses nothing.
 *
 * Read straight, though, that layout pairs each judge with the same one or two neighbours all the
 * time. So rows after the first are shuffled (seeded) and the few columns where a judge would meet
 * itself are repaired by swaps inside the row; should a repair ever fail, the class falls back to
 * the plain wrap-around layout, which is always valid.
 *
 * Returns the readers as a flat array: entry i's readers are out[i·r … i·r + r − 1].
 */
export function disaggregate(entries: number, need: number, counts: ArrayLike<number>, rng: Rng): Int32Array {
  const n = entries;
  const r = need;
  const judges: number[] = [];
  let total = 0;
  for (let j = 0; j < counts.length; j++) {
    const x = counts[j]!;
    if (x < 0 || x > n) throw new RangeError(`count ${x} of judge ${j} is outside 0…${n}`);
    if (x > 0) {
      judges.push(j);
      total += x;
    }
  }
  if (total !== n * r) throw new RangeError(`counts sum to ${total}, not ${n}·${r}`);
  rng.shuffle(judges);
  const slots = new Int32Array(n * r);
  let s = 0;
  for (const j of judges) for (let k = counts[j]!; k > 0; k--) slots[s++] = j;

  // rows[t][i] = slots[t·n + i]; out[i·r + t] = rows[t][i].
  const out = new Int32Array(n * r);
  const wrapAround = (): Int32Array => {
    for (let t = 0; t < r; t++) for (let i = 0; i < n; i++) out[i * r + t] = slots[t * n + i]!;
    return out;
  };
  if (r <= 1 || n <= 1) return wrapAround();

  for (let i = 0; i < n; i++) out[i * r] = slots[i]!;
  const clashes = (i: number, t: number, j: number): boolean => {
    for (let u = 0; u < t; u++) if (out[i * r + u] === j) return true;
    return false;
  };
  for (let t = 1; t < r; t++) {
    const row = rng.shuffle(Array.from(slots.subarray(t * n, (t + 1) * n)));
    for (let i = 0; i < n; i++) {
      if (!clashes(i, t, row[i]!)) continue;
      // Swap with another column where both judges then fit: a few random tries, then a scan.
      let partner = -1;
      const fits = (k: number): boolean => k !== i && !clashes(i, t, row[k]!) && !clashes(k, t, row[i]!);
      for (let tries = 0; tries < 16 && partner === -1; tries++) {
        const k = rng.nextInt(n);
        if (fits(k)) partner = k;
      }
      for (let k = 0; k < n && partner === -1; k++) if (fits(k)) partner = k;
      if (partner === -1) return wrapAround();
      const tmp = row[i]!;
      row[i] = row[partner]!;
      row[partner] = tmp;
    }
    for (let i = 0; i < n; i++) out[i * r + t] = row[i]!;
  }
  return out;
}
