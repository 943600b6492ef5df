/**
 * Folds one UTF-16 unit for matching: lower case, no diacritics, đ→d. A unit whose folded form
 * would not be one unit is only lower-cased, so the string keeps its length.
 */
const foldedUnits = new Map<string, string>();
function foldUnit(unit: string): string {
  let folded = foldedUnits.get(unit);
  if (folded === undefined) {
    const bare = unit.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd');
    folded = bare.length === 1 ? bare : unit.toLowerCase();
    // Texts use a few hundred distinct characters; the cache stays small.
    if (foldedUnits.size < 10_000) foldedUnits.set(unit, folded);
  }
  return folded;
}

/**
 * Text for matching: "Gương Sáng" → "guong sang", "Đảng" → "dang". Keeps the length, so an
 * index in the folded text is the same index in the original (snippets, highlights). Fold NFC
 * text: a decomposed mark on its own is kept.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldUnit(text.charAt(i));
  return out;
}

/**
 * Only đ/Đ → d/D. SQLite's `remove_diacritics 2` takes the marks off every other Vietnamese
 * letter but treats đ as a letter of its own, so search queries and the index fold it here.
 */
export function foldStrokeD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
