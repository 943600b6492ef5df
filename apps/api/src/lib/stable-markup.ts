/**
 * Characters whose canonical or compatibility forms hold a markup character (`<`, `>`, `=`, `"`, `'`,
 * `&`): ≮ ≯ ≠ and their full-width and small forms. Written as character references, no normalization
 * of the stored HTML can turn them into markup. `stable-markup.test.ts` derives this set from Unicode.
 */
const MARKUP_FORMING = /[\u207c\u208c\u2260\u226e\u226f\u2a74-\u2a76\ufe60\ufe64-\ufe66\uff02\uff06\uff07\uff1c-\uff1e]/gu;

const reference = (chars: string) => [...chars].map((char) => `&#x${char.codePointAt(0)?.toString(16)};`).join('');

/**
 * Serialized, escaped HTML made safe from normalization (SECURITY.md, library defaults 11): NFC
 * composes `>` + U+0338 into `≯` and so re-opens a tag, and NFD turns `≯` back into `>`. Combining
 * marks right after a tag and markup-forming characters become references (the page shows the same
 * text), then the whole is NFC; the result is a fixed point of NFC and NFD. In the input `>` must
 * only end tags (text and attribute values escaped), as every serializer here writes it.
 */
export function stabilizeMarkup(html: string): string {
  return html
    .replace(/>(\p{M}+)/gu, (_whole, marks: string) => `>${reference(marks)}`)
    .normalize('NFC')
    .replace(MARKUP_FORMING, reference);
}
