/*
 * Characters no user text may hold, whatever the field: the API refuses them in every request
 * (apps/api lib/text-hygiene.ts) and the essay editor drops them from pasted text (pasted-text.ts),
 * so both read them from here.
 */

/** Control characters other than tab, line feed and carriage return (C0, DEL and C1). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Bidirectional embeddings, overrides and isolates: they make text read differently than it is stored. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Half of a surrogate pair without the other half: not a character at all (e.g. a JSON "\ud800"). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
