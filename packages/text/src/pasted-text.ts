/*
 * Text pasted or dropped into the essay editor comes from other applications: a PDF viewer puts a
 * form feed between pages, old word processors a vertical tab for a line break, some apps
 * bidirectional marks, and text that was decoded badly holds U+FFFD. None of it can be seen, and
 * the API refuses an essay that holds any of it (control characters, bidirectional controls,
 * replacement characters: apps/api/src/lib/text-hygiene.ts), so one paste would have every later
 * save refused. The editor lets in only what the API keeps.
 */

import { BIDI_CONTROL, CONTROL_CHARACTER, LONE_SURROGATE } from './refused-characters.ts';

/** Page and line breaks other applications use: breaks in the pasted text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BREAKS = /[\u000B\u000C\u0085]/g;
/** What the API refuses in an essay (the breaks above made breaks first), and U+FFFD, which a decoder left. */
const REFUSED = new RegExp([CONTROL_CHARACTER, BIDI_CONTROL, /\uFFFD/, LONE_SURROGATE].map((pattern) => pattern.source).join('|'), 'g');

/**
 * Pasted text as the essay may hold it: page and line breaks become `lineBreak` (a newline in
 * plain text, where the editor makes paragraphs of lines; a space inside a paragraph's text), and
 * the characters the API refuses are dropped.
 */
export function pastedText(text: string, lineBreak: '\n' | ' ' = '\n'): string {
  return text.replace(BREAKS, lineBreak).replace(REFUSED, '');
}
