import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactJaccard } from './jaccard.ts';
import { findNearDuplicates, type SimilarityDocument } from './near-duplicates.ts';
import { sampleEssay, sentencesOf } from './sample-essays.ts';
import { shingleSet } from './shingles.ts';
import { wordHashes } from './word-hashes.ts';

/** A copy of `essay` with `count` of its sentences replaced by new ones. */
function rewrite(essay: string, count: number, seed: number): string {
  const sentences = sentencesOf(essay);
  const step = Math.max(1, Math.floor(sentences.length / count));
  for (let k = 0; k < count; k++) {
    const at = (k * step + 3) % sentences.length;
    sentences[at] = sentencesOf(sampleEssay(seed * 1000 + k, 15))[0] ?? 'Một câu mới.';
  }
  return sentences.join(' ');
}

const corpus = (count: number, words: number, offset = 0): SimilarityDocument[] =>
  Array.from({ length: count }, (_, i) => ({ id: `e${i + offset}`, text: sampleEssay(i + offset + 1, words) }));

const jaccardOf = (x: string, y: string): number => exactJaccard(shingleSet(wordHashes(x)), shingleSet(wordHashes(y)));

describe('findNearDuplicates', () => {
  it('gives identical texts similarity 1', () => {
    const text = sampleEssay(1, 600);
    const { pairs } = findNearDuplicates([{ id: 1, text }, { id: 2, text: sampleEssay(2, 600) }, { id: 3, text }]);
    expect(pairs).toEqual([{ a: 1, b: 3, estimated: 1, jaccard: 1 }]);
  });

  it('flags a copied essay with a few sentences changed, and not the unrelated essays around it', () => {
    const documents = corpus(150, 800);
    const original = documents[17]?.text ?? '';
    const copy = rewrite(original, 4, 7);
    documents.push({ id: 'copy', text: copy });
    const { pairs } = findNearDuplicates(documents, { seed: 3 });
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair).toMatchObject({ a: 'e17', b: 'copy' });
    expect(pair?.jaccard).toBeCloseTo(jaccardOf(original, copy), 12);
    expect(pair?.jaccard).toBeGreaterThan(0.7);
    expect(pair?.jaccard).toBeLessThan(1);
    expect(Math.abs((pair?.estimated ?? 0) - (pair?.jaccard ?? 0))).toBeLessThan(0.2);
  });

  it('does not flag unrelated essays (generated from one word list), whatever the seed', () => {
    const documents = corpus(300, 500);
    fc.assert(fc.property(fc.nat(), (seed) => {
      expect(findNearDuplicates(documents, { seed }).pairs).toEqual([]);
    }), { numRuns: 5 });
  });

  it('treats NFD and letter-case variants as identical', () => {
    const text = sampleEssay(5, 400);
    const documents = [
      { id: 'nfc', text },
      { id: 'nfd', text: text.normalize('NFD') },
      { id: 'upper', text: text.toUpperCase() },
      { id: 'lower-nfd', text: text.toLowerCase().normalize('NFD') },
      { id: 'other', text: sampleEssay(6, 400) },
    ];
    const { pairs } = findNearDuplicates(documents);
    expect(pairs).toHaveLength(6);
    for (const pair of pairs) expect(pair).toMatchObject({ estimated: 1, jaccard: 1 });
    expect(pairs.map((p) => [p.a, p.b])).toEqual([
      ['nfc', 'nfd'],
      ['nfc', 'upper'],
      ['nfc', 'lower-nfd'],
      ['nfd', 'upper'],
      ['nfd', 'lower-nfd'],
      ['upper', 'lower-nfd'],
    ]);
  });

  it('keeps diacritics apart unless asked to ignore them', () => {
    const text = 'Bác Hồ kính yêu luôn nhắc nhở chúng ta phải học tập và làm theo tấm gương sáng';
    const stripped = text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd');
    const documents = [{ id: 1, text }, { id: 2, text: stripped }];
    expect(findNearDuplicates(documents).pairs).toEqual([]);
    expect(findNearDuplicates(documents, { ignoreDiacritics: true }).pairs).toEqual([{ a: 1, b: 2, estimated: 1, jaccard: 1 }]);
  });

  it('sorts pairs by similarity, most similar first, and flags exactly the confirmed pairs', () => {
    const documents = corpus(40, 600);
    // Copies with more and more sentences changed: decreasing similarity.
    for (const [k, changed] of [2, 6, 10, 16, 30].entries()) {
      documents.push({ id: `copy${k}`, text: rewrite(documents[k]?.text ?? '', changed, k + 1) });
    }
    const threshold = 0.4;
    const { pairs } = findNearDuplicates(documents, { threshold, seed: 11 });
    for (let i = 1; i < pairs.length; i++) expect(pairs[i - 1]?.jaccard).toBeGreaterThanOrEqual(pairs[i]?.jaccard ?? 0);
    // Brute force over all pairs: the same set (LSH misses a pair at the threshold < 1% of the time;
    // these pairs are either far above or far below it).
    const expected: string[] = [];
    for (let i = 0; i < documents.length; i++) {
      for (let j = i + 1; j < documents.length; j++) {
        const x = documents[i];
        const y = documents[j];
        if (x && y && jaccardOf(x.text, y.text) >= threshold) expected.push(`${x.id}|${y.id}`);
      }
    }
    expect(pairs.map((p) => `${p.a}|${p.b}`).sort()).toEqual(expected.sort());
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const pair of pairs) expect(pair.jaccard).toBeGreaterThanOrEqual(threshold);
  });

  it('is deterministic for a seed, and the seed changes only estimates, never the confirmed pairs here', () => {
    const documents = corpus(60, 300);
    documents.push({ id: 'c1', text: rewrite(documents[3]?.text ?? '', 2, 1) });
    documents.push({ id: 'c2', text: rewrite(documents[8]?.text ?? '', 3, 2) });
    fc.assert(fc.property(fc.nat(), (seed) => {
      const first = findNearDuplicates(documents, { seed });
      expect(findNearDuplicates(documents, { seed })).toEqual(first);
      expect(first.pairs.map((p) => [p.a, p.b, p.jaccard])).toEqual(
        findNearDuplicates(documents, { seed: seed + 1 }).pairs.map((p) => [p.a, p.b, p.jaccard]),
      );
    }), { numRuns: 10 });
  });

  it('never flags documents without words, and handles short ones', () => {
    const documents = [
      { id: 1, text: '' },
      { id: 2, text: ' …!? ' },
      { id: 3, text: '' },
      { id: 4, text: 'Xin chào' },
      { id: 5, text: 'xin CHÀO!' },
    ];
    expect(findNearDuplicates(documents).pairs).toEqual([{ a: 4, b: 5, estimated: 1, jaccard: 1 }]);
    expect(findNearDuplicates([]).pairs).toEqual([]);
  });

  it('honours explicit bands and rows and reports the banding it used', () => {
    const documents = corpus(5, 100);
    expect(findNearDuplicates(documents).banding).toEqual({ bands: 42, rows: 3 });
    expect(findNearDuplicates(documents, { threshold: 0.8 }).banding).toEqual({ bands: 21, rows: 6 });
    expect(findNearDuplicates(documents, { bands: 16, rows: 8 }).banding).toEqual({ bands: 16, rows: 8 });
  });

  it.each([
    [{ threshold: 0 }],
    [{ threshold: 1.2 }],
    [{ shingle: 0 }],
    [{ permutations: 0 }],
    [{ bands: 20 }],
    [{ bands: 20, rows: 7 }],
    [{ seed: Number.NaN }],
  ])('refuses the options %j', (options) => {
    expect(() => findNearDuplicates(corpus(2, 20), options)).toThrow(RangeError);
  });

  it('refuses repeated ids', () => {
    expect(() => findNearDuplicates([{ id: 1, text: 'a' }, { id: 1, text: 'b' }])).toThrow(RangeError);
  });
});
