/**
 * Folds one UTF-16 unit for matching: lower case, no diacritics, đ→d. Keeps the string's length,
 * so an index in the folded text is the same index in the original.
 */
const foldedChars = new Map<string, string>();
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const bare = char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd');
    folded = bare.length === 1 ? bare : char.toLowerCase();
    // Texts use a few hundred distinct characters; the cache stays small.
    if (foldedChars.size < 10_000) foldedChars.set(char, folded);
  }
  return folded;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldChar(text.charAt(i));
  return out;
}
