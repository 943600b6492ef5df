import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleEssay, sentencesOf } from './sample-essays.ts';
import { tokenize } from './tokenize.ts';

describe('sampleEssay', () => {
  it('is a pure function of its seed with exactly the words asked for', () => {
    fc.assert(fc.property(fc.nat(), fc.integer({ min: 1, max: 400 }), (seed, words) => {
      const essay = sampleEssay(seed, words);
      expect(sampleEssay(seed, words)).toBe(essay);
      expect(tokenize(essay)).toHaveLength(words);
      expect(essay.normalize('NFC')).toBe(essay);
    }), { numRuns: 50 });
    expect(sampleEssay(1, 200)).not.toBe(sampleEssay(2, 200));
  });

  it('is made of sentences that put it back together', () => {
    const essay = sampleEssay(9, 300);
    const sentences = sentencesOf(essay);
    expect(sentences.length).toBeGreaterThan(10);
    expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(essay.replace(/\s+/g, ' '));
    for (const sentence of sentences) expect(sentence).toMatch(/^\p{Lu}.*\.$/su);
  });
});
