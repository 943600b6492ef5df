/**
 * Characters whose canonical or compatibility forms hold a markup character (`<`, `>`, `=`, `"`, `'`,
 * `&`): ≮ ≯ ≠ and their full-width and small forms. Written as character references, no normalization
 * of the stored HTML can turn them into markup. `stable-markup.test.ts` derives this set from Unicode.
 */
const MARKUP_FORMING = /[\u207c\u208c\u2260\u226e\u226f\u2a74-\u2a76\ufe60\ufe64-\ufe66\uff02\uff06\uff07\uff1c-\uff1e]/gu;

/**
 * Controls (but tab, line feed and carriage return), DEL, C1 controls, lone surrogates and U+FFFE/U+FFFF:
 * characters no text shows and XML forbids. A later step that drops them (the Atom feed) would
 * otherwise bring a `>` and a combining mark together.
 */
// eslint-disable-next-line no-control-regex -- these controls are what the pattern is for
const UNRENDERABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Markup source without the characters of UNRENDERABLE, before it is parsed. */
export function withoutUnrenderable(source: string): string {
  return source.replace(UNRENDERABLE, '');
}

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
