import { describe, expect, it } from 'vitest';
import type { RubricCriterion } from '$lib/types';
import { missingCriteria, readScoreForm } from './score-form';

const rubric: RubricCriterion[] = [
  { id: 11, name: 'Nội dung', description: '', weight: 0.6, min: 0, max: 10, levels: [] },
  { id: 12, name: 'Hình thức', description: '', weight: 0.4, min: 1, max: 5, levels: [] },
];

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('score form', () => {
  it('reads scores in either decimal style and the comment', () => {
    const read = readScoreForm(form({ 'score.11': '8,5', 'score.12': '4', comment: ' Cảm động.\r\n' }), rubric, 'vi');
    expect(read.errors).toEqual({});
    expect(read.scores).toEqual({ 11: 8.5, 12: 4 });
    expect(read.values.comment).toBe('Cảm động.');
  });

  it('leaves empty scores out and names bad ones with their scale', () => {
    const read = readScoreForm(form({ 'score.11': '', 'score.12': '6', 'score.99': '3' }), rubric, 'vi');
    expect(read.scores).toEqual({});
    expect(read.errors).toEqual({ 12: 'Điểm tiêu chí «Hình thức» phải là số từ 1 đến 5, theo từng nửa điểm (ví dụ 7 hoặc 7,5).' });
    expect(readScoreForm(form({ 'score.11': '1e3' }), rubric, 'en').errors[11]).toBe(
      'The score for «Nội dung» must be a number from 0 to 10, in half points (e.g. 7 or 7.5).',
    );
  });

  it('refuses a score off the half-point step, as the API would', () => {
    const read = readScoreForm(form({ 'score.11': '7,25', 'score.12': '3,5' }), rubric, 'vi');
    expect(read.scores).toEqual({ 12: 3.5 });
    expect(Object.keys(read.errors)).toEqual(['11']);
  });

  it('lists what is still missing', () => {
    expect(missingCriteria(rubric, { 11: 8 })).toEqual(['Hình thức']);
    expect(missingCriteria(rubric, { 11: 8, 12: 3 })).toEqual([]);
  });
});
