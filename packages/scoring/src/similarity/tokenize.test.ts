import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, scanWords, tokenize } from './tokenize.ts';

const words = (text: string, ignoreDiacritics = false): string[] => tokenize(text, { ignoreDiacritics }).map((t) => t.word);

/** Vietnamese letters, NFC, both cases. */
const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const letter = fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.toUpperCase(), '0', '7');
const separator = fc.constantFrom(' ', '  ', '\n', '\t', ', ', '. ', '!', '?', ' – ', '“', '”', '…', '(', ')', '\u00A0', '\u200B');
/** Vietnamese-like text: syllables of letters between separators. */
const vietnameseText = fc
  .array(fc.tuple(fc.array(letter, { minLength: 1, maxLength: 7 }), separator), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w.join('') + s).join(''));
/** Anything, including astral characters, lone surrogates and combining marks. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('a', 'A', 'ư', 'Ư', '\u0301', '\u0323', '\u031B', '\u00AD', ' ', '<', '\u0338', 'İ', 'ß', '𝐀', '\uD800'), maxLength: 40 }),
  vietnameseText,
);

describe('tokenize', () => {
  it.each([
    ['', []],
    ['   \n\t ', []],
    ['Gương sáng làm theo lời Bác', ['gương', 'sáng', 'làm', 'theo', 'lời', 'bác']],
    ['Bác, bác. BÁC! “bác”', ['bác', 'bác', 'bác', 'bác']],
    ['Năm 2024, anh Hải (35 tuổi) đạt 100% chỉ tiêu.', ['năm', '2024', 'anh', 'hải', '35', 'tuổi', 'đạt', '100', 'chỉ', 'tiêu']],
    ['COVID-19', ['covid', '19']],
    ['— … !!! ---', []],
    ['ĐƯỜNG Đi', ['đường', 'đi']],
    ['tận\u00ADtụy', ['tậntụy']], // a soft hyphen inside a word is removed, not a break
    ['tận\u200Btụy', ['tận', 'tụy']], // a zero-width space is a break
    ['a\u0301 \u0301b', ['á', 'b']], // a combining mark with no base letter is not part of a word
    ['😀 chào 😀', ['chào']],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps diacritics by default: "bác", "bạc" and "bắc" are different words', () => {
    expect(words('bác bạc bắc bac')).toEqual(['bác', 'bạc', 'bắc', 'bac']);
  });

  it('can ignore diacritics (and đ) for copies retyped without them', () => {
    expect(words('Bác bạc BẮC bac Đường', true)).toEqual(['bac', 'bac', 'bac', 'bac', 'duong']);
    expect(words('Gương sáng', true)).toEqual(words('guong sang'));
  });

  it('gives offsets into the original text, whatever its normalization', () => {
    const text = '  Gu\u031Bo\u031Bng sa\u0301ng, Ba\u0301c!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['gương', 'sáng', 'bác']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Gu\u031Bo\u031Bng', 'sa\u0301ng', 'Ba\u0301c']);
  });

  it.each([['<\u0338a'], ['=\u0338 b'], ['\u1FEEx'], ['A\u030A \u212B'], ['Ω \u2126'], ['e\u0301\u0323 ẹ\u0301']])(
    'tokenizes %j and its NFC and NFD forms alike',
    (text) => {
      expect(words(text)).toEqual(words(text.normalize('NFC')));
      expect(words(text)).toEqual(words(text.normalize('NFD')));
    },
  );

  it('treats NFC, NFD and letter-case variants as the same words', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const reference = words(text.normalize('NFC'));
        expect(words(text)).toEqual(reference);
        expect(words(text.normalize('NFD'))).toEqual(reference);
        expect(words(text.normalize('NFC').toUpperCase().normalize('NFD'))).toEqual(words(text.normalize('NFC').toUpperCase()));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(vietnameseText, (text) => {
        // For Vietnamese, upper- and lowercase fold to the same words (not so for e.g. ß → SS).
        expect(words(text.toUpperCase())).toEqual(words(text));
        expect(words(text.toUpperCase().normalize('NFD'))).toEqual(words(text.toLowerCase()));
      }),
      { numRuns: 300 },
    );
  });

  it('maps every word back to the original text: slicing at its offsets and folding gives the word', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, ignoreDiacritics) => {
        let previousEnd = 0;
        for (const token of tokenize(text, { ignoreDiacritics })) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(foldWord(text.slice(token.start, token.end), { ignoreDiacritics })).toBe(token.word);
          expect(token.word).toMatch(/[\p{L}\p{N}]/u);
          previousEnd = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('counts words like DESIGN.md: whitespace-separated tokens with a letter or digit, after NFC', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(letter, { minLength: 1, maxLength: 6 }), { maxLength: 50 }),
        fc.constantFrom(' ', '\n', ' \t '),
        (syllables, gap) => {
          const text = syllables.map((s) => s.join('')).join(gap);
          const designCount = text.normalize('NFC').split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
          expect(tokenize(text)).toHaveLength(designCount);
        },
      ),
    );
  });
});

describe('scanWords', () => {
  it('calls a word simple only when table folding equals the slow fold', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        scanWords(text, (start, end, simple) => {
          const raw = text.slice(start, end);
          if (simple) expect(raw.toLowerCase()).toBe(foldWord(raw));
        });
      }),
      { numRuns: 500 },
    );
    const simplicity: boolean[] = [];
    scanWords('Gương Sa\u0301ng tận\u00ADtụy 𝐀', (_s, _e, simple) => simplicity.push(simple));
    expect(simplicity).toEqual([true, false, false, false]);
  });
});

describe('foldWord', () => {
  it.each([
    ['Gương', 'gương'],
    ['GU\u031BO\u031BNG', 'gương'],
    ['İ', 'i\u0307'],
    ['tận\u00ADtụy', 'tậntụy'],
  ])('%j → %j', (raw, expected) => {
    expect(foldWord(raw)).toBe(expected);
  });
});
