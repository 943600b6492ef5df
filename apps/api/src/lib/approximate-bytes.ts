/** Longer arrays, maps and sets are weighed by an even sample of this many items, scaled up. */
const SAMPLE = 64;

/**
 * About how many bytes of memory a value holds: caches are bounded by this, not by how many values
 * they keep, since one value may be a 20-entry search page and another a 100,000-entry round's
 * results. Strings count two bytes a character, buffers their length, other typed arrays the whole
 * memory they view (once for all views on it), numbers and slots eight, each object and array a
 * small header; a value reached twice counts once. An estimate on purpose (V8 does not tell): long
 * collections are weighed by a sample, so weighing a round's results costs milliseconds, not the
 * seconds a full walk of a million objects would.
 */
export function approximateBytes(value: unknown): number {
  const seen = new Set<object>();
  const sampled = (items: readonly unknown[], perItem: number): number => {
    if (items.length <= SAMPLE) return items.reduce<number>((sum, item) => sum + perItem + weigh(item), 0);
    let sum = 0;
    for (let k = 0; k < SAMPLE; k++) sum += perItem + weigh(items[Math.floor((k * items.length) / SAMPLE)]);
    return (sum * items.length) / SAMPLE;
  };
  const weigh = (next: unknown): number => {
    if (typeof next === 'string') return 16 + 2 * next.length;
    if (typeof next === 'number' || typeof next === 'boolean' || typeof next === 'bigint') return 8;
    if (next === null || typeof next !== 'object' || seen.has(next)) return 0;
    seen.add(next);
    // A typed array keeps all its buffer alive: results keep views on the room a read of sheets
    // left after them (counted-sheets.ts joinIntoRoom), up to twice what they show. A Buffer by its
    // bytes: a small one is a slice of the pool many values share.
    if (Buffer.isBuffer(next)) return 64 + next.byteLength;
    if (ArrayBuffer.isView(next)) {
      if (seen.has(next.buffer)) return 64;
      seen.add(next.buffer);
      return 64 + next.buffer.byteLength;
    }
    if (next instanceof Date) return 32;
    if (next instanceof Map) return 64 + sampled([...next.keys()], 16) + sampled([...next.values()], 0);
    if (next instanceof Set) return 64 + sampled([...next], 8);
    if (Array.isArray(next)) return 32 + sampled(next, 8);
    let bytes = 32;
    for (const key in next) {
      if (Object.hasOwn(next, key)) bytes += 8 + 2 * key.length + weigh((next as Record<string, unknown>)[key]);
    }
    return bytes;
  };
  return weigh(value);
}
