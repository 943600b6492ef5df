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
