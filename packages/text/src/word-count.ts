/**
 * Word count as DESIGN.md defines it: after NFC, whitespace-separated tokens that contain a
 * letter or a digit. A Vietnamese "word" is a syllable, so "Gương sáng" is two words; a lone
 * dash or an ellipsis is not a word.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.normalize('NFC').split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}
