import { isSlug } from '@guong-sang/text';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE, MAX_QUERY_LENGTH, searchHref, searchParams } from './search-params';

const parse = (query: string) => searchParams(new URLSearchParams(query));

describe('searchParams', () => {
  it('reads a plain search', () => {
    expect(parse('q=guong+sang&contest=guong-sang-2025&page=2')).toEqual({
      q: 'guong sang',
      contest: 'guong-sang-2025',
      page: 2,
    });
  });

  it('normalizes the query to NFC, collapses spaces and cuts it to the API limit', () => {
    expect(parse(`q=${encodeURIComponent('  Gu\u031Bo\u031Bng   sa\u0301ng ')}`).q).toBe('Gương sáng');
    expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parse('').q).toBe('');
  });

  it('ignores a contest that is not a slug and clamps the page', () => {
    expect(parse('contest=../etc').contest).toBeUndefined();
    expect(parse('contest=').contest).toBeUndefined();
    expect(parse('page=abc').page).toBe(1);
    expect(parse('page=0').page).toBe(1);
    expect(parse('page=2.5').page).toBe(1);
    expect(parse('page=99999').page).toBe(MAX_PAGE);
  });
});

describe('searchHref', () => {
  it('keeps query and contest, and drops page 1', () => {
    const params = { q: 'a & b', contest: 'x', page: 3 };
    expect(searchHref('/search', params, 1)).toBe('/search?q=a+%26+b&contest=x');
    expect(searchHref('/search', { ...params, contest: undefined }, 2)).toBe('/search?q=a+%26+b&page=2');
  });
});

describe('isSlug', () => {
  it('accepts only what the API accepts', () => {
    expect(isSlug('guong-sang-2025')).toBe(true);
    for (const bad of ['', 'Bad_Slug', 'a/b', '..', 'a'.repeat(201), null, undefined]) expect(isSlug(bad)).toBe(false);
  });
});
