import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from './hash.ts';
import { sampleEssay } from './sample-essays.ts';
import { tokenize } from './tokenize.ts';
import { wordHashes } from './word-hashes.ts';

const viaTokens = (text: string, ignoreDiacritics: boolean): number[] =>
  tokenize(text, { ignoreDiacritics }).map((t) => fnv1a32(t.word));

describe('wordHashes', () => {
  it.each([
    ['', false],
    ['Gương sáng làm theo lời Bác.', false],
    ['Gu\u031Bo\u031Bng SA\u0301NG', false],
    ['tận\u00ADtụy 𝐀𝐁 😀 x', false],
    ['Đường về quê, BẮC bạc bác', true],
  ])('%j (ignoreDiacritics %s) hashes the folded words', (text, ignoreDiacritics) => {
    expect([...wordHashes(text, { ignoreDiacritics })]).toEqual(viaTokens(text, ignoreDiacritics));
  });

  it('is exactly fnv1a32 of each folded word, for any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', 'Ư', 'ợ', 'đ', 'Đ', '\u0301', '\u00AD', ' ', ',', 'İ', '𝐀', '\uDC00'), maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (t, ignoreDiacritics) => {
        expect([...wordHashes(t, { ignoreDiacritics })]).toEqual(viaTokens(t, ignoreDiacritics));
      }),
      { numRuns: 500 },
    );
  });

  it('grows its buffer for texts of many short words', () => {
    const text = 'a '.repeat(5000) + sampleEssay(3, 2000);
    expect([...wordHashes(text)]).toEqual(viaTokens(text, false));
    expect(wordHashes(text)).toHaveLength(7000);
  });
});
