import { describe, expect, it } from 'vitest';
import { submissionChecks } from './submission-checks';

const contest = {
  categories: ['Cán bộ, đảng viên', 'Người lao động'],
  minWords: 100,
  maxWords: 2500,
  submissionOpensAt: '2026-11-20T00:00:00Z',
};
const now = Date.parse('2026-11-26T03:00:00Z');

describe('submissionChecks', () => {
  it('lists every problem at once, each with the field that fixes it', () => {
    const early = { ...contest, submissionOpensAt: '2026-12-01T00:00:00Z' };
    const problems = submissionChecks({ title: '  ', category: '', wordCount: 2 }, early, now, 'vi').filter((c) => !c.ok);
    expect(problems.map((c) => [c.key, c.field])).toEqual([
      ['window', null],
      ['title', 'title'],
      ['category', 'category'],
      ['words', 'body'],
    ]);
    expect(problems[0]!.text).toContain('01/12/2026 07:00');
    expect(problems[3]!.text).toBe('Số chữ: 2 — ít hơn mức tối thiểu 100 chữ.');
  });

  it('passes an entry that keeps every rule, and skips the category when the contest has none', () => {
    const checks = submissionChecks({ title: 'Người giữ lửa', category: null, wordCount: 2500 }, { ...contest, categories: [] }, now, 'en');
    expect(checks.map((c) => c.key)).toEqual(['title', 'words']);
    expect(checks.every((c) => c.ok)).toBe(true);
  });

  it('refuses one word over the maximum', () => {
    const words = submissionChecks({ title: 'T', category: 'Người lao động', wordCount: 2501 }, contest, now, 'vi').at(-1)!;
    expect(words).toMatchObject({ ok: false, text: 'Số chữ: 2.501 — vượt mức tối đa 2.500 chữ.' });
  });
});
