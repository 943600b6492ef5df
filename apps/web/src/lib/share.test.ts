import { describe, expect, it } from 'vitest';
import { shareLinks } from './share';

describe('shareLinks', () => {
  const url = 'https://example.org/showcase/guong-sang-2025/chi-lan?x=1&y=2';
  const links = shareLinks(url, 'Chị Lan & "em" #1', 'Mời bạn đọc: ' + url);

  it('points at the sharers with the page address encoded', () => {
    const facebook = new URL(links.facebook);
    expect(facebook.origin + facebook.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(facebook.searchParams.get('u')).toBe(url);

    const x = new URL(links.x);
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe('Chị Lan & "em" #1');
  });

  it('builds a mailto with percent-encoded spaces', () => {
    expect(links.email.startsWith('mailto:?subject=')).toBe(true);
    expect(links.email).not.toContain('+');
    expect(links.email).not.toContain(' ');
    const params = new URLSearchParams(links.email.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('Chị Lan & "em" #1');
    expect(params.get('body')).toBe('Mời bạn đọc: ' + url);
  });
});
