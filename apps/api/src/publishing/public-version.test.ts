import { describe, expect, it } from 'vitest';
import { comparableText, diffPublicVersion } from './public-version.ts';

const story = Array.from({ length: 200 }, (_, i) => `chữ${i}`).join(' ');

describe('diffPublicVersion', () => {
  it('shows a typo fix as one word removed and one added', () => {
    const diff = diffPublicVersion(
      { title: 'Người thầy cũa bản làng', text: 'Chị Hồng Nhung làm việc tận tụy.' },
      { title: 'Người thầy của bản làng', text: 'Chị Hồng Nhung làm việc tận tụy.' },
    );
    expect(diff.title).toContainEqual({ kind: 'removed', text: 'cũa' });
    expect(diff.title).toContainEqual({ kind: 'added', text: 'của' });
    expect(diff.body).toEqual([{ kind: 'same', text: 'Chị Hồng Nhung làm việc tận tụy.' }]);
    expect(diff.withinAllowance).toBe(true);
  });

  it.each([
    ['removing a fifth of the words', 40, 0, true],
    ['removing more than a fifth', 41, 0, false],
    ['adding a fifth', 0, 40, true],
    ['adding more than a fifth', 0, 41, false],
  ])('%s', (_name, removed, added, within) => {
    const words = story.split(' ');
    const shown = [...words.slice(removed), ...Array.from({ length: added }, (_, i) => `mới${i}`)].join(' ');
    const diff = diffPublicVersion({ title: 't', text: story }, { title: 't', text: shown });
    expect(diff.removedWords).toBe(removed);
    expect(diff.addedWords).toBe(added);
    expect(diff.withinAllowance).toBe(within);
  });

  it('lets a short story lose a sentence', () => {
    const diff = diffPublicVersion(
      { title: 't', text: 'Anh Minh, số điện thoại 0903 123 456, nhà ở hẻm 12, luôn giúp đỡ mọi người trong khu phố.' },
      { title: 't', text: 'Anh Minh luôn giúp đỡ mọi người trong khu phố.' },
    );
    expect(diff.withinAllowance).toBe(true);
  });

  it('calls a different story too different', () => {
    const other = Array.from({ length: 200 }, (_, i) => `khác${i}`).join(' ');
    expect(diffPublicVersion({ title: 't', text: story }, { title: 't', text: other }).withinAllowance).toBe(false);
  });
});

describe('comparableText', () => {
  it('shows a link\'s address, so a changed or added link is a change', () => {
    expect(comparableText('<p>Chị <a href="https://example.vn/?a=1&amp;b=2">Nhung</a> kể.</p>')).toBe('Chị Nhung ⟨https://example.vn/?a=1&b=2⟩ kể.');
    const judged = comparableText('<p>Chị Nhung kể.</p>');
    const linked = comparableText('<p>Chị <a href="https://evil.example/phish">Nhung</a> kể.</p>');
    const diff = diffPublicVersion({ title: 't', text: judged }, { title: 't', text: linked });
    expect(diff.body.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('https://evil.example/phish');
    expect(diff.addedWords).toBeGreaterThan(0);
  });
});

describe('a very different text', () => {
  it('is refused at once by its length, without a word diff', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `khác${i}`).join(' ');
    const diff = diffPublicVersion({ title: 't', text: story }, { title: 't', text: long });
    expect(diff.withinAllowance).toBe(false);
    // Whole texts, one removed and one added: no word-by-word comparison was made.
    expect(diff.body).toEqual([{ kind: 'removed', text: story }, { kind: 'added', text: long }]);
  });
});
