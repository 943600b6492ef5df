import { describe, expect, it } from 'vitest';
import { apiFilters, filterQuery, readScreeningFilters } from './screening';

describe('screening filters', () => {
  it('reads the query string, dropping what is not a filter', () => {
    const values = readScreeningFilters(new URLSearchParams('status=disqualified&category=C%C3%A1%20nh%C3%A2n&q=%20GS-1%20&threshold=70'));
    expect(values).toEqual({ status: 'disqualified', category: 'Cá nhân', q: 'GS-1', threshold: 70 });
    expect(readScreeningFilters(new URLSearchParams('status=draft&threshold=5'))).toEqual({
      status: '',
      category: '',
      q: '',
      threshold: 50,
    });
    expect(readScreeningFilters(new URLSearchParams('threshold=abc')).threshold).toBe(50);
  });

  it('turns the percent into the API threshold and leaves empty filters out', () => {
    expect(apiFilters({ status: '', category: '', q: '', threshold: 50 })).toEqual({
      status: undefined,
      category: undefined,
      q: undefined,
      threshold: 0.5,
    });
  });

  it('builds the query that brings the same filters back', () => {
    expect(filterQuery({ status: '', category: '', q: '', threshold: 50 })).toBe('');
    expect(filterQuery({ status: 'submitted', category: '', q: 'Lan', threshold: 60 }, { done: 'x' })).toBe(
      '?status=submitted&q=Lan&threshold=60&done=x',
    );
  });
});
