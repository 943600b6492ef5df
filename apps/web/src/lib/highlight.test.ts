import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

const joined = (text: string, ranges: { start: number; end: number }[]) =>
  highlightSegments(text, ranges)
    .map((s) => (s.passage === null ? s.text : `[${s.passage}:${s.text}]`))
    .join('');

describe('highlightSegments', () => {
  it('marks each range with its passage number and keeps every character once', () => {
    const text = 'Mỗi sáng tổ tiếp dân mở cửa đúng giờ.';
    expect(joined(text, [{ start: 4, end: 8 }, { start: 21, end: 27 }])).toBe(
      'Mỗi [0:sáng] tổ tiếp dân [1:mở cửa] đúng giờ.',
    );
    expect(highlightSegments(text, []).map((s) => s.text).join('')).toBe(text);
  });

  it('accepts ranges out of order (the second text of a comparison)', () => {
    expect(joined('abcdefghij', [{ start: 6, end: 8 }, { start: 0, end: 2 }])).toBe('[1:ab]cdef[0:gh]ij');
  });

  it('clips ranges to the text, drops empty ones and never repeats overlapping characters', () => {
    expect(joined('abcdef', [{ start: -3, end: 2 }, { start: 4, end: 99 }, { start: 3, end: 3 }])).toBe(
      '[0:ab]cd[1:ef]',
    );
    expect(joined('abcdef', [{ start: 0, end: 4 }, { start: 2, end: 6 }])).toBe('[0:abcd][1:ef]');
    expect(joined('abcdef', [{ start: 0, end: 6 }, { start: 2, end: 4 }])).toBe('[0:abcdef]');
  });

  it('a text that is one passage from end to end is one marked segment', () => {
    expect(highlightSegments('xyz', [{ start: 0, end: 3 }])).toEqual([{ text: 'xyz', passage: 0 }]);
  });
});
