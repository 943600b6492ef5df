import { describe, expect, it } from 'vitest';
import { searchSnippet } from './snippet.ts';

const marked = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('searchSnippet', () => {
  it('marks the words of the query in the original text, diacritics ignored', () => {
    expect(marked(searchSnippet('Anh là tấm Gương sáng làm theo lời Bác.', 'guong sang'))).toBe('Anh là tấm [Gương sáng] làm theo lời Bác.');
    expect(marked(searchSnippet('Đảng ủy phường Bến Nghé', 'dang'))).toBe('[Đảng] ủy phường Bến Nghé');
  });

  it('cuts a long text around the first match', () => {
    const text = `${'đầu '.repeat(200)}giữa ${'cuối '.repeat(200)}`;
    const snippet = marked(searchSnippet(text, 'giua', 40));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('[giữa]');
    expect(snippet.length).toBeLessThan(200);
  });

  it('shows the place where the whole phrase occurs', () => {
    const text = `Mỗi sáng anh đi làm. ${'chữ '.repeat(100)}Anh là tấm gương sáng làm theo lời Bác.`;
    expect(marked(searchSnippet(text, 'guong sang lam theo loi bac', 40))).toMatch(/\[gương sáng làm theo lời Bác\]\.$/);
  });

  it('finds the phrase across punctuation, as search does', () => {
    const text = `Mỗi sáng anh đi làm. ${'chữ '.repeat(100)}Gương sáng, làm theo lời Bác.`;
    expect(marked(searchSnippet(text, 'guong sang lam', 40))).toMatch(/\[Gương sáng\], \[làm\] theo lời Bác\.$/);
  });

  it('starts at the beginning when nothing matches, and matches whole words only', () => {
    expect(marked(searchSnippet('Bà Ba bán bánh', 'ban'))).toBe('Bà Ba [bán] bánh');
    expect(marked(searchSnippet('Chuyện khu phố', 'xyz'))).toBe('Chuyện khu phố');
  });
});
