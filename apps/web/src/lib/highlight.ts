import type { TextRange } from './types';

/** A run of text, marked when it belongs to a shared passage (`passage` is its 0-based number). */
export interface Segment {
  text: string;
  passage: number | null;
}

/**
 * Cuts `text` into plain and marked runs for the given passages, so a page can render shared
 * passages with `<mark>` in its markup (never as HTML). Ranges may come in any order; ranges
 * outside the text are clipped, and a range overlapping an earlier-starting one loses the overlap.
 */
export function highlightSegments(text: string, ranges: readonly TextRange[]): Segment[] {
  const ordered = ranges
    .map((range, passage) => ({
      start: Math.max(0, Math.min(text.length, Math.floor(range.start))),
      end: Math.max(0, Math.min(text.length, Math.floor(range.end))),
      passage,
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.passage - b.passage);

  const segments: Segment[] = [];
  let at = 0;
  for (const range of ordered) {
    const start = Math.max(range.start, at);
    if (start >= range.end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), passage: null });
    segments.push({ text: text.slice(start, range.end), passage: range.passage });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), passage: null });
  return segments;
}
