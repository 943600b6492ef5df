import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './safe-path';

describe('safeLocalPath', () => {
  it('accepts paths on this site', () => {
    expect(safeLocalPath('/')).toBe('/');
    expect(safeLocalPath('/organizer/units?created=3#top')).toBe('/organizer/units?created=3#top');
    expect(safeLocalPath('/setup?token=abc')).toBe('/setup?token=abc');
  });

  it('normalizes dot segments without leaving the site', () => {
    expect(safeLocalPath('/a/../b')).toBe('/b');
    expect(safeLocalPath('/../../etc')).toBe('/etc');
  });

  it.each([
    null,
    undefined,
    '',
    'organizer',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    ' /leading-space',
  ])('refuses %j', (value) => {
    expect(safeLocalPath(value)).toBeNull();
  });
});
