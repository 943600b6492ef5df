/**
 * What each character is to the word tokenizer, looked up in a table so that 20,000 essays can be
 * tokenized in a fraction of a second (a Unicode-property regex per character is ten times slower).
 *
 * - WORD: part of a word — a letter (\p{L}), a digit (\p{N}), a combining mark (\p{M}, which is how
 *   NFD text spells Vietnamese tones and vowel hats), or an invisible in-word character (soft
 *   hyphen, zero-width (non-)joiner, word joiner, BOM) that Word and PDF extraction leave inside
 *   words. Everything else — whitespace, punctuation, symbols, emoji, zero-width space, lone
 *   surrogates — separates words.
 * - ALNUM: a letter or digit; a word must contain one (DESIGN.md, "Vietnamese text").
 * - MARK: a combining mark (a word never starts with one, see tokenize.ts).
 * - INVISIBLE: an in-word invisible character, dropped from the folded word.
 * - SIMPLE: a BMP letter or digit whose folded form is one character looked up in a table, with no
 *   normalization needed: NFC-stable, never the second half of a canonical composition, lowercased
 *   to one character equal to `toLocaleLowerCase('vi')`. ASCII, Latin-1, Latin Extended-A/B and
 *   Latin Extended Additional (all precomposed Vietnamese letters) qualify; a word made only of
 *   SIMPLE characters is folded by table, anything else goes through `foldWord`'s NFC path.
 */
export const WORD = 1;
export const ALNUM = 2;
export const MARK = 4;
export const INVISIBLE = 8;
export const SIMPLE = 16;
/** Only in the table: a high surrogate, whose code point (if paired) the tokenizer classifies itself. */
export const HIGH_SURROGATE = 32;

const IN_WORD_INVISIBLES = '\u00AD\u200C\u200D\u2060\uFEFF';
/** Removes the in-word invisible characters. */
export const INVISIBLE_PATTERN = /\u00AD|\u200C|\u200D|\u2060|\uFEFF/g; // alternation: a class with ZWJ reads as an emoji sequence

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING_MARK = /^\p{M}$/u;

/** Blocks whose letters and digits may be SIMPLE (each is still checked character by character). */
const SIMPLE_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x007f], // Basic Latin
  [0x00c0, 0x024f], // Latin-1 letters, Latin Extended-A and -B (ă â đ ê ô ơ ư)
  [0x1e00, 0x1eff], // Latin Extended Additional (ạ ả ấ ầ ẩ ẫ ậ … ỹ)
];

/** The classes of a single code point, without the table (astral code points, and the table's build). */
export function classifyCodePoint(codePoint: number): number {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 0; // a lone surrogate separates words
  const ch = String.fromCodePoint(codePoint);
  if (IN_WORD_INVISIBLES.includes(ch)) return WORD | INVISIBLE;
  if (COMBINING_MARK.test(ch)) return WORD | MARK;
  if (LETTER_OR_DIGIT.test(ch)) return WORD | ALNUM;
  return 0;
}

export interface CharTables {
  /** Classes of each BMP code unit (HIGH_SURROGATE for high surrogates, 0 for low ones). */
  readonly classes: Uint8Array;
  /** For SIMPLE code units: the folded (NFC, lowercase) code unit. */
  readonly lower: Uint16Array;
  /** For SIMPLE code units: the folded code unit with diacritics removed (ấ → a, đ → d). */
  readonly base: Uint16Array;
}

let tables: CharTables | undefined;

/** Folds one character the slow, obviously-correct way (the definition SIMPLE must agree with). */
function foldChar(ch: string, stripDiacritics: boolean): string {
  const lower = ch.normalize('NFC').toLocaleLowerCase('vi').normalize('NFC');
  return stripDiacritics ? removeDiacritics(lower) : lower;
}

/** NFD, drop combining marks, đ → d, NFC. Expects lowercase input. */
export function removeDiacritics(folded: string): string {
  return folded.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').normalize('NFC');
}

/** The lookup tables, built on first use (about 15 ms) and shared afterwards. */
export function charTables(): CharTables {
  if (tables !== undefined) return tables;
  const classes = new Uint8Array(0x10000);
  const lower = new Uint16Array(0x10000);
  const base = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) classes[c] = classifyCodePoint(c);
  classes.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  for (const [from, to] of SIMPLE_BLOCKS) {
    for (let c = from; c <= to; c++) {
      if (((classes[c] ?? 0) & ALNUM) === 0) continue;
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFC') !== ch) continue;
      const folded = foldChar(ch, false);
      const stripped = foldChar(ch, true);
      if (folded.length !== 1 || stripped.length !== 1 || folded !== ch.toLowerCase()) continue;
      classes[c] = (classes[c] ?? 0) | SIMPLE;
      lower[c] = folded.charCodeAt(0);
      base[c] = stripped.charCodeAt(0);
    }
  }
  tables = { classes, lower, base };
  return tables;
}
