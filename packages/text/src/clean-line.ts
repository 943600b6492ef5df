/**
 * A one-line field (a title, a name, a reason) as it is stored: NFC (old keyboards and macOS type
 * NFD), trimmed, each run of whitespace one space. The API stores lines so; the editor compares a
 * line it sent with the stored one so.
 */
export function cleanLine(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}
