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

/** `text` as a TCVN3 font shows it. */
export function readAsTcvn3(text: string): string {
  return text.normalize('NFC').replace(/[\u00A1-\u00FF]/g, (character) => tcvn3.get(character) ?? character).normalize('NFC');
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

// Longest first: "oâ" is ô before "o" and "â" alone are read.
const vniPattern = new RegExp([...vniLetters.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/** `text` as a VNI font shows it. */
export function readAsVni(text: string): string {
  return text.normalize('NFC').replace(vniPattern, (encoded) => vniLetters.get(encoded)!);
}
