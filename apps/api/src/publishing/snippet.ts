import { fold } from '@guong-sang/text';

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A short passage of `text` around the first place the query's words occur, with those words
 * marked. Matching ignores case and diacritics the way search does; the passage keeps the
 * original text (fold keeps positions). Plain parts, never HTML: the page escapes them.
 */
export function searchSnippet(text: string, query: string, radius = 120): SnippetPart[] {
  const queryWords = fold(query.normalize('NFC')).match(WORD) ?? [];
  const words = new Set(queryWords);
  const folded = fold(text);
  // The passage shows the whole phrase where it occurs, else the first matching word.
  const phrase = queryWords.length > 1
    ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${queryWords.join('[^\\p{L}\\p{M}\\p{N}]+')}(?![\\p{L}\\p{M}\\p{N}])`, 'u').exec(folded)
    : null;
  const hits: { start: number; end: number }[] = [];
  for (const match of folded.matchAll(WORD)) {
    if (words.has(match[0])) hits.push({ start: match.index, end: match.index + match[0].length });
  }
  const first = phrase ? { start: phrase.index, end: phrase.index + phrase[0].length } : hits[0];
  const from = first ? Math.max(0, text.lastIndexOf(' ', Math.max(0, first.start - radius)) + 1) : 0;
  const rough = first ? first.end + radius * 2 : radius * 2;
  const to = rough >= text.length ? text.length : Math.max(text.indexOf(' ', rough), rough);
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += part;
    else parts.push({ text: part, match });
  };
  if (from > 0) push('… ', false);
  let at = from;
  for (const hit of hits) {
    if (hit.start < from || hit.end > to) continue;
    const gap = text.slice(at, hit.start);
    // Neighbouring matched words read as one marked phrase.
    push(gap, /^\s+$/.test(gap) && parts.at(-1)?.match === true);
    push(text.slice(hit.start, hit.end), true);
    at = hit.end;
  }
  push(text.slice(at, to).replace(/\s+/g, ' '), false);
  if (to < text.length) push(' …', false);
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
}
