import { ALNUM, charTables, classifyCodePoint, HIGH_SURROGATE, INVISIBLE_PATTERN, removeDiacritics, SIMPLE, WORD } from './char-class.ts';

/**
 * Words of an essay for duplicate screening, with where each sits in the original text.
 *
 * A word is a maximal run of letters, digits and combining marks (see char-class.ts) that contains
 * a letter or digit — Vietnamese syllables are words, as in DESIGN.md's word count, but punctuation
 * and symbols separate words too, so "Bác," and "Bác" are the same word. A run's leading combining
 * marks (marks with no base letter in the word) are not part of it.
 *
 * Each word is folded: NFC, then `toLocaleLowerCase('vi')` (then NFC again, in case lowering
 * decomposed something), with in-word invisible characters (soft hyphens …) removed. So NFD and NFC
 * spellings and upper/lower case compare equal. (For Vietnamese, `toLocaleLowerCase('vi')` is
 * `toLowerCase` — a test checks the whole BMP — and nearly every word is folded through
 * char-class.ts's tables rather than these calls, which are ten times slower.)
 *
 * Diacritics are KEPT by default: in Vietnamese they change the word ("bác" uncle, "bạc" silver,
 * "bắc" north), and an essay copied with its diacritics keeps them. `ignoreDiacritics: true`
 * removes them (and maps đ to d), for catching a copy retyped without diacritics; it makes
 * unrelated texts look more alike, so it is an option, not the default.
 *
 * Offsets are UTF-16 code unit indices into the ORIGINAL text (what `String.prototype.slice`
 * takes), so a browser can highlight `text.slice(start, end)` whatever the text's normalization.
 */
export interface WordToken {
  /** The folded word. */
  word: string;
  /** Offset of the word's first code unit in the original text. */
  start: number;
  /** Offset just past the word's last code unit in the original text. */
  end: number;
}

export interface FoldOptions {
  /** Remove diacritics (and map đ to d) after folding. Default false: "bác" ≠ "bạc". */
  ignoreDiacritics?: boolean;
}

/** Folds one raw word (a slice of the original text): invisibles out, NFC, lowercase, NFC. */
export function foldWord(raw: string, options: FoldOptions = {}): string {
  const folded = raw.replace(INVISIBLE_PATTERN, '').normalize('NFC').toLocaleLowerCase('vi').normalize('NFC');
  return options.ignoreDiacritics === true ? removeDiacritics(folded) : folded;
}

/**
 * Calls `visit(start, end, simple)` for each word of `text`, in order. `simple` is true when every
 * code unit of the word is SIMPLE, so it can be folded character by character through the tables.
 * The one scanner behind `tokenize` and `wordHashes`, so both always agree on what the words are.
 */
export function scanWords(text: string, visit: (start: number, end: number, simple: boolean) => void): void {
  const { classes } = charTables();
  // Imported bindings are property reads once bundled or transpiled: keep the hot loop on locals.
  const alnum = ALNUM, word = WORD, simpleBit = SIMPLE, highSurrogate = HIGH_SURROGATE;
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Skip separators and the leading marks/invisibles of a run, up to a letter or digit.
    let cls = classes[text.charCodeAt(i)] as number;
    let width = 1;
    if ((cls & highSurrogate) !== 0) {
      cls = astralClasses(text, i);
      width = cls === 0 ? 1 : 2;
    }
    if ((cls & alnum) === 0) {
      i += width;
      continue;
    }
    const start = i;
    let simple = (cls & simpleBit) !== 0;
    i += width;
    while (i < length) {
      cls = classes[text.charCodeAt(i)] as number;
      if ((cls & highSurrogate) !== 0) {
        cls = astralClasses(text, i);
        if ((cls & word) === 0) break;
        simple = false;
        i += 2;
        continue;
      }
      if ((cls & word) === 0) break;
      if ((cls & simpleBit) === 0) simple = false;
      i++;
    }
    visit(start, i, simple);
  }
}

/** The classes of the astral code point starting at a high surrogate; 0 for a lone surrogate. */
function astralClasses(text: string, at: number): number {
  const codePoint = text.codePointAt(at) ?? 0;
  return codePoint < 0x10000 ? 0 : classifyCodePoint(codePoint);
}

/** The words of `text`, folded, with their offsets in `text`. */
export function tokenize(text: string, options: FoldOptions = {}): WordToken[] {
  const { base } = charTables();
  const strip = options.ignoreDiacritics === true;
  const tokens: WordToken[] = [];
  scanWords(text, (start, end, simple) => {
    let word: string;
    if (!simple) {
      word = foldWord(text.slice(start, end), options);
    } else if (!strip) {
      // For SIMPLE characters the table's fold is exactly toLowerCase (checked when it is built).
      word = text.slice(start, end).toLowerCase();
    } else {
      word = '';
      for (let i = start; i < end; i++) word += String.fromCharCode(base[text.charCodeAt(i)] ?? 0);
    }
    tokens.push({ word, start, end });
  });
  return tokens;
}
