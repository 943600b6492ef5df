/**
 * Vietnamese typed in the 8-bit fonts of before Unicode is stored in a document as Latin-1
 * characters, which the font draws as Vietnamese letters: Word shows "Nguyễn" where every text
 * reader reads "NguyÔn" (TCVN3, the ".VnTime" fonts) or "Nguyeãn" (VNI, the "VNI-Times" fonts).
 * Offices still keep templates in them. These read such text as its font shows it, so that a
 * name typed in one is found like any other (entries/anonymity.ts).
 */

/**
 * TCVN 5712:1993 from 0xA1 to 0xFF, as glibc's iconv reads it (TCVN5712-1; the test compares
 * them): the letters of TCVN3 (ABC) and the capitals only its first version has. The combining
 * marks at 0xB0–0xB4 join the letter before them.
 */
const TCVN3_FROM_A1 = 'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

const tcvn3 = new Map<string, string>();
for (let code = 0xa1; code <= 0xff; code += 1) {
  const letter = TCVN3_FROM_A1[code - 0xa1]!;
  if (letter !== String.fromCharCode(code)) tcvn3.set(String.fromCharCode(code), letter);
}

// pdf.js reads µ as the Greek μ (NFKC), and TCVN3's à is µ: "Hµ" of a PDF printed from .VnTime comes out "Hμ".
tcvn3.set('\u03BC', tcvn3.get('\u00B5')!);

/** `text` as a TCVN3 font shows it. */
export function readAsTcvn3(text: string): string {
  return text.normalize('NFC').replace(/[\u00A1-\u00FF\u03BC]/g, (character) => tcvn3.get(character) ?? character).normalize('NFC');
}

/*
 * VNI writes a letter as its base letter and one or two Latin-1 marks: a tone after the vowel
 * (sắc ù, huyền ø, hỏi û, ngã õ, nặng ï), a circumflex as â (with a tone: á à å ã ä in its place),
 * a breve as ê (with a tone: é è ú ü ë); ơ, ư and đ are ô, ö and ñ, and ỉ ĩ ị ỵ single marks (the
 * capitals in capitals). The table is built from these rules, each letter from its Unicode parts.
 */
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const PLAIN_TONES = 'ùøûõï';
const CIRCUMFLEX_TONES = 'áàåãä';
const BREVE_TONES = 'éèúüë';
const I_WITH_TONES = 'íìæóò';

const vniLetters = new Map<string, string>();
function addVni(letter: string, encoded: string): void {
  vniLetters.set(encoded, letter);
  const upper = letter.toUpperCase();
  if (upper !== letter) vniLetters.set(encoded.toUpperCase(), upper);
}
for (const base of ['a', 'e', 'o', 'u', 'y']) {
  TONES.forEach((tone, t) => addVni(`${base}${tone}`.normalize('NFC'), `${base}${PLAIN_TONES[t]}`));
}
for (const base of ['a', 'e', 'o']) {
  addVni(`${base}\u0302`.normalize('NFC'), `${base}â`);
  TONES.forEach((tone, t) => addVni(`${base}\u0302${tone}`.normalize('NFC'), `${base}${CIRCUMFLEX_TONES[t]}`));
}
addVni('ă', 'aê');
TONES.forEach((tone, t) => addVni(`a\u0306${tone}`.normalize('NFC'), `a${BREVE_TONES[t]}`));
for (const [horned, mark] of [['o', 'ô'], ['u', 'ö']] as const) {
  addVni(`${horned}\u031B`.normalize('NFC'), mark);
  TONES.forEach((tone, t) => addVni(`${horned}\u031B${tone}`.normalize('NFC'), `${mark}${PLAIN_TONES[t]}`));
}
TONES.forEach((tone, t) => addVni(`i${tone}`.normalize('NFC'), I_WITH_TONES[t]!));
addVni('ỵ', 'î');
addVni('đ', 'ñ');

// Longest first: "oâ" is ô before "o" and "â" alone are read. Any case: Word's "Capitalize Each Word"
// makes "aùnh" "Aùnh", which the font shows as Ánh; the base letter gives the case.
const vniPattern = new RegExp([...vniLetters.keys()].sort((a, b) => b.length - a.length).join('|'), 'giu');

/** `text` as a VNI font shows it. */
export function readAsVni(text: string): string {
  return text.normalize('NFC').replace(vniPattern, (encoded) => {
    const letter = vniLetters.get(encoded.toLowerCase())!;
    return encoded[0] === encoded[0]!.toLowerCase() ? letter : letter.toUpperCase();
  });
}

/*
 * VIQR writes Vietnamese in ASCII, a mark after its letter (Nguye^~n Va(n Ddu+o+`ng): any font shows
 * it as typed, and a reader reads the name in it as plainly as in Unicode.
 */
const VIQR_SHAPES: Record<string, string> = { '^': '\u0302', '(': '\u0306', '+': '\u031B' };
const VIQR_TONES: Record<string, string> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };

/** `text` as a reader reads VIQR. */
export function readAsViqr(text: string): string {
  return text.normalize('NFC')
    .replace(/([aeiouy])([\^(+]?)([`'?~.]?)/gi, (all, vowel: string, shape: string, tone: string) => {
      const shaped = shape === '' || /^(?:[aeo]\^|a\(|[ou]\+)$/i.test(`${vowel}${shape}`) ? `${vowel}${VIQR_SHAPES[shape] ?? ''}` : undefined;
      return shaped === undefined ? all : `${shaped}${VIQR_TONES[tone] ?? ''}`.normalize('NFC');
    })
    .replace(/d[dD]|D[dD]/g, (pair) => (pair[0] === 'd' ? 'đ' : 'Đ'));
}

/** The Latin-1 letters of Vietnamese in Unicode: text holding only these may well be Unicode. */
const UNICODE_VIETNAMESE = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ';

/*
 * Signs that a line was typed in a legacy font rather than in Unicode: a Latin-1 character Unicode
 * Vietnamese never uses, touching a letter (TCVN3's "§¶ng", VNI's "Taùc"; not "25°C" or "§ 3");
 * for TCVN3 a capital inside a word ("NguyÔn"); for VNI a mark after a vowel that Unicode never
 * writes there ("Leâ", "Vaên", "Nguyeãn", "Hoaù"). Unicode Vietnamese reads as other Vietnamese in
 * these fonts ("Hoàng" in VNI is "Hồng"), so a line without such a sign is not read in them.
 */
const UNICODE_ONLY = /[\u0100-\u01B0\u1EA0-\u1EF9]/;
const signOf = (chars: string) => `[A-Za-z][${chars}]|[${chars}][A-Za-z]`;
const latin1Except = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).filter((c) => !UNICODE_VIETNAMESE.includes(c)).join('');
const tcvn3Sign = new RegExp(`${signOf(`${latin1Except(0xa1, 0xff).replace(/[\u00B0-\u00B4]/g, '')}\u03BC`)}|[a-z][${UNICODE_VIETNAMESE.slice(16)}]`);
const viqrSign = /[aeiouy](?:[\^(+]|[`~]|['?.][a-z])|dd[aeiou]/i;
const vniSign = new RegExp(`${signOf(latin1Except(0xc0, 0xff))}|[ae][âêáàåãäéèúüë]|o[âåä]|[aeiouy][ùõ]`, 'i');

/**
 * `text` as each legacy font may show it, only the readings that differ from the text. A line is
 * read as the font shows it when it bears a sign of the font (TCVN3, then VNI), or when the text
 * bears one and the line holds no letter only Unicode writes; other lines stay as they are. Words
 * are read one by one, so the spaces stay where they were: the nth word of a reading is the nth
 * word of the text, and a mention found in both is one place. VIQR is read in any text; the fonts'
 * readings only where the text may be shown in them (`inLegacyFonts`).
 */
export function legacyFontReadings(text: string, { inLegacyFonts = true } = {}): string[] {
  const nfc = text.normalize('NFC');
  const ways = [[tcvn3Sign, readAsTcvn3], [vniSign, readAsVni], [viqrSign, readAsViqr]] as const;
  // Text typed in a browser is shown in Unicode fonts: of these, only VIQR reads as it shows.
  const readings = (inLegacyFonts ? ways : ways.slice(2)).map(([sign, read]) => {
    // A line with no sign of its own ("NGUYÔN AN", Nguyễn An in .VnTimeH) is read too in a document
    // that uses the font, unless it holds Vietnamese no 8-bit font writes (ễ, ư: it is Unicode).
    // No sign anywhere, no line to read: the text as it is (most texts, on every submission).
    if (!sign.test(nfc)) return nfc;
    const readLine = (line: string) => sign.test(line) || !UNICODE_ONLY.test(line);
    return nfc.split('\n').map((line) => (readLine(line) ? line.split(/(\s+)/).map((part, i) => (i % 2 === 0 ? read(part) : part)).join('') : line)).join('\n');
  });
  return [...new Set(readings)].filter((reading) => reading !== nfc);
}
