import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleEssay, sentencesOf } from './sample-essays.ts';
import { sharedPassages, sharedRuns, type SharedPassage, type WordRun } from './shared-passages.ts';
import { tokenize } from './tokenize.ts';

const words = (text: string): string[] => tokenize(text).map((t) => t.word);

/** Checks what every passage must be: equal words on both sides, slicing back to the originals. */
function expectWellFormed(textA: string, textB: string, passages: SharedPassage[], minWords: number): void {
  for (const passage of passages) {
    const a = words(textA.slice(passage.a.start, passage.a.end));
    const b = words(textB.slice(passage.b.start, passage.b.end));
    expect(a).toEqual(b);
    expect(a).toHaveLength(passage.words);
    expect(passage.words).toBeGreaterThanOrEqual(minWords);
  }
  for (const side of ['a', 'b'] as const) {
    const spans = passages.map((p) => p[side]).sort((x, y) => x.start - y.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
  }
}

/** Greedy String Tiling by rescanning every round: the definition sharedRuns must match. */
function referenceRuns(a: number[], b: number[], minWords: number): WordRun[] {
  const takenA = a.map(() => false);
  const takenB = b.map(() => false);
  const runs: WordRun[] = [];
  for (;;) {
    let best: WordRun | undefined;
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < b.length; j++) {
        let length = 0;
        while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length] && !takenA[i + length] && !takenB[j + length]) length++;
        if (length >= minWords && (best === undefined || length > best.length)) best = { aStart: i, bStart: j, length };
      }
    }
    if (best === undefined) return runs.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
    for (let t = 0; t < best.length; t++) {
      takenA[best.aStart + t] = true;
      takenB[best.bStart + t] = true;
    }
    runs.push(best);
  }
}

describe('sharedPassages', () => {
  it('finds one passage covering all of two identical texts', () => {
    const text = '  «' + sampleEssay(4, 700) + '»\n';
    const passages = sharedPassages(text, text);
    const tokens = tokenize(text);
    expect(passages).toEqual([
      { a: { start: tokens[0]?.start, end: tokens.at(-1)?.end }, b: { start: tokens[0]?.start, end: tokens.at(-1)?.end }, words: 700 },
    ]);
  });

  it('matches through case, normalization, spacing and punctuation, with offsets into each original', () => {
    const a = 'Mở đầu. Chị Lan luôn đến sớm nhất, về muộn nhất và giúp đỡ mọi người trong tổ. Hết.';
    const b = 'Khác hẳn!\n\nCHI\u0323 LAN luôn đến   sớm nhất; về muộn nhất, và giúp đỡ mọi người trong tổ… cuối';
    const passages = sharedPassages(a, b);
    expect(passages).toHaveLength(1);
    const [passage] = passages;
    expect(passage?.words).toBe(16);
    expect(a.slice(passage?.a.start, passage?.a.end)).toBe('Chị Lan luôn đến sớm nhất, về muộn nhất và giúp đỡ mọi người trong tổ');
    expect(b.slice(passage?.b.start, passage?.b.end)).toBe('CHI\u0323 LAN luôn đến   sớm nhất; về muộn nhất, và giúp đỡ mọi người trong tổ');
  });

  it('finds the shared passages of a copied essay with a few sentences changed', () => {
    const original = sampleEssay(12, 900);
    const sentences = sentencesOf(original);
    const changed = [5, 20, 40];
    for (const at of changed) sentences[at] = 'Đây là một câu hoàn toàn mới do người chép tự viết thêm vào bài.';
    const copy = sentences.join('\n');
    const passages = sharedPassages(original, copy);
    expectWellFormed(original, copy, passages, 8);
    // The changed sentences cut the essay into four long passages, in the same order on both sides.
    expect(passages.length).toBeGreaterThanOrEqual(4);
    const covered = passages.reduce((sum, p) => sum + p.words, 0);
    const changedWords = changed.reduce((sum, at) => sum + words(sentencesOf(original)[at] ?? '').length, 0);
    expect(covered).toBeGreaterThanOrEqual(900 - changedWords - 3 * 8);
    const longest = [...passages].sort((x, y) => y.words - x.words).slice(0, 4).sort((x, y) => x.a.start - y.a.start);
    for (let i = 1; i < longest.length; i++) expect(longest[i]?.b.start).toBeGreaterThan(longest[i - 1]?.b.start ?? 0);
  });

  it('finds nothing shorter than minWords, and nothing in unrelated essays', () => {
    expect(sharedPassages('một hai ba bốn năm sáu bảy', 'một hai ba bốn năm sáu bảy')).toEqual([]);
    expect(sharedPassages('một hai ba bốn năm sáu bảy', 'một hai ba bốn năm sáu bảy', { minWords: 7 })).toHaveLength(1);
    expect(sharedPassages(sampleEssay(1, 800), sampleEssay(2, 800))).toEqual([]);
    expect(sharedPassages('', '')).toEqual([]);
  });

  it('returns well-formed, non-overlapping passages for any pair of texts', () => {
    const vocabulary = ['bác', 'Bác', 'bạc', 'gương', 'sáng', 'và', 'là'];
    const text = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ', ', '. ', '\n')), { maxLength: 80 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, text, fc.integer({ min: 1, max: 6 }), (a, b, minWords) => {
      expectWellFormed(a, b, sharedPassages(a, b, { minWords }), minWords);
      expectWellFormed(a.normalize('NFD'), b.toUpperCase(), sharedPassages(a.normalize('NFD'), b.toUpperCase(), { minWords }), minWords);
    }));
  });
});

describe('sharedRuns', () => {
  it.each([
    [[1, 2, 3], [1, 2, 3], 2, [{ aStart: 0, bStart: 0, length: 3 }]],
    [[1, 2, 3, 9, 4, 5], [4, 5, 8, 1, 2, 3], 2, [{ aStart: 0, bStart: 3, length: 3 }, { aStart: 4, bStart: 0, length: 2 }]],
    // Longest first: [1 2 3 4] is taken before the [1 2] that starts B, which then has no partner.
    [[1, 2, 3, 4], [1, 2, 7, 1, 2, 3, 4], 2, [{ aStart: 0, bStart: 3, length: 4 }]],
    // A repeated passage in A pairs with its one occurrence in B once.
    [[1, 2, 3, 1, 2, 3], [1, 2, 3], 3, [{ aStart: 0, bStart: 0, length: 3 }]],
    [[], [1, 2], 1, []],
  ])('%j vs %j (min %i) → %j', (a, b, minWords, expected) => {
    expect(sharedRuns(Int32Array.from(a), Int32Array.from(b), minWords)).toEqual(expected);
  });

  it('is Greedy String Tiling: the same tiles as rescanning for the longest free run every round', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 });
    fc.assert(fc.property(sequence, sequence, fc.integer({ min: 1, max: 5 }), (a, b, minWords) => {
      expect(sharedRuns(Int32Array.from(a), Int32Array.from(b), minWords)).toEqual(referenceRuns(a, b, minWords));
    }), { numRuns: 300 });
  });

  it.each([[0], [-1], [2.5]])('refuses minWords %d', (minWords) => {
    expect(() => sharedRuns(new Int32Array(1), new Int32Array(1), minWords)).toThrow(RangeError);
  });
});
