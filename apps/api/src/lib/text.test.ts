import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip } from './text.ts';

/** A lone surrogate: what a cut in the middle of a pair leaves, and what the database gives back as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('clip', () => {
  it('keeps at most the limit, a prefix of the text, never half of a character the text holds whole', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
      const clipped = clip(text, max);
      expect(clipped.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(clipped)).toBe(true);
      expect(LONE_SURROGATE.test(clipped)).toBe(false);
      // Only a pair the limit would split is dropped: nothing shorter than needed.
      expect(clipped.length).toBeGreaterThanOrEqual(Math.min(text.length, max) - 1);
    }), { numRuns: 2000 });
  });

  it('cuts before an emoji the limit falls inside, and leaves text within the limit as it is', () => {
    expect(clip(`${'b'.repeat(499)}😀`, 500)).toBe('b'.repeat(499));
    expect(clip(`${'b'.repeat(498)}😀`, 500)).toBe(`${'b'.repeat(498)}😀`);
    expect(clip('Nguyễn', 100)).toBe('Nguyễn');
  });
});
