/**
 * Collation keys for Vietnamese names, so SQL can sort people the way `Intl.Collator('vi')`
 * would while paging with LIMIT/OFFSET over an index (SQLite has no Vietnamese collation and
 * better-sqlite3 cannot register one). Byte order of the key = Vietnamese dictionary order:
 * letters first (a < ă < â < b … d < đ … o < ô < ơ … u < ư), then tones (none, huyền, hỏi, ngã,
 * sắc, nặng), then case. Names sort by given name (the last word) first, as Vietnamese class and
 * staff lists do: most people share a handful of family names.
 */
const ALPHABET = ' 0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
/** Marks that make a letter of its own (ă â ê ô ơ ư) rather than a tone. */
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031B']);

/** One base letter (lower case, with its letter marks but without its tone) and its tone rank. */
function splitTone(char: string): { letter: string; tone: number } {
  const parts = char.normalize('NFD');
  let letter = parts.charAt(0);
  let tone = 0;
  for (const mark of parts.slice(1)) {
    const rank = TONES.indexOf(mark);
    if (rank > 0) tone = rank;
    else if (LETTER_MARKS.has(mark)) letter += mark;
  }
  return { letter: letter.normalize('NFC'), tone };
}

/** Letters as printable characters from '!' on; anything outside the alphabet after them. */
function letterCode(letter: string): string {
  const rank = ALPHABET.indexOf(letter);
  if (rank >= 0) return String.fromCharCode(0x21 + rank);
  return String.fromCodePoint(0x21 + ALPHABET.length + (letter.codePointAt(0) ?? 0));
}

function wordsKey(text: string): { primary: string; tones: string; cases: string } {
  let primary = '';
  let tones = '';
  let cases = '';
  for (const char of text.normalize('NFC')) {
    const lower = char.toLowerCase();
    const { letter, tone } = splitTone(lower);
    primary += letterCode(letter);
    tones += String(tone);
    cases += lower === char ? '0' : '1';
  }
  return { primary, tones, cases };
}

/**
 * The sort key of a person's name: given name, then the rest, compared letters first, tones
 * second, case last. "Nguyễn Văn An" < "Trần Thị Ánh" < "Lê Bình".
 */
export function vietnameseNameSortKey(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  const given = words.at(-1) ?? '';
  const rest = words.slice(0, -1).join(' ');
  const a = wordsKey(given);
  const b = wordsKey(rest);
  // '\u0001' sorts below every letter code, so a shorter name comes before a longer one.
  return [a.primary, b.primary, a.tones + b.tones, a.cases + b.cases].join('\u0001');
}
