/**
 * What a page's margin (a header, a footer, Word's note separator) may show in a judge's copy.
 * Word and LibreOffice show it on every page, yet neither text reader behind the identity warning
 * (mammoth, extract-odt.ts) reads it: it is the usual place for the author's name, unit or phone.
 * So its text stays only if it is punctuation and spaces, or the number a page-number or
 * page-count field shows; words, other digits and symbols go (rebuild-word-xml.ts, odt-rebuild.ts).
 */
const punctuation = /^[\p{P}\p{Zs}\t\n\r]*$/u;
const pageNumber = /^[\p{Nd}\p{Zs}\t\n\r]*$/u;

/** Whether a margin's text stays: `inPageField` when it is what a page-number or page-count field shows. */
export function shownInMargin(text: string, inPageField: boolean): boolean {
  return (inPageField ? pageNumber : punctuation).test(text);
}

/**
 * Where the author may have page, line, note or list numbering start (Word's w:start, Writer's
 * style:page-number, text:start-value…): Word and Writer show the number on the page, and no text
 * reader reads it, so a phone number or id given as the start was shown in plain view. Up to 999,
 * which essays need and which names no one.
 */
export const numberingStart = /^\d{1,3}$/;

/**
 * What a list label (DOCX) or bullet (ODT) may show besides its number: a list of bullets and
 * punctuation, nothing else. Symbols at large hold letters' look-alikes (₦₳₥ reads "NAM", ∑ an E,
 * © a C, circled and squared letters), and a symbol font shows its private-use characters as
 * letters (Symbol's U+F054 U+F048 U+F041 U+F04E U+F048 are the Greek capitals "ΤΗΑΝΗ", read
 * "THANH"): a label made of them spells a name that no text reader reads, while Word and Writer
 * show it. The private-use characters kept are the bullets Word's own gallery writes (Symbol's •,
 * Wingdings' ▪ ➢ ❖ ✓ ■ ❑ ◊ and arrows); no Latin-1 symbol, which a Vietnamese font of the 8-bit era
 * shows as a letter (in .VnTime · is ã, ® is đ).
 */
export const labelSymbol = /[\p{Zs}\t.,:;()[\]{}\-–—/*+>=~•◦‣⁃∙▪▫■□●○◆◇◊►▶▸▹▻➢➣➤➔→⇒⇨✓✔✗✘★☆♦♣♠♥❖❑❒◘◙\uF0A7\uF0A8\uF0B7\uF0D8\uF0E0\uF0E8\uF0FC\uF06E\uF071\uF076]/u;

/**
 * How a list, page or note number is shown in a judge's copy: as digits or a bullet, as the author
 * set it; any other format (letters, roman numerals, words, another script's letters) as plain
 * digits. With a start up to 999, a letter format shows a letter the author chose (a one-item list
 * from 14 in lower-case letters is labelled "n."), and such labels spell a name that no text reader
 * reads. Word's ST_NumberFormat values here; Writer's 1, a, A, i, I map alike (odt-rebuild.ts).
 */
export function numberShownAs(format: string): 'decimal' | 'decimalZero' | 'bullet' | 'none' {
  return format === 'decimalZero' || format === 'bullet' || format === 'none' ? format : 'decimal';
}
